"""A name is a company, not a person, where the text says so: a lone surname whose family company the
article names in full ("Grupo Calvo ... Manuel Calvo ... Calvo compra"), and a name right after a
company's description ("la multinacional tailandesa X", "la francesa X")."""

import pytest

from tests.lang.checks import assert_sentence

CASES = [
    ("es", "Grupo Ortuño ha cerrado la compra de Conservas Lira. El grupo, presidido por Manuel Ortuño, crece. "
           "Ortuño compra también Conservas Brisa.",
     [("Grupo Ortuño", "acquires", "Conservas Brisa"), ("Manuel Ortuño", "executive_of", "Grupo Ortuño")], []),
    ("it", "Il gruppo tedesco Bosch tratta con la multinazionale tailandese Siam Union, proprietaria della francese "
           "Petit Bateau Foods.", [("Petit Bateau Foods", "subsidiary_of", "Siam Union")], []),
    ("es", "La multinacional tailandesa Siam Union, dueña de la francesa Petit Bateau Foods, crece en Europa.",
     [("Petit Bateau Foods", "subsidiary_of", "Siam Union")], []),
    # German: a word after a trade noun names that trade's company, even with a common noun's ending
    ("de", "RWE kauft Anteile vom Netzbetreiber Kestrion.", [("RWE", "acquires", "Kestrion")], []),
    ("de", "Die Allianz übernimmt den Versicherer Kestrion.", [("Allianz", "acquires", "Kestrion")], []),
    # a given name after a country's adjective is still a person
    ("fr", "L'américaine Mary Barra dirige General Motors.", [("Mary Barra", "executive_of", "General Motors")], []),
]


@pytest.mark.parametrize("lang,text,present,absent", CASES)
def test_company_or_person_names(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)
