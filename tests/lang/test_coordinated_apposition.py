"""A relational noun coordinated after another one in apposition to a name ("X, a rival of A and
already a supplier to B,") describes that name, not A; in seven languages."""

import pytest

from tests.lang.checks import assert_sentence

C = "customer_of"

CASES = [
    ("en", "ID Logistics, a direct rival of Geodis and already a supplier to Carrefour in Spain, did not bid."),
    ("fr", "ID Logistics, concurrent direct de Geodis et déjà prestataire de Carrefour en Espagne, n'a pas remis d'offre."),
    ("de", "ID Logistics, ein direkter Konkurrent von Geodis und bereits Dienstleister von Carrefour in Spanien, bot nicht mit."),
    ("es", "ID Logistics, competidor directo de Geodis y ya proveedor de Carrefour en España, no presentó oferta."),
    ("it", "ID Logistics, concorrente diretto di Geodis e già fornitore di Carrefour in Spagna, non ha presentato offerta."),
    ("nl", "ID Logistics, een directe concurrent van Geodis en al leverancier van Carrefour in Spanje, deed geen bod."),
]


@pytest.mark.parametrize("lang,text", CASES)
def test_second_noun_describes_the_apposed_name(lang, text):
    assert_sentence(text, lang, [("Carrefour", C, "ID Logistics"), ("ID Logistics", "competes_with", "Geodis")],
                    [("Carrefour", C, "Geodis")])


def test_no_apposition_no_member():
    # no name and comma before the first noun: the second noun's member is not guessed
    assert_sentence("Talks between a rival of Geodis and a supplier of Carrefour stalled.", "en", [],
                    [("Carrefour", C, "Geodis")])
