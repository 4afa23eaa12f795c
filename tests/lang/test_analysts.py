"""A named analyst or economist holds a role at the firm named with her, in seven languages: after her
title ("Laura Kent, an analyst at Barclays"), after her name ("Analystin Petra Lang von der Commerzbank")
or glued to the title ("Barclays analyst Laura Kent"); with no firm named she belongs to none, and the
firm of a source phrase apposed to her ("selon Paul Roux, analyste de BNP Paribas") is hers only."""

import pytest

from tests.lang.checks import assert_sentence

E = "executive_of"

CASES = [
    ("en", 'Microsoft raised prices. "This is a bold move," said Laura Kent, an analyst at Barclays.',
     [("Laura Kent", E, "Barclays")], [("Laura Kent", E, "Microsoft")]),
    ("en", "Microsoft raised prices, said Laura Kent, a software analyst at Barclays.",
     [("Laura Kent", E, "Barclays")], []),
    ("en", "Microsoft raised prices, said Barclays analyst Laura Kent.", [("Laura Kent", E, "Barclays")], []),
    ("en", "Microsoft raised prices, said analyst Laura Kent.", [], [("Laura Kent", E, "Microsoft")]),
    ("de", "Microsoft erhöht die Preise. „Das ist mutig“, sagte die Analystin Petra Lang von der Commerzbank.",
     [("Petra Lang", E, "Commerzbank")], [("Petra Lang", E, "Microsoft")]),
    ("de", "Microsoft erhöht die Preise, sagte Analystin Petra Lang vom Marktforscher Gartner.",
     [("Petra Lang", E, "Gartner")], []),
    ("de", "Microsoft erhöht die Preise, sagte Jonas Weber, Analyst bei der Commerzbank.",
     [("Jonas Weber", E, "Commerzbank")], []),
    ("de", "Microsoft erhöht die Preise, sagte Analystin Petra Lang.", [], [("Petra Lang", E, "Microsoft")]),
    # a compound ending in an analyst's title ("Autoanalyst", "Bankenanalystin") is that title
    ("de", "BMW verkauft mehr Autos, sagte Autoanalyst Lena Rokowski von der Commerzbank.",
     [("Lena Rokowski", E, "Commerzbank")], [("Lena Rokowski", E, "BMW")]),
    ("de", "BMW verkauft mehr Autos, sagte Bankenanalystin Petra Lang.", [], [("Petra Lang", E, "BMW")]),
    ("nl", "Microsoft verhoogt de prijzen. Energieanalist Joost Bakker van Rabobank ziet dat als een risico.",
     [("Joost Bakker", E, "Rabobank")], [("Joost Bakker", E, "Microsoft")]),
    ("nl", "Microsoft verhoogt de prijzen, zegt econoom Joost Bakker.", [], [("Joost Bakker", E, "Microsoft")]),
    ("es", "Microsoft sube los precios. «Es arriesgado», señala Marta Gil, analista de Bankinter.",
     [("Marta Gil", E, "Bankinter")], [("Marta Gil", E, "Microsoft")]),
    ("fr", "Microsoft augmente ses prix, selon Paul Roux, analyste de BNP Paribas.",
     [("Paul Roux", E, "BNP Paribas")], [("Paul Roux", E, "Microsoft")]),
    ("fr", "Microsoft augmente ses prix, a dit Paul Roux, économiste de BNP Paribas.",
     [("Paul Roux", E, "BNP Paribas")], []),
    # a workplace preposition after the title ("analyste chez X", "analista en X"); a consultant too
    ("fr", "Microsoft augmente ses prix, résume Paul Roux, analyste chez Oddo.",
     [("Paul Roux", E, "Oddo")], [("Paul Roux", E, "Microsoft")]),
    ("fr", "Microsoft augmente ses prix, analyse Claire Morel, consultante chez Roland Berger.",
     [("Claire Morel", E, "Roland Berger")], [("Claire Morel", E, "Microsoft")]),
    ("es", "Microsoft sube los precios, señala Marta Gil, analista en Bankinter.",
     [("Marta Gil", E, "Bankinter")], [("Marta Gil", E, "Microsoft")]),
    ("es", "Microsoft sube los precios, señala Marta Gil, consultora de Deloitte.",
     [("Marta Gil", E, "Deloitte")], [("Marta Gil", E, "Microsoft")]),
    ("it", "Microsoft alza i prezzi. «È rischioso», commenta Luca Neri, economista di Equita.",
     [("Luca Neri", E, "Equita")], [("Luca Neri", E, "Microsoft")]),
    ("vi", "Microsoft tăng giá. Theo ông Lê Văn Nam, chuyên gia phân tích của Vietcombank, đây là rủi ro.",
     [("Lê Văn Nam", E, "Vietcombank")], [("Lê Văn Nam", E, "Microsoft")]),
    ("vi", "Microsoft tăng giá. Chuyên gia Lê Văn Nam của Vietcombank nhận định đây là rủi ro.",
     [("Lê Văn Nam", E, "Vietcombank")], []),
]


@pytest.mark.parametrize("lang,text,present,absent", CASES)
def test_analyst_of_a_firm(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)


def test_analysts_firm_in_a_source_phrase_is_no_other_party():
    # the firm is the analyst's employer, not a partner of the bank the quote speaks of
    assert_sentence("Theo bà Trần Thu Hà, chuyên gia phân tích của Vietcombank, hợp đồng với FPT có lợi cho Viettel.",
                    "vi", [("Trần Thu Hà", E, "Vietcombank")], [("Vietcombank", "partner_of", "FPT")])


@pytest.mark.parametrize("lang,text", [
    ("nl", "Adyen groeit snel. Volgens ING-bestuursvoorzitter Steven van Rijswijk moeten klanten niets merken."),
    ("en", "Adyen is growing fast, according to ING chief executive Steven van Rijswijk."),
    ("es", "Adyen crece rápido, según el consejero delegado de ING, Steven van Rijswijk."),
])
def test_company_glued_to_a_title_after_a_source_word_is_the_persons(lang, text):
    assert_sentence(text, lang, [("Steven van Rijswijk", E, "ING Group")], [("Steven van Rijswijk", E, "Adyen")])
