"""Goods bought from a seller make the buyer its customer also where the seller's preposition is
"of" as well (nl "van", de "von"): "koopt windstroom van Eneco" is no takeover of Eneco, while
"koopt de aandelen van Eneco" still is one. German goods nouns are capitalised, yet no names."""

import pytest

from frenemy.api import analyse_text
from tests.lang.checks import assert_sentence

C, A = "customer_of", "acquires"

CASES = [
    ("nl", "Jumbo koopt tien jaar windstroom van Eneco.", [("Jumbo", C, "Eneco")], [("Jumbo", A, "Eneco")]),
    ("nl", "NS koopt 50 treinen van Alstom.", [("Nederlandse Spoorwegen", C, "Alstom")], [("Nederlandse Spoorwegen", A, "Alstom")]),
    ("nl", "Jumbo koopt de aandelen van Eneco.", [("Jumbo", A, "Eneco")], []),
    ("de", "Aldi kauft zehn Jahre lang Windstrom von RWE.", [("Aldi Süd", C, "RWE")], [("Aldi Süd", A, "RWE")]),
    ("de", "Die Bahn kauft 60 Züge von Siemens Mobility.", [("Deutsche Bahn", C, "Siemens Mobility")],
     [("Deutsche Bahn", A, "Siemens Mobility")]),
    ("de", "Siemens kauft die Mehrheit von Altair.", [("Siemens", A, "Altair")], []),
    ("en", "Walmart buys ten years of wind power from NextEra.", [("Walmart", C, "NextEra Energy")], []),
]


@pytest.mark.parametrize("lang,text,present,absent", CASES)
def test_goods_from_seller(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)


def test_german_goods_noun_is_no_name():
    names = {e.name for e in analyse_text("Aldi kauft Windstrom von RWE.", lang="de").entities.values()}
    assert "Windstrom" not in names
