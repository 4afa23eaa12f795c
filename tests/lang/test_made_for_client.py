"""Goods a company makes for a client ("Foxconn assembles iPhones for Apple") are the client's
products, not the maker's: the maker is the client's supplier."""

import pytest

from tests.lang.checks import assert_sentence

CASES = [
    ("en", "Foxconn already assembles iPhones for Apple at plants in India."),
    ("de", "Foxconn fertigt iPhones für Apple in Indien."),
    ("it", "Foxconn produce gli iPhone per Apple in India."),
    ("es", "Foxconn fabrica los iPhone para Apple en India."),
]


@pytest.mark.parametrize("lang,text", CASES)
def test_goods_made_for_a_client(lang, text):
    assert_sentence(text, lang, [("Apple", "customer_of", "Foxconn")], [("iPhone", "product_of", "Foxconn")])


def test_own_goods_stay_the_makers():
    assert_sentence("Apple makes the iPhone.", "en", [("iPhone", "product_of", "Apple")], [])
