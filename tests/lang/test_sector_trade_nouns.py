"""Trade nouns of the sector taxonomy placed right before a company name describe its sector
("der Generikahersteller X", "de datacenterspeler X", "l'entreprise de services numériques X").
Invented texts, several languages."""

import pytest

from tests.lang.checks import assert_sentence

CASES = [
    ("de", "Der Generikahersteller Sandoz meldete einen Liefervertrag.", ("Sandoz", "operates_in", "pharmaceuticals")),
    ("de", "Hapag-Lloyd bestellt bei der Werft Hanwha Ocean acht Schiffe.", ("Hanwha Ocean", "operates_in",
                                                                             "shipbuilding")),
    ("nl", "Ook de geheugenchipmaker SK hynix plaatste een bestelling.", ("SK Hynix", "operates_in",
                                                                           "semiconductors")),
    ("nl", "KPN werkt samen met de datacenterspeler Equinix.", ("Equinix", "operates_in", "data centers")),
    ("fr", "L'entreprise de services numériques Capgemini a signé un contrat avec la SNCF.",
     ("Capgemini", "operates_in", "it services")),
]


@pytest.mark.parametrize("lang,text,present", CASES)
def test_trade_noun_before_a_name_gives_its_sector(lang, text, present):
    assert_sentence(text, lang, [present], [])
