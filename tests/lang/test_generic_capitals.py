"""A country's abbreviation ("the U.S. group") and a plural trade noun capitalised by German spelling
("als Lieferanten") are no company."""

import pytest

from tests.lang.checks import triples

CASES = [
    ("en", "Orbelia had outsourced its payroll to the U.S. group since 2011.", "U.S"),
    ("en", "Orbelia moved its servers to the UK group last spring.", "UK"),
    ("de", "Orbelia nutzt den Marktführer Kestrova ebenfalls als Lieferanten für Motoren.", "Lieferanten"),
    ("de", "Orbelia vergibt den Auftrag an Zulieferer aus Sachsen.", "Zulieferer"),
]


@pytest.mark.parametrize("lang,text,word", CASES)
def test_generic_word_is_no_party(lang, text, word):
    assert not any(word in (s, o) for s, _, o in triples(text, lang))


@pytest.mark.parametrize("text,word", [
    ("Orbelia vergibt den Großauftrag an Dresdner Mittelständler.", "Dresdner Mittelständler"),
    ("Orbelia vergibt den Auftrag an Leipziger Dienstleister.", "Leipziger Dienstleister"),
])
def test_town_adjective_and_trade_noun_is_no_name(text, word):
    assert not any(word in (s, o) for s, _, o in triples(text, "de"))
