"""A number of goods named before their maker ("mua 10.000 xe điện X", "buys 150 Airbus jets" in
languages that put the maker after the goods) is a purchase from the maker, not its acquisition;
a percentage of its shares stays an acquisition."""

import pytest

from tests.lang.checks import assert_sentence

CASES = [
    ("vi", "Orbelia mua 10.000 xe điện Kestrova.", [("Orbelia", "customer_of", "Kestrova")],
     [("Orbelia", "acquires", "Kestrova")]),
    ("vi", "Công ty Orbelia công bố hợp đồng mua 2.000 xe máy điện Kestrova.", [("Orbelia", "customer_of", "Kestrova")],
     [("Orbelia", "acquires", "Kestrova")]),
    ("vi", "Orbelia mua lại 80% cổ phần của Kestrova.", [("Orbelia", "acquires", "Kestrova")], []),
    ("fr", "Orbelia achète 150 avions Kestrova.", [("Orbelia", "customer_of", "Kestrova")], []),
]


@pytest.mark.parametrize("lang,text,present,absent", CASES)
def test_counted_goods(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)
