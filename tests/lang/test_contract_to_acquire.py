"""A contract to acquire ("ký hợp đồng mua lại 80% vốn của X", "signed an agreement to buy X") is an
acquisition, not a purchase of goods; a contract to buy goods of a maker stays a purchase."""

import pytest

from tests.lang.checks import assert_sentence

CASES = [
    ("vi", "Công ty Orbelia đã ký hợp đồng mua lại 80% vốn của Công ty Kestrova.",
     [("Orbelia", "acquires", "Kestrova")], [("Orbelia", "customer_of", "Kestrova")]),
    ("vi", "Orbelia đã ký hợp đồng mua lại Kestrova.", [("Orbelia", "acquires", "Kestrova")], []),
    ("vi", "Orbelia đã ký hợp đồng mua 200 máy bay của Kestrova.", [("Orbelia", "customer_of", "Kestrova")], []),
    ("en", "Orbelia signed an agreement to buy Kestrova.", [("Orbelia", "acquires", "Kestrova")], []),
]


@pytest.mark.parametrize("lang,text,present,absent", CASES)
def test_contract_to_acquire(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)
