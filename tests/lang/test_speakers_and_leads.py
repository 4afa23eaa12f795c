"""A person named right after a verb of saying is a person, even with a first name the list of given
names lacks; a person who leads a part of a company ("die bei X das Y-Geschäft leitet") works there."""

import pytest

from tests.lang.checks import assert_sentence

CASES = [
    ("de", "„Wir wachsen“, sagte Sopna Sury, die bei RWE das Wasserstoffgeschäft verantwortet.",
     [("Sopna Sury", "executive_of", "RWE")]),
    ("de", "Anna Sury ist bei RWE für den Einkauf zuständig.", [("Anna Sury", "executive_of", "RWE")]),
    ("de", "Anna Sury leitet bei Siemens die Bahnsparte.", [("Anna Sury", "executive_of", "Siemens")]),
    ("nl", "'Dit is groot', zei Joris Veenstra, die bij ING de handelstak leidt.",
     [("Joris Veenstra", "executive_of", "ING Group")]),
    ("nl", "Anna Sury is bij Philips verantwoordelijk voor de inkoop.", [("Anna Sury", "executive_of", "Philips")]),
    ("en", "\"We need suppliers,\" said Sopna Sury, who runs hydrogen at RWE.", [("Sopna Sury", "executive_of", "RWE")]),
]


@pytest.mark.parametrize("lang,text,present", CASES)
def test_speaker_and_lead(lang, text, present):
    assert_sentence(text, lang, present, [])


def test_company_after_speech_verb_stays_a_company():
    from tests.lang.checks import triples
    assert not any(s == "Lumentra Bio" and r == "executive_of" for s, r, _ in
                   triples("„Das ist gut“, sagte Lumentra Bio, das mit BASF arbeitet.", "de"))
