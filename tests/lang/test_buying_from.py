"""Buying at or from a supplier ("acheter chez X", "acheter ses batteries auprès de X", "comprare da X")
makes the buyer X's customer, never X's acquirer."""

import pytest

from tests.lang.checks import assert_sentence

C = "customer_of"

CASES = [
    ("fr", "Colnago, dont le fonds Chimera détient la majorité, continuera d'acheter chez Campagnolo.",
     [("Colnago", C, "Campagnolo")], [("Colnago", "acquires", "Campagnolo")]),
    ("fr", "Renault continuera d'acheter ses batteries auprès de LG Energy Solution.",
     [("Renault", C, "LG Energy Solution")], [("Renault", "acquires", "LG Energy Solution")]),
    ("it", "Brembo continuerà a comprare da Campagnolo i freni.", [("Brembo", C, "Campagnolo")], []),
]


@pytest.mark.parametrize("lang,text,present,absent", CASES)
def test_buying_from_supplier(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)
