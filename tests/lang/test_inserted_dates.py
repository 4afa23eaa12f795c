"""A date between two words of a phrase is read past, in every language: "owned since 2019 by X"
reads as "owned by X" (lexicon class time_prepositions). Invented sentences."""

import pytest

from tests.lang.checks import assert_sentence

S, A = "subsidiary_of", "acquires"

CASES = [
    ("en", "Fertiberia, owned since 2019 by Triton Partners, makes fertiliser.",
     [("Fertiberia", S, "Triton Partners")], [("Triton Partners", S, "Fertiberia")]),
    ("en", "Rennick Foods, owned since March 2021 by Dalgety, cut jobs.", [("Rennick Foods", S, "Dalgety")], []),
    ("es", "En Vodafone España, propiedad desde 2024 del fondo británico Zegona, el consejero delegado habló.",
     [("Vodafone España", S, "Zegona")], []),
    ("it", "Fertiberia, controllata dal 2019 dal fondo Triton Partners, produce fertilizzanti.",
     [("Fertiberia", S, "Triton Partners")], []),
    ("de", "Die Anlagen liefert Voltron Systems, seit 2020 eine Tochter des Konzerns Liebherr.",
     [("Voltron Systems", S, "Liebherr")], []),
    ("nl", "Fertiberia is sinds 2019 eigendom van Triton Partners.", [("Fertiberia", S, "Triton Partners")], []),
]


@pytest.mark.parametrize("lang,text,present,absent", CASES)
def test_inserted_date(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)


# a span of time after a time preposition is read past the same way
DURATIONS = [
    ("it", "Italo si contende da anni il mercato con Trenitalia.", [("Italo", "competes_with", "Trenitalia")]),
    ("nl", "Vattenfall en Eneco zijn al jaren elkaars concurrenten.", [("Vattenfall", "competes_with", "Eneco")]),
    ("es", "Iberdrola colabora desde hace años con Repsol.", [("Iberdrola", "partner_of", "Repsol")]),
    ("fr", "Orange travaille depuis des années avec Capgemini.", [("Orange", "partner_of", "Capgemini")]),
    ("nl", "Epic Systems, dat de afgelopen jaren het UMC Utrecht als klant binnenhaalde, groeit.",
     [("UMC Utrecht", "customer_of", "Epic Systems")]),
]


@pytest.mark.parametrize("lang,text,present", DURATIONS)
def test_inserted_duration(lang, text, present):
    assert_sentence(text, lang, present, [])
