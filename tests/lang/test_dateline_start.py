"""The words after a dateline ("Veldhoven, 3 december 2026 – ") open the sentence: a capitalised
common noun there describes the name after it and is no part of it ("Chipmachinefabrikant ASML")."""

import pytest

from frenemy.api import analyse_text
from tests.lang.checks import assert_sentence

C = "customer_of"

CASES = [
    ("nl", "Veldhoven, 3 december 2026 – Chipmachinefabrikant ASML heeft een order binnengehaald van TSMC.",
     [("TSMC", C, "ASML")]),
    ("en", "LONDON, Dec 3 (Reuters) - Chipmaker Arm has won an order from Nvidia.", [("Nvidia", C, "Arm Holdings")]),
    ("en", "LONDON, Dec 3 – Chipmaker Arm has won an order from Nvidia.", [("Nvidia", C, "Arm Holdings")]),
    ("de", "Berlin, 3. Dezember 2026 – Zalando arbeitet mit Adidas zusammen.", [("Zalando", "partner_of", "Adidas")]),
    ("fr", "Paris, 3 décembre 2026 – Le groupe Danone a choisi Google Cloud.", [("Danone", C, "Google Cloud")]),
]


@pytest.mark.parametrize("lang,text,present", CASES)
def test_after_dateline(lang, text, present):
    assert_sentence(text, lang, present, [])


def test_noun_after_dateline_is_no_part_of_the_name():
    ad = analyse_text("Veldhoven, 3 december 2026 – Chipmachinefabrikant ASML heeft een order binnengehaald.", lang="nl")
    assert "Chipmachinefabrikant ASML" not in {e.name for e in ad.entities.values()}
