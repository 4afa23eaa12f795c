"""Ownership in a verb-final relative clause or with a plural dative owner ("X, der den Investoren A und B
gehört"), and a name opening with a capitalised adjective ("Deutsche Glasfaser"): German capitalises
nouns, but a country's adjective only inside a name."""

import pytest

from tests.lang.checks import assert_sentence

CASES = [
    ("de", "Hensoldt gehört den Finanzinvestoren EQT und KKR.",
     [("Hensoldt", "subsidiary_of", "EQT"), ("Hensoldt", "subsidiary_of", "KKR")], []),
    ("de", "Der Anbieter Hensoldt, der den Finanzinvestoren EQT und KKR gehört, hat ein Angebot vorgelegt.",
     [("Hensoldt", "subsidiary_of", "KKR")], []),
    ("de", "Hensoldt, das dem Finanzinvestor KKR gehört, baut Radare.", [("Hensoldt", "subsidiary_of", "KKR")], []),
    ("de", "Der Zulieferer, der Bosch seit Jahren beliefert, gehört zu ZF.", [],
     [("Bosch", "subsidiary_of", "ZF Friedrichshafen")]),
    ("de", "Der Kölner Anbieter Deutsche Netzwerke, der dem Investor KKR gehört, wächst.",
     [("Deutsche Netzwerke", "subsidiary_of", "KKR")], []),
    ("de", "Für Deutsche Netzwerke ist das eine Niederlage. Die Telekom kauft bei Deutsche Netzwerke ein.",
     [("Deutsche Telekom", "customer_of", "Deutsche Netzwerke")], []),
    ("nl", "Quorix, dat in handen is van KKR, groeit.", [("Quorix", "subsidiary_of", "KKR")], []),
]


@pytest.mark.parametrize("lang,text,present,absent", CASES)
def test_owner_and_adjective_name(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)
