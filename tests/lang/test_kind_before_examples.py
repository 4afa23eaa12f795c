"""A capitalised common noun before "wie"/"such as" and names names a kind of company, not a
company ("mit Billigfliegern wie Ryanair"); its members take the relation. Other languages, where
the noun is lower case, read the same sentence alike."""

import pytest

from frenemy.api import analyse_text
from tests.lang.checks import assert_sentence

R = "competes_with"

CASES = [
    ("de", "Die Lufthansa steht im Konkurrenzkampf mit Billigfliegern wie Ryanair und Easyjet.",
     [("Lufthansa", R, "Ryanair"), ("Lufthansa", R, "easyJet")], []),
    ("de", "Zalando konkurriert mit Modehändlern wie Boohoo und Shein.",
     [("Zalando", R, "Boohoo"), ("Zalando", R, "Shein")], []),
    ("en", "Lufthansa competes with low-cost carriers such as Ryanair and easyJet.",
     [("Lufthansa", R, "Ryanair"), ("Lufthansa", R, "easyJet")], []),
    ("nl", "Lufthansa concurreert met prijsvechters zoals Ryanair en easyJet.",
     [("Lufthansa", R, "Ryanair"), ("Lufthansa", R, "easyJet")], []),
    ("fr", "Lufthansa est en concurrence avec des compagnies à bas coût comme Ryanair et easyJet.",
     [("Lufthansa", R, "Ryanair"), ("Lufthansa", R, "easyJet")], []),
]


@pytest.mark.parametrize("lang,text,present,absent", CASES)
def test_members_of_the_kind_take_the_relation(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)


@pytest.mark.parametrize("text,noun", [
    ("Im Wettbewerb mit Billigfliegern wie Ryanair und Easyjet zählt jede Minute.", "Billigfliegern"),
    ("Der Preiskampf mit Onlinehändlern wie Zalando und Otto wird härter.", "Onlinehändlern"),
])
def test_german_noun_before_examples_is_no_name(text, noun):
    names = {e.name for e in analyse_text(text, lang="de").entities.values()}
    assert noun not in names
