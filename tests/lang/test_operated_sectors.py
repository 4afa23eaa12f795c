"""A company right before a verb of running or making whose object is a sector noun ending the phrase
("Ferrox operates data centres", "Kraftwerk AG betreibt Rechenzentren") is in that sector; a sector word
qualifying another noun says nothing. Invented texts, several languages."""

import pytest

from tests.lang.checks import assert_sentence

CASES = [
    ("en", "Microsoft operates data centers in Ohio.", ("Microsoft", "operates_in", "data centers")),
    ("en", "Ferrox Systems develops software for hospitals.", ("Ferrox Systems", "operates_in", "software")),
    ("de", "Die Kraftwerk AG betreibt Rechenzentren in Hamburg.", ("Kraftwerk AG", "operates_in", "data centers")),
    ("fr", "Orange exploite des centres de données.", ("Orange", "operates_in", "data centers")),
]

ACTIVE = [
    ("de", "Die Kraftwerk AG ist seit Jahren im Versicherungsgeschäft aktiv.", ("Kraftwerk AG", "operates_in", "insurance")),
    ("de", "Die Kraftwerk AG ist in der Windkraft tätig.", ("Kraftwerk AG", "operates_in", "energy")),
]

ABSENT = [
    ("en", "Ferrox Systems runs payments software from Adyen.", ("Ferrox Systems", "operates_in", "payments")),
]


@pytest.mark.parametrize("lang,text,present", CASES)
def test_operated_sector_places_the_company(lang, text, present):
    assert_sentence(text, lang, [present], [])


@pytest.mark.parametrize("lang,text,absent", ABSENT)
def test_sector_word_qualifying_another_noun_places_nothing(lang, text, absent):
    assert_sentence(text, lang, [], [absent])


@pytest.mark.parametrize("lang,text,present", ACTIVE)
def test_verb_final_activity_word_after_the_sector_places_the_company(lang, text, present):
    assert_sentence(text, lang, [present], [])
