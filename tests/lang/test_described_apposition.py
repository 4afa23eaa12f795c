""""X, jeune pousse lyonnaise et fournisseur de Y,": a relational noun coordinated after a plain
description in apposition to a name describes that name (Y is X's customer), in every language."""

import pytest

from tests.lang.checks import assert_sentence

C = "customer_of"

CASES = [
    ("fr", "Verkor, une pépite grenobloise et fournisseur de Renault, a dû revoir ses ambitions.",
     [("Renault", C, "Verkor")], []),
    ("it", "Voltaria, startup torinese e fornitore di Stellantis, ha raddoppiato i ricavi.",
     [("Stellantis", C, "Voltaria")], []),
    ("es", "Kinetia, una startup valenciana y proveedora de Indra, ha crecido.", [("Indra", C, "Kinetia")], []),
    # a name coordinated with the noun is not described by it
    ("fr", "Verkor et le fournisseur de Renault ont signé.", [], [("Renault", C, "Verkor")]),
]


@pytest.mark.parametrize("lang,text,present,absent", CASES)
def test_described_apposition(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)
