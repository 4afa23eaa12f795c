"""Customers an opening "besides" adds to a relational noun's members, a list whose members carry
sector words, a relative clause after "X from <town>", a power contract's direction and a pharmacy
chain's contract with a drugmaker, in several languages."""

import pytest

from tests.lang.checks import assert_sentence

C = "customer_of"

CASES = [
    # an opening "besides" brings one more member of the customer noun after the comma
    ("en", "In addition to Lumeo, Norvex's customers include Brandell and Carvo.",
     [("Lumeo", C, "Norvex"), ("Brandell", C, "Norvex"), ("Carvo", C, "Norvex")], []),
    ("fr", "Outre Lumeo, les clients de Norvex comprennent Brandell et Carvo.",
     [("Lumeo", C, "Norvex"), ("Brandell", C, "Norvex"), ("Carvo", C, "Norvex")], []),
    ("it", "Oltre a Lumeo, tra i clienti di Norvex figurano Brandell e Carvo.",
     [("Lumeo", C, "Norvex"), ("Brandell", C, "Norvex"), ("Carvo", C, "Norvex")], []),
    ("vi", "Ngoài Lumeo, khách hàng của Norvex còn có Brandell, Carvo và Delmont.",
     [("Lumeo", C, "Norvex"), ("Brandell", C, "Norvex"), ("Delmont", C, "Norvex")], []),
    # members described by their sector ("ví điện tử B", "chuỗi bán lẻ C") stay in the list
    ("vi", "Ngoài Lumeo, khách hàng của Norvex còn có Brandell, ví điện tử Carvo và chuỗi bán lẻ Delmont.",
     [("Brandell", C, "Norvex"), ("Carvo", C, "Norvex"), ("Delmont", C, "Norvex")], []),
    # a relative clause after "X from <town>" speaks of X, not of the town
    ("nl", "Transportbedrijf Versvliet uit Oss, dat de distributie voor Jumbo verzorgt, groeit.",
     [("Jumbo", C, "Versvliet")], [("Jumbo", C, "Oss")]),
    # a name ending in a utility's word is no person's ("Anglian Water")
    ("en", "Norvex, founded by former Google analyst Dana Poole, counts Anglian Water and Carvo Energy "
           "among its customers.", [("Anglian Water", C, "Norvex"), ("Carvo Energy", C, "Norvex")], []),
]


CASES += [
    # a preposition said again before each member joins them in one list, commas or not
    ("de", "Norvex baut Züge für Brandell, für Carvo und für Delmont.",
     [("Brandell", C, "Norvex"), ("Carvo", C, "Norvex"), ("Delmont", C, "Norvex")], []),
    ("en", "Norvex builds trains for Brandell, for Carvo and for Delmont.",
     [("Brandell", C, "Norvex"), ("Carvo", C, "Norvex"), ("Delmont", C, "Norvex")], []),
    ("fr", "Norvex fabrique des moteurs pour Brandell, pour Carvo et pour Delmont.",
     [("Brandell", C, "Norvex"), ("Carvo", C, "Norvex"), ("Delmont", C, "Norvex")], []),
    ("fr", "Norvex construit des trains pour Brandell.", [("Brandell", C, "Norvex")], []),
]


@pytest.mark.parametrize("lang,text,present,absent", CASES)
def test_customer_lists(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)


DEALS = [
    # a contract for power or fuel is supplied by the party in the energy trade, even in a compound
    ("nl", "ASML heeft met Eneco een stroomcontract voor vijftien jaar getekend.",
     [("ASML", C, "Eneco")], [("Eneco", C, "ASML")]),
    ("nl", "Microsoft neemt via een contract met Ørsted stroom af voor zijn datacenters.",
     [("Microsoft", C, "Ørsted")], [("Ørsted", C, "Microsoft")]),
    ("de", "SAP hat mit RWE einen Stromvertrag über zehn Jahre unterzeichnet.",
     [("SAP", C, "RWE")], [("RWE", C, "SAP")]),
    ("en", "Microsoft signed an electricity contract with Ørsted for its data centres.",
     [("Microsoft", C, "Ørsted")], [("Ørsted", C, "Microsoft")]),
    # a pharmacy chain's contract (no alliance named) with a drugmaker buys its drugs
    ("vi", "Chuỗi nhà thuốc Long Châu vừa ký hợp đồng khung ba năm với DHG Pharma để phân phối thuốc.",
     [("Long Châu", C, "DHG Pharma")], [("DHG Pharma", C, "Long Châu")]),
]


@pytest.mark.parametrize("lang,text,present,absent", DEALS)
def test_deal_direction(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)


