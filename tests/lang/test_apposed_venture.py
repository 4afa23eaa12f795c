"""A joint venture named before a comma and described as the venture of (or with) a list of
companies is a subsidiary of each; the owners in the list are the partners, not the venture."""

import pytest

from tests.lang.checks import assert_sentence

CASES = [
    ("de", "Mercedes hält eine Beteiligung am Zellhersteller Voltaria, einem Gemeinschaftsunternehmen mit Orbelia und "
           "Kestrova."),
    ("nl", "Ook Voltaria, het samenwerkingsverband van het Britse Orbelia en Kestrova, kijkt naar de cloud."),
]


@pytest.mark.parametrize("lang,text", CASES)
def test_owners_of_an_apposed_venture_are_partners(lang, text):
    assert_sentence(text, lang, [("Orbelia", "partner_of", "Kestrova"), ("Voltaria", "subsidiary_of", "Orbelia")],
                    [("Voltaria", "partner_of", "Orbelia"), ("Voltaria", "partner_of", "Kestrova")])
