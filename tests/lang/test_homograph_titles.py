"""Italian "ad" is both a title (amministratore delegato) and the preposition "a" before a vowel
("continuerà ad appoggiarsi"): it titles a person only after an article or before a name or "di"."""

from tests.lang.checks import assert_sentence

E = "executive_of"


def test_preposition_ad_is_no_title():
    assert_sentence("La banca guidata da Mario Rossi continuerà comunque ad appoggiarsi a Google Cloud per i suoi dati.",
                    "it", [], [("Mario Rossi", E, "Google Cloud")])


def test_title_ad_after_article_or_before_of():
    assert_sentence("L'ad di Telecom Italia, Pietro Labriola, ha firmato un accordo con Google Cloud.", "it",
                    [("Pietro Labriola", E, "Telecom Italia")], [])
