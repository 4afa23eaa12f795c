"""A description by trade ("l'enseigne", "il costruttore") led by a person speaks of the company of
that trade named before, not of the last company named: the leader is that company's. Invented texts."""

import pytest

from tests.lang.checks import assert_sentence

CASES = [
    ("fr", "Lactalis livre Carrefour depuis vingt ans. L'enseigne dirigée par Alexandre Bompard veut muscler sa "
           "marque propre.",
     ("Alexandre Bompard", "executive_of", "Carrefour"), ("Alexandre Bompard", "executive_of", "Lactalis")),
    ("it", "Infineon ha firmato con Stellantis un contratto pluriennale. Il costruttore guidato da Antonio Filosa "
           "ha confermato i volumi.",
     ("Antonio Filosa", "executive_of", "Stellantis"), ("Antonio Filosa", "executive_of", "Infineon")),
]


@pytest.mark.parametrize("lang,text,present,absent", CASES)
def test_trade_description_led_by_a_person_is_the_company_of_that_trade(lang, text, present, absent):
    assert_sentence(text, lang, [present], [absent])
