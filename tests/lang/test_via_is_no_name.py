"""'Via' opening a sentence is the preposition ("through"), no company owning what follows."""

import pytest

from frenemy.api import analyse_text


@pytest.mark.parametrize("lang,text", [
    ("fr", "Via sa filiale Ceva, le groupe exploite plus de 1 000 entrepôts."),
    ("en", "Via its unit Ceva, the group runs 1,000 warehouses."),
    ("es", "Vía su filial Ceva, el grupo opera 1.000 almacenes."),
    ("de", "Via seine Tochter Ceva betreibt der Konzern 1.000 Lager."),
    ("nl", "Via dochter Ceva beheert de groep 1.000 magazijnen."),
])
def test_via_is_a_preposition(lang, text):
    names = {e.name for e in analyse_text(text, lang=lang).entities.values()}
    assert not names & {"Via", "Vía"}
