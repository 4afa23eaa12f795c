"""A short unknown name one letter off a registry name is a typo only by a slip of the hand (a letter
dropped or added, two swapped: "Renaut", "Qualcom"), never by one letter changed: "Triton" is another
company than Traton, "Merrild" than Merrill Lynch."""

import pytest

from tests.lang.checks import triples

CASES = [
    ("es", "Fertiberia, propiedad del fondo Triton, ha firmado con Repsol.", "Triton", "Traton"),
    ("it", "Lavazza ha comprato la danese Merrild nel 2019.", "Merrild", "Merrill Lynch"),
    ("fr", "Le constructeur Renaut a racheté Ampera.", "Renault", "Renaut"),
]


@pytest.mark.parametrize("lang,text,name,not_name", CASES)
def test_typo_slips(lang, text, name, not_name):
    names = {x for t in triples(text, lang) for x in (t[0], t[2])}
    assert name in names and not_name not in names, sorted(names)
