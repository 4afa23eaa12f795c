"""A unit noun titling the name right after it, the owner after that name's "of" ("la filiale X
de Y", "la controllata X di Y", "het dochterbedrijf X van Y"): X is Y's subsidiary. A family name
and a hyphenated given name ("Kim Sun-woo") are one person, not an adjective like "Hong Kong-listed"."""

import pytest

from frenemy.api import analyse_text
from tests.lang.checks import assert_sentence

S = "subsidiary_of"

TITLED = [
    ("fr", "Le groupe Kestrix a cédé la filiale Norvane de Vinci à Eiffage.", [("Norvane", S, "Vinci")]),
    ("it", "La controllata Norvane di Enel ha firmato un accordo con Eni.", [("Norvane", S, "Enel")]),
    ("es", "La filial Norvane de Iberdrola firmó un contrato con Repsol.", [("Norvane", S, "Iberdrola")]),
    ("nl", "Het dochterbedrijf Norvane van Shell tekent een contract met Eneco.", [("Norvane", S, "Shell")]),
    ("de", "Die Tochtergesellschaft Norvane von Siemens hat einen Vertrag mit der Bahn unterzeichnet.",
     [("Norvane", S, "Siemens")]),
    ("vi", "Công ty con Norvane của Vingroup đã ký hợp đồng với Viettel.", [("Norvane", S, "Vingroup")]),
]


@pytest.mark.parametrize("lang,text,present", TITLED)
def test_unit_noun_before_the_name_and_its_owner_after(lang, text, present):
    assert_sentence(text, lang, present, [])


def test_a_place_after_the_of_is_no_owner():
    assert_sentence("Le groupe Kestrix a cédé la filiale Norvane de Lyon à Eiffage.", "fr",
                    [], [("Norvane", S, "Lyon")])


PEOPLE = [
    ("en", "Today Kestrix said chief executive Kim Sun-woo will retire.", "Kim Sun-woo"),
    ("vi", "Phía LG Energy Solution, ông Kim Dong-myung, Tổng giám đốc, cho biết hãng sẽ cử kỹ sư.", "Kim Dong-myung"),
    ("fr", "Le groupe Kestrix a nommé Park Min-jun directeur général.", "Park Min-jun"),
    ("de", "Die von Lee Ji-hoon geführte Kestrix AG verhandelt mit Siemens.", "Lee Ji-hoon"),
]


@pytest.mark.parametrize("lang,text,name", PEOPLE)
def test_hyphenated_given_name_is_a_person(lang, text, name):
    ents = analyse_text(text, lang=lang).entities.values()
    assert (name, "person") in {(e.name, e.kind) for e in ents}


def test_hyphenated_adjective_is_no_name():
    ents = analyse_text("Today Kestrix, the Hong Kong-listed group, and the Paris-born founder Marc Duval met.",
                        lang="en").entities.values()
    assert not any("-" in e.name for e in ents)
