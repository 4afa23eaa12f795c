"""A single capitalised word opening a sentence is usually an ordinary word, but not once the text
has named it as a company. Invented texts, several languages."""

import pytest

from tests.lang.checks import assert_sentence

CASES = [
    ("en", "Zorblax signed with Tesco. Zorblax also owns Rourke Plant Hire.", [("Rourke Plant Hire", "product_of", "Zorblax")]),
    ("en", "Zorblax signed with Tesco. Zorblax also said it bought Rourke.", [("Zorblax", "acquires", "Rourke")]),
    ("fr", "Zorblax a signé avec Carrefour. Zorblax possède aussi Rourke Plant Hire.",
     [("Rourke Plant Hire", "subsidiary_of", "Zorblax")]),
]


@pytest.mark.parametrize("lang,text,present", CASES)
def test_sentence_opening_name_named_before(lang, text, present):
    assert_sentence(text, lang, present, [])


DESCRIBED = [
    ("en", "Zorblax signed with Tesco. Zorblax also owns Rourke Plant Hire, a machinery rental business.",
     [("Rourke Plant Hire", "subsidiary_of", "Zorblax")], [("Rourke Plant Hire", "product_of", "Zorblax")]),
    ("en", "Zorblax signed with Tesco. Zorblax also owns Rourke Plant Hire, a popular brand.",
     [("Rourke Plant Hire", "product_of", "Zorblax")], []),
    ("fr", "Zorblax a signé avec Carrefour. Zorblax a lancé Rourke, une société de location.",
     [("Rourke", "subsidiary_of", "Zorblax")], [("Rourke", "product_of", "Zorblax")]),
]


@pytest.mark.parametrize("lang,text,present,absent", DESCRIBED)
def test_owned_name_described_as_a_company(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)
