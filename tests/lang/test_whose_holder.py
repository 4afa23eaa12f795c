"""", dont le fonds Y détient la majorité,": a "whose" relative whose holder carries a description
("le fonds", "le groupe japonais") still makes the name before the comma Y's."""

import pytest

from tests.lang.checks import assert_sentence

S = "subsidiary_of"

CASES = [
    ("fr", "Colnago, dont le fonds Chimera Investments détient la majorité, achète chez Campagnolo.",
     [("Colnago", S, "Chimera Investments"), ("Colnago", "customer_of", "Campagnolo")],
     [("Campagnolo", S, "Chimera Investments")]),
]


@pytest.mark.parametrize("lang,text,present,absent", CASES)
def test_whose_holder(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)
