"""A split purchase cue ending on the seller's preposition ("compra ... da", "buys ... from") whose
preposition is followed by no name belongs to another phrase: the plain verb (an acquisition) reads
the sentence."""

import pytest

from tests.lang.checks import assert_sentence

CASES = [
    ("it", "Orbelia compra Kestrova Caffè, la sfida ai rivali passa dalle capsule compostabili.",
     [("Orbelia", "acquires", "Kestrova Caffè")], [("Orbelia", "customer_of", "Kestrova Caffè")]),
    # with a seller after the preposition, goods are bought from it
    ("it", "Orbelia compra chicchi di caffè da Kestrova.", [("Orbelia", "customer_of", "Kestrova")], []),
    ("en", "Orbelia bought 150 jets from Kestrova.", [("Orbelia", "customer_of", "Kestrova")], []),
]


@pytest.mark.parametrize("lang,text,present,absent", CASES)
def test_sellerless_split_cue(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)
