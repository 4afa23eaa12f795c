"""German lexicon: invented business-news sentences, one expected (or forbidden) triple each."""

import pytest

from frenemy.api import analyse_text, relation_triples


def triples(text):
    return relation_triples(analyse_text(text, lang="de"))


PRESENT = [
    # customer_of: direction, SVO/OVS, nouns, lists, deals
    ("Die Lufthansa nutzt künftig die Cloud von Google.", ("Lufthansa", "customer_of", "Google")),
    ("Lidl setzt bei der Warenwirtschaft auf SAP.", ("Lidl", "customer_of", "SAP")),
    ("Infineon beliefert Bosch seit Jahren mit Leistungshalbleitern.", ("Bosch", "customer_of", "Infineon")),
    ("Zu den größten Kunden von Nvidia zählen Microsoft, Meta und Alphabet.", ("Meta", "customer_of", "Nvidia")),
    ("Zu den größten Kunden von Nvidia zählen Microsoft, Meta und Alphabet.", ("Microsoft", "customer_of", "Nvidia")),
    ("BMW, ein Großkunde von Infineon, baut seine Produktion in Ungarn aus.", ("BMW", "customer_of", "Infineon")),
    ("SAP hat einen Rahmenvertrag mit Lufthansa geschlossen.", ("Lufthansa", "customer_of", "SAP")),
    ("Die Deutsche Telekom zählt Lidl und Otto zu ihren Kunden.", ("Otto Group", "customer_of", "Deutsche Telekom")),
    ("Mercedes-Benz bezieht Batteriezellen von CATL.", ("Mercedes-Benz Group", "customer_of", "CATL")),
    ("Amazon Web Services gewinnt weitere Großkunden: Zu seinen Kunden zählen jetzt auch Zalando und Otto.",
     ("Zalando", "customer_of", "Amazon Web Services")),
    ("TSMC ist der wichtigste Lieferant von Apple.", ("Apple", "customer_of", "TSMC")),
    ("Volkswagen hat sich für Microsoft Azure als Cloud-Plattform entschieden.", ("Volkswagen Group", "customer_of", "Microsoft Azure")),
    # partner_of
    ("Siemens und Nvidia kooperieren bei der Entwicklung von Industrie-Software.", ("Siemens", "partner_of", "Nvidia")),
    ("Die Deutsche Telekom arbeitet bei der KI-Telefonie mit Google zusammen.", ("Deutsche Telekom", "partner_of", "Google")),
    ("SAP geht eine strategische Partnerschaft mit Microsoft ein.", ("SAP", "partner_of", "Microsoft")),
    ("Daimler Truck gründet mit Volvo ein Gemeinschaftsunternehmen für Software.", ("Daimler Truck", "partner_of", "Volvo Group")),
    ("Bosch, Continental und ZF verbünden sich für einen gemeinsamen Chipstandard.", ("Bosch", "partner_of", "Continental AG")),
    # competes_with
    ("Adidas und Puma sind erbitterte Rivalen.", ("Adidas", "competes_with", "Puma")),
    ("Zalando konkurriert mit Amazon und Shein.", ("Zalando", "competes_with", "Shein")),
    ("Temu macht Amazon in Deutschland zunehmend Konkurrenz.", ("Temu", "competes_with", "Amazon")),
    ("Der Airbus-Rivale Boeing meldet neue Aufträge.", ("Boeing", "competes_with", "Airbus")),
    ("Aixtron, ein Konkurrent von ASML, hebt die Prognose an.", ("Aixtron", "competes_with", "ASML")),
    # acquires: active, perfect, passive, noun + agent, list, anaphor
    ("Siemens übernimmt Altair für rund zehn Milliarden Dollar.", ("Siemens", "acquires", "Altair")),
    ("Rheinmetall hat Lürssen übernommen.", ("Rheinmetall", "acquires", "Lürssen")),
    pytest.param("Rheinmetall hat die Werftengruppe Lürssen übernommen.", ("Rheinmetall", "acquires", "Lürssen"),
                 marks=pytest.mark.xfail(reason="a capitalised descriptor noun before an unknown name is read as part of the name")),
    pytest.param("Siemens übernimmt den US-Softwarehersteller Altair.", ("Siemens", "acquires", "Altair"),
                 marks=pytest.mark.xfail(reason="discovered name after an industry word inside a hyphen compound gets a span shifted by one (' Altai')")),
    ("Monsanto wurde 2018 von Bayer übernommen.", ("Bayer", "acquires", "Monsanto")),
    ("Die Übernahme von Covestro durch Adnoc ist abgeschlossen.", ("ADNOC", "acquires", "Covestro")),
    ("Zalando hat About You und Highsnobiety gekauft.", ("Zalando", "acquires", "About You")),
    ("Zalando hat About You und Highsnobiety gekauft.", ("Zalando", "acquires", "Highsnobiety")),
    ("Siemens hat starke Zahlen vorgelegt. Der Konzern kauft zudem den Simulationsspezialisten Altair.",
     ("Siemens", "acquires", "Altair")),
    ("Die Schweizer Großbank UBS hat die Credit Suisse geschluckt.", ("UBS", "acquires", "Credit Suisse")),
    # bids_for: wishes to buy, offers, talks, hedged acquisitions
    ("UniCredit will die Commerzbank übernehmen.", ("UniCredit", "bids_for", "Commerzbank")),
    ("Adnoc legt ein Übernahmeangebot für Covestro vor.", ("ADNOC", "bids_for", "Covestro")),
    ("Siemens verhandelt über eine Übernahme von Altair.", ("Siemens", "bids_for", "Altair")),
    ("Mercedes-Benz könnte Insidern zufolge den Zulieferer Hella kaufen.", ("Mercedes-Benz Group", "bids_for", "Hella")),
    pytest.param("Insidern zufolge könnte Mercedes-Benz bald den Zulieferer Hella kaufen.", ("Mercedes-Benz Group", "bids_for", "Hella"),
                 marks=pytest.mark.xfail(reason="inverted verb-second order: the subject follows the finite verb")),
    # subsidiary_of
    ("Audi, eine Tochter von Volkswagen, meldet einen Gewinneinbruch.", ("Audi", "subsidiary_of", "Volkswagen Group")),
    ("Die VW-Tochter Cariad streicht Stellen.", ("Cariad", "subsidiary_of", "Volkswagen Group")),
    ("Helios gehört zum Gesundheitskonzern Fresenius.", ("Helios Kliniken", "subsidiary_of", "Fresenius")),
    ("Volkswagen, der Mutterkonzern von Audi, investiert in Batteriefabriken.", ("Audi", "subsidiary_of", "Volkswagen Group")),
    pytest.param("Der Mutterkonzern von Kaufland, der Handelsriese Schwarz, investiert in Rechenzentren.",
                 ("Kaufland", "subsidiary_of", "Schwarz Group"),
                 marks=pytest.mark.xfail(reason="an apposition with an article (', der X') is read as a list member")),
    # product_of
    ("SAP stellt den KI-Assistenten Joule vor.", ("Joule", "product_of", "SAP")),
    ("Beiersdorf bringt eine neue Nivea-Serie auf den Markt.", ("Nivea", "product_of", "Beiersdorf")),
    # operates_in
    ("Amazon steigt in den Lebensmittelhandel ein.", ("Amazon", "operates_in", "grocery")),
    ("Siemens investiert massiv in künstliche Intelligenz.", ("Siemens", "operates_in", "artificial intelligence")),
    ("Die Deutsche Telekom ist im Mobilfunk tätig.", ("Deutsche Telekom", "operates_in", "telecommunications")),
    # executive_of
    ("Roland Busch, Vorstandschef von Siemens, zeigte sich zufrieden.", ("Roland Busch", "executive_of", "Siemens")),
    ("Der Vorstandsvorsitzende der Telekom, Tim Höttges, kündigte Investitionen an.", ("Tim Höttges", "executive_of", "Deutsche Telekom")),
    ("Porsche-Chef Oliver Blume sprach von einem schwierigen Jahr.", ("Oliver Blume", "executive_of", "Porsche")),
    ("SAP meldet Rekordzahlen. Vorstandschef Christian Klein zeigte sich zufrieden.", ("Christian Klein", "executive_of", "SAP")),
    pytest.param("Seit 2020 ist Christian Klein Vorstandschef von SAP.", ("Christian Klein", "executive_of", "SAP"),
                 marks=pytest.mark.xfail(reason="a person name directly followed by a capitalised role noun is lost as a mention")),
]

