"""A sale's sides are firms: a product or a name standing by a word for goods is what is sold or what
the goods go into; its maker, when the article names one, is the client (claims._party)."""

import pytest

from tests.lang import checks


@pytest.mark.parametrize("lang,text,absent", [
    ("en", "Nordwind Aero supplies Zephyr-9 engines to several airlines.", ("Zephyr-9", "customer_of", "Nordwind Aero")),
    ("fr", "Valtronic fournit les moteurs Kestrel des avions régionaux.", ("Kestrel", "customer_of", "Valtronic")),
    ("de", "Brenntec fertigt Module für das FX40-Triebwerk des Kampfjets.",
     ("FX40-Triebwerk", "customer_of", "Brenntec")),
])
def test_goods_are_no_client(lang, text, absent):
    checks.assert_sentence(text, lang, [], [absent])


@pytest.mark.parametrize("lang,text,present,absent", [
    ("en", "Renault's Zelva EX uses cells from Northvolt.", ("Renault", "customer_of", "Northvolt"),
     ("Zelva EX", "customer_of", "Northvolt")),
    ("de", "BMWs Neue Reihe setzt auf Rundzellen von CATL.", ("BMW", "customer_of", "CATL"),
     ("BMWs Neue Reihe", "customer_of", "CATL")),
])
def test_product_stands_for_its_maker(lang, text, present, absent):
    checks.assert_sentence(text, lang, [present], [absent])
