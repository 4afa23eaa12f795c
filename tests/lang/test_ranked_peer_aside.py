"""', alongside X one of the largest ...,' after a name ranks that name with X: the aside is read
past, so the clause's verb is the first name's and X takes no part in it (nor is it an ally)."""

import pytest

from tests.lang.checks import assert_sentence

C = "customer_of"

CASES = [
    ("de", "Die österreichische Strabag, neben Hochtief einer der größten Baukonzerne Europas, bezieht ihren "
           "Zement von Holcim.", [("Strabag", C, "Holcim")], [("Hochtief", C, "Holcim")]),
    ("en", "Strabag, alongside Hochtief one of the largest builders in Europe, buys its cement from Holcim.",
     [("Strabag", C, "Holcim")], [("Hochtief", C, "Holcim"), ("Strabag", "partner_of", "Hochtief")]),
    ("fr", "Strabag, avec Hochtief l'un des plus grands groupes de BTP d'Europe, achète son ciment chez Holcim.",
     [("Strabag", C, "Holcim")], [("Hochtief", C, "Holcim")]),
    ("it", "Strabag, insieme a Hochtief uno dei maggiori gruppi edili d'Europa, compra il cemento da Holcim.",
     [("Strabag", C, "Holcim")], [("Hochtief", C, "Holcim")]),
    ("nl", "Strabag, naast Hochtief een van de grootste bouwconcerns van Europa, koopt zijn cement bij Holcim.",
     [("Strabag", C, "Holcim")], [("Hochtief", C, "Holcim")]),
    ("es", "Strabag, junto con Hochtief una de las mayores constructoras de Europa, compra cemento a Holcim.",
     [], [("Hochtief", C, "Holcim")]),
    ("vi", "Strabag, cùng với Hochtief một trong những tập đoàn xây dựng lớn nhất châu Âu, mua xi măng của Holcim.",
     [], [("Strabag", "partner_of", "Hochtief"), ("Hochtief", C, "Holcim")]),
    # no ranking after the peer: "alongside" joins the two as before
    ("en", "Strabag, alongside Hochtief, will build the bridge for Holcim.", [("Strabag", "partner_of", "Hochtief")], []),
]


@pytest.mark.parametrize("lang,text,present,absent", CASES)
def test_ranked_peer_aside(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)
