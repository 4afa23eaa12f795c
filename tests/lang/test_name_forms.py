"""A company is named in the form the text gives it: a town's institution is not the registry
company sharing its acronym, a profession noun or a capitalised ordinary word is (or is not) part of
the name, a naming word introduces one new name. Invented sentences, several languages."""

import pytest

from tests.lang.checks import assert_sentence

CUST = "customer_of"
CASES = [
    # a town glued to an ambiguous acronym: the town's hospital or university, a new company
    ("nl", "Het Leiden UMC is klant van Zorvane.", [("Leiden UMC", CUST, "Zorvane")],
     [("United Microelectronics", CUST, "Zorvane")]),
    ("en", "Rotterdam UMC is a customer of Zorvane.", [("Rotterdam UMC", CUST, "Zorvane")],
     [("United Microelectronics", CUST, "Zorvane")]),
    # a profession noun before a given name makes no company of the person
    ("de", "Kestrix beliefert Siemens, sagt Analystin Petra Vogt.", [("Siemens", CUST, "Kestrix")],
     [("Analystin Petra Vogt", CUST, "Kestrix")]),
    # mid-sentence in languages writing adjectives in lower case, a capitalised word opens the name
    ("it", "Kestrix fornisce i suoi software a Grandi Porti Logistica.", [("Grandi Porti Logistica", CUST, "Kestrix")],
     []),
    ("fr", "Kestrix fournit ses logiciels à Grands Moulins Zorvane.", [("Grands Moulins Zorvane", CUST, "Kestrix")],
     []),
    ("es", "Kestrix suministra sus programas a Nuevas Rutas Zorvane.", [("Nuevas Rutas Zorvane", CUST, "Kestrix")],
     []),
    # a naming word introduces one new name, whatever registry names it holds
    ("en", "Tata and Nokia set up a venture named Tata Nokia Systems. Tata Nokia Systems buys chips from Intel.",
     [("Tata Nokia Systems", CUST, "Intel")], [("Nokia", CUST, "Intel")]),
    # a closed German compound naming a kind of company ("Baufirma", "Softwarehersteller") describes
    # the name after it, also after a town's adjective
    ("de", "Die Bremer Baufirma Hinrichs & Söhne ist Lieferant von Vodafone.",
     [("Vodafone", CUST, "Hinrichs & Söhne")], [("Vodafone", CUST, "Baufirma Hinrichs & Söhne")]),
    ("de", "Der Softwarehersteller Kestrix Systems beliefert die Allianz.",
     [("Allianz", CUST, "Kestrix Systems")], [("Allianz", CUST, "Softwarehersteller Kestrix Systems")]),
    # a town's adjective and an institution's noun are one German name, also when the noun alone is
    # a registry alias ("Volksbank", "Sparkasse"); a kind of company after the town still describes
    ("de", "Kestrix liefert an die Berliner Volksbank.", [("Berliner Volksbank", CUST, "Kestrix")],
     [("de Volksbank", CUST, "Kestrix")]),
    ("de", "Kestrix liefert an die Thüringer Aufbaubank.", [("Thüringer Aufbaubank", CUST, "Kestrix")], []),
    ("de", "Die Hamburger Sparkasse ist Kunde von Kestrix.", [("Hamburger Sparkasse", CUST, "Kestrix")], []),
    ("de", "Der Münchner Versicherer Allianz ist Kunde von Kestrix.", [("Allianz", CUST, "Kestrix")],
     [("Münchner Versicherer Allianz", CUST, "Kestrix")]),
    # German "den", "der" between two capitalised runs are articles, not a name's connector
    ("de", "Damit überholt Kestrix Systems den Rivalen Zorvane.", [("Kestrix Systems", "competes_with", "Zorvane")],
     []),
    # an acronym, not a town: a company
    ("es", "La OCU es cliente de Iberdrola.", [("OCU", CUST, "Iberdrola")], []),
    # an unknown name opening the sentence in the genitive
    ("en", "Shares rose. Quorvane's customers include Pfizer and Roche.", [("Pfizer", CUST, "Quorvane")], []),
]


@pytest.mark.parametrize("lang,text,present,absent", CASES)
def test_name_forms(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)


def test_a_surname_particle_pair_still_joins_a_german_name():
    from frenemy.api import analyse_text
    names = {e.name for e in analyse_text("Ursula von der Leyen besuchte Kestrix in Berlin.", lang="de").entities.values()}
    assert "Ursula von der Leyen" in names


@pytest.mark.parametrize("lang,text,present", [
    # Dutch writes a genitive -s glued to the name before a lower-case noun; a homonym ("Valve") in
    # exact case inside a sentence is the company
    ("nl", "Sinds maart is Kestrix de grootste leverancier van Valves winkelplatform Steam.",
     [("Steam", "product_of", "Valve Corporation")]),
    ("nl", "Kestrix wordt de nieuwe leverancier van Heinekens brouwerijen.", [("Heineken", CUST, "Kestrix")]),
])
def test_a_genitive_glued_to_a_registry_name(lang, text, present):
    assert_sentence(text, lang, present, [])


@pytest.mark.parametrize("text", [
    "Het Kestrix-concern heeft de overname van Zorvane Labs afgerond.",
    "Het Kestrix-concern neemt Zorvane Labs over.",
])
def test_a_dutch_name_glued_to_concern(text):
    # "het Kestrix-concern": the name of the company the compound's head describes
    assert_sentence(text, "nl", [("Kestrix", "acquires", "Zorvane Labs")], [])
