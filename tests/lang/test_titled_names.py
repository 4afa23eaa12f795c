"""A capitalised role title between a company's name and a person's ("Norwell Chief Executive Dana
Whitfield") splits the run of capitals as a title in lower case would. Invented texts."""

import pytest

from tests.lang.checks import assert_sentence

E = "executive_of"

CASES = [
    ("en", "Norwell signed a deal with Brightpath Ltd. Norwell Chief Executive Dana Whitfield said the deal was done.",
     [("Dana Whitfield", E, "Norwell")], []),
    ("en", "Norwell signed a deal with Brightpath Ltd. Norwell CEO Dana Whitfield said the deal was done.",
     [("Dana Whitfield", E, "Norwell")], []),
    ("en", "Norwell signed a deal with Brightpath Ltd. Norwell Chief Operating Officer Sam Okafor said it was done.",
     [("Sam Okafor", E, "Norwell")], []),
    ("nl", "Norwell sloot een deal met Brightpath. Norwell CEO Dana Whitfield zei dat de deal rond is.",
     [("Dana Whitfield", E, "Norwell")], []),
    ("de", "Norwell unterzeichnete einen Vertrag mit Brightpath. Norwell CEO Dana Whitfield sagte, der Vertrag sei fertig.",
     [("Dana Whitfield", E, "Norwell")], []),
]


@pytest.mark.parametrize("lang,text,present,absent", CASES)
def test_capitalised_title_inside_a_run_of_names(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)
