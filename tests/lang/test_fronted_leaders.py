"""A sentence opening with a leader's participle and its agent ("Fondée en 2019 par X, Y ...",
"Fondata da X, Y ...", "Fundada por X, Y ..."), a date or a place between them, describes the
company opening the main clause after the phrase's commas: the people are its executives."""

import pytest

from tests.lang.checks import assert_sentence

E = "executive_of"

CASES = [
    ("fr", "Fondée en 2017 à Nantes par la chimiste Claire Dumont et l'ingénieur Paul Girard, Biolumo a développé "
           "un capteur.", [("Claire Dumont", E, "Biolumo"), ("Paul Girard", E, "Biolumo")], []),
    ("it", "Fondata nel 2018 da Marco Ricci, ex dirigente di Enel, Voltaria conta oggi 200 addetti.",
     [("Marco Ricci", E, "Voltaria")], [("Marco Ricci", E, "Enel")]),
    ("es", "Fundada en 2016 por Lucía Romero y Pablo Ortega, Pagalia permite pagar a plazos.",
     [("Lucía Romero", E, "Pagalia"), ("Pablo Ortega", E, "Pagalia")], []),
    ("it", "Guidata da Paolo Neri, Voltaria ha firmato con Enel.", [("Paolo Neri", E, "Voltaria")], []),
    # a company as the agent is an owner or a buyer, no person's role
    ("fr", "Rachetée en 2019 par Danone, Biolumo a grandi.", [], [("Danone", E, "Biolumo")]),
]


@pytest.mark.parametrize("lang,text,present,absent", CASES)
def test_fronted_leaders(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)
