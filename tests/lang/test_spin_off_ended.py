"""A unit its owner has spun off ("abgespalten", "scindé", "scorporato", "escindió", "afgesplitst")
is no longer its subsidiary: the ownership is over, not stated as it is."""

import pytest

from tests.lang.checks import assert_sentence

S = ("Amrize", "subsidiary_of", "Holcim")


@pytest.mark.parametrize("lang,text", [
    ("de", "Der Rivale Holcim, der seine nordamerikanische Sparte Amrize inzwischen abgespalten hat, wirbt um Kunden."),
    ("fr", "Holcim, qui a depuis scindé sa filiale nord-américaine Amrize, courtise les clients."),
    ("it", "Holcim, che ha scorporato la sua divisione nordamericana Amrize, corteggia i clienti."),
    ("es", "Holcim, que escindió su filial norteamericana Amrize, busca clientes."),
    ("nl", "Holcim, dat zijn Noord-Amerikaanse tak Amrize inmiddels heeft afgesplitst, lokt klanten."),
])
def test_spun_off_unit_is_no_subsidiary(lang, text):
    assert_sentence(text, lang, [], [S])


def test_unit_still_owned_stays_a_subsidiary():
    assert_sentence("Holcim wirbt um Kunden. Die Tochter Amrize gehört zu Holcim.", "de", [S], [])
