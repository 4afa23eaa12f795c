"""', la danese B e la canadese C,' after a name: an article and a country's adjective before a
name make a list member, not an apposition describing the name before the comma, so the verb
reaches every member, even when a comma and a clause follow the list."""

import pytest

from tests.lang.checks import assert_sentence

A = "acquires"
W = "competes_with"

CASES = [
    ("it", "Nel decennio Barilla ha comprato la francese Harrys, la danese Kelsen e la canadese Maple Leaf, "
           "diventando un gruppo globale.",
     [("Barilla", A, "Harrys"), ("Barilla", A, "Kelsen"), ("Barilla", A, "Maple Leaf")], []),
    ("es", "Ebro compró la francesa Harrys, la danesa Kelsen y la canadiense Maple Leaf, convirtiéndose en un gigante.",
     [("Ebro", A, "Kelsen"), ("Ebro", A, "Maple Leaf")], []),
    ("fr", "Danone affronte l'américain Kraft Heinz, le japonais Kirin et Unilever, qui ont tous grossi.",
     [("Danone", W, "Kraft Heinz"), ("Danone", W, "Unilever")], []),
    # a description after the article is still an apposition the verb does not reach into
    ("fr", "Renault a noué un partenariat avec Verkor, la pépite grenobloise.", [("Renault", "partner_of", "Verkor")], []),
]


@pytest.mark.parametrize("lang,text,present,absent", CASES)
def test_demonym_list_members(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)
