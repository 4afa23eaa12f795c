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


# a contract or signing that names no alliance, between parties of unknown trades: a sale by the
# first party to the one it signed with
CONTRACT = [
    ("fr", "Orbelia a signé avec Kestrova le mois dernier."),
    ("it", "Orbelia firma con Kestrova per i nuovi impianti."),
    ("es", "Orbelia firmó esta semana un contrato con Kestrova."),
    ("en", "Orbelia signed a contract with Kestrova in March."),
]


@pytest.mark.parametrize("lang,text", CONTRACT)
def test_bare_contract_is_a_sale_by_the_first_party(lang, text):
    assert_sentence(text, lang, [("Kestrova", "customer_of", "Orbelia")], [("Orbelia", "partner_of", "Kestrova")])


# an agreement, alliance or licensing contract stays an alliance, its noun before or after the far party
AGREEMENT = [
    ("it", "Orbelia ha stretto un'intesa con Kestrova per le comunità energetiche."),
    ("it", "Orbelia ha firmato con Kestrova un accordo quadro."),
    ("fr", "Orbelia a signé un contrat d'édition avec Kestrova."),
    ("es", "Orbelia ha firmado un acuerdo con Kestrova para desarrollar una vacuna."),
    ("en", "Orbelia signed a licensing agreement with Kestrova."),
]


@pytest.mark.parametrize("lang,text", AGREEMENT)
def test_agreement_stays_an_alliance(lang, text):
    assert_sentence(text, lang, [("Orbelia", "partner_of", "Kestrova")], [("Kestrova", "customer_of", "Orbelia")])
