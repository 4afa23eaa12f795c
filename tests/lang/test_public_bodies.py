"""Public bodies: a head noun (lexicon public_heads) and the capitalised words its 'of' words and
conjunctions join to it are one name, sector words and places inside included."""

import pytest

from frenemy.api import analyse_text
from tests.lang import checks


def names(text, lang):
    ad = analyse_text(text, lang=lang)
    return {n for e in ad.entities.values() if e.kind == "company" for n in (e.name, *e.aliases)}


@pytest.mark.parametrize("lang,text,name", [
    ("es", "El Ministerio de Defensa ha adjudicado a Indra un contrato de radares.", "Ministerio de Defensa"),
    ("es", "La Autoridad Portuaria de Valencia amplía su terminal.", "Autoridad Portuaria de Valencia"),
    ("en", "The Department of Health and Social Care signed a contract with Palantir.",
     "Department of Health and Social Care"),
    ("fr", "Le ministère des Armées a commandé des radars à Thales.", "ministère des Armées"),
    ("fr", "La Caisse des Dépôts investit dans OVHcloud.", "Caisse des Dépôts"),
    ("it", "Il Ministero della Difesa ha ordinato elicotteri a Leonardo.", "Ministero della Difesa"),
    ("nl", "De gemeente Groningen kiest voor KPN als leverancier van glasvezel.", "gemeente Groningen"),
    ("nl", "Het ministerie van Defensie bestelt drones bij Thales.", "ministerie van Defensie"),
    ("de", "Das Bundesministerium der Verteidigung bestellt bei Hensoldt weitere Radare.",
     "Bundesministerium der Verteidigung"),
    ("de", "Das Universitätsklinikum Gießen und Marburg setzt auf Software von SAP.",
     "Universitätsklinikum Gießen und Marburg"),
])
def test_public_body_is_one_name(lang, text, name):
    assert name in names(text, lang)


def test_public_body_buys():
    checks.assert_sentence("El Ministerio de Defensa ha adjudicado a Indra un contrato de radares.", "es",
                           [("Ministerio de Defensa", "customer_of", "Indra")], [])
    checks.assert_sentence("Het ministerie van Defensie bestelt drones bij Thales.", "nl",
                           [("ministerie van Defensie", "customer_of", "Thales")], [])


@pytest.mark.parametrize("lang,text,name", [
    ("en", "The deal with the Ministry of Defence and Airbus was signed.", "Ministry of Defence"),  # a company ends it
    ("nl", "Volgens de gemeente is het plan rond.", None),  # a head alone names nobody
    ("fr", "Un ministère des Armées plus exigeant", "ministère des Armées"),
])
def test_public_body_edges(lang, text, name):
    got = names(text, lang)
    if name is None:
        assert not any(n.lower().startswith("gemeente") for n in got)
    else:
        assert name in got and not any(name in n and n != name for n in got)


@pytest.mark.parametrize("lang,text,present", [
    ("en", "The Ministry of Defence signed a contract with Airbus for 12 helicopters.",
     ("Ministry of Defence", "customer_of", "Airbus")),
    ("fr", "Le ministère des Armées a signé un contrat avec Airbus.", ("ministère des Armées", "customer_of", "Airbus")),
    ("es", "El Ministerio de Defensa firmó un contrato con Airbus.", ("Ministerio de Defensa", "customer_of", "Airbus")),
    ("vi", "Bộ Y tế đã ký hợp đồng với FPT để số hóa hồ sơ bệnh án.", ("Bộ Y tế", "customer_of", "FPT")),
])
def test_public_body_buys_under_its_contract(lang, text, present):
    """A contract a public body signs with a company is the body's purchase, whichever is named first."""
    checks.assert_sentence(text, lang, [present], [(present[2], "customer_of", present[0])])
