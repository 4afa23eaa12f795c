"""A list in apposition to a possessed rival noun ("A and B, two of its rivals", "zwei ihrer
Rivalen", "hai đối thủ của hãng") names rivals of the possessor, not of each other. Invented
sentences, seven languages."""

import pytest

from tests.lang.checks import assert_sentence

CASES = [
    ("en", "Today Kestrix sells parts to Zorvane and Lumora, two of its fiercest long-haul rivals.", "Kestrix"),
    ("en", "Today Brivex services jets for Zorvane and Lumora, two of Kestrix's fiercest rivals.", "Kestrix"),
    ("en", "Today Zorvane and Lumora, Kestrix's two biggest rivals, said nothing.", "Kestrix"),
    ("fr", "Le groupe Kestrix vend à Zorvane et Lumora, deux de ses rivaux.", "Kestrix"),
    ("es", "El grupo Kestrix vende a Zorvane y a Lumora, dos de sus rivales.", "Kestrix"),
    ("it", "Il gruppo Kestrix vende a Zorvane e Lumora, due dei suoi rivali.", "Kestrix"),
    ("it", "Il gruppo Kestrix vende a Zorvane e Lumora, i suoi due principali concorrenti.", "Kestrix"),
    ("de", "Die Kestrix AG verkauft an Zorvane und Lumora, zwei ihrer größten Konkurrenten.", "Kestrix AG"),
    ("nl", "Het bedrijf Kestrix verkoopt aan Zorvane en Lumora, twee van zijn concurrenten.", "Kestrix"),
    ("vi", "Công ty Kestrix bán cho Zorvane và Lumora, hai đối thủ của hãng.", "Kestrix"),
]


@pytest.mark.parametrize("lang,text,owner", CASES)
def test_listed_rivals_of_the_possessor(lang, text, owner):
    assert_sentence(text, lang, [("Zorvane", "competes_with", owner), ("Lumora", "competes_with", owner)],
                    [("Zorvane", "competes_with", "Lumora")])
