"""A source phrase before a company glued to a title ("volgens ING-topman X", "laut Commerzbank-Chefin
X") quotes the person: the company is her employer, not a commentator left out of the sentence."""

import pytest

from tests.lang.checks import assert_sentence

E = "executive_of"

CASES = [
    ("nl", "Adyen groeit snel. Volgens ING-topman Steven van Rijswijk gaat het goed.",
     [("Steven van Rijswijk", E, "ING Group")], [("Steven van Rijswijk", E, "Adyen")]),
    ("de", "Adyen wächst. Laut Commerzbank-Chefin Bettina Orlopp läuft es gut.",
     [("Bettina Orlopp", E, "Commerzbank")], [("Bettina Orlopp", E, "Adyen")]),
    ("en", "Adyen is growing. According to ING chief executive Steven van Rijswijk, demand is strong.",
     [("Steven van Rijswijk", E, "ING Group")], [("Steven van Rijswijk", E, "Adyen")]),
    ("es", "Adyen crece. Según el consejero delegado de BBVA, Onur Genç, la demanda es fuerte.",
     [("Onur Genç", E, "BBVA")], [("Onur Genç", E, "Adyen")]),
    ("it", "Adyen cresce. Secondo l'amministratore delegato di UniCredit, Andrea Orcel, la domanda è forte.",
     [("Andrea Orcel", E, "UniCredit")], []),
    # an analyst is no officer: the commentator stays out of the sentence's relations
    ("nl", "Adyen groeit snel. Volgens ING-analist Jan de Vries koopt Adyen Mollie.",
     [("Adyen", "acquires", "Mollie")], [("Jan de Vries", E, "ING Group"), ("ING Group", "acquires", "Mollie")]),
]


@pytest.mark.parametrize("lang,text,present,absent", CASES)
def test_titled_source(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)
