"""A supply contract between two parties whose trades do not tell who supplies: the party the first
one signs with delivers, the first one buys (no alliance)."""

import pytest

from tests.lang.checks import assert_sentence

CASES = [
    ("en", "Orbelia signed a long-term supply agreement with Kestrova last week.", "Orbelia", "Kestrova"),
    ("de", "Die Firma Orbelia schließt einen Liefervertrag mit dem Start-up Kestrova.", "Orbelia", "Kestrova"),
    ("fr", "Orbelia a signé un contrat d'approvisionnement avec Kestrova.", "Orbelia", "Kestrova"),
    ("es", "Orbelia ha firmado un contrato de suministro con Kestrova.", "Orbelia", "Kestrova"),
]


@pytest.mark.parametrize("lang,text,buyer,seller", CASES)
def test_supply_contract_first_party_buys(lang, text, buyer, seller):
    assert_sentence(text, lang, [(buyer, "customer_of", seller)], [(buyer, "partner_of", seller)])
