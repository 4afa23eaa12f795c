"""A speaker whose company is not in her sentence: the newspaper or the person she talks to after a
verb of saying is no employer ("sagte X dem Handelsblatt", "X told Reuters"); single quotes ('...', zei X) are
quotes too. Invented texts, seven languages."""

import pytest

from tests.lang.checks import assert_sentence

E = "executive_of"

CASES = [
    # the outlet addressed is no employer
    ("de", "Solarwerk hat einen Vertrag mit Siemens geschlossen.\n\n„Wir wachsen schnell“, sagte der "
           "Vorstandschef Peter Maier dem Handelsblatt.", [("Peter Maier", E, "Solarwerk")],
     [("Peter Maier", E, "Handelsblatt")]),
    ("en", "Acme Corp signed a supply deal with Globex.\n\n\"We are growing fast,\" chief executive John Smith "
           "told Reuters.", [("John Smith", E, "Acme Corp")], [("John Smith", E, "Reuters")]),
    ("it", "Acme ha firmato un accordo con Globex.\n\n«Cresciamo in fretta», ha detto l'amministratore "
           "delegato Mario Rossi al Corriere della Sera.", [("Mario Rossi", E, "Acme")],
     [("Mario Rossi", E, "Corriere della Sera")]),
    ("nl", "Acme sloot een contract met Globex.\n\n'We groeien snel', zei topman Jan de Vries tegen "
           "het Financieele Dagblad.", [("Jan de Vries", E, "Acme")], [("Jan de Vries", E, "Financieele Dagblad")]),
    ("es", "Acme firmó un acuerdo con Globex.\n\n«Crecemos deprisa», dijo el consejero delegado Juan Pérez "
           "a Expansión.", [("Juan Pérez", E, "Acme")], [("Juan Pérez", E, "Expansión")]),
    ("fr", "Acme a signé un accord avec Globex.\n\n« Nous grandissons vite », a déclaré le PDG Jean Dupont "
           "au Financial Times.", [("Jean Dupont", E, "Acme")], [("Jean Dupont", E, "Financial Times")]),
    ("vi", "Công ty Acme đã ký hợp đồng với Globex.\n\nÔng Nguyễn Văn An, Tổng giám đốc, nói với Reuters rằng "
           "công ty đang tăng trưởng.", [("Nguyễn Văn An", E, "Acme")], [("Nguyễn Văn An", E, "Reuters")]),
    # single quotes: the quote's own company names are not the speaker's
    ("nl", "Acme wil Globex kopen.\n\nGlobex is sinds 1990 in handen van de familie Jansen. 'Wij kijken naar "
           "zo'n partij die past', zei algemeen directeur Marloes de Wit.", [("Marloes de Wit", E, "Globex")],
     [("Marloes de Wit", E, "Acme")]),
    ("en", "Acme wants to buy Globex.\n\nGlobex has been owned by the Smith family since 1990. 'We want a buyer "
           "who fits,' said chief executive Mary Jones.", [("Mary Jones", E, "Globex")], [("Mary Jones", E, "Acme")]),
]


@pytest.mark.parametrize("lang,text,present,absent", CASES)
def test_speaker_employer(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)
