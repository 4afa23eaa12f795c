"""Unknown persons are told from unknown companies by their given name, in every language's
naming tradition (data: knowledge/data/first_names.txt). Invented sentences."""

import pytest

from tests.lang.checks import assert_sentence

EX = "executive_of"

CASES = [
    ("en", "Pagaly was founded by Chiara Bellandi.", [("Chiara Bellandi", EX, "Pagaly")]),
    ("it", "Il gruppo Unipol, guidato da Federica Montanari, conta 85 filiali.", [("Federica Montanari", EX, "Unipol")]),
    ("es", "Telefónica, dirigida por Begoña Echevarría, gana clientes.", [("Begoña Echevarría", EX, "Telefónica")]),
    ("fr", "La société Engie, dirigée par Capucine Lemaire, recrute 40 ingénieurs.", [("Capucine Lemaire", EX, "Engie")]),
]


@pytest.mark.parametrize("lang,text,present", CASES)
def test_unknown_person_by_given_name(lang, text, present):
    assert_sentence(text, lang, present, [])


# a negation inside a title is the title's, not the claim's
TITLES = [
    ("es", "Marta Ruiz es presidenta no ejecutiva de Indra.", [("Marta Ruiz", EX, "Indra")], []),
    ("es", "Marta Ruiz ya no es presidenta de Indra.", [], [("Marta Ruiz", EX, "Indra")]),
    ("en", "Marta Ruiz, the non-executive chairman of Nokia, resigned.", [("Marta Ruiz", EX, "Nokia")], []),
]


@pytest.mark.parametrize("lang,text,present,absent", TITLES)
def test_negation_inside_a_title(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)


def test_a_name_owning_a_title_is_a_company():
    # "X, Y's chief executive": Y owns the title, so Y is the company even with no registry entry
    assert_sentence("The deal was signed on Monday, said Leo Quinn, Balfour Beatty's chief executive.", "en",
                    [("Leo Quinn", EX, "Balfour Beatty")], [])
