"""A verb of saying after a comma opens a clause ("X, said insurers were ..."): the sector word after
it describes no company. Invented texts, several languages."""

import pytest

from tests.lang.checks import assert_sentence

OP = "operates_in"

CASES = [
    ("en", "Dana Whitfield, chief executive of Google Cloud, said insurers were among the fastest adopters.",
     [("Dana Whitfield", "executive_of", "Google Cloud")], [("Google Cloud", OP, "insurance")]),
    ("fr", "Le patron de Google Cloud, a déclaré assureurs et banques, investit.", [], [("Google Cloud", OP, "insurance")]),
    ("es", "Según Google Cloud, dijo aseguradoras y bancos, invierten.", [], [("Google Cloud", OP, "insurance")]),
]


@pytest.mark.parametrize("lang,text,present,absent", CASES)
def test_sector_after_speech_verb_is_no_apposition(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)