SOLD_THROUGH = [
    # a seller on a platform or marketplace is its customer
    ("en", "Norvex sells its toys via Amazon.", [("Norvex", C, "Amazon")], [("Amazon", C, "Norvex")]),
    ("nl", "Norvex verkoopt zijn speelgoed sinds het voorjaar via Bol.", [("Norvex", C, "Bol")], []),
    ("de", "Norvex verkauft seine Produkte über Amazon.", [("Norvex", C, "Amazon")], []),
    ("fr", "Norvex vend une partie de ses produits sur la marketplace d'Amazon.", [("Norvex", C, "Amazon")], []),
    ("es", "Norvex vende sus productos a través de Amazon.", [("Norvex", C, "Amazon")], [("Amazon", C, "Norvex")]),
    ("it", "Norvex vende i suoi prodotti tramite Amazon.", [("Norvex", C, "Amazon")], []),
    # the sector the verb sells in is still read ("verkoopt stroom via X")
    ("nl", "Coolblue verkoopt sinds 2022 stroom en gas via Norvex Energie.",
     [("Coolblue", "operates_in", "energy")], []),
]


@pytest.mark.parametrize("lang,text,present,absent", SOLD_THROUGH)
def test_sold_through(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)


COMPOUNDS_AND_PURPOSES = [
    # a supplier or customer compound of a trade reads as its head noun
    ("de", "Zeiss SMT ist der exklusive Optiklieferant von ASML.", [("ASML", C, "Carl Zeiss SMT")], []),
    ("de", "Brandell ist der wichtigste Großkunde von Norvex.", [("Brandell", C, "Norvex")], []),
    ("nl", "Brandell is de belangrijkste hoofdklant van Norvex.", [("Brandell", C, "Norvex")], []),
    # a purpose clause after a making verb names no client
    ("fr", "Renault construit une usine pour produire des batteries avec LG.", [],
     [("LG Corporation", C, "Renault")]),
    ("es", "Norvex construye una planta para fabricar baterías con Brandell.", [], [("Brandell", C, "Norvex")]),
    # an adjective after "für" is no purpose clause
    ("de", "Norvex gewinnt Brandell und Carvo für souveräne Cloud-Dienste.",
     [("Brandell", C, "Norvex"), ("Carvo", C, "Norvex")], []),
]


@pytest.mark.parametrize("lang,text,present,absent", COMPOUNDS_AND_PURPOSES)
def test_compounds_and_purposes(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)


ENTRUSTED_AND_LOYAL = [
    # work entrusted or routed through a supplier, an order received from a client
    ("en", "Norvex entrusted Brandell with its logistics.", [("Norvex", C, "Brandell")], []),
    ("en", "Norvex routes its card payments through Brandell.", [("Norvex", C, "Brandell")], []),
    ("nl", "Brandell kreeg van Norvex opdracht om kabels te leggen.", [("Norvex", C, "Brandell")],
     [("Brandell", C, "Norvex")]),
    # a client staying loyal to its supplier
    ("en", "Norvex remains loyal to Brandell.", [("Norvex", C, "Brandell")], []),
    ("fr", "Auchan reste fidèle à la coopérative Brandell.", [("Auchan", C, "Brandell")], []),
    ("es", "Norvex sigue siendo fiel a Brandell.", [("Norvex", C, "Brandell")], []),
    ("it", "Norvex resta fedele a Brandell.", [("Norvex", C, "Brandell")], []),
    ("nl", "Norvex blijft trouw aan Brandell.", [("Norvex", C, "Brandell")], []),
    ("vi", "Norvex vẫn trung thành với Brandell.", [("Norvex", C, "Brandell")], []),
]


@pytest.mark.parametrize("lang,text,present,absent", ENTRUSTED_AND_LOYAL)
def test_entrusted_and_loyal(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)


COUNTED_AMONG = [
    # customers counted among a supplier's first, new or main ones
    ("en", "Norvex counts Brandell among its first customers.", [("Brandell", C, "Norvex")], []),
    ("en", "Norvex counts Brandell among its newer clients.", [("Brandell", C, "Norvex")], []),
    ("nl", "Norvex telt Brandell tot zijn eerste klanten.", [("Brandell", C, "Norvex")], []),
    ("it", "Norvex annovera Brandell tra i suoi primi clienti.", [("Brandell", C, "Norvex")], []),
    ("es", "Norvex cuenta a Brandell entre sus primeros clientes.", [("Brandell", C, "Norvex")], []),
]


@pytest.mark.parametrize("lang,text,present,absent", COUNTED_AMONG)
def test_counted_among(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)
