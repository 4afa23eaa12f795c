"""German relative pronouns marked for case say who does what in a verb-final clause: "X, der Y
beliefert" (nominative: X supplies Y), "X, den Y beliefert" (accusative: Y supplies X); the neuter
"das" may be either and is left unread."""

import pytest

from tests.lang.checks import assert_sentence

CASES = [
    ("Quorix, der BMW beliefert, wächst.", [("BMW", "customer_of", "Quorix")], [("Quorix", "customer_of", "BMW")]),
    ("Der Zulieferer Quorix, den BMW seit Jahren beliefert, wächst.", [("Quorix", "customer_of", "BMW")],
     [("BMW", "customer_of", "Quorix")]),
    ("Der Anbieter Quorix, der Bosch übernommen hat, wächst.", [("Quorix", "acquires", "Bosch")], []),
    ("Der Anbieter Quorix, den Bosch übernommen hat, wächst.", [("Bosch", "acquires", "Quorix")], []),
    ("Quorix, das BMW beliefert, wächst.", [], [("BMW", "customer_of", "Quorix"), ("Quorix", "customer_of", "BMW")]),
]


@pytest.mark.parametrize("text,present,absent", CASES)
def test_case_marked_relative(text, present, absent):
    assert_sentence(text, "de", present, absent)


# Dutch "beleveren" (to supply): active, perfect and passive
SUPPLY_NL = [
    ("Quorix belevert ASML al jaren.", ("ASML", "customer_of", "Quorix")),
    ("Quorix heeft ASML jarenlang beleverd.", ("ASML", "customer_of", "Quorix")),
    ("ASML wordt beleverd door Quorix.", ("ASML", "customer_of", "Quorix")),
]


@pytest.mark.parametrize("text,triple", SUPPLY_NL)
def test_dutch_supply_verb(text, triple):
    assert_sentence(text, "nl", [triple], [])
