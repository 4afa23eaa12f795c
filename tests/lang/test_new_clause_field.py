"""A verb-second clause whose field before the verb is filled by a plain noun after a comma
("..., das Lager betreibt das Konsortium X") is a clause of its own: the name before the comma is
not its subject. A joint venture "of A, B and C" is owned by them (German, Italian nouns), and
"Konsortium" before a name describes it."""

import pytest

from frenemy.api import analyse_text
from tests.lang.checks import assert_sentence

P, S = "partner_of", "subsidiary_of"

CASES = [
    ("de", "Die Anlage wurde mit Siemens Energy entwickelt, das Lager betreibt das Konsortium Nordlicht, "
           "ein Gemeinschaftsunternehmen von Equinor und Shell.",
     [("Nordlicht", S, "Equinor"), ("Nordlicht", S, "Shell"), ("Equinor", P, "Shell")],
     [("Siemens Energy", P, "Equinor"), ("Siemens Energy", P, "Shell"), ("Nordlicht", "product_of", "Siemens Energy")]),
    ("de", "Die Turbinen stammen von Vestas, den Park betreibt die Firma Windkraft Nord.", [],
     [("Windkraft Nord", "product_of", "Vestas")]),
    ("de", "Northern Lights, ein Gemeinschaftsunternehmen von Equinor, Shell und TotalEnergies, betreibt das Lager.",
     [("Northern Lights", S, "Equinor"), ("Northern Lights", S, "TotalEnergies")], []),
    ("it", "Northern Lights, una joint venture di Equinor, Shell e TotalEnergies, gestisce il deposito.",
     [("Northern Lights", S, "Equinor"), ("Northern Lights", S, "TotalEnergies")], [("Northern Lights", P, "Shell")]),
    ("en", "Northern Lights, a joint venture of Equinor, Shell and TotalEnergies, runs the storage.",
     [("Northern Lights", S, "Equinor")], []),
    ("nl", "Northern Lights, een joint venture van Equinor, Shell en TotalEnergies, beheert de opslag.",
     [("Northern Lights", S, "Equinor")], []),
    # a relative clause keeps its antecedent: its verb stands last
    ("de", "Erst im Herbst ging das Netz an Go-Ahead, das inzwischen zum Verkehrskonzern Kinetic gehört.",
     [("Go-Ahead", S, "Kinetic")], []),
    ("de", "Lieferando gehört zu Just Eat Takeaway.com, der seinerseits vom Investor Prosus übernommen wurde.",
     [("Prosus", "acquires", "Just Eat Takeaway.com")], []),
]


@pytest.mark.parametrize("lang,text,present,absent", CASES)
def test_new_clause_field(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)


def test_konsortium_describes_the_name():
    ad = analyse_text("Das Lager betreibt das Konsortium Northern Lights.", lang="de")
    assert "Northern Lights" in {e.name for e in ad.entities.values()}
