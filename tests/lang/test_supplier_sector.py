"""A supplier's product named where its customer is spoken of ("Walgreens uses Microsoft's Azure
cloud") says what the customer buys: the supplier's sector is not inferred from it. A product the
text gives its owner otherwise still places the owner in its sector."""

import pytest

from tests.lang.checks import assert_sentence

CLOUD = ("Microsoft", "operates_in", "cloud computing")

CASES = [
    ("en", "Walgreens uses Microsoft's Azure cloud to run its prescription system."),
    ("de", "Die Lufthansa nutzt die Azure-Cloud von Microsoft für ihre Buchungssysteme."),
    ("es", "Amadeus utiliza la nube Azure de Microsoft para sus sistemas."),
    ("fr", "Carrefour utilise le cloud Azure de Microsoft pour ses magasins."),
    ("nl", "Jumbo gebruikt de Azure-cloud van Microsoft voor zijn winkels."),
    ("vi", "Vietjet sử dụng nền tảng đám mây Azure của Microsoft."),
]


@pytest.mark.parametrize("lang,text", CASES)
def test_no_sector_from_a_customers_purchase(lang, text):
    assert_sentence(text, lang, [], [CLOUD])


def test_owned_product_still_gives_the_sector():
    assert_sentence("Amazon launched its telehealth service Amazon Clinic, expanding in healthcare.", "en",
                    [("Amazon Clinic", "product_of", "Amazon")], [])
