"""", con un primo ordine da Y", ", avec une première commande de Y", ", con un primer pedido de Y" after
a clause about a maker: the order comes from Y, the maker's customer."""

import pytest

from tests.lang.checks import assert_sentence

C = "customer_of"

CASES = [
    ("it", "Brembo ha avviato la produzione di pinze in carbonio, con un primo ordine da Leonardo per gli elicotteri.",
     [("Leonardo", C, "Brembo")], []),
    ("fr", "Valeo a lancé la production de capteurs, avec une première commande de Thales pour ses radars.",
     [("Thales", C, "Valeo")], []),
    ("es", "Talgo ha empezado a fabricar trenes, con un primer pedido de Renfe para sus líneas.",
     [("Renfe", C, "Talgo")], []),
    # an order counted in goods names no customer
    ("fr", "Airbus a livré 30 avions, avec une commande de 20 appareils.", [], [("Airbus", C, "Airbus")]),
]


@pytest.mark.parametrize("lang,text,present,absent", CASES)
def test_order_from_customer(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)
