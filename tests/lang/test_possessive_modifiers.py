"""A possessive a few plain words before its noun owns it as if right before it ("its rare-disease
unit X"). Invented sentences."""

import pytest

from tests.lang.checks import assert_sentence

S = "subsidiary_of"

CASES = [
    ("en", "Pfizer said its rare-disease unit Arvinas will use the system.", [("Arvinas", S, "Pfizer")], []),
    ("en", "Pfizer bought Seagen in 2023, and its oncology unit Arvinas will use the system.",
     [("Arvinas", S, "Pfizer")], [("Arvinas", S, "Seagen")]),
    ("en", "Pfizer said its Spanish subsidiary Arvinas will hire 200 people.", [("Arvinas", S, "Pfizer")], []),
]


@pytest.mark.parametrize("lang,text,present,absent", CASES)
def test_possessive_before_modifiers(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)


PR = "product_of"

# a brand the owner's possessive names, with a few plain words between, is a product, not a unit
BRANDS = [
    ("es", "Zegona apuesta por su segunda marca Brelio para frenar las bajas.", [("Brelio", PR, "Zegona")], []),
    ("es", "Zegona apuesta por su marca Brelio para frenar las bajas.", [("Brelio", PR, "Zegona")],
     [("Brelio", S, "Zegona")]),
    ("es", "Zegona apuesta por su filial Brelio para frenar las bajas.", [("Brelio", S, "Zegona")], []),
    ("fr", "Danone relance sa vieille marque Brelio en Espagne.", [("Brelio", PR, "Danone")], []),
    ("en", "Unilever is relaunching its old ice-cream brand Brelio.", [("Brelio", PR, "Unilever")], []),
    ("en", "Unilever sold its old factory to Brelio.", [], [("Brelio", PR, "Unilever")]),
    ("it", "Ferrero lancia il suo nuovo marchio Brelio in Cina.", [("Brelio", PR, "Ferrero")], []),
    ("de", "Henkel bringt seine alte Marke Brelio zurück.", [("Brelio", PR, "Henkel")], []),
    ("nl", "Heineken brengt zijn oude merk Brelio terug naar de schappen.", [("Brelio", PR, "Heineken")],
     [("Brelio", S, "Heineken")]),
]


@pytest.mark.parametrize("lang,text,present,absent", BRANDS)
def test_possessed_brand(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)
