"""A stock index ("der Dax-Konzern", "MDax-Konzern X") is no company: the compound describes the
company the text speaks of, and a name after it is that company."""

import pytest

from frenemy.api import analyse_text
from tests.lang.checks import assert_sentence

P = "partner_of"


@pytest.mark.parametrize("text", [
    "Für das Werk arbeitet der Dax-Konzern mit dem Gasespezialisten Linde zusammen.",
    "Der TecDax-Konzern kooperiert seit Jahren mit Infineon.",
])
def test_index_is_no_company(text):
    names = {e.name for e in analyse_text(text, lang="de").entities.values()}
    assert not names & {"Dax", "TecDax"}


@pytest.mark.parametrize("lang,text,present", [
    ("de", "Der MDax-Konzern Aurubis kooperiert mit BASF.", [("Aurubis", P, "BASF")]),
    ("nl", "Het AEX-fonds ASML werkt samen met Zeiss.", [("ASML", P, "Carl Zeiss")]),
    ("fr", "Le groupe du CAC 40 Vinci s'associe à Eiffage.", [("Vinci", P, "Eiffage")]),
    ("es", "La empresa del Ibex Iberdrola se alía con Repsol.", [("Iberdrola", P, "Repsol")]),
])
def test_company_after_an_index_keeps_its_relation(lang, text, present):
    assert_sentence(text, lang, present, [])
