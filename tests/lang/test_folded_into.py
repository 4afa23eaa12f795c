""""X will be folded into Y's division": the company folded in becomes Y's; the active "Y folded X into
its division" is Y's acquisition of X (the passive never reads Y as X's)."""

import pytest

from tests.lang.checks import assert_sentence

CASES = [
    ("Orbelia Rentals will be folded into Kestrova's power division.", ("Orbelia Rentals", "subsidiary_of", "Kestrova")),
    ("Orbelia, a small rental business, was folded into Kestrova's own plant unit last year.",
     ("Orbelia", "subsidiary_of", "Kestrova")),
    ("Kestrova folded Orbelia into its power division.", ("Kestrova", "acquires", "Orbelia")),
]


@pytest.mark.parametrize("text,triple", CASES)
def test_folded_in_is_taken(text, triple):
    assert_sentence(text, "en", [triple], [("Orbelia", "acquires", "Kestrova"), ("Kestrova", "subsidiary_of", "Orbelia")])
