"""A verb cue written for one subject also holds in the plural: a list of companies or a plural
description ("die Münchner", "beide Konzerne") takes the plural verb (plural_endings)."""

import pytest

from tests.lang.checks import assert_sentence

CASES = [
    ("de", "BMW und Audi lassen ihre Zellen von CATL fertigen.", [("BMW", "customer_of", "CATL"),
                                                                  ("Audi", "customer_of", "CATL")]),
    ("de", "BMW baut ein Werk in Ungarn. Die Münchner lassen ihre Zellen von CATL fertigen.",
     [("BMW", "customer_of", "CATL")]),
    ("de", "Bosch lässt seine Chips von TSMC fertigen.", [("Bosch", "customer_of", "TSMC")]),
    ("es", "Iberia y Vueling compran aviones a Airbus.", [("Iberia", "customer_of", "Airbus")]),
    ("it", "Eni e Enel hanno acquisito Orvexa.", [("Enel", "acquires", "Orvexa")]),
]


@pytest.mark.parametrize("lang,text,present", CASES)
def test_plural_verb_cue(lang, text, present):
    assert_sentence(text, lang, present, [])
