""""X will be folded into Y's division": the company folded in is the one taken, the passive reverses
the active "Y folded X into its division"."""

import pytest

from tests.lang.checks import assert_sentence

CASES = [
    "Orbelia will be folded into Kestrova's power division.",
    "Orbelia, a small rental business, was folded into Kestrova's own plant unit last year.",
    "Kestrova folded Orbelia into its power division.",
]


@pytest.mark.parametrize("text", CASES)
def test_folded_in_is_acquired(text):
    assert_sentence(text, "en", [("Kestrova", "acquires", "Orbelia")], [("Orbelia", "acquires", "Kestrova")])
