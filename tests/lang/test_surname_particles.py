"""Spanish surname particles of two words ("de los", "de las") stay inside a person's name, as
"de la", "van der" and "von der" do: "José Vicente de los Mozos" is one person."""

import pytest

from tests.lang.checks import assert_sentence

E = "executive_of"


@pytest.mark.parametrize("lang,text,person,company", [
    ("es", "«Es una operación lógica», defendió el consejero delegado de Indra, José Vicente de los Mozos, ante "
           "los analistas.", "José Vicente de los Mozos", "Indra"),
    ("es", "El consejero delegado de Repsol, José Luis de las Heras, habló ayer.", "José Luis de las Heras", "Repsol"),
    ("fr", "Le PDG de Carrefour, Alexandre de la Tour, a parlé.", "Alexandre de la Tour", "Carrefour"),
])
def test_particle_inside_person_name(lang, text, person, company):
    assert_sentence(text, lang, [(person, E, company)], [])
