"""A known company's name followed by a word for a business it runs as a company (insurance, energy
retail, ad sales, panels, parcels) names a subsidiary, not a product; so does an unknown name a company
noun describes, before it ("payroll specialist X") or in apposition ("X, the organisation that Y owns")."""

import pytest

from tests.lang.checks import assert_sentence

S, P = "subsidiary_of", "product_of"

CASES = [
    ("es", "Santander ha reforzado Santander Seguros este año con nuevos productos.",
     [("Santander Seguros", S, "Banco Santander")], [("Santander Seguros", P, "Banco Santander")]),
    ("it", "Eni punta sulla crescita di Eni Energia nel mercato libero.", [("Eni Energia", S, "Eni")], []),
    ("de", "Die Deutsche Post baut DHL Parcel in Polen aus.", [("DHL Parcel", S, "DHL Group")], []),
    ("en", "LG expects LG Display to return to profit next year.", [("LG Display", S, "LG Corporation")], []),
    ("fr", "Le groupe TF1 confie la vente des espaces à TF1 Publicité dès janvier.", [("TF1 Publicité", S, "TF1")], []),
    ("en", "Thoma Bravo, which also owns payroll specialist Kestrix, bought Darktrace.",
     [("Kestrix", S, "Thoma Bravo")], [("Kestrix", P, "Thoma Bravo")]),
    ("en", "The deal was negotiated by Kestrix, the purchasing organisation that HCA owns.",
     [("Kestrix", S, "HCA Healthcare")], [("Kestrix", P, "HCA Healthcare")]),
    ("fr", "Vivendi, qui possède aussi l'éditeur Kestrix, a racheté Lagardère.",
     [("Kestrix", S, "Vivendi")], [("Kestrix", P, "Vivendi")]),
    # an offering noun keeps the name a product
    ("en", "Apple, which also owns the streaming service Kestrix, bought Shazam.", [("Kestrix", P, "Apple")], []),
]


@pytest.mark.parametrize("lang,text,present,absent", CASES)
def test_unit_and_company_names(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)
