"""A supplier that also competes with its client: a singular object pronoun after a rivalry cue ("and
also competes with it"), or a clitic before it ("tout en lui faisant concurrence"), stands for the one
other company the sentence named. Invented sentences, six languages."""

import pytest

from tests.lang.checks import assert_sentence

CASES = [
    ("en", "Today Kestrix supplies Zorvane with chips while competing with it in phones.", "Zorvane"),
    ("en", "Today Kestrix supplies Zorvane and also competes with it.", "Zorvane"),
    ("fr", "Aujourd'hui, Kestrix fournit Zorvane tout en lui faisant concurrence.", "Zorvane"),
    ("es", "Hoy Kestrix suministra a Zorvane y a la vez compite con ella.", "Zorvane"),
    ("de", "Heute beliefert Kestrix die Zorvane AG und konkurriert zugleich mit ihr.", "Zorvane AG"),
    ("nl", "Vandaag levert Kestrix aan Zorvane en concurreert het ook met hem.", "Zorvane"),
    ("vi", "Hiện nay, Kestrix cung cấp chip cho Zorvane nhưng cũng cạnh tranh với hãng này.", "Zorvane"),
]


@pytest.mark.parametrize("lang,text,client", CASES)
def test_supplier_competes_with_its_client(lang, text, client):
    assert_sentence(text, lang, [(client, "customer_of", "Kestrix"), ("Kestrix", "competes_with", client)], [])


def test_after_a_list_the_pronoun_says_nothing():
    # two companies before the pronoun besides the doer: which one "it" is, the sentence does not say
    assert_sentence("Today Kestrix signed with Zorvane and Lumora and competes with it.", "en", [],
                    [("Kestrix", "competes_with", "Zorvane"), ("Kestrix", "competes_with", "Lumora")])


@pytest.mark.parametrize("lang,text", [
    # the supplier named as the verb's object, then described by a possessive apposition: "its" is the buyer's
    ("en", "Zorvane buys its chips from Kestrix Systems, its biggest rival in phones."),
    ("fr", "Zorvane achète ses puces à Kestrix Systems, son grand rival dans les smartphones."),
    ("es", "Zorvane compra sus chips a Kestrix Systems, su mayor rival en móviles."),
])
def test_the_supplier_described_as_the_buyers_rival(lang, text):
    assert_sentence(text, lang, [("Zorvane", "customer_of", "Kestrix Systems"),
                                 ("Kestrix Systems", "competes_with", "Zorvane")], [])


def test_with_a_third_company_the_possessive_is_not_guessed():
    # "sa filiale" after two other companies: SNCF's or CMA CGM's, the sentence alone does not settle it
    assert_sentence("Le groupe Kestrix négocie avec la société Zorvane le rachat de Lumora Transports, sa filiale "
                    "de logistique.", "fr", [], [("Lumora Transports", "subsidiary_of", "Kestrix")])
