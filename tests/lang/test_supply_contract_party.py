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


UTILITY = [
    ("en", "Microsoft signed a power supply agreement with Iberdrola for its data centres.", "Microsoft", "Iberdrola"),
    ("es", "Amazon tiene un contrato de suministro con Iberdrola.", "Amazon", "Iberdrola"),
    ("it", "Amazon ha firmato un contratto di fornitura con Enel.", "Amazon", "Enel"),
]


@pytest.mark.parametrize("lang,text,buyer,seller", UTILITY)
def test_utility_supplies_in_a_supply_contract(lang, text, buyer, seller):
    assert_sentence(text, lang, [(buyer, "customer_of", seller)], [(seller, "customer_of", buyer)])


GOODS = [
    ("en", "Microsoft signed a nuclear power deal with Orbelia.", "Microsoft", "Orbelia"),
    ("fr", "Google a signé un contrat d'énergie nucléaire avec Orbelia.", "Google", "Orbelia"),
]


@pytest.mark.parametrize("lang,text,buyer,seller", GOODS)
def test_goods_outside_the_known_trade_come_from_the_other_party(lang, text, buyer, seller):
    assert_sentence(text, lang, [(buyer, "customer_of", seller)], [(seller, "customer_of", buyer)])
