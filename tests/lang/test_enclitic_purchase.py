"""An enclitic pronoun on a purchase verb ("vuole comprarla", "colloqui per rilevarla", "quiere
comprarla") stands for the company spoken of before: a bid for it."""

import pytest

from tests.lang.checks import assert_claims

CASES = [
    ("it", "Mediobanca ha chiuso il bilancio in rosso. UniCredit vuole comprarla.", [("UniCredit", "bids_for", "Mediobanca", "planned")]),
    ("it", "Mediobanca ha chiuso il bilancio in rosso. Secondo indiscrezioni, il gruppo olandese Accell avrebbe "
           "avviato colloqui per rilevarla.", [("Accell", "bids_for", "Mediobanca")]),
    ("es", "Sabadell ha cerrado el año con pérdidas. BBVA quiere comprarlo.", [("BBVA", "bids_for", "Banco Sabadell")]),
]


@pytest.mark.parametrize("lang,text,present", CASES)
def test_enclitic_purchase(lang, text, present):
    assert_claims(text, lang, present, [])
