"""What a company runs or owns, called a joint venture or a start-up right before its name, is a
company of its family (subsidiary_of), not a product."""

import pytest

from tests.lang.checks import assert_sentence

CASES = [
    ("de", "Seit 2021 betreibt Orbelia das Gemeinschaftsunternehmen Kestrova Netz, das Leitungen baut."),
    ("fr", "Depuis 2021, Orbelia exploite la coentreprise Kestrova Réseau, qui construit des lignes."),
]


@pytest.mark.parametrize("lang,text", CASES)
def test_called_venture_is_a_subsidiary(lang, text):
    owned = "Kestrova Netz" if lang == "de" else "Kestrova Réseau"
    assert_sentence(text, lang, [], [(owned, "product_of", "Orbelia")])


def test_called_venture_keeps_its_owner():
    assert_sentence("Seit 2021 betreibt Orbelia das Gemeinschaftsunternehmen Kestrova Netz, das Leitungen baut.", "de",
                    [("Kestrova Netz", "subsidiary_of", "Orbelia")], [])
