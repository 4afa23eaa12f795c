"""A later clause saying no deal is struck yet ("though nothing has been signed", "ma le trattative sono
ferme") takes back the customer or partner relation the negotiation before it would give; a clause
naming another company leaves the first claim standing."""

import pytest

from tests.lang.checks import assert_sentence

C, P = "customer_of", "partner_of"

UNSEALED = [
    ("en", "Today Kestrix is negotiating a supply agreement with Siemens, though no deal has been signed.",
     ("Kestrix", C, "Siemens")),
    ("it", "Il gruppo Kestrix sta trattando una partnership con Siemens, ma le trattative sono ferme da mesi.",
     ("Kestrix", P, "Siemens")),
    ("fr", "Le groupe Kestrix négocie un partenariat avec Siemens, mais rien n'est signé.", ("Kestrix", P, "Siemens")),
    ("es", "El grupo Kestrix negocia una alianza con Siemens, aunque todavía no se ha firmado nada.",
     ("Kestrix", P, "Siemens")),
    ("de", "Der Konzern Kestrix verhandelt mit Siemens über eine Partnerschaft, noch nichts unterschrieben.",
     ("Kestrix", P, "Siemens")),
    ("nl", "Het concern Kestrix onderhandelt met Siemens over een samenwerking, maar er is nog niets getekend.",
     ("Kestrix", P, "Siemens")),
    ("vi", "Tập đoàn Kestrix đang đàm phán hợp tác với Siemens, nhưng chưa đạt được thỏa thuận.",
     ("Kestrix", P, "Siemens")),
]


@pytest.mark.parametrize("lang,text,triple", UNSEALED)
def test_unsealed_deal_is_no_relation(lang, text, triple):
    assert_sentence(text, lang, [], [triple])


def test_unsealed_clause_about_another_company_keeps_the_claim():
    assert_sentence("Today Kestrix buys chips from Siemens, but no deal has been signed with Bosch.", "en",
                    [("Kestrix", C, "Siemens")], [])
