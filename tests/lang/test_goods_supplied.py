"""Goods supplied by a maker, or coming from one, with no buyer named ("i moduli saranno forniti da
X", "il litio arriva da X", "la leche procede de X", "les puces proviennent de X") are bought by the
article's main company; a person who comes from a company buys nothing."""

import pytest

from tests.lang.checks import assert_sentence

C = "customer_of"

CASES = [
    ("it", "Barilla produce pasta a Parma. Le semole continueranno ad arrivare dal gruppo Casillo, mentre gli "
           "imballaggi saranno forniti da Smurfit Kappa e dall'italiana Sacchital.",
     [("Barilla", C, "Casillo"), ("Barilla", C, "Smurfit Kappa"), ("Barilla", C, "Sacchital")],
     [("Casillo", C, "Smurfit Kappa")]),
    ("it", "Barilla produce pasta a Parma. Il grano duro arriva invece da Casillo.", [("Barilla", C, "Casillo")], []),
    ("es", "Mahou fabrica cerveza en Madrid. La cebada procede de la cooperativa Acor.", [("Mahou San Miguel", C, "Acor")], []),
    ("es", "Mahou fabrica cerveza en Madrid. Las latas serán suministradas por Ball Corporation.",
     [("Mahou San Miguel", C, "Ball Corporation")], []),
    ("fr", "Danone fabrique des yaourts en Bretagne. Les emballages proviennent de Tetra Pak.",
     [("Danone", C, "Tetra Pak")], []),
    # a person comes from a company: no goods
    ("it", "Barilla produce pasta a Parma. Il nuovo amministratore delegato arriva da Casillo.", [],
     [("Barilla", C, "Casillo")]),
]


@pytest.mark.parametrize("lang,text,present,absent", CASES)
def test_goods_supplied_to_main_company(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)
