"""A description with an adverb or a second adjective before its inflected adjective ("der hoch
verschuldete Zulieferer", "het sterk groeiende bedrijf") refers back like the plain description
("der Zulieferer"). Invented texts; the languages that put inflected adjectives before the noun."""

import pytest

from tests.lang.checks import assert_sentence

R = "competes_with"

CASES = [
    ("de", "Continental setzt auf die Telekom. Der hoch verschuldete Zulieferer steht im Wettbewerb mit Bosch.",
     [("Continental AG", R, "Bosch")], []),
    ("de", "Henkel steigerte den Umsatz. Der große deutsche Konzern konkurriert mit Unilever.",
     [("Henkel", R, "Unilever")], []),
    ("nl", "Coolblue groeide vorig jaar. Het sterk groeiende bedrijf concurreert met Bol.",
     [("Coolblue", R, "Bol")], []),
    # an apposition describes the name before it, as before
    ("nl", "Bunq wint klanten. ING verliest marktaandeel aan bunq, de Amsterdamse digitale bank.",
     [], [("ING", R, "ING")]),
]


@pytest.mark.parametrize("lang,text,present,absent", CASES)
def test_description_with_two_modifiers(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)
