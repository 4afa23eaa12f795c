"""A relational noun after "and" and a singular possessive speaks of the member and the possessor of
the relational noun before the conjunction: "X is both Y's biggest supplier and its fiercest rival"
(a supplier that is also a rival, the case frenemy exists for). Invented sentences, six languages."""

import pytest

from tests.lang.checks import assert_sentence

C, R = "customer_of", "competes_with"
CASES = [
    ("en", "Today Kestrix is both Zorvane's biggest supplier and its fiercest rival."),
    ("fr", "Aujourd'hui, Kestrix est à la fois le premier fournisseur de Zorvane et son principal concurrent."),
    ("it", "Oggi Kestrix è al tempo stesso il principale fornitore di Zorvane e il suo concorrente più agguerrito."),
    ("es", "Hoy Kestrix es a la vez el mayor proveedor de Zorvane y su principal rival."),
    ("de", "Heute ist Kestrix der größte Lieferant von Zorvane und sein schärfster Konkurrent."),
    ("nl", "Vandaag is Kestrix de grootste leverancier van Zorvane en zijn felste concurrent."),
]


@pytest.mark.parametrize("lang,text", CASES)
def test_supplier_and_rival(lang, text):
    assert_sentence(text, lang, [("Zorvane", C, "Kestrix"), ("Kestrix", R, "Zorvane")], [])


def test_a_plural_possessive_is_not_the_first_nouns_possessor():
    # "and their rival": the pronoun speaks of several companies, not of Zorvane alone
    assert_sentence("Today Kestrix is Zorvane's biggest supplier and their common rival.", "en",
                    [("Zorvane", C, "Kestrix")], [])


SHARED = [
    ("en", "Today Kestrix is the biggest supplier and the fiercest rival of Zorvane."),
    ("en", "Today Kestrix, the biggest supplier and the fiercest rival of Zorvane, grows."),
    ("fr", "Aujourd'hui, Kestrix est le premier fournisseur et le principal concurrent de Zorvane."),
    ("it", "Oggi Kestrix è il principale fornitore e il maggiore concorrente di Zorvane."),
    ("es", "Hoy Kestrix es el mayor proveedor y el principal rival de Zorvane."),
    ("nl", "Vandaag is Kestrix de grootste leverancier en de felste concurrent van Zorvane."),
]


@pytest.mark.parametrize("lang,text", SHARED)
def test_two_relational_nouns_share_the_possessor_after_the_second(lang, text):
    assert_sentence(text, lang, [("Zorvane", C, "Kestrix"), ("Kestrix", R, "Zorvane")], [])


def test_a_verbs_object_is_no_description():
    assert_sentence("Today Kestrix bought the biggest supplier and the main rival of Zorvane.", "en", [],
                    [("Zorvane", C, "Kestrix"), ("Kestrix", R, "Zorvane")])


APPOSED = [
    ("en", "Today Kestrix, Zorvane's biggest supplier, is also its fiercest rival."),
    ("fr", "Aujourd'hui, Kestrix, premier fournisseur de Zorvane, est aussi son principal concurrent."),
    ("es", "Hoy Kestrix, el mayor proveedor de Zorvane, es también su principal rival."),
    ("it", "Oggi Kestrix, il principale fornitore di Zorvane, è anche il suo concorrente più agguerrito."),
]


@pytest.mark.parametrize("lang,text", APPOSED)
def test_the_possessive_after_an_apposition_and_a_copula(lang, text):
    # "X, Y's supplier, is also its rival": "its" is the company the apposition names
    assert_sentence(text, lang, [("Zorvane", C, "Kestrix"), ("Kestrix", R, "Zorvane")], [])
