"""A carrier's contract with a port, terminal or airport (a name word in lexicon terminal_heads): the
shipping line or airline calls at it and is its client, though the registry files carriers under a
supplier sector (logistics)."""

import pytest

from tests.lang import checks


@pytest.mark.parametrize("lang,text,present,absent", [
    ("en", "Northgate Container Terminal has signed a ten-year contract with Maersk.",
     ("Maersk", "customer_of", "Northgate Container Terminal"),
     ("Northgate Container Terminal", "customer_of", "Maersk")),
    ("nl", "Zeeland Terminals heeft een meerjarig contract gesloten met CMA CGM.",
     ("CMA CGM", "customer_of", "Zeeland Terminals"), ("Zeeland Terminals", "customer_of", "CMA CGM")),
    ("vi", "Công ty Cảng Quốc tế Long Sơn vừa ký hợp đồng với Maersk để tiếp nhận tuyến mới.",
     ("Maersk", "customer_of", "Cảng Quốc tế Long Sơn"), ("Cảng Quốc tế Long Sơn", "customer_of", "Maersk")),
])
def test_carrier_is_the_terminals_client(lang, text, present, absent):
    checks.assert_sentence(text, lang, [present], [absent])
