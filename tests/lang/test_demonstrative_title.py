"""German 'dessen'/'deren' before a title points to the latest company named, not to the sentence
subject nor the article's main company ("... von T-Systems. Deren Chef X": X leads T-Systems)."""

import pytest

from tests.lang.checks import assert_sentence

E = "executive_of"


@pytest.mark.parametrize("text,present,absent", [
    ("ZF meldet Zahlen. Die Plattform stammt von T-Systems. Dessen Chef Ferri Abolhassan sprach von einem Signal.",
     [("Ferri Abolhassan", E, "T-Systems")], [("Ferri Abolhassan", E, "ZF Friedrichshafen")]),
    ("ZF meldet Zahlen. Der Auftrag geht an die Firma Kelvora. Deren Chefin Anna Roth freut sich.",
     [("Anna Roth", E, "Kelvora")], [("Anna Roth", E, "ZF Friedrichshafen")]),
])
def test_demonstrative_points_to_latest_company(text, present, absent):
    assert_sentence(text, "de", present, absent)


def test_possessive_title_keeps_the_subject():
    # "its" speaks of the sentence before's subject, as before
    assert_sentence("Siemens bought Altair from its founders. Its chief executive Roland Busch praised the deal.",
                    "en", [("Roland Busch", E, "Siemens")], [])
