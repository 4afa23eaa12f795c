"""An aside after a name that compares it with another company (", neben Hochtief einer der größten
Baukonzerne,", ", alongside Hochtief one of the largest builders,") describes the name: the verb after
it is the name's, not the other company's."""

import pytest

from tests.lang.checks import assert_sentence

C = "customer_of"

CASES = [
    ("de", "Strabag, neben Hochtief einer der größten Baukonzerne, bezieht ihren Zement von Holcim."),
    ("de", "Die österreichische Strabag, neben Hochtief einer der größten Baukonzerne Europas, bezieht ihren Zement von Holcim."),
    ("en", "Strabag, alongside Hochtief one of the largest builders in Europe, buys its cement from Holcim."),
]


@pytest.mark.parametrize("lang,text", CASES)
def test_compared_aside(lang, text):
    assert_sentence(text, lang, [("Strabag", C, "Holcim")], [("Hochtief", C, "Holcim")])
