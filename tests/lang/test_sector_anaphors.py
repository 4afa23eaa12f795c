"""A description that names a sector and refers to a company ("Allianz, the insurer,", "Il gruppo
bancario, che ...") says the company is in that sector, where the registry places it there and no
other company of the sentence is of that sector."""

from __future__ import annotations

import pytest

from tests.lang.checks import assert_sentence

CASES = [
    ("en", "Shares rose after Allianz, the insurer, said claims had fallen.", ("Allianz", "insurance")),
    ("fr", "Geodis a signé un contrat. Le transporteur a commandé 140 robots à Exotec.", ("Geodis", "logistics")),
    ("de", "Die Allianz hat ihre Prognose bestätigt. Der Versicherer rechnet mit einem Rekordgewinn.",
     ("Allianz", "insurance")),
    ("es", "Iberia ha presentado sus resultados. La aerolínea ganó 300 millones.", ("Iberia", "airlines")),
    ("it", "Credem ha chiuso in rialzo. Il gruppo bancario, che gestisce 40 miliardi, punta sul Nord.",
     ("Credem", "banking")),
    ("nl", "Voor Albert Heijn, de supermarktketen, is de overname een kans.", ("Albert Heijn", "grocery")),
    ("vi", "Vietjet vừa công bố kết quả. Hãng hàng không giá rẻ này sẽ mở thêm đường bay.",
     ("Vietjet", "airlines")),
]


@pytest.mark.parametrize("lang,text,pair", CASES)
def test_sector_description_of_a_company(lang, text, pair):
    assert_sentence(text, lang, [(pair[0], "operates_in", pair[1])], [])


@pytest.mark.parametrize("lang,text,absent", [
    # another company of the sentence is of that sector: the reference may have gone amiss
    ("en", "Ford Motor has struck a partnership with LG Energy Solution to build batteries, the carmaker said.",
     ("LG Energy Solution", "operates_in", "automotive")),
    # a workplace: the analyst's employer is named to place her, not by its trade
    ("en", "Morgan Stanley raised its target. \"Demand is strong,\" said Kevin Pratt, an analyst at the bank.",
     ("Morgan Stanley", "operates_in", "banking")),
])
def test_no_sector_from_a_doubtful_reference(lang, text, absent):
    assert_sentence(text, lang, [], [absent])
