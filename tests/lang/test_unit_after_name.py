"""A unit word glued to a company's name names the unit ("Lufthansa Technik"), which takes the
relation the sentence gives it; in German, where the word is also a capitalised common noun."""

import pytest

from tests.lang.checks import assert_sentence

P = "partner_of"

CASES = [
    ("de", "Lufthansa Technik arbeitet seit 2022 mit dem Berliner Start-up Flugdaten AG zusammen.",
     [("Lufthansa Technik", P, "Flugdaten AG")], [("Lufthansa", P, "Flugdaten AG")]),
    ("de", "Die Wartungstochter Porsche Technik kooperiert mit der Firma Sensiro.",
     [("Porsche Technik", P, "Sensiro")], [("Porsche", P, "Sensiro")]),
    ("en", "Lufthansa Technik has teamed up with the Hamburg start-up Flugdaten AG.",
     [("Lufthansa Technik", P, "Flugdaten AG")], [("Lufthansa", P, "Flugdaten AG")]),
    ("nl", "Lufthansa Technik werkt samen met de start-up Flugdaten AG.",
     [("Lufthansa Technik", P, "Flugdaten AG")], [("Lufthansa", P, "Flugdaten AG")]),
    ("it", "Lufthansa Technik ha stretto un'alleanza con la start-up Flugdaten AG.",
     [("Lufthansa Technik", P, "Flugdaten AG")], [("Lufthansa", P, "Flugdaten AG")]),
    ("es", "Lufthansa Technik se ha aliado con la start-up Flugdaten AG.",
     [("Lufthansa Technik", P, "Flugdaten AG")], [("Lufthansa", P, "Flugdaten AG")]),
    ("vi", "Lufthansa Technik hợp tác với công ty khởi nghiệp Flugdaten AG.",
     [("Lufthansa Technik", P, "Flugdaten AG")], [("Lufthansa", P, "Flugdaten AG")]),
]


@pytest.mark.parametrize("lang,text,present,absent", CASES)
def test_unit_takes_the_relation(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)


def test_unit_is_its_owners_subsidiary():
    assert_sentence("Die Lufthansa wächst. Lufthansa Technik arbeitet mit der Firma Sensiro zusammen.", "de",
                    [("Lufthansa Technik", "subsidiary_of", "Lufthansa")], [])
