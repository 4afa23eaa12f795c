"""A customer noun closing on "of" with a description after it ("Tesco is a customer of the group"):
the description stands for the company the text was about, the named subject is its customer."""

import pytest

from tests.lang.checks import assert_sentence

CASES = [
    ("en", "The Leeds company Kestrix makes sensors. Tesco is a customer of the group.", "Tesco"),
    ("en", "The Leeds company Kestrix makes sensors. Tesco has been a customer of the company since 2019.", "Tesco"),
    ("de", "Der Zulieferer Kestrix fertigt Kabel. BMW ist seit Jahren Kunde des Unternehmens.", "BMW"),
    ("es", "La empresa Kestrix fabrica sensores. Repsol es cliente de la compañía desde 2019.", "Repsol"),
    ("nl", "Het bedrijf Kestrix maakt sensoren. Philips is al jaren klant van het bedrijf.", "Philips"),
]


@pytest.mark.parametrize("lang,text,client", CASES)
def test_customer_of_the_described_company(lang, text, client):
    assert_sentence(text, lang, [(client, "customer_of", "Kestrix")], [])
