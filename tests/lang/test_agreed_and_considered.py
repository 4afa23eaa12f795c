"""Modality read from the words around a cue: an agreement struck "to acquire" is an agreed purchase,
not a plan; a deal a company "had considered" is a plan that never was; a rumour the sentence calls
baseless is no relation; a name that is another cue's party ("in concurrentie met X") or stands past
", and" in a clause of its own is not the verb's object."""

import pytest

from tests.lang.checks import assert_sentence

A, B, P, C, R = "acquires", "bids_for", "partner_of", "customer_of", "competes_with"

AGREED = [
    ("it", "Il gruppo Kestrix ha raggiunto un accordo vincolante per acquisire il 100% di Lumena Therapeutics."),
    ("es", "El grupo Kestrix ha alcanzado un acuerdo vinculante para adquirir el 100% de Lumena Therapeutics."),
    ("fr", "Le groupe Kestrix a conclu un accord ferme pour acquérir 100 % de Lumena Therapeutics."),
    ("de", "Der Konzern Kestrix hat eine verbindliche Vereinbarung zur Übernahme von Lumena Therapeutics unterzeichnet."),
    ("vi", "Tập đoàn Kestrix đã đạt thỏa thuận ràng buộc để mua lại toàn bộ Lumena Therapeutics."),
    ("en", "Today Kestrix reached a binding agreement to acquire all of Lumena Therapeutics."),
]


@pytest.mark.parametrize("lang,text", AGREED)
def test_agreement_to_acquire_is_agreed(lang, text):
    assert_sentence(text, lang, [("Kestrix", A, "Lumena Therapeutics")], [("Kestrix", B, "Lumena Therapeutics")])


def test_purpose_without_agreement_stays_a_plan():
    assert_sentence("El grupo Kestrix negocia para adquirir Lumena Therapeutics.", "es",
                    [("Kestrix", B, "Lumena Therapeutics")], [("Kestrix", A, "Lumena Therapeutics")])


NOT_RELATIONS = [
    ("fr", "Le groupe Auchan, qui avait envisagé un rapprochement avec Carrefour en 2022, assure ne pas être "
           "en négociation.", ("Auchan", P, "Carrefour")),
    ("es", "El grupo Kestrix, que había contemplado una alianza con Repsol, sigue solo.", ("Kestrix", P, "Repsol")),
    ("it", "Il gruppo Kestrix, che aveva valutato un'alleanza con Eni, resta da solo.", ("Kestrix", P, "Eni")),
    ("de", "Der Konzern Kestrix erwog 2023 eine Kooperation mit Siemens.", ("Kestrix", P, "Siemens")),
    ("en", "Kestrix had considered a partnership with Siemens before the crisis.", ("Kestrix", P, "Siemens")),
    ("de", "Auch Spekulationen, der Hersteller Talgo könne im Rahmen einer Kooperation mit Alstom Züge liefern, "
           "bezeichnete ein Sprecher als „gegenstandslos“.", ("Talgo", P, "Alstom")),
    ("en", "Reports that Kestrix could team up with Alstom were called groundless by a spokesman.",
     ("Kestrix", P, "Alstom")),
    ("en", "Microsoft has been courting European aerospace customers with its own sovereign offering, and counts "
           "Rolls-Royce and Safran among users of its Azure cloud.", ("Microsoft", B, "Safran")),
]


@pytest.mark.parametrize("lang,text,triple", NOT_RELATIONS)
def test_not_relations(lang, text, triple):
    assert_sentence(text, lang, [], [triple])


def test_rivalry_party_is_no_object():
    assert_sentence("De overname van Kassa zet ABN Amro in directe concurrentie met Mollie en SumUp.", "nl",
                    [("ABN AMRO", R, "Mollie")], [("ABN AMRO", C, "Mollie"), ("ABN AMRO", C, "SumUp")])
