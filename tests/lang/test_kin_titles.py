"""A title owned by a family noun ("nipote del fondatore", "petit-fils du fondateur", "hija del
fundador") is a relative's: it gives the person so described no role at another company."""

import pytest

from tests.lang.checks import assert_sentence

E = "executive_of"

CASES = [
    ("it", "Pinarello ha perso un cliente. Il presidente e amministratore delegato di Colnago, Marco Rossi, nipote "
           "del fondatore, rivendica la scelta.", [("Marco Rossi", E, "Colnago")], [("Marco Rossi", E, "Pinarello")]),
    ("fr", "Renault a perdu un client. Le PDG de Valeo, Paul Girard, petit-fils du fondateur, se félicite.",
     [("Paul Girard", E, "Valeo")], [("Paul Girard", E, "Renault")]),
    ("es", "Mercadona vende más. La consejera delegada de Pescanova, Ana Ruiz, hija del fundador, lo explicó.",
     [("Ana Ruiz", E, "Pescanova")], [("Ana Ruiz", E, "Mercadona")]),
    ("en", "Tesco lost a client. Ocado's chief executive, Tim Steiner, the founder's grandson, said so.",
     [("Tim Steiner", E, "Ocado")], [("Tim Steiner", E, "Tesco")]),
]


@pytest.mark.parametrize("lang,text,present,absent", CASES)
def test_kin_titles(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)
