"""A company described by its town ("le géant de Clichy", "la textil de Arteixo", "il gruppo di
Collecchio") is that company: the town is no company of its own, and a workplace preposition after a
title ("analista presso X") names the person's company."""

import pytest

from tests.lang.checks import assert_sentence, triples

CASES = [
    ("fr", "L'Oréal rachète Kiehl. Le géant de Clichy, qui possède déjà Lancôme, cherche à grandir.", "Clichy"),
    ("es", "Inditex crece. La textil de Arteixo compite con H&M.", "Arteixo"),
    ("it", "Parmalat cresce. Il gruppo di Collecchio compete con Granarolo.", "Collecchio"),
]


@pytest.mark.parametrize("lang,text,town", CASES)
def test_town_is_no_company(lang, text, town):
    assert town not in {x for t in triples(text, lang) for x in (t[0], t[2])}


@pytest.mark.parametrize("lang,text,present", [
    ("it", "«Il mercato rallenta», osserva Paolo Neri, analista presso Equita.", [("Paolo Neri", "executive_of", "Equita")]),
])
def test_analyst_at_workplace(lang, text, present):
    assert_sentence(text, lang, present, [])


@pytest.mark.parametrize("lang,text,present,absent", [
    # a demonym only one company was described by earlier says which company a later description is,
    # even with another head noun ("firma" then "compañía"), when nothing places the latest one there
    ("es", "Indra compra Ciberaxis, una firma valenciana de 220 empleados. Minsait es la filial del grupo. "
           "Entre los clientes de la compañía valenciana figuran Mercadona y Iberdrola.",
     [("Mercadona", "customer_of", "Ciberaxis")], [("Mercadona", "customer_of", "Minsait")]),
    ("it", "Enel acquista Solvexa, una società torinese di software. Gridspertise è la controllata del gruppo. "
           "L'azienda torinese fornisce Eni e Snam.",
     [("Eni", "customer_of", "Solvexa")], [("Eni", "customer_of", "Gridspertise")]),
])
def test_demonym_places_description(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)
