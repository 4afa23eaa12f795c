"""A company engaged in the passive with no one named ("Accenture has been hired to ...") works for
the article's main company. Invented texts, seven languages."""

import pytest

from tests.lang.checks import assert_sentence

C = "customer_of"

CASES = [
    ("en", "AstraZeneca signed a deal with AWS. AstraZeneca will move its data. "
           "Accenture has been hired to manage the migration.", [("AstraZeneca", C, "Accenture")], []),
    ("fr", "Sanofi signe avec AWS. Sanofi migre ses données. Accenture a été retenu pour piloter la migration.",
     [("Sanofi", C, "Accenture")], []),
    ("es", "Repsol firma con AWS. Repsol migra sus datos. Accenture ha sido elegida para dirigir la migración.",
     [("Repsol", C, "Accenture")], []),
    ("it", "Enel firma con AWS. Enel migra i dati. Accenture è stata scelta per guidare la migrazione.",
     [("Enel", C, "Accenture")], []),
    ("de", "BASF unterschreibt bei AWS. BASF verlagert Daten. Accenture wurde beauftragt, die Migration zu leiten.",
     [("BASF", C, "Accenture")], []),
    ("nl", "Philips tekent bij AWS. Philips verhuist data. Accenture is ingehuurd om de migratie te leiden.",
     [("Philips", C, "Accenture")], []),
    ("vi", "Vietcombank ký hợp đồng với AWS. Vietcombank chuyển dữ liệu. Accenture được chọn để triển khai dự án.",
     [("Vietcombank", C, "Accenture")], []),
    # the one who hired is named: that one is the customer
    ("en", "AstraZeneca signed a deal with AWS. AstraZeneca will move its data. "
           "Accenture was hired by Pfizer to manage it.", [("Pfizer", C, "Accenture")],
     [("AstraZeneca", C, "Accenture")]),
    ("en", "Ocado was tapped by Kroger.", [("Kroger", C, "Ocado")], [("Ocado", C, "Kroger")]),
]


@pytest.mark.parametrize("lang,text,present,absent", CASES)
def test_hired_in_the_passive_by_the_main_company(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)
