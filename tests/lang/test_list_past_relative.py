"""A list goes on past a relative clause in commas that names no company: "klanten als A, dat er
modellen traint, en B" lists A and B; a second verb after the clause ("und verkauft an C") ends it."""

import pytest

from tests.lang.checks import assert_sentence

CASES = [
    ("nl", "Polderwolk bedient klanten als Qurion, dat er modellen traint, en het UMC Utrecht.",
     [("Qurion", "customer_of", "Polderwolk"), ("UMC Utrecht", "customer_of", "Polderwolk")], []),
    ("en", "Polderwolk serves clients such as Qurion, which trains models there, and Heineken.",
     [("Qurion", "customer_of", "Polderwolk"), ("Heineken", "customer_of", "Polderwolk")], []),
    ("de", "Bosch beliefert BMW, das Autos baut, und verkauft an Audi.", [("BMW", "customer_of", "Bosch")], []),
]


@pytest.mark.parametrize("lang,text,present,absent", CASES)
def test_list_past_relative(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)
