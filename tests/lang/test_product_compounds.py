"""Products named inside compounds and genitives; role titles glued to a company's name. Invented sentences."""

import pytest

from frenemy.api import analyse_text
from tests.lang.checks import assert_sentence

PR = "product_of"

CASES = [
    # a German compound whose head is a product noun names the product before it
    ("de", "Alstom trat mit einer neuen Version seines Zorvane-Horizon-Zuges an.",
     [("Zorvane-Horizon", PR, "Alstom")], [("Zorvane-Horizon-Zuges", PR, "Alstom")]),
    ("de", "Siemens baut seine Quellix-Plattform aus.", [("Quellix", PR, "Siemens")], []),
    ("de", "Für Chipdesign-Software ist Siemens Kunde von Synopsys.", [], [("Chipdesign", PR, "Synopsys")]),
    ("de", "Renault zeigte sein Brantor-Modell in Genf.", [("Brantor", PR, "Renault")],
     [("Brantor-Modell", PR, "Renault")]),
    ("de", "Die Bahn bestellt bei Alstom 40 Züge des Typs Torano Novo.", [("Torano Novo", PR, "Alstom")], []),
    # the apostrophe alone after a name ending in s is its genitive
    ("de", "Die Züge konkurrieren mit Siemens’ Zorvane-Plattform.", [("Zorvane", PR, "Siemens")], []),
    ("en", "The trains compete with Siemens' Zorvane platform.", [("Zorvane", PR, "Siemens")], []),
    ("nl", "De treinen concurreren met Siemens' app Zorvane.", [("Zorvane", PR, "Siemens")], []),
    # Italian "il suo" before a name: the possessive is no descriptor of the name
    ("it", "Sanofi vende il suo Zorvane in tutta Europa.", [("Zorvane", PR, "Sanofi")], []),
    ("it", "Il leader del mercato resta Sanofi con il suo Zorvane.", [("Zorvane", PR, "Sanofi")], []),
]


@pytest.mark.parametrize("lang,text,present,absent", CASES)
def test_compound_and_genitive_products(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)


def test_role_title_glued_to_a_company_is_no_product():
    # "Telekom-Analystin bei X": a role compound, not a product of the company named in it
    text = "Die Aktie sei günstig, sagt Anna Roth, Telekom-Analyst bei Berenberg."
    names = {e.name for e in analyse_text(text, lang="de").entities.values() if e.kind == "product"}
    assert "Telekom-Analyst" not in names
