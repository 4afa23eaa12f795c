"""The members of a consortium the text names ("het consortium van A en B", "a consortium of A and
B") are partners; a merger the subject went through ("since its merger with X") is an acquisition."""

import pytest

from tests.lang.checks import assert_sentence

CONSORTIA = [
    ("nl", "Het consortium van Orbelia en het Deense Kestrova mag het windpark bouwen."),
    ("en", "A consortium of Orbelia and Kestrova won the contract."),
    ("fr", "Le consortium formé par Orbelia et Kestrova a remporté le contrat."),
    ("de", "Das Konsortium aus Orbelia und Kestrova hat den Auftrag gewonnen."),
    ("it", "Il consorzio formato da Orbelia e Kestrova ha vinto la gara."),
]


@pytest.mark.parametrize("lang,text", CONSORTIA)
def test_consortium_members_are_partners(lang, text):
    assert_sentence(text, lang, [("Orbelia", "partner_of", "Kestrova")], [])


def test_merger_since_is_an_acquisition():
    assert_sentence("Rivals face Orbelia, which has grown fast since its merger with Kestrova.", "en",
                    [("Orbelia", "acquires", "Kestrova")], [])
