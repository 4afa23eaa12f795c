"""In a verb-second clause whose field before the verb holds no name ("de ziekenhuizen werkt met
HiX"), the name after the cue's preposition is its object, not an inverted subject; a phrase
fronted with the preposition ("Im Wettbewerb mit X will Y") still finds its subject after the verb."""

import pytest

from tests.lang.checks import assert_sentence

C, R = "customer_of", "competes_with"

CASES = [
    ("nl", "Ruim zestig procent van de ziekenhuizen werkt met HiX, onder wie het Erasmus MC in Rotterdam, het Maasstad "
           "Ziekenhuis en het Catharina Ziekenhuis in Eindhoven.",
     [], [("HiX", C, "Catharina Ziekenhuis"), ("Erasmus MC", C, "Maasstad Ziekenhuis")]),
    ("nl", "Zestig procent van de ziekenhuizen werkt met HiX, onder wie het Erasmus MC en het Catharina Ziekenhuis.",
     [], [("HiX", C, "Catharina Ziekenhuis"), ("Erasmus MC", C, "Catharina Ziekenhuis")]),
    ("de", "Die Hälfte der Kliniken arbeitet mit Orbis, darunter die Charité und das Klinikum Nord.",
     [], [("Orbis", C, "Klinikum Nord"), ("Charité", C, "Klinikum Nord")]),
    ("de", "Im Wettbewerb mit der Deutschen Telekom und Vodafone will 1&1 über den Preis punkten.",
     [("1&1", R, "Deutsche Telekom"), ("1&1", R, "Vodafone")], []),
    ("nl", "Sinds vorig jaar werkt Jumbo met Picnic samen.", [("Jumbo", "partner_of", "Picnic")], []),
]


@pytest.mark.parametrize("lang,text,present,absent", CASES)
def test_preposition_object(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)
