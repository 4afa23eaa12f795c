"""Contenders for a deal another company won (contests.py): a loser of an order competes with the
supplier that won it, a loser of a takeover bid for the target; the deal is the sentence's own or
the headline's. And a rivalry phrase opening a sentence after a preposition ("Im Konkurrenzkampf
mit X") speaks of the company the sentence before was about."""

import pytest

from tests.lang.checks import assert_sentence

R, B = "competes_with", "bids_for"

CASES = [
    # the loser of an order or a contract competes with the supplier that won it
    ("de", "Die Stadtwerke Ulm bestellen Busse bei Daimler Truck – MAN geht leer aus.",
     [("MAN Truck & Bus", R, "Daimler Truck")], []),
    ("nl", "NS bestelt treinen bij Alstom, Siemens grijpt naast de order.", [("Siemens", R, "Alstom")], []),
    ("en", "Carrefour signed a logistics contract with Geodis, while Kuehne+Nagel missed out.",
     [("Kuehne+Nagel", R, "Geodis")], []),
    ("fr", "Renault signe un contrat avec Capgemini, Sopra Steria reste sur le carreau.",
     [("Sopra Steria", R, "Capgemini")], []),
    ("es", "Iberia elige a Indra como proveedor, mientras que Accenture se queda fuera.",
     [("Accenture", R, "Indra")], []),
    ("it", "Trenitalia compra treni da Alstom, Hitachi Rail resta a bocca asciutta.",
     [("Hitachi Rail", R, "Alstom")], []),
    ("vi", "Vietjet mua 50 máy bay của Airbus, Boeing ra về tay trắng.", [("Boeing", R, "Airbus")], []),
    # the loser of a takeover bid for the target; a beaten contender named after the phrase
    ("nl", "Heineken neemt de brouwer Brand over, Carlsberg grijpt mis.", [("Carlsberg", B, "Brand")], []),
    ("it", "Mediobanca compra la fintech Tinaba, battuta la concorrenza di Banca Ifis.",
     [("Banca Ifis", B, "Tinaba")], []),
    # a later sentence's contender speaks of the headline's deal
    ("en", "Lufthansa signs cloud contract with Deutsche Telekom\n\nThe deal runs for seven years. "
           "Amazon Web Services had also bid for the contract, people said.",
     [("Amazon Web Services", R, "Deutsche Telekom")], []),
    # no deal in the sentence or the headline: no contender
    ("de", "Die Bahn spart. Alstom geht leer aus.", [], [("Alstom", R, "Deutsche Bahn")]),
    # a beaten contender of another sentence's deal is not read
    ("fr", "Renault signe un contrat avec Capgemini\n\nAtos croît au détriment de Sopra Steria.", [],
     [("Sopra Steria", R, "Capgemini")]),
    # a rivalry phrase opening the sentence after a preposition
    ("de", "Für Lufthansa zählt Pünktlichkeit. Im Konkurrenzkampf mit Billigfliegern wie Ryanair und Wizz Air "
           "ist jede Minute Geld wert.", [("Lufthansa", R, "Ryanair"), ("Lufthansa", R, "Wizz Air")], []),
]


@pytest.mark.parametrize("lang,text,present,absent", CASES)
def test_contenders(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)
