"""An apposition naming a sector ("Nokia, the software group,") says the company named just before
is in that sector, whatever the registry knows of it. Invented texts, several languages."""

import pytest

from tests.lang.checks import assert_sentence

CASES = [
    ("en", "Nokia, the software group, said sales rose.", ("Nokia", "operates_in", "software")),
    ("en", "Nokia, the insurer, said sales rose.", ("Nokia", "operates_in", "insurance")),
    ("fr", "Nokia, l'assureur, a annoncé des ventes en hausse.", ("Nokia", "operates_in", "insurance")),
    ("de", "Nokia, der Versicherer, meldete höhere Umsätze.", ("Nokia", "operates_in", "insurance")),
    ("it", "Nokia, la compagnia aerea, ha annunciato vendite in crescita.", ("Nokia", "operates_in", "airlines")),
]


@pytest.mark.parametrize("lang,text,present", CASES)
def test_apposed_sector_noun_places_the_company(lang, text, present):
    assert_sentence(text, lang, [present], [])
