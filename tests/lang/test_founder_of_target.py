"""A founder named with no company of her own, right after a purchase, founded the company bought,
not its buyer; her second title in the same sentence ("stays on as technical director") is at
the same company, not a guess of its own. Invented texts, several languages."""

import pytest

from tests.lang.checks import assert_sentence

CASES = [
    ("it", "Edison ha firmato l'accordo per acquisire Brezza Solare Srl, piccolo sviluppatore fondato nel 2019. "
           "Il fondatore Marco Pelosi resterà come direttore tecnico.",
     ("Marco Pelosi", "executive_of", "Brezza Solare Srl"), ("Marco Pelosi", "executive_of", "Edison")),
    ("de", "Zeitgleich gab Infineon die Übernahme der Lausitz Optik GmbH bekannt. "
           "Gründer und Geschäftsführer Jonas Wendt soll das Team weiterführen.",
     ("Jonas Wendt", "executive_of", "Lausitz Optik GmbH"), ("Jonas Wendt", "executive_of", "Infineon")),
    ("en", "Siemens agreed to buy Halvard Robotics, a Leeds start-up. Founder Priya Nair will stay on as "
           "technical director.",
     ("Priya Nair", "executive_of", "Halvard Robotics"), ("Priya Nair", "executive_of", "Siemens")),
]


@pytest.mark.parametrize("lang,text,present,absent", CASES)
def test_founder_after_a_purchase_founded_the_company_bought(lang, text, present, absent):
    assert_sentence(text, lang, [present], [absent])
