"""A venture the text describes by who founded or holds it with whom ("la società comune che A ha
costituito con B", "the joint venture that A set up with B") makes the two partners; a pronoun
subject in that relative ("qu'il a fondée avec B") is the company the sentence opened with."""

import pytest

from tests.lang.checks import assert_sentence

CASES = [
    ("it", "I moduli arrivano da Voltaria, la società comune che Orbelia ha costituito con Kestrova."),
    ("fr", "Les puces viennent de Voltaria, la coentreprise que Orbelia a créée avec Kestrova."),
    ("es", "Las series las producirá Voltaria, la productora que Orbelia comparte al 50% con Kestrova."),
    ("en", "The cars come from Voltaria, the joint venture that Orbelia set up with Kestrova."),
    ("de", "Die Batterien kommen von Voltaria, dem Gemeinschaftsunternehmen, das die Orbelia AG mit Kestrova gegründet hat."),
    ("nl", "De stroom komt van Voltaria, de joint venture die Orbelia met Kestrova heeft opgericht."),
]


@pytest.mark.parametrize("lang,text", CASES)
def test_venture_founded_with_another_makes_partners(lang, text):
    assert_sentence(text, lang, [("Orbelia" if lang != "de" else "Orbelia AG", "partner_of", "Kestrova")], [])


def test_pronoun_founder_is_the_opening_subject():
    assert_sentence("Orbelia s'appuie sur Voltaria, la centrale européenne qu'il a fondée avec l'allemand Kestrova.",
                    "fr", [("Orbelia", "partner_of", "Kestrova")], [("Voltaria", "partner_of", "Kestrova")])
