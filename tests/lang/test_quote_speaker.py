"""A cue inside a quotation reaches no company named after the quotation closes, where the speaker
and the speaker's firm are introduced. Invented texts, several languages."""

import pytest

from tests.lang.checks import assert_no_relation

CASES = [
    ("en", "\"Starlink has a head start that its rivals have to match,\" said Chris Quilty, founder of the "
           "research firm Quilty Space.", "Starlink", "Quilty Space"),
    ("fr", "« Starlink a une avance que ses rivaux doivent combler », a déclaré Chris Quilty, fondateur du "
           "cabinet Quilty Space.", "Starlink", "Quilty Space"),
    ("de", "„Starlink hat einen Vorsprung, den seine Rivalen aufholen müssen“, sagte Chris Quilty, Gründer "
           "der Firma Quilty Space.", "Starlink", "Quilty Space"),
]


@pytest.mark.parametrize("lang,text,a,b", CASES)
def test_quote_cue_does_not_reach_the_speakers_firm(lang, text, a, b):
    assert_no_relation(text, lang, a, b)
