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
