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


@pytest.mark.parametrize("lang,text", [
    ("it", "Trenitalia ha stretto un'intesa con Enel X per installare colonnine."),
    ("en", "Trenitalia teamed up with Enel X to install chargers."),
    ("fr", "Trenitalia s'est associé à Enel X pour installer des bornes."),
    ("es", "Trenitalia se ha aliado con Enel X para instalar cargadores."),
])
def test_one_letter_after_a_name_is_the_units_last_word(lang, text):
    assert_sentence(text, lang, [("Trenitalia", P, "Enel X")], [("Trenitalia", P, "Enel")])


def test_roman_numeral_alone_is_still_no_name():
    from frenemy.api import analyse_text

    names = {e.name for e in analyse_text("Le groupe Stellantis a présenté la phase II de son plan.",
                                          lang="fr").entities.values()}
    assert names == {"Stellantis"}
