"""German frames: a fronted clause's words are no talks of the main verb, "sowohl X als auch Y" is one
list, "für X und für Y" repeats the preposition, goods built or run for a client, a causative
"lässt ... abwickeln", a verb-final "gegen X antritt" and a fronted rival ("Mit X steht Y im Wettbewerb")."""

import pytest

from tests.lang.checks import assert_sentence

C, R, A, B = "customer_of", "competes_with", "acquires", "bids_for"

CASES = [
    ("Um das Angebot zu verbreitern, übernimmt Siemens das Start-up Kestrix.", [("Siemens", A, "Kestrix")],
     [("Siemens", B, "Kestrix")]),
    ("Der Zulieferer Bosch versorgt sowohl BMW als auch Audi mit Chips.", [("BMW", C, "Bosch"), ("Audi", C, "Bosch")], []),
    ("Der Hersteller Siemens baut Züge für Eurostar und für die SNCF.",
     [("Eurostar", C, "Siemens"), ("SNCF", C, "Siemens")], []),
    ("Der Dienstleister Accenture, der auch für die Allianz arbeitet, wächst.", [("Allianz", C, "Accenture")], []),
    ("Der Medizintechnikkonzern Siemens Healthineers lässt seine Fracht von Kühne+Nagel abwickeln.",
     [("Siemens Healthineers", C, "Kuehne+Nagel")], [("Kuehne+Nagel", C, "Siemens Healthineers")]),
    ("Heute wächst Stellantis, der seinerseits in Europa gegen Volkswagen antritt.",
     [("Stellantis", R, "Volkswagen Group")], []),
    ("Auch mit Siemens steht Alstom im Wettbewerb.", [("Alstom", R, "Siemens")], []),
]


@pytest.mark.parametrize("text,present,absent", CASES)
def test_de_frames(text, present, absent):
    assert_sentence(text, "de", present, absent)
