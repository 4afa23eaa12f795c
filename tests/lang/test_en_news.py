"""English business-news constructions: dotted country abbreviations before a noun, a company
folded into another. Invented texts."""

import pytest

from tests.lang.checks import assert_sentence

P, A, S, C = "partner_of", "acquires", "subsidiary_of", "customer_of"

CASES = [
    # "U.S." before a lower-case noun is no name, and its dot ends no clause
    ("en", "Norwell signed a deal with the U.K. group Brightpath on Monday.", [("Norwell", P, "Brightpath")], []),
    ("en", "Norwell signed a deal with U.S. group Brightpath on Monday.", [("Norwell", P, "Brightpath")], []),
    ("en", "Calloway outsourced its data centres to the U.S. group in 2009.", [],
     [("Calloway", C, "U.S"), ("Calloway", C, "U.S.")]),
    # "X will be folded into Y": X becomes Y's, not Y X's
    ("en", "Acme Corp signed a deal with Corvane. Corvane will be folded into Infineon's power division.",
     [("Corvane", S, "Infineon")], [("Corvane", A, "Infineon")]),
    ("en", "Acme Corp signed a deal with Corvane. Corvane was merged into Infineon in 2020.",
     [("Corvane", S, "Infineon")], [("Infineon", S, "Corvane")]),
    ("en", "Infineon folded GaN Systems into its power division last year.", [("Infineon", A, "GaN Systems")], []),
]


@pytest.mark.parametrize("lang,text,present,absent", CASES)
def test_english_news_constructions(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)