ABSENT = [
    # negation
    ("Siemens wird Altair nicht übernehmen.", ("Siemens", "acquires", "Altair")),
    ("BMW nutzt keine Chips von Intel.", ("BMW", "customer_of", "Intel")),
    ("Adidas und Puma sind keine Partner.", ("Adidas", "partner_of", "Puma")),
    # wish / plan: not (yet) a relation
    ("Lidl will künftig mit Microsoft zusammenarbeiten.", ("Lidl", "partner_of", "Microsoft")),
    ("Die Lufthansa plant, künftig die Cloud von Google zu nutzen.", ("Lufthansa", "customer_of", "Google")),
    # bid or talks are not a completed acquisition
    ("UniCredit will die Commerzbank übernehmen.", ("UniCredit", "acquires", "Commerzbank")),
    ("Siemens verhandelt über eine Übernahme von Altair.", ("Siemens", "acquires", "Altair")),
    # hypothetical
    ("Sollte UniCredit die Commerzbank übernehmen, drohen Stellenstreichungen.", ("UniCredit", "acquires", "Commerzbank")),
    # minority stake
    ("Siemens erwirbt eine Minderheitsbeteiligung an Aleph Alpha.", ("Siemens", "acquires", "Aleph Alpha")),
]


@pytest.mark.parametrize("text,triple", PRESENT)
def test_present(text, triple):
    assert triple in triples(text)


@pytest.mark.parametrize("text,triple", ABSENT)
def test_absent(text, triple):
    assert triple not in triples(text)


def test_ended_relation():
    ad = analyse_text("Die Deutsche Telekom beendet die Zusammenarbeit mit Huawei.", lang="de")
    ended = {(c.subject, c.relation, c.object) for c in ad.claims if c.modality == "ended"}
    assert ("deutsche_telekom", "partner_of", "huawei") in ended
