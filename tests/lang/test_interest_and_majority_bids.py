"""Interest shown in a company, talks to take control of it or to take over a majority in it are
bids for it (bids_for), not acquisitions."""

import pytest

from tests.lang.checks import assert_sentence

CASES = [
    ("nl", "De betaalbedrijf Orbelia had ook interesse getoond in Kestrova, bevestigen ingewijden."),
    ("es", "La tecnológica Orbelia mantiene su interés por Kestrova, la fabricante de blindados."),
    ("en", "Payments group Orbelia has expressed interest in Kestrova, people familiar said."),
    ("it", "Il gruppo Orbelia sarebbe in trattative per salire al controllo di Kestrova."),
    ("de", "Die Orbelia AG verhandelt über die Übernahme einer Mehrheit an der Kestrova GmbH."),
]


@pytest.mark.parametrize("lang,text", CASES)
def test_interest_or_control_talks_are_a_bid(lang, text):
    bidder = "Orbelia AG" if lang == "de" else "Orbelia"
    target = "Kestrova GmbH" if lang == "de" else "Kestrova"
    assert_sentence(text, lang, [(bidder, "bids_for", target)], [(bidder, "acquires", target)])
