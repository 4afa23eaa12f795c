"""A copula tying a company to a sector noun that ends its noun phrase ("Acme is a chipmaker", "X est
un spécialiste de la cybersécurité") says the company is in that sector, whatever the registry knows
of it; a sector word qualifying another noun ("a cloud customer") or a negated copula says nothing.
Invented texts, several languages."""

import pytest

from tests.lang.checks import assert_sentence

CASES = [
    ("en", "Quorvex Labs is a chipmaker.", ("Quorvex Labs", "operates_in", "semiconductors")),
    ("en", "Brandlow Mutual is the largest insurer in Scotland.", ("Brandlow Mutual", "operates_in", "insurance")),
    ("fr", "Sécurix est un spécialiste de la cybersécurité.", ("Sécurix", "operates_in", "cybersecurity")),
    ("de", "Die Kraftwerk AG ist ein Versicherer aus Köln.", ("Kraftwerk AG", "operates_in", "insurance")),
    ("en", "Globex Works is an insurer based in Ohio.", ("Globex Works", "operates_in", "insurance")),
    ("en", "Globex Works is the country's largest telecoms operator.",
     ("Globex Works", "operates_in", "telecommunications")),
    ("en", "Quorvex Labs is one of the biggest chipmakers in Asia.", ("Quorvex Labs", "operates_in", "semiconductors")),
    ("vi", "Sao Biển là một công ty an ninh mạng.", ("Sao Biển", "operates_in", "cybersecurity")),
]

ABSENT = [
    ("en", "Hooli Systems is a big cloud customer.", ("Hooli Systems", "operates_in", "cloud computing")),
    ("en", "Umbrella Freight is not a bank.", ("Umbrella Freight", "operates_in", "banking")),
]


@pytest.mark.parametrize("lang,text,present", CASES)
def test_copula_sector_noun_places_the_company(lang, text, present):
    assert_sentence(text, lang, [present], [])


@pytest.mark.parametrize("lang,text,absent", ABSENT)
def test_sector_word_qualifying_or_negated_places_nothing(lang, text, absent):
    assert_sentence(text, lang, [], [absent])
