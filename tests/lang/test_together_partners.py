"""A together word ("gemeinsam", "ensemble", "jointly") after a list of companies and their verb
makes the list partners; before the verb, after a copula, before a share or opening a longer list
("insieme a") it says nothing of an alliance."""

import pytest

from tests.lang.checks import assert_no_relation, assert_sentence

JOINT = [
    ("de", "Die Versorger Orbelia und Kestrova bauen gemeinsam einen Windpark vor der Küste."),
    ("fr", "Les distributeurs Orbelia, Kestrova et Valmoré négocient désormais ensemble leurs achats."),
    ("en", "Carmakers Orbelia and Kestrova will jointly develop a new train."),
    ("it", "I gruppi Orbelia e Kestrova svilupperanno insieme un impianto a idrogeno."),
    ("es", "Las eléctricas Orbelia y Kestrova construirán juntos una planta de hidrógeno."),
    ("nl", "De bouwers Orbelia en Kestrova mogen samen de brug renoveren."),
    ("vi", "Hai tập đoàn Orbelia và Kestrova cùng nhau xây dựng nhà máy."),
]


@pytest.mark.parametrize("lang,text", JOINT)
def test_list_doing_a_thing_together_are_partners(lang, text):
    assert_sentence(text, lang, [("Orbelia", "partner_of", "Kestrova")], [])


NOT_JOINT = [
    ("en", "Carmakers Orbelia and Kestrova together hold 90% of the market."),
    ("nl", "De zuivelaars Orbelia en Kestrova hebben samen 40 procent van de markt."),
    ("nl", "De zuivelaars Orbelia en Kestrova zijn samen nog altijd groter dan Valmoré."),
    ("it", "«Valmoré è uno dei nostri tre principali clienti, insieme a Orbelia e Kestrova»."),
]


@pytest.mark.parametrize("lang,text", NOT_JOINT)
def test_together_without_a_joint_act_is_no_alliance(lang, text):
    assert_no_relation(text, lang, "Orbelia", "Kestrova")
    assert_no_relation(text, lang, "Valmoré", "Orbelia")
