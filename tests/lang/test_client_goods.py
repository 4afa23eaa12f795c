"""A maker whose object is a company's goods ("makes Zorvane's yogurts", "fabrique les lunettes de
X") works for that company: the possessor is its customer, never its product. Goods of one company
inside another's ("X's chips go into Y's phones") make the second the first's customer."""

import pytest

from tests.lang.checks import assert_sentence

CLIENT_GOODS = [
    ("en", "Kestrix makes Zorvane's store-brand yogurts.", [("Zorvane", "customer_of", "Kestrix")],
     [("Zorvane", "product_of", "Kestrix")]),
    ("en", "Kestrix Inc maintains Zorvane's trains.", [("Zorvane", "customer_of", "Kestrix Inc")], []),
    ("en", "Kestrix makes the yogurts of Zorvane.", [("Zorvane", "customer_of", "Kestrix")],
     [("Zorvane", "product_of", "Kestrix")]),
    ("fr", "Kestrix fabrique les lunettes de Zorvane.", [("Zorvane", "customer_of", "Kestrix")],
     [("Zorvane", "product_of", "Kestrix")]),
    ("fr", "Le groupe Kestrix fabrique les yaourts de Carrefour.", [("Carrefour", "customer_of", "Kestrix")], []),
    ("de", "Die Kestrix AG baut die Züge der Zorvane AG.", [("Zorvane AG", "customer_of", "Kestrix AG")], []),
    ("de", "Kestrix wartet die Züge von Zorvane.", [("Zorvane", "customer_of", "Kestrix")], []),
    ("it", "Kestrix produce gli occhiali di Zorvane.", [("Zorvane", "customer_of", "Kestrix")],
     [("Zorvane", "product_of", "Kestrix")]),
    ("es", "Kestrix fabrica los yogures de Zorvane.", [("Zorvane", "customer_of", "Kestrix")],
     [("Zorvane", "product_of", "Kestrix")]),
    ("nl", "Kestrix Foods onderhoudt de treinen van Zorvane Rail.", [("Zorvane Rail", "customer_of", "Kestrix Foods")],
     []),
    ("nl", "Kestrix maakt de treinen van Zorvane.", [("Zorvane", "customer_of", "Kestrix")], []),
    ("vi", "Công ty Kestrix bảo dưỡng máy bay của Zorvane.", [("Zorvane", "customer_of", "Kestrix")], []),
    ("vi", "Công ty Kestrix sản xuất máy bay của Vietjet.", [("Vietjet", "customer_of", "Kestrix")], []),
    # an adverbial between the verb and the goods: plain words or a place word and its town
    ("fr", "Kestrix fabrique sous licence les lunettes de Zorvane et de Brandell.",
     [("Zorvane", "customer_of", "Kestrix"), ("Brandell", "customer_of", "Kestrix")],
     [("Zorvane", "product_of", "Kestrix")]),
    ("fr", "Kestrix produit à Longarone les montures de Zorvane, Brandell et Carvo.",
     [("Zorvane", "customer_of", "Kestrix"), ("Carvo", "customer_of", "Kestrix")],
     [("Longarone", "product_of", "Kestrix"), ("Longarone", "customer_of", "Kestrix")]),
    ("it", "Kestrix produce da anni i freni di Zorvane.", [("Zorvane", "customer_of", "Kestrix")], []),
]

GOODS_IN_GOODS = [
    ("en", "Kestrix's memory chips go into Zorvane's phones.", [("Zorvane", "customer_of", "Kestrix")], []),
    ("en", "Kestrix's engines power Zorvane's jets.", [("Zorvane", "customer_of", "Kestrix")],
     [("Zorvane", "product_of", "Kestrix")]),
    ("en", "Kestrix's chips are used in Zorvane's phones.", [("Zorvane", "customer_of", "Kestrix")],
     [("Kestrix", "customer_of", "Zorvane")]),
    ("fr", "Les puces de Kestrix équipent les smartphones de Zorvane.", [("Zorvane", "customer_of", "Kestrix")], []),
    ("de", "Die Motoren von Kestrix treiben die Jets von Zorvane an.", [("Zorvane", "customer_of", "Kestrix")], []),
    ("es", "Los chips de Kestrix equipan los teléfonos de Zorvane.", [("Zorvane", "customer_of", "Kestrix")], []),
    ("it", "I chip di Kestrix equipaggiano gli smartphone di Zorvane.", [("Zorvane", "customer_of", "Kestrix")], []),
    ("nl", "De chips van Kestrix zitten in de telefoons van Zorvane.", [("Zorvane", "customer_of", "Kestrix")], []),
    ("vi", "Chip của Kestrix được dùng trong điện thoại của Zorvane.", [("Zorvane", "customer_of", "Kestrix")],
     [("Kestrix", "customer_of", "Zorvane")]),
]

NOT_CLIENTS = [
    # a title is no goods: the CEO of one company is not its goods
    ("en", "Kestrix's chief executive sits in Zorvane's board.", [], [("Zorvane", "customer_of", "Kestrix")]),
    ("en", "Zorvane bought Kestrix, which makes yogurts.", [("Zorvane", "acquires", "Kestrix")], []),
]


@pytest.mark.parametrize("lang,text,present,absent", CLIENT_GOODS + GOODS_IN_GOODS + NOT_CLIENTS)
def test_client_goods(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)


NOT_GOODS = [
    ("en", "Kestrix Inc made Zorvane's shares soar.", [], [("Zorvane", "customer_of", "Kestrix Inc")]),
    ("fr", "Kestrix fait monter les actions de Zorvane.", [], [("Zorvane", "customer_of", "Kestrix")]),
    ("de", "Kestrix produziert die Ergebnisse der Zorvane AG.", [], [("Zorvane AG", "customer_of", "Kestrix")]),
    ("nl", "Kestrix maakt de resultaten van Zorvane bekend.", [], [("Zorvane", "customer_of", "Kestrix")]),
]


@pytest.mark.parametrize("lang,text,present,absent", NOT_GOODS)
def test_not_goods(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)
