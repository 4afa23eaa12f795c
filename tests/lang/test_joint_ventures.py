"""A joint venture the text names is a subsidiary of each of its owners, not their partner: "X, ein
Gemeinschaftsunternehmen von A und B", "la joint venture paritetica tra A e B, battezzata X", "A et B
ont annoncé la création d'une coentreprise détenue à parts égales, X," and "A, B et C regroupent
leurs activités au sein d'une société commune, baptisée X"."""

import pytest

from tests.lang.checks import assert_sentence

S, P = "subsidiary_of", "partner_of"

CASES = [
    ("de", "Das Lager betreibt das Konsortium Nordlicht, ein Gemeinschaftsunternehmen von Equinor, Shell und TotalEnergies.",
     [("Nordlicht", S, "Equinor"), ("Nordlicht", S, "Shell"), ("Nordlicht", S, "TotalEnergies")],
     [("Nordlicht", P, "Equinor")]),
    ("de", "Corazza, ein Gemeinschaftsunternehmen zwischen Leonardo und Rheinmetall, erhielt einen Auftrag.",
     [("Corazza", S, "Leonardo"), ("Corazza", S, "Rheinmetall")], [("Corazza", P, "Leonardo")]),
    ("it", "La joint venture paritetica tra Leonardo e Rheinmetall, battezzata Corazza, ha ricevuto un ordine.",
     [("Corazza", S, "Leonardo"), ("Corazza", S, "Rheinmetall"), ("Leonardo", P, "Rheinmetall")], []),
    ("nl", "Corazza, een joint venture tussen Leonardo en Rheinmetall, kreeg een order.",
     [("Corazza", S, "Leonardo"), ("Corazza", S, "Rheinmetall")], []),
    ("fr", "Engie et Renault ont annoncé la création d'une coentreprise détenue à parts égales, Hexavolt, "
           "qui doit déployer des bornes.",
     [("Hexavolt", S, "Engie"), ("Hexavolt", S, "Renault"), ("Engie", P, "Renault")], []),
    # a partnership the text names is no venture of theirs
    ("fr", "Engie et Renault ont signé un partenariat stratégique, Hexavolt, qui doit déployer des bornes.",
     [], [("Hexavolt", S, "Engie")]),
    ("fr", "Airbus, Thales et Leonardo vont regrouper leurs activités au sein d'une société commune, baptisée "
           "Orbis, qui emploiera 25 000 personnes.",
     [("Orbis", S, "Airbus"), ("Orbis", S, "Thales"), ("Orbis", S, "Leonardo"), ("Airbus", P, "Thales")], []),
    ("en", "The joint venture between Leonardo and Rheinmetall, named Corazza, won an order.",
     [("Corazza", S, "Leonardo"), ("Corazza", S, "Rheinmetall")], []),
    ("es", "La empresa conjunta de Leonardo y Rheinmetall, llamada Corazza, ha recibido un pedido.",
     [("Corazza", S, "Leonardo"), ("Corazza", S, "Rheinmetall")], []),
]


@pytest.mark.parametrize("lang,text,present,absent", CASES)
def test_named_joint_venture(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)
