"""A company that works, produces or delivers for another, or on its behalf ("works for X",
"produit des montures pour X", "im Auftrag von X", "in opdracht van X", "per conto di X", "por
cuenta de X", "làm việc cho X"), or counts it as its customer, has that company as its customer.
A negation or a wish is no relation, and a person working for a company is no supplier."""

import pytest

from tests.lang.checks import assert_sentence

WORK_FOR = [
    ("en", "The contractor Kestrix Group works for Zorvane Bank and Norvik Foods.",
     [("Zorvane Bank", "customer_of", "Kestrix Group"), ("Norvik Foods", "customer_of", "Kestrix Group")], []),
    ("en", "Kestrix Group delivers parcels on behalf of Zorvane Bank.",
     [("Zorvane Bank", "customer_of", "Kestrix Group")], [("Kestrix Group", "customer_of", "Zorvane Bank")]),
    ("en", "Kestrix Group produces yogurts for Zorvane Foods.", [("Zorvane Foods", "customer_of", "Kestrix Group")], []),
    ("en", "Kestrix Group, which counts Zorvane Bank as its largest customer, grew fast.",
     [("Zorvane Bank", "customer_of", "Kestrix Group")], [("Kestrix Group", "customer_of", "Zorvane Bank")]),
    ("en", "Kestrix Group does not work for Zorvane Bank.", [], [("Zorvane Bank", "customer_of", "Kestrix Group")]),
    ("en", "Kestrix Group wants to work for Zorvane Bank.", [], [("Zorvane Bank", "customer_of", "Kestrix Group")]),
    ("fr", "Le sous-traitant Kestrix travaille pour Zorvane et Norvik.",
     [("Zorvane", "customer_of", "Kestrix"), ("Norvik", "customer_of", "Kestrix")], []),
    ("fr", "Le groupe Kestrix livre des colis pour le compte de Zorvane.", [("Zorvane", "customer_of", "Kestrix")],
     [("Kestrix", "customer_of", "Zorvane")]),
    ("fr", "Le groupe Kestrix fabrique des yaourts pour Carrefour.", [("Carrefour", "customer_of", "Kestrix")], []),
    ("fr", "Le groupe Kestrix produit des montures pour Zorvane.", [("Zorvane", "customer_of", "Kestrix")], []),
    ("fr", "Le groupe Kestrix ne travaille pas pour Zorvane.", [], [("Zorvane", "customer_of", "Kestrix")]),
    ("de", "Der Dienstleister Kestrix arbeitet für Zorvane und Norvik.",
     [("Zorvane", "customer_of", "Kestrix"), ("Norvik", "customer_of", "Kestrix")], []),
    ("de", "Die Kestrix AG fertigt Gehäuse für die Zorvane AG.", [("Zorvane AG", "customer_of", "Kestrix AG")], []),
    ("de", "Die Kestrix AG arbeitet nicht für die Zorvane AG.", [], [("Zorvane AG", "customer_of", "Kestrix AG")]),
    ("de", "Die Kestrix AG will künftig für die Zorvane AG arbeiten.", [],
     [("Zorvane AG", "customer_of", "Kestrix AG")]),
    ("nl", "De dienstverlener Kestrix werkt voor Zorvane en Norvik.",
     [("Zorvane", "customer_of", "Kestrix"), ("Norvik", "customer_of", "Kestrix")], []),
    ("nl", "Het bedrijf Kestrix bezorgt pakketten in opdracht van Albert Heijn.",
     [("Albert Heijn", "customer_of", "Kestrix")], [("Kestrix", "customer_of", "Albert Heijn")]),
    ("nl", "Het bedrijf Kestrix produceert yoghurt voor Albert Heijn.", [("Albert Heijn", "customer_of", "Kestrix")], []),
    ("nl", "Het bedrijf Kestrix werkt niet voor Albert Heijn.", [], [("Albert Heijn", "customer_of", "Kestrix")]),
    ("it", "Il gruppo Kestrix lavora per Zorvane e Norvik.",
     [("Zorvane", "customer_of", "Kestrix"), ("Norvik", "customer_of", "Kestrix")], []),
    ("it", "Il gruppo Kestrix consegna pacchi per conto di Esselunga.", [("Esselunga", "customer_of", "Kestrix")],
     [("Kestrix", "customer_of", "Esselunga")]),
    ("it", "Il gruppo Kestrix produce occhiali per Gucci e Prada.",
     [("Gucci", "customer_of", "Kestrix"), ("Prada", "customer_of", "Kestrix")], []),
    ("it", "Il gruppo Kestrix non lavora per Esselunga.", [], [("Esselunga", "customer_of", "Kestrix")]),
    ("es", "El grupo Kestrix trabaja para Mercadona y Carrefour.",
     [("Mercadona", "customer_of", "Kestrix"), ("Carrefour", "customer_of", "Kestrix")], []),
    ("es", "El grupo Kestrix reparte paquetes por cuenta de Mercadona.", [("Mercadona", "customer_of", "Kestrix")],
     [("Kestrix", "customer_of", "Mercadona")]),
    ("es", "El grupo Kestrix produce yogures para Mercadona.", [("Mercadona", "customer_of", "Kestrix")], []),
    ("es", "El grupo Kestrix cuenta a Mercadona entre sus clientes.", [("Mercadona", "customer_of", "Kestrix")],
     [("Kestrix", "customer_of", "Mercadona")]),
    ("es", "El grupo Kestrix no trabaja para Mercadona.", [], [("Mercadona", "customer_of", "Kestrix")]),
    ("vi", "Công ty Kestrix làm việc cho Vietjet.", [("Vietjet", "customer_of", "Kestrix")], []),
    ("vi", "Công ty Kestrix sản xuất phần mềm cho Vietjet.", [("Vietjet", "customer_of", "Kestrix")], []),
    ("vi", "Công ty Kestrix gia công giày cho Nike.", [("Nike", "customer_of", "Kestrix")], []),
    ("vi", "Công ty Kestrix không làm việc cho Vietjet.", [], [("Vietjet", "customer_of", "Kestrix")]),
]


@pytest.mark.parametrize("lang,text,present,absent", WORK_FOR)
def test_work_for_client(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)


def test_a_person_working_for_a_company_is_no_supplier():
    assert_sentence("Maria Lopez works for Zorvane Bank.", "en", [],
                    [("Zorvane Bank", "customer_of", "Maria Lopez")])
