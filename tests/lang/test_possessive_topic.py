"""A sentence opening with a phrase a singular possessive owns ("Its biggest customer is X", "Tra i
suoi clienti figurano X") stays about the company the one before was about: a pronoun or a dropped
subject in the next sentence is still that company, not the customer just named. Invented texts,
seven languages."""

import pytest

from tests.lang.checks import assert_sentence

C = "customer_of"

CASES = [
    ("en", "Danone grew its sales by 5%. Its biggest customer in Spain is Walmart. It also supplies Tesco.",
     [("Walmart", C, "Danone"), ("Tesco", C, "Danone")], [("Tesco", C, "Walmart")]),
    ("fr", "Danone a augmenté ses ventes. Parmi ses clients figurent Carrefour et Auchan. "
           "Le groupe fournit aussi Tesco.",
     [("Carrefour", C, "Danone"), ("Tesco", C, "Danone")], [("Tesco", C, "Carrefour"), ("Tesco", C, "Auchan")]),
    ("es", "Danone facturó 182 millones de euros. Su principal cliente en España es Mercadona. "
           "También abastece a Carrefour.",
     [("Mercadona", C, "Danone"), ("Carrefour", C, "Danone")], [("Carrefour", C, "Mercadona")]),
    ("it", "Barilla conta 650 addetti. Tra i suoi clienti figurano Esselunga e Conad. Il gruppo rifornisce anche Tesco.",
     [("Esselunga", C, "Barilla"), ("Tesco", C, "Barilla")], [("Tesco", C, "Conad")]),
    ("de", "Henkel steigerte den Umsatz. Zu seinen Kunden zählen Aldi und Lidl. Der Konzern beliefert auch Tesco.",
     [("Aldi Süd", C, "Henkel"), ("Tesco", C, "Henkel")], [("Tesco", C, "Lidl")]),
    ("nl", "Philips groeide vorig jaar. Tot zijn klanten behoren Ahold en Jumbo. Het concern levert ook aan Tesco.",
     [("Ahold Delhaize", C, "Philips"), ("Tesco", C, "Philips")], [("Tesco", C, "Jumbo")]),
    ("vi", "Vinamilk tăng doanh thu 5%. Khách hàng lớn nhất của hãng là Big C. Hãng cũng cung cấp sữa cho Co.opmart.",
     [("Big C", C, "Vinamilk"), ("Co.opmart", C, "Vinamilk")], [("Co.opmart", C, "Big C")]),
    # a name right after the possessive's noun is the sentence's own subject
    ("en", "Danone grew its sales. Its rival Nestle bought Wyeth. The group also supplies Tesco.",
     [("Tesco", C, "Nestlé")], [("Tesco", C, "Danone")]),
]


@pytest.mark.parametrize("lang,text,present,absent", CASES)
def test_an_opening_possessive_keeps_the_topic(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)


OPENING = [
    # a company after a preposition in an opening phrase is not the subject; the one after its comma is
    ("it", "Fondata nel 2020 da un ex manager di Amazon, Sprinta conta 650 addetti. Tra i suoi clienti figura Esselunga.",
     [("Esselunga", C, "Sprinta")], [("Esselunga", C, "Amazon")]),
    ("es", "Creada en 2019 por un antiguo directivo de Amazon, Glovo tiene 900 empleados. Su principal cliente es Dia.",
     [("DIA", C, "Glovo")], [("DIA", C, "Amazon")]),
    ("fr", "Fondée en 2019 par un ancien cadre d'Amazon, Cardiolys compte 85 salariés. Parmi ses clients figure Ramsay Santé.",
     [("Ramsay Santé", C, "Cardiolys")], [("Ramsay Santé", C, "Amazon")]),
    ("en", "Founded in 2019 by a former manager of Amazon, Kickline employs 90 people. Its customers include Tesco.",
     [("Tesco", C, "Kickline")], [("Tesco", C, "Amazon")]),
]


@pytest.mark.parametrize("lang,text,present,absent", OPENING)
def test_the_subject_after_an_opening_phrase(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)


YOUNG = [
    # "the start-up" is the company the article described as one, even where a later sentence opened with another
    ("it", "TeamSystem ha firmato un accordo per rilevare Fatturando, start-up bolognese della fatturazione. "
           "Con Fatturando, che conta molti clienti, TeamSystem punta a crescere. "
           "I due fondatori della start-up, Marco Benassi e Ilaria Conti, entreranno nel gruppo.",
     [("Marco Benassi", "executive_of", "Fatturando")], [("Marco Benassi", "executive_of", "TeamSystem")]),
    ("es", "Unicaja ha acordado comprar Finzen, una start-up malagueña de pagos. "
           "Con Finzen, que tiene un millón de usuarios, Unicaja quiere crecer. "
           "La fundadora de la start-up, Marta Llorente, seguirá al frente.",
     [("Marta Llorente", "executive_of", "Finzen")], [("Marta Llorente", "executive_of", "Unicaja")]),
]


@pytest.mark.parametrize("lang,text,present,absent", YOUNG)
def test_the_start_up_is_the_one_described_so(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)
