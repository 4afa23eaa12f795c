"""German lexicon: invented business-news sentences, one expected (or forbidden) triple each."""

import pytest

from frenemy.api import analyse_text
from tests.lang import checks


def triples(text):
    return checks.triples(text, "de")


PRESENT = [
    # a sector agent noun or compound before the name says the company's trade
    ("Der Rüstungskonzern Rheinmetall und der Autozulieferer Continental arbeiten zusammen.",
     ("Rheinmetall", "operates_in", "defence")),
    ("Der Rüstungskonzern Rheinmetall und der Autozulieferer Continental arbeiten zusammen.",
     ("Continental AG", "operates_in", "automotive")),

    # Berater und Kreditgeber: der Mandant ist ihr Kunde
    ("Beraten wird Hensoldt bei der Transaktion von der Deutschen Bank.", ("Hensoldt", "customer_of", "Deutsche Bank")),
    ("Hensoldt wird von der Deutschen Bank beraten.", ("Hensoldt", "customer_of", "Deutsche Bank")),
    ("Hensoldt lässt sich von Lazard beraten.", ("Hensoldt", "customer_of", "Lazard")),
    ("Hensoldt nimmt einen Kredit bei der Commerzbank auf.", ("Hensoldt", "customer_of", "Commerzbank")),
    ("Die Deutsche Bahn bestellt Züge bei Siemens Mobility. Finanziert wird ein Teil der Bestellung über einen "
     "Kredit der Commerzbank.", ("Deutsche Bahn", "customer_of", "Commerzbank")),

    # round 6: the pluperfect of a purchase, an owner in the dative, outsourcing to a provider
    ("Bosch hatte 2023 Lumentra übernommen.", ("Bosch", "acquires", "Lumentra")),
    ("Siemens hatte im Frühjahr den Spezialisten Orvexa gekauft.", ("Siemens", "acquires", "Orvexa")),
    ("Henkel, das mehrheitlich der Jahr-Stiftung gehört, baut Stellen ab.", ("Henkel", "subsidiary_of", "Jahr-Stiftung")),
    ("Qarvo gehört der Zelter-Stiftung.", ("Qarvo", "subsidiary_of", "Zelter-Stiftung")),
    ("Die Marke Lumo gehört dem Konzern Unilever.", ("Lumo", "subsidiary_of", "Unilever")),
    # round 6 breadth: a big client won, a partnership entered, an offer made
    ("Infineon gewinnt ZF als Großkunden.", ("ZF Friedrichshafen", "customer_of", "Infineon")),
    ("Der Chiphersteller Infineon hat ZF als Großkunden gewonnen.", ("ZF Friedrichshafen", "customer_of", "Infineon")),
    ("Qarvo geht mit Lumentra eine Partnerschaft ein.", ("Qarvo", "partner_of", "Lumentra")),
    ("Qarvo hat Lumentra ein Kaufangebot unterbreitet.", ("Qarvo", "bids_for", "Lumentra")),
    ("Qarvo unterbreitete Lumentra ein Kaufangebot.", ("Qarvo", "bids_for", "Lumentra")),
    # descriptions of a retailer or a logistics group stand for the company named before
    ("Rewe wächst. Der Kölner Händlerverbund, zu dem auch der Discounter Penny gehört, steht unter Druck.",
     ("Penny", "subsidiary_of", "REWE Group")),
    ("Rewe wächst. Der Handelskonzern, zu dem auch Netto gehört, wächst.", ("Netto", "subsidiary_of", "REWE Group")),
    # a fronted "mit" phrase, then a description of the article's company after the verb
    ("Bosch wächst. Mit ZF konkurriert der Konzern bei Achsantrieben.", ("Bosch", "competes_with", "ZF Friedrichshafen")),
    ("Bosch wächst. Mit ZF konkurriert der Stuttgarter Konzern bei Achsantrieben.",
     ("Bosch", "competes_with", "ZF Friedrichshafen")),
    ("Die Rewe Group lagert ihre Logistik an DHL aus.", ("REWE Group", "customer_of", "DHL Group")),
    ("Henkel hat seine IT-Wartung an Atos ausgelagert.", ("Henkel", "customer_of", "Atos")),
    ("Weil Henkel die Buchhaltung an Accenture auslagert, fallen Stellen weg.", ("Henkel", "customer_of", "Accenture")),
    ("Henkel gibt die Logistik in die Hände von DHL.", ("Henkel", "customer_of", "DHL Group")),
    ("Auch Kühne + Nagel ringt mit DHL um Aufträge.", ("Kuehne+Nagel", "competes_with", "DHL Group")),
    # round 4 breadth: orders received and placed, goods made for a client
    ("Knorr-Bremse hat einen Großauftrag von Alstom erhalten.", ("Alstom", "customer_of", "Knorr-Bremse")),
    ("Hensoldt erhält von Airbus einen Auftrag über Radarsysteme.", ("Airbus", "customer_of", "Hensoldt")),
    ("Der Auftragsfertiger Foxconn fertigt Server für Nvidia.", ("Nvidia", "customer_of", "Foxconn")),
    ("Die Deutsche Bahn hat Siemens Mobility den Auftrag für neue Züge erteilt.",
     ("Deutsche Bahn", "customer_of", "Siemens Mobility")),
    # an inverted main clause after a fronted phrase: the verb of "mit ... konkurriert" opens its own cue
    ("Im Geschäft mit Cloud-Diensten konkurriert Ionos mit Hetzner und Strato.", ("Ionos", "competes_with", "Strato")),
    ("Hellofresh bekommt Konkurrenz von Gousto.", ("HelloFresh", "competes_with", "Gousto")),
    ("Puma verliert Marktanteile an On.", ("Puma", "competes_with", "On Holding")),
    ("Novartis legt sich Morphosys zu.", ("Novartis", "acquires", "Morphosys")),
    ("Der Finanzinvestor KKR übernimmt die Kontrolle über Stada.", ("KKR", "acquires", "Stada")),
    # a hyphenated description before the name is no part of it
    # German news says "Merck" for the Darmstadt group: the shared alias goes to the home company
    ("Merck kauft das Biotech-Unternehmen Verlinox.", ("Merck KGaA", "acquires", "Verlinox")),
    ("Um Techem bewerben sich Blackstone und EQT.", ("EQT", "bids_for", "Techem")),
    ("KKR bewirbt sich um Encavis.", ("KKR", "bids_for", "Encavis")),
    ("Bayer vereinbart mit Ginkgo eine Partnerschaft.", ("Bayer", "partner_of", "Ginkgo")),
    # a person opening the sentence, a copula and a short adverbial before the title
    ("Claudia Brenner ist seit 2022 Vorstandschefin von Evonik.", ("Claudia Brenner", "executive_of", "Evonik")),
    ("Markus Thal wird im Oktober Chef der Commerzbank.", ("Markus Thal", "executive_of", "Commerzbank")),
    # a service handled for a client
    ("Adyen wickelt die Zahlungen für Zalando ab.", ("Zalando", "customer_of", "Adyen")),
    ("Adyen, das für Uber die Zahlungen abwickelt, wächst weiter.", ("Uber", "customer_of", "Adyen")),
    # "<Owner>-<…tochter>": a compound of the owner and a subsidiary noun, no product name
    ("Die VW-Softwaretochter Cariad streicht Stellen.", ("Cariad", "subsidiary_of", "Volkswagen Group")),
    # a passive supply: the one supplied is the customer
    ("Audi wird von Valeo mit Scheinwerfern beliefert.", ("Audi", "customer_of", "Valeo")),
    ("Die Commerzbank wurde von Salesforce als Kunde gewonnen.", ("Commerzbank", "customer_of", "Salesforce")),
    # a zu-infinitive after an announcement
    ("Otto hat angekündigt, künftig mit Klarna zusammenzuarbeiten.", ("Otto", "partner_of", "Klarna")),
    # more German sector words
    ("Google steigt in den Strommarkt ein.", ("Google", "operates_in", "energy")),
    ("Amazon steigt ins Gesundheitsgeschäft ein.", ("Amazon", "operates_in", "healthcare")),
    ("Zur neuen Chefin von Beiersdorf wurde Karsten Vogel ernannt.", ("Karsten Vogel", "executive_of", "Beiersdorf")),
    # poaching clients, facing a rival, winning an auction, eyeing a target
    ("Lidl wirbt Aldi die Kunden ab.", ("Lidl", "competes_with", "Aldi Süd")),
    ("Otto muss sich der Konkurrenz von Temu stellen.", ("Otto", "competes_with", "Temu")),
    ("Der Finanzinvestor EQT erhält den Zuschlag für Stada.", ("EQT", "acquires", "Stada")),
    ("Blackstone hat ein Auge auf Techem geworfen.", ("Blackstone", "bids_for", "Techem")),
    # a post taken: "übernimmt den Chefposten bei"
    ("Nora Lindqvist übernimmt den Chefposten bei Beiersdorf.", ("Nora Lindqvist", "executive_of", "Beiersdorf")),
    # new sectors: shipbuilding and hydrogen
    ("Rheinmetall steigt in den Schiffbau ein.", ("Rheinmetall", "operates_in", "shipbuilding")),
    ("Thyssenkrupp Nucera ist Spezialist für Elektrolyseure.", ("Thyssenkrupp Nucera", "operates_in", "hydrogen")),
    # a region is no party: the partner after it is found
    ('Die Lufthansa arbeitet in Nordamerika mit United Airlines zusammen.', ('Lufthansa', 'partner_of', 'United Airlines')),
    # registry entries added with the fresh set (energy, logistics, airlines, gaming, pharma, insurance)
    ('Dachser konkurriert mit Kuehne+Nagel um Industriekunden.', ('Dachser', 'competes_with', 'Kuehne+Nagel')),
    # a founder with no company named founded the young company just spoken of, not the big one
    ('Aldi Süd baut sein Filialnetz aus. Das Kölner Start-up Ladewerk hat Aldi Süd als Kunden gewonnen. Gründerin Lena Vogt will nun nach Österreich expandieren.',
     ('Lena Vogt', 'executive_of', 'Ladewerk')),
    # "<Owner> <Word>" called a Tochter is a company, not one of the owner's products
    ("Die Lufthansa-Tochter Lufthansa Cargo meldet mehr Aufträge aus China.",
     ("Lufthansa Cargo", "subsidiary_of", "Lufthansa")),
    # customer_of: direction, SVO/OVS, nouns, lists, deals
    ("Die Lufthansa nutzt künftig die Cloud von Google.", ("Lufthansa", "customer_of", "Google")),
    ("Lidl setzt bei der Warenwirtschaft auf SAP.", ("Lidl", "customer_of", "SAP")),
    ("Die Deutsche Bahn setzt auf Software von SAP.", ("Deutsche Bahn", "customer_of", "SAP")),
    ("Infineon beliefert Bosch seit Jahren mit Leistungshalbleitern.", ("Bosch", "customer_of", "Infineon")),
    ("Zu den größten Kunden von Nvidia zählen Microsoft, Meta und Alphabet.", ("Meta", "customer_of", "Nvidia")),
    ("Zu den größten Kunden von Nvidia zählen Microsoft, Meta und Alphabet.", ("Microsoft", "customer_of", "Nvidia")),
    ("BMW, ein Großkunde von Infineon, baut seine Produktion in Ungarn aus.", ("BMW", "customer_of", "Infineon")),
    ("SAP hat einen Rahmenvertrag mit Lufthansa geschlossen.", ("Lufthansa", "customer_of", "SAP")),
    ("Die Deutsche Telekom zählt Lidl und Otto zu ihren Kunden.", ("Otto", "customer_of", "Deutsche Telekom")),
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
    pytest.param("Rheinmetall hat die Werftengruppe Lürssen übernommen.", ("Rheinmetall", "acquires", "Lürssen")),
    ("Siemens übernimmt den US-Softwarehersteller Altair.", ("Siemens", "acquires", "Altair")),
    pytest.param("Delivery Hero hat den Lieferdienst Glovo gekauft.", ("Delivery Hero", "acquires", "Glovo")),
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
    ("Insidern zufolge könnte Mercedes-Benz bald den Zulieferer Hella kaufen.", ("Mercedes-Benz Group", "bids_for", "Hella")),
    # subsidiary_of
    ("Audi, eine Tochter von Volkswagen, meldet einen Gewinneinbruch.", ("Audi", "subsidiary_of", "Volkswagen Group")),
    ("Die VW-Tochter Cariad streicht Stellen.", ("Cariad", "subsidiary_of", "Volkswagen Group")),
    ("Helios gehört zum Gesundheitskonzern Fresenius.", ("Helios Kliniken", "subsidiary_of", "Fresenius")),
    ("Volkswagen, der Mutterkonzern von Audi, investiert in Batteriefabriken.", ("Audi", "subsidiary_of", "Volkswagen Group")),
    pytest.param("Der Mutterkonzern von Kaufland, der Handelsriese Schwarz, investiert in Rechenzentren.",
                 ("Kaufland", "subsidiary_of", "Schwarz Group")),
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
    # more: additives, anaphors across sentences, passives, talks, orders
    ("Zu den Kunden von SAP zählen Lidl und Kaufland sowie die Deutsche Bahn.", ("Deutsche Bahn", "customer_of", "SAP")),
    ("Lidl nutzt SAP, ebenso wie Kaufland.", ("Kaufland", "customer_of", "SAP")),
    ("Zalando meldet ein starkes Quartal. Das Unternehmen nutzt seit Jahren Google Cloud.", ("Zalando", "customer_of", "Google Cloud")),
    ("Airbus erhält einen Großauftrag von Lufthansa.", ("Lufthansa", "customer_of", "Airbus")),
    ("Nvidia ist der wichtigste Zulieferer von Mercedes-Benz für Chips.", ("Mercedes-Benz Group", "customer_of", "Nvidia")),
    ("Covestro wird von Adnoc übernommen.", ("ADNOC", "acquires", "Covestro")),
    ("Die Übernahme von Hella durch Forvia wurde 2022 abgeschlossen.", ("Forvia", "acquires", "Hella")),
    ("Der Chiphersteller Infineon übernimmt GaN Systems.", ("Infineon", "acquires", "GaN Systems")),
    ("Mercedes-Benz führt Gespräche über den Kauf von Hella.", ("Mercedes-Benz Group", "bids_for", "Hella")),
    ("Rheinmetall prüft eine Übernahme von Hensoldt.", ("Rheinmetall", "bids_for", "Hensoldt")),
    ("Rheinmetall hat Interesse an Hensoldt.", ("Rheinmetall", "bids_for", "Hensoldt")),
    ("Volkswagen und Rivian gründen ein Gemeinschaftsunternehmen für Software.", ("Volkswagen Group", "partner_of", "Rivian")),
    ("SAP und Microsoft sind Partner.", ("SAP", "partner_of", "Microsoft")),
    ("BMW und Mercedes-Benz konkurrieren im Markt für Elektroautos.", ("BMW", "competes_with", "Mercedes-Benz Group")),
    ("Vodafone sieht in 1&1 einen neuen Konkurrenten.", ("Vodafone", "competes_with", "1&1")),
    ("Die Telekom-Tochter T-Mobile US wächst schneller als Verizon.", ("T-Mobile US", "competes_with", "Verizon")),
    ("Die Telekom-Tochter T-Mobile US wächst schneller als Verizon.", ("T-Mobile US", "subsidiary_of", "Deutsche Telekom")),
    ("Siemens Healthineers gehört mehrheitlich zu Siemens.", ("Siemens Healthineers", "subsidiary_of", "Siemens")),
    ("Bosch ist auch in der Medizintechnik aktiv.", ("Bosch", "operates_in", "healthcare")),
    ("Oliver Blume ist Vorstandsvorsitzender von Porsche und Volkswagen.", ("Oliver Blume", "executive_of", "Volkswagen Group")),
    pytest.param("Der Chemiehändler Brenntag hat sich für Salesforce entschieden.", ("Brenntag", "customer_of", "Salesforce")),
    ("SAP hat Kunden wie Lidl, Kaufland und Edeka.", ("Edeka", "customer_of", "SAP")),
    ("SAP hat Konkurrenten wie Oracle und Workday.", ("Workday", "competes_with", "SAP")),
    ("Analysten hatten spekuliert, dass Siemens auch an Ansys interessiert sei.", ("Siemens", "bids_for", "Ansys")),
    ("Siemens meldet Rekordzahlen. Der Münchner Technologiekonzern übernimmt zudem den Softwareanbieter Altair.",
     ("Siemens", "acquires", "Altair")),
    ("Lufthansa-Chef Carsten Spohr fordert niedrigere Steuern.", ("Carsten Spohr", "executive_of", "Lufthansa")),
    pytest.param("Nvidia-Chef Jensen Huang traf Siemens-Chef Roland Busch.", ("Roland Busch", "executive_of", "Siemens")),
    pytest.param("Es heißt, dass Siemens Altair übernimmt.", ("Siemens", "acquires", "Altair"),
                 marks=pytest.mark.xfail(reason="verb-final subordinate clause: the verb follows both parties")),
    pytest.param("Der Chef der Deutschen Bahn, Richard Lutz, lobt SAP.", ("Richard Lutz", "executive_of", "Deutsche Bahn")),
    ("Der chinesische Autobauer BYD verkauft inzwischen mehr Elektroautos als VW.", ("BYD", "competes_with", "Volkswagen Group")),
    ("Die Telekom und Vodafone sind Konkurrenten im Mobilfunk.", ("Deutsche Telekom", "competes_with", "Vodafone")),
    ("Die Telekom und Vodafone sind Konkurrenten im Mobilfunk.", ("Vodafone", "operates_in", "telecommunications")),
    ("Siemens will Celonis übernehmen, berichtet das Handelsblatt.", ("Siemens", "bids_for", "Celonis")),
    ("Adidas und Puma kämpfen um dieselben Kunden.", ("Adidas", "competes_with", "Puma")),
    ("Bekannt ist, dass Lidl seit Jahren mit SAP kooperiert.", ("Lidl", "partner_of", "SAP")),
    ("Siemens übernimmt 100 Prozent an Altair.", ("Siemens", "acquires", "Altair")),
    ("SAP, das seit Jahren mit Microsoft kooperiert, übernimmt Celonis.", ("SAP", "acquires", "Celonis")),
    ("Volkswagen meldet Zahlen. Der Autobauer arbeitet zudem mit Rivian zusammen.", ("Volkswagen Group", "partner_of", "Rivian")),
    # compounds, dative ownership, verb-final relatives, plural anaphors, partnerships, rivalry, sectors
    ("Cariad, die Softwaretochter von Volkswagen, streicht Stellen.", ("Cariad", "subsidiary_of", "Volkswagen Group")),
    ("Cariad, die IT-Tochter von Volkswagen, streicht Stellen.", ("Cariad", "subsidiary_of", "Volkswagen Group")),
    ("Hella gehört mehrheitlich dem Zulieferer Forvia.", ("Hella", "subsidiary_of", "Forvia")),
    ("Helios, das zum Fresenius-Konzern gehört, baut Kliniken.", ("Helios Kliniken", "subsidiary_of", "Fresenius")),
    ("Die Saatgutsparte stammt von Monsanto, das 2018 von Bayer übernommen wurde.", ("Bayer", "acquires", "Monsanto")),
    pytest.param("Monsanto, das 2018 von Bayer übernommen wurde, zahlt Vergleiche.", ("Bayer", "acquires", "Monsanto"),
                 marks=pytest.mark.xfail(reason="verb-final passive inside a closed relative aside: the antecedent is not taken as the object")),
    ("Lufthansa bestellt bei Airbus weitere Flugzeuge.", ("Lufthansa", "customer_of", "Airbus")),
    ("Die Telekom gewinnt Lidl für ihre Cloud.", ("Lidl", "customer_of", "Deutsche Telekom")),
    ("Zalando hat Kooperationen mit Adidas und Puma geschlossen.", ("Zalando", "partner_of", "Puma")),
    ("Temu tritt in Deutschland gegen Zalando an.", ("Temu", "competes_with", "Zalando")),
    ("Delivery Hero gilt als härtester Konkurrent von Uber.", ("Delivery Hero", "competes_with", "Uber")),
    ("Siemens hat ein Kaufangebot für Altair abgegeben.", ("Siemens", "bids_for", "Altair")),
    ("Zalando ist auf Mode spezialisiert.", ("Zalando", "operates_in", "apparel")),
    # verb-second: an adverbial opens the clause, the subject follows the finite verb
    ("Im vergangenen Herbst übernahm Infineon den Chipentwickler GaN Systems.", ("Infineon", "acquires", "GaN Systems")),
    ("Für die neuen Modelle setzt Porsche künftig auf Batterien von CATL.", ("Porsche", "customer_of", "CATL")),
    ("Volkswagen meldet Zahlen. Bei der Software setzt der Autobauer dagegen auf Microsoft.", ("Volkswagen Group", "customer_of", "Microsoft")),
    ("Seit dem Frühjahr arbeitet Zalando eng mit Adidas zusammen.", ("Zalando", "partner_of", "Adidas")),
    ("Im Jahr 2022 wurde Hella von Forvia übernommen.", ("Forvia", "acquires", "Hella")),
    ("Seit Jahren beliefert Infineon den Zulieferer Bosch mit Chips.", ("Bosch", "customer_of", "Infineon")),
    ("Mit dem neuen Angebot tritt Temu gegen Zalando an.", ("Temu", "competes_with", "Zalando")),
    # a name glued to a role or relational noun ("Zalando-Chefin"), roles ending in "von"
    ("„Wir wachsen“, sagte Flaschenpost-Chefin Katharina Weber.", ("Katharina Weber", "executive_of", "Flaschenpost")),
    ("Celonis-Gründer Bastian Nominacher sprach von einem Rekordjahr.", ("Bastian Nominacher", "executive_of", "Celonis")),
    ("Die Sparte Smart Infrastructure, geleitet von Matthias Rebellius, wächst kräftig.",
     ("Matthias Rebellius", "executive_of", "Smart Infrastructure")),
    ("Die Otto-Gruppe, Mutterkonzern von Bonprix, investiert in Logistik.", ("Bonprix", "subsidiary_of", "Otto Group")),
    # appositions with a relational noun are asides; after a list they describe its last member
    ("Die Drogeriekette Rossmann, bislang einer der wichtigsten Kunden von DHL, hat einen Vertrag mit Hermes unterschrieben.",
     ("Rossmann", "customer_of", "DHL Group")),
    ("Die Otto-Gruppe, Mutterkonzern von Bonprix, baut mit ihrer Tochter Hermes ein Lager auf.",
     ("Hermes Germany", "subsidiary_of", "Otto Group")),
    ("Bosch und Cariad, die Softwaretochter von Volkswagen, entwickeln gemeinsam Software.",
     ("Cariad", "subsidiary_of", "Volkswagen Group")),
    # a separable verb whose particle follows a long list of names
    ("Personio zählt nach eigenen Angaben die Lufthansa, die Allianz und den Autobauer Porsche zu seinen Kunden.",
     ("Porsche", "customer_of", "Personio")),
    # a contract cue around a partnership noun: the noun says what the deal is
    ("Zalando hat dafür Kooperationen mit Adidas, Puma und der Drogeriekette Rossmann geschlossen.",
     ("Zalando", "partner_of", "Rossmann")),
    # verb-final subordinate clause: both parties before the verb
    ("Bekannt wurde, dass Rheinmetall den Zulieferer Hensoldt übernimmt.", ("Rheinmetall", "acquires", "Hensoldt")),
    # rivalry idioms: "ringt mit X um", "macht X das Leben schwer"
    ("Im Heimatmarkt ringt Lidl mit Aldi Süd um Kunden.", ("Lidl", "competes_with", "Aldi Süd")),
    ("Temu macht Zalando in Deutschland das Leben schwer.", ("Temu", "competes_with", "Zalando")),
    # "kündigte ... an" announces; it ends nothing
    ("Das kündigte Lufthansa-Chef Carsten Spohr am Montag an.", ("Carsten Spohr", "executive_of", "Lufthansa")),
    # business-line compounds of "Sparte", investment arms
    ("Die Deutsche Telekom baut ihre IT-Sparte T-Systems um.", ("T-Systems", "subsidiary_of", "Deutsche Telekom")),
    ("Siemens investiert über seine Beteiligungsgesellschaft Next47 in Start-ups.", ("Next47", "subsidiary_of", "Siemens")),
    # "der Dienst" after a company with a name of its own is that company, not its parent
    ("Wolt, die Tochter von DoorDash, wächst. Der Dienst kooperiert mit Rossmann.", ("Wolt", "partner_of", "Rossmann")),
    # a relational noun in the fronted adverbial belongs to the subject after the finite verb
    ("Seit dem Kauf von Hella gilt Forvia als drittgrößter Zulieferer.", ("Forvia", "acquires", "Hella")),
    ("Nach der Übernahme von Signavio hatte SAP kaum Firmen gekauft.", ("SAP", "acquires", "Signavio")),
    # "der Konzern" is not one member of the list named just before
    ("Siemens meldet Zahlen. Dassault Systèmes, PTC und Autodesk gelten als Rivalen. Der Konzern prüft ein Gebot für Altair.",
     ("Siemens", "bids_for", "Altair")),
    # a relational noun with no owner named is the topic's
    ("SAP wächst kräftig. Oracle und Workday gelten als wichtigste Wettbewerber.", ("Workday", "competes_with", "SAP")),
    ("Siemens meldet Zahlen. Die Sparte Smart Infrastructure wächst kräftig.",
     ("Smart Infrastructure", "subsidiary_of", "Siemens")),
    # a description in a later clause is the sentence's subject
    ("Im Heimatmarkt ringt Lidl mit Aldi Süd um Kunden, in Frankreich macht dem Unternehmen vor allem Carrefour das "
     "Leben schwer.", ("Lidl", "competes_with", "Carrefour")),
    # a name-shaped word after an adjective stays a name
    ("Die französische QVX kauft den Softwareanbieter Lernwerk.", ("QVX", "acquires", "Lernwerk")),
    # a title with no company after a sentence about a described company is that company's
    ("Lufthansa meldet Zahlen. Bemerkenswert ist, wer fehlt: Zalando. Der Berliner Konzern arbeitet mit Adidas "
     "zusammen. Vorstandschef Robert Gentz zeigte sich zufrieden.", ("Robert Gentz", "executive_of", "Zalando")),
    # the people of a company's home town stand for it; a town adjective before a noun does not
    ("SAP meldet Zahlen. Salesforce und Oracle gelten im Markt für Unternehmenssoftware seit Jahren als die "
     "härtesten Konkurrenten der Walldorfer.", ("Salesforce", "competes_with", "SAP")),
    ("SAP wächst. Der Münchner Softwareanbieter Celonis kooperiert mit Microsoft.", ("Celonis", "partner_of", "Microsoft")),
    # a product makes no alliance, its maker does
    ("BMW meldet Zahlen. Der Mini Cooper entsteht in einem Gemeinschaftsunternehmen mit Great Wall Motor.",
     ("BMW", "partner_of", "Great Wall Motor")),
    # a quotation opening with a low German quote mark starts a sentence of its own
    ("Der Umsatz von Adidas stieg kräftig. „Wir sind sehr zufrieden“, sagte Puma-Chef Arne Freundt.",
     ("Arne Freundt", "executive_of", "Puma")),
    # role compounds: a title of one word or with "Co-", a name of several hyphenated words
    ("„Das Jahr war gut“, sagte Henkel-Co-Chefin Maria Brenner.", ("Maria Brenner", "executive_of", "Henkel")),
    ("„Wir investieren weiter“, sagte Allianz-Deutschlandchef Paul Lindner.", ("Paul Lindner", "executive_of", "Allianz")),
    ("Die Wachstumsziele bestätigte Deutsche-Bank-Chef Karl Simon am Montag.",
     ("Karl Simon", "executive_of", "Deutsche Bank")),
    # a town adjective and a descriptive noun before an unknown name belong to neither
    ("Der Bremer Hersteller Nordwerk Energie konkurriert mit Siemens Energy.",
     ("Nordwerk Energie", "competes_with", "Siemens Energy")),
    # a family firm's head: a title with no company, the surname of a firm just named
    ("Lidl baut mit dem Bremer Ladenbauer Gruber Interieur neue Filialen. Geschäftsführer Anton Gruber zeigte "
     "sich zufrieden.", ("Anton Gruber", "executive_of", "Gruber Interieur")),
    # compounds of a relational head read as the head
    ("Infineon vertieft die Zusammenarbeit mit Vitesco Technologies, der Antriebssparte von Continental.",
     ("Vitesco Technologies", "subsidiary_of", "Continental AG")),
    ("Aixtron, ein Billigkonkurrent von ASML, wächst.", ("Aixtron", "competes_with", "ASML")),
    # integration into a unit, subject after the finite verb
    ("Siemens meldet Zahlen. Ab Juli wird Altair in die Sparte Digital Industries eingegliedert.",
     ("Altair", "subsidiary_of", "Digital Industries")),
    # perfect and verb-final forms of split cues
    ("Henkel hat auf Rechenzentren von IBM gesetzt.", ("Henkel", "customer_of", "IBM")),
    ("Analysten erwarten, dass Adidas künftig auf Google Cloud setzt.", ("Adidas", "customer_of", "Google Cloud")),
    ("Der Konzern Beiersdorf hat den Laborausrüster Celvanta zugekauft.", ("Beiersdorf", "acquires", "Celvanta")),
    ("Es gilt als sicher, dass Siemens den Softwareanbieter Brontix übernommen hat.",
     ("Siemens", "acquires", "Brontix")),
    ("Hapag-Lloyd, das mit Maersk um Großkunden ringt, senkt die Preise.", ("Hapag-Lloyd", "competes_with", "Maersk")),
    # "X, zu der Y und Z gehören": the antecedent owns the members in the gap
    ("Der Verkäufer ist die Vantorix-Gruppe, zu der auch die Marken Pelmo und Quirana gehören.",
     ("Quirana", "subsidiary_of", "Vantorix-Gruppe")),
    # ... the antecedent is the name before the comma, not one inside an earlier aside
    ("Bosch arbeitet mit Zentrix Digital, der IT-Sparte der Zentrix Gruppe, zu der auch Malvo gehört.",
     ("Malvo", "subsidiary_of", "Zentrix Gruppe")),
    # inflected forms of relational nouns
    ("Zu den größten Abnehmern von Thyssenkrupp gehören die Autobauer Volkswagen und BMW.",
     ("BMW", "customer_of", "Thyssenkrupp")),
    # securing supplies from a supplier is buying from it, not buying it
    ("Daimler Truck hat sich Lieferungen beim Batteriehersteller Northvolt gesichert.",
     ("Daimler Truck", "customer_of", "Northvolt")),
    # an adjective with its case ending inside a description of the main company ("des vereinten Konzerns")
    ("Douglas übernimmt Parfümerie Pieper. Die Technik des vereinten Konzerns läuft weiter auf der Cloud von Google.",
     ("Douglas", "customer_of", "Google")),
    # well-known German companies of the registry (Salzgitter is no town here; a title makes it the main one's rival)
    ("Thyssenkrupp baut Stellen ab. Der Rivale Salzgitter investiert dagegen in neue Anlagen.",
     ("Salzgitter", "competes_with", "Thyssenkrupp")),
    ("Lanxess liefert Kunststoffe an Miele.", ("Miele", "customer_of", "Lanxess")),
    # a verb-final clause after a subordinator that is also a clause break ("nachdem", "weil")
    ("Nachdem Evonik den Spezialisten Solvaro übernommen hatte, stieg der Kurs.", ("Evonik", "acquires", "Solvaro")),
    ("Der Umsatz stieg, weil Tchibo künftig auf SAP setzt.", ("Tchibo", "customer_of", "SAP")),
    # a house bank serves the company
    ("Die Commerzbank ist seit Jahren Hausbank von Krones.", ("Krones", "customer_of", "Commerzbank")),
    # more customer, rival, partner, sale and leadership phrasings
    ("Hochtief baut das Terminal im Auftrag von Fraport.", ("Fraport", "customer_of", "Hochtief")),
    ("Mahle ist ein wichtiger Zulieferer für Daimler Truck.", ("Daimler Truck", "customer_of", "Mahle")),
    ("Die Bahn hat bei Stihl neue Geräte in Auftrag gegeben.", ("Deutsche Bahn", "customer_of", "Stihl")),
    ("Temu ist eine ernsthafte Konkurrenz für Otto.", ("Temu", "competes_with", "Otto")),
    ("Edeka steht im Wettbewerb zu Rewe.", ("Edeka", "competes_with", "REWE Group")),
    ("Airbus und Boeing liefern sich ein Kopf-an-Kopf-Rennen.", ("Airbus", "competes_with", "Boeing")),
    ("Krones und Festo bündeln ihre Kräfte.", ("Krones", "partner_of", "Festo")),
    ("Henkel verkauft seine Tochter Lorimex an Unilever.", ("Unilever", "acquires", "Lorimex")),
    ("Christian Klein steht an der Spitze von SAP.", ("Christian Klein", "executive_of", "SAP")),
    # "beide Konzerne", "die beiden Unternehmen": the two companies of the sentence before
    ("Henkel und Beiersdorf melden Zahlen. Beide Konzerne nutzen Google Cloud für ihre Daten.",
     ("Beiersdorf", "customer_of", "Google Cloud")),
    ("Lanxess und Evonik sparen. Die beiden Unternehmen konkurrieren mit Dow.", ("Lanxess", "competes_with", "Dow Inc")),
    # a titled rival joined to a name is that name's rival, not the main company's
    ("Volkswagen baut um. Airbus und der amerikanische Rivale Boeing melden Aufträge.",
     ("Boeing", "competes_with", "Airbus")),
    # a German sentence with one verb in lower case is no Title Case headline: the name after the noun stands
    ("Der Softwarekonzern Qantor wächst kräftig. Die Tochter des Konzerns, Lumivo, meldet Rekordzahlen.",
     ("Lumivo", "subsidiary_of", "Qantor")),
    # an apposition after its description names the owner
    ("Die Mutter von Lumivo, der Stahlkonzern Salzgitter, meldet Verluste.", ("Lumivo", "subsidiary_of", "Salzgitter")),
    ("Der größte Konkurrent von Lumivo, das Start-up Qantor, wächst.", ("Qantor", "competes_with", "Lumivo")),
    # "hat mit X einen neuen Partner gewonnen"
    ("Der Softwarekonzern Qantor wächst. Der Konzern hat mit Nvidia einen neuen Partner gewonnen.",
     ("Qantor", "partner_of", "Nvidia")),
    # a wish to grow what the company already has ("seine Zusammenarbeit") keeps the relation
    ("Der US-Konzern Microsoft will seine Zusammenarbeit mit SAP ausbauen.", ("Microsoft", "partner_of", "SAP")),
    # counted among the rivals with no owner named: the main company's rival
    ("Zalando wächst. Die Technik läuft stabil, obwohl Amazon selbst im Modehandel zu den härtesten Wettbewerbern zählt.",
     ("Amazon", "competes_with", "Zalando")),
    ("Zu den größten Konkurrenten von Adidas zählen Nike und Puma.", ("Nike", "competes_with", "Adidas")),
    # Pinduoduo is PDD's platform, not another name of the holding
    ("PDD Holdings betreibt die Einkaufsplattform Pinduoduo.", ("Pinduoduo", "product_of", "PDD Holdings")),
    # "kauft X die Sparte Y ab": Y is bought, from X
    ("Bosch kauft Continental die Sparte Velmar ab.", ("Bosch", "acquires", "Velmar")),
    ("Der Chiphersteller Infineon zählt Tesla zu seinen wichtigsten Kunden.", ("Tesla", "customer_of", "Infineon")),
    # "der Konzern aus <Stadt>": a description by its town speaks of the article's main company
    ("SAP meldet Zahlen. SAP wächst. Henkel übernimmt Quantix. Der Konzern aus Walldorf konkurriert mit Oracle.",
     ("SAP", "competes_with", "Oracle")),
    # German public bodies are parties too
    ("Rheinmetall liefert Munition an die Bundeswehr.", ("Bundeswehr", "customer_of", "Rheinmetall")),
    # a middle initial belongs to the person's name
    ("„Wir wachsen weiter“, sagte Henkel-Chef Carsten K. Knobel in Düsseldorf.",
     ("Carsten K. Knobel", "executive_of", "Henkel")),
    # round 5: a town's adjective before "Start-up" is no part of the name after it
    ("Knorr-Bremse übernimmt das Leipziger Start-up Gleisblick.", ("Knorr-Bremse", "acquires", "Gleisblick")),
    ("Die Signal Iduna kauft das Bremer Startup Kassenfluss.",
     ("Signal Iduna", "acquires", "Kassenfluss")),
    # a unit sold to a buyer, in the present and the perfect, with its noun before the name
    ("Vodafone hat Vantage Towers an KKR verkauft.", ("KKR", "acquires", "Vantage Towers")),
    ("Continental hat seine Sparte Vitesco an Schaeffler veräußert.", ("Schaeffler", "acquires", "Vitesco Technologies")),
    ("Die Lufthansa hatte ihre Cateringtochter Zalvero an Gategroup verkauft.", ("Gategroup", "acquires", "Zalvero")),
    ("Bosch verkauft seine Haushaltssparte Kelvaro an Electrolux.", ("Electrolux", "acquires", "Kelvaro")),
    # rivalry: a hard contest waged, an alternative to a rival, arming against one
    ("DHL liefert sich einen harten Wettbewerb mit Hermes.", ("DHL Group", "competes_with", "Hermes Germany")),
    ("Die Telekom, die sich einen harten Wettbewerb mit Vodafone liefert, baut das Netz aus.",
     ("Deutsche Telekom", "competes_with", "Vodafone")),
    ("Der Bonner Anbieter Ionos positioniert sich als europäische Alternative zu Amazon Web Services.",
     ("Ionos", "competes_with", "Amazon Web Services")),
    ("Der Cloud-Anbieter Wolkenfeld, der sich als Alternative zu Microsoft positioniert, gewinnt Kunden.", ("Wolkenfeld", "competes_with", "Microsoft")),
    ("Zalando rüstet sich gegen Shein und Temu.", ("Zalando", "competes_with", "Temu")),
    # moving one's data into a provider's cloud or a network
    ("Die Commerzbank hat ihre Rechenzentren in die Cloud von Google verlagert.", ("Commerzbank", "customer_of", "Google")),
    ("Die Allianz verlagert große Teile ihrer IT in die Cloud von Microsoft.", ("Allianz", "customer_of", "Microsoft")),
    ("Telefónica zieht mit seinen Kunden ins Netz von Vodafone.", ("Telefónica", "customer_of", "Vodafone")),
    # a titled person after "Dessen"/"Deren" speaks for the company the sentence before was about
    ("Die Allianz setzt auf Microsoft. Die Allianz spart. Kritik kommt vom Hamburger Cloud-Anbieter Wolkenfeld, "
     "der selbst um Versicherer wirbt. Dessen Chef Jan Riedel sagte, der Schritt sei falsch.",
     ("Jan Riedel", "executive_of", "Wolkenfeld")),
    ("Die Telekom baut ihr Netz aus. Die Telekom investiert. Die Firma Netzwerkhaus baut Masten. "
     "Deren Geschäftsführer Ole Sander ist zufrieden.", ("Ole Sander", "executive_of", "Netzwerkhaus")),
    # a Geschäftsführer with no company named heads the small firm just spoken of, not the article's group
    ("Die Allianz baut ihre IT um. Die Allianz setzt auf Microsoft. Der Kölner Dienstleister Tarifwerk verliert "
     "dagegen einen Auftrag. Geschäftsführerin Lena Brück bleibt gelassen.", ("Lena Brück", "executive_of", "Tarifwerk")),
    # a relative clause opened by "mit dem": its subject deals with the name before the comma
    ("Der Chipkonzern Infineon, mit dem Bosch eine Partnerschaft vereinbart hat, wächst.", ("Bosch", "partner_of", "Infineon")),
    ("Der Softwarekonzern SAP, mit dem die Lufthansa einen Cloud-Vertrag unterzeichnet hat, wächst.",
     ("Lufthansa", "customer_of", "SAP")),
    # a passive of leading or founding: the person in the gap leads the company
    ("Die Allianz wird seit 2015 von Oliver Bäte geleitet.", ("Oliver Bäte", "executive_of", "Allianz")),
    ("Das Start-up Kassenfluss, das 2019 von der früheren SAP-Managerin Lena Hoffmann gegründet wurde, wächst.",
     ("Lena Hoffmann", "executive_of", "Kassenfluss")),
    # orders landed and received, sites built for a client
    ("Hensoldt hat einen Auftrag von Airbus an Land gezogen.", ("Airbus", "customer_of", "Hensoldt")),
    ("Airbus hat von der Lufthansa eine Bestellung über 40 Jets erhalten.", ("Lufthansa", "customer_of", "Airbus")),
    ("Der Mastbauer Eckert Netzbau, der für Vodafone bislang 800 Standorte errichtet hat, wächst.",
     ("Vodafone", "customer_of", "Eckert Netzbau")),
    # fending off a takeover names the bidder; cooperating with an adverb between
    ("Die Commerzbank wehrt sich gegen eine Übernahme durch Unicredit.", ("UniCredit", "bids_for", "Commerzbank")),
    ("Bosch kooperiert künftig mit Microsoft.", ("Bosch", "partner_of", "Microsoft")),
    ("BMW kooperiert bei Batterien mit CATL.", ("BMW", "partner_of", "CATL")),
    # customers counted, then named after "darunter"/"etwa"
    ("Scayle zählt rund 100 Händler zu seinen Kunden, darunter Deichmann und Fielmann.", ("Fielmann", "customer_of", "Scayle")),
    ("Die Telekom zählt viele Konzerne zu ihren Kunden, etwa Lidl und Otto.", ("Lidl", "customer_of", "Deutsche Telekom")),
    # the verb after a relative clause is its antecedent's
    ("Der Versicherer Allianz setzt auf Microsoft. Tarifwerk, das von der früheren Axa-Managerin Katrin Vogel gegründet "
     "wurde und von ihr geführt wird, zählt 40 Versicherer zu seinen Kunden, darunter die Signal Iduna.",
     ("Signal Iduna", "customer_of", "Tarifwerk")),
    # a sector compound is an anaphor like the listed descriptions; a cue after a relative clause is its antecedent's
    ("Die Allianz setzt auf Microsoft. Ganz anders entscheidet der Rivale Munich Re. Der Rückversicherer, zu dem auch "
     "die Tochter Ergo gehört, hat seinen Vertrag mit Google Cloud verlängert.", ("Munich Re", "customer_of", "Google Cloud")),
    ("Die Allianz setzt auf Microsoft. Ganz anders entscheidet der Rivale Munich Re. Der Rückversicherer, zu dem auch "
     "die Tochter Ergo gehört, hat seinen Vertrag mit Google Cloud verlängert.", ("ERGO Group", "subsidiary_of", "Munich Re")),
    ("Siemens wächst. Der Softwareriese SAP meldet Zahlen. Der Softwareriese kooperiert mit Nvidia.", ("SAP", "partner_of", "Nvidia")),
    # talks about a joint venture or a cooperation are a (hedged) partnership
    ("Die italienische Generali verhandelt seit Wochen mit der französischen Natixis über ein Gemeinschaftsunternehmen.",
     ("Generali", "partner_of", "Natixis")),
    ("BMW verhandelt mit CATL über eine Kooperation.", ("BMW", "partner_of", "CATL")),
    # leasing, renting, entrusting: the one who pays is the customer
    ("Die Lufthansa least ihre Jets bei Aercap.", ("Lufthansa", "customer_of", "Aercap")),
    ("Die Bahn mietet Rechenzentren bei Equinix.", ("Deutsche Bahn", "customer_of", "Equinix")),
    ("Die Lufthansa hat Amadeus mit dem Betrieb ihrer Buchungssysteme betraut.",
     ("Lufthansa", "customer_of", "Amadeus IT Group")),
    # an inverted passive: the participle first, the buyer after "von"
    ("Übernommen wurde Gleisblick von Knorr-Bremse.", ("Knorr-Bremse", "acquires", "Gleisblick")),
    # a passive coordinated after "und wurde" shares the opening subject
    ("Das Münchner Start-up Prüfwerk, das Testsoftware entwickelt, hat Continental als Kunden gewonnen und wurde "
     "kurz darauf von Bosch übernommen.", ("Bosch", "acquires", "Prüfwerk")),
    # a business brought into a joint venture with a partner; the venture named after "namens" is no party
    ("Die Telekom hatte ihr Glasfasernetz mit dem Finanzinvestor IFM in ein Gemeinschaftsunternehmen namens Netzwerk Nord "
     "eingebracht.", ("Deutsche Telekom", "partner_of", "IFM")),
    ("Bayer bringt sein Saatgutgeschäft mit BASF in ein Gemeinschaftsunternehmen ein.", ("Bayer", "partner_of", "BASF")),
    ("Vodafone legt sein Glasfasernetz mit dem Investor Altice zusammen.", ("Vodafone", "partner_of", "Altice")),
    # mergers: verbs and the noun, fronted too
    ("Linde und Praxair fusionieren.", ("Linde", "acquires", "Praxair")),
    ("Linde hat mit Praxair fusioniert.", ("Linde", "acquires", "Praxair")),
    ("Nach der Fusion mit Sprint ist T-Mobile US der zweitgrößte Anbieter.", ("T-Mobile US", "acquires", "Sprint")),
    # rivalry: lagging behind, being ahead, replacing a rival at the top, sharing a market
    ("Vodafone läuft der Telekom hinterher.", ("Vodafone", "competes_with", "Deutsche Telekom")),
    ("Die Telekom ist Vodafone bei 5G voraus.", ("Deutsche Telekom", "competes_with", "Vodafone")),
    ("Airbus hat Boeing als größten Flugzeugbauer abgelöst.", ("Airbus", "competes_with", "Boeing")),
    ("Airbus und Boeing teilen sich den Markt für Großraumjets.", ("Airbus", "competes_with", "Boeing")),
    # the genitive without apostrophe: "BMWs Partner", "Teslas Rivale"
    ("BMWs Partner Northvolt kämpft mit Problemen.", ("Northvolt", "partner_of", "BMW")),
    ("Teslas Rivale BYD wächst.", ("BYD", "competes_with", "Tesla")),
    ("Amazons Cloud-Tochter AWS wächst.", ("Amazon Web Services", "subsidiary_of", "Amazon")),
    # a client's goods handled: its returns processed, its payments settled
    ("Der Retourenspezialist Retoura, der bisher die Rücksendungen von About You abwickelt, bangt um den Auftrag.",
     ("About You", "customer_of", "Retoura")),
    ("Adyen wickelt die Zahlungen von Zalando ab.", ("Zalando", "customer_of", "Adyen")),
]

ABSENT = [
    ("Hensoldt wird nicht von der Deutschen Bank beraten.", ("Hensoldt", "customer_of", "Deutsche Bank")),
    ("Analysten der Deutschen Bank sehen Hensoldt vorn.", ("Hensoldt", "customer_of", "Deutsche Bank")),

    # round 6: places and deals are no companies
    ("Qarvo geht mit Lumentra kein Risiko ein.", ("Qarvo", "partner_of", "Lumentra")),
    ("Bosch konkurriert mit Valeo bei Bremsen und Lenkungen.", ("Bosch", "competes_with", "Bremsen")),
    ("Bosch wächst. Mit ZF konkurrieren viele Firmen.", ("Bosch", "competes_with", "ZF Friedrichshafen")),
    ("Die Software zur Steuerung der Warenströme liefert SAP.", ("Warenströme", "customer_of", "SAP")),
    # a fronted phrase: the only name after the finite verb is its subject, the fronted name no party
    ("Seit dem Kauf des Spezialisten Qelvo hatte Siemens kaum Firmen gekauft.", ("Qelvo", "acquires", "Siemens")),
    ("Nach dem Einstieg bei Orvexa hat Henkel nur wenige Firmen übernommen.", ("Orvexa", "acquires", "Henkel")),
    ("Henkel lagert die Produktion an Standorte in Polen aus.", ("Henkel", "customer_of", "Standorte")),
    ("Henkel verkauft die Sparte an Unilever.", ("Unilever", "acquires", "Henkel")),
    ("Das Werk gehört der Vergangenheit an.", ("Werk", "subsidiary_of", "Vergangenheit")),
    # "aus Großserie" is mass production, no company
    ("BMW plant den ersten Wasserstoff-BMW aus Großserie. Dafür setzt der Konzern auf Toyota.",
     ("Großserie", "customer_of", "Toyota")),
    # a copula before a noun that is no title says nothing of a post
    ("Karl Huber ist seit Jahren ein Kritiker von Siemens.", ("Karl Huber", "executive_of", "Siemens")),
    # "<Owner>-Netz" is the owner's network, no product named
    ("Im Vodafone-Netz surfen die Kunden schneller.", ("Vodafone-Netz", "product_of", "Vodafone")),
    # an order given is no order received
    ("Die Deutsche Bahn hat Siemens Mobility den Auftrag für neue Züge erteilt.",
     ("Siemens Mobility", "customer_of", "Deutsche Bahn")),
    # a rumour the main clause denies is no bid
    ("Spekulationen, Siemens könne ein Angebot für den Softwareanbieter Brontix vorlegen, wies ein Sprecher zurück.",
     ("Siemens", "bids_for", "Brontix")),
    ("Spekulationen, Zalando sei an dem Onlinehändler Galaxus interessiert, wies ein Sprecher zurück.",
     ("Zalando", "bids_for", "Galaxus")),
    # the object of the verb after an inverse noun's owner is no apposition of it
    ("Die Konzernmutter von Lorimex hat zudem Quantix übernommen.", ("Lorimex", "subsidiary_of", "Quantix")),
    ("Volkswagen baut um. Airbus und der amerikanische Rivale Boeing melden Aufträge.",
     ("Boeing", "competes_with", "Volkswagen Group")),
    # a wish for a new partnership is none yet
    ("Microsoft will eine Partnerschaft mit Nvidia eingehen.", ("Microsoft", "partner_of", "Nvidia")),
    ("Bosch kauft Continental die Sparte Velmar ab.", ("Bosch", "acquires", "Continental AG")),
    # buying shares is a stake, not a takeover
    ("BASF kauft Aktien von Bayer auf.", ("BASF", "acquires", "Bayer")),
    # the owner glued to a compound noun is that name alone, not the list it closes
    ("Kühne+Nagel, das mit DSV und der Deutschen Post-Tochter DHL Global Forwarding um Aufträge ringt, spart.",
     ("DHL Global Forwarding", "subsidiary_of", "DSV")),
    # examples of the clients are no products of the operator
    ("Scayle betreibt die Shopsysteme von Händlern wie Deichmann und Fielmann.", ("Deichmann", "product_of", "Scayle")),
    # the first half of a compound ("Luft- und Seefracht") is no company
    ("Damit entsteht ein großer Anbieter von Luft- und Seefracht, vor dem Rivalen Kühne+Nagel.",
     ("Luft", "competes_with", "Kühne+Nagel")),
    # a capitalised German preposition is no registry company its folding resembles ("Über" is not Uber)
    ("Über den Kaufpreis vereinbarten Siemens und Bosch Stillschweigen.", ("Uber", "partner_of", "Siemens")),
    # a preposition of a verb-final cue makes no name of the noun after it
    ("Für Aufsehen sorgte eine Übernahme: BMW hat den Anbieter Voltara gekauft, an dem der Konzern über seine "
     "Beteiligungsgesellschaft BMW i Ventures beteiligt war.", ("BMW i Ventures", "subsidiary_of", "Aufsehen")),
    # capitalised common nouns by their ending (plural and compound forms): no company
    ('Siemens verkauft seine Mobileye-Anteile an Intel.', ('Mobileye-Anteile', 'product_of', 'Siemens')),
    ('BMW und Audi konkurrieren mit großen Technologiekonzernen.', ('BMW', 'competes_with', 'Technologiekonzernen')),
    ('Aldi Süd baut sein Filialnetz aus. Das Kölner Start-up Ladewerk hat Aldi Süd als Kunden gewonnen. Gründerin Lena Vogt will nun nach Österreich expandieren.',
     ('Lena Vogt', 'executive_of', 'Aldi Süd')),
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
    # direction: the supplier is not the customer
    ("Infineon beliefert Bosch seit Jahren mit Leistungshalbleitern.", ("Infineon", "customer_of", "Bosch")),
    ("Mercedes-Benz bezieht Batteriezellen von CATL.", ("CATL", "customer_of", "Mercedes-Benz Group")),
    # more negations, wishes, talks, hypotheticals, ended
    ("Die Commerzbank ist kein Kunde von Oracle.", ("Commerzbank", "customer_of", "Oracle")),
    ("Die Commerzbank wird nicht von UniCredit übernommen.", ("UniCredit", "acquires", "Commerzbank")),
    ("Die Lufthansa will mit Google zusammenarbeiten.", ("Lufthansa", "partner_of", "Google")),
    ("Mercedes-Benz führt Gespräche über den Kauf von Hella.", ("Mercedes-Benz Group", "acquires", "Hella")),
    ("Wenn Lidl künftig auf Google Cloud setzen würde, wäre das ein Erfolg.", ("Lidl", "customer_of", "Google Cloud")),
    ("Die Deutsche Telekom arbeitet ab sofort nicht mehr mit Huawei zusammen.", ("Deutsche Telekom", "partner_of", "Huawei")),
    # a generic "software of X" is not a product claim about the user
    ("Die Deutsche Bahn setzt auf Software von SAP.", ("Deutsche Bahn", "subsidiary_of", "SAP")),
    pytest.param("Der ehemalige SAP-Chef Bill McDermott leitet heute ServiceNow.", ("Bill McDermott", "executive_of", "SAP")),
    # conditionals, percentage stakes, relative-clause asides
    ("Sollte Lidl mit SAP kooperieren, sinken die Kosten.", ("Lidl", "partner_of", "SAP")),
    ("Siemens erwirbt 20 Prozent an Aleph Alpha.", ("Siemens", "acquires", "Aleph Alpha")),
    ("SAP, das seit Jahren mit Microsoft kooperiert, übernimmt Celonis.", ("Microsoft", "acquires", "Celonis")),
    # denials, stakes, reported rumours that were rejected
    ("Bosch weist Berichte über eine Übernahme von Hella zurück.", ("Bosch", "acquires", "Hella")),
    ("Siemens dementiert, Altair übernehmen zu wollen.", ("Siemens", "acquires", "Altair")),
    ("Rewe ist an Flink beteiligt.", ("Rewe Group", "acquires", "Flink")),
    ("Falls BMW bei Infineon bestellt, steigen die Kosten.", ("BMW", "customer_of", "Infineon")),
    # verb-second: the adverbial's company is not the subject; a modal's infinitive is no verb of its own
    ("Für Bosch übernimmt Siemens das Geschäft mit Hella.", ("Bosch", "acquires", "Hella")),
    ("UniCredit will die Commerzbank übernehmen.", ("UniCredit", "acquires", "Commerzbank")),
    ("Im Mai übernahm Siemens Altair von Nordwind.", ("Altair", "acquires", "Nordwind")),
    # a report the main clause denies
    ("Berichte, wonach Siemens an einer Übernahme von Ansys interessiert sei, wies der Konzern zurück.",
     ("Siemens", "bids_for", "Ansys")),
    ("Gerüchte, wonach BMW den Zulieferer Hella kaufe, dementierte ein Sprecher.", ("BMW", "bids_for", "Hella")),
    ("Bosch und Cariad, die Softwaretochter von Volkswagen, entwickeln gemeinsam Software.",
     ("Bosch", "subsidiary_of", "Volkswagen Group")),
    ("Die Otto-Gruppe, Mutterkonzern von Bonprix, baut mit ihrer Tochter Hermes ein Lager auf.",
     ("Hermes Germany", "subsidiary_of", "Bonprix")),
    ("Infineon vertieft die Zusammenarbeit mit Vitesco, der Antriebssparte von Continental, zu der auch Elektrobit gehört.",
     ("Infineon", "partner_of", "Elektrobit")),
    ("Die Sparte Smart Infrastructure, geleitet von Matthias Rebellius, wächst kräftig.",
     ("Smart Infrastructure", "executive_of", "Matthias Rebellius")),
    ("Wolt, die Tochter von DoorDash, wächst. Der Dienst kooperiert mit Rossmann.", ("DoorDash", "partner_of", "Rossmann")),
    # an adverb opening a sentence before an article is no company
    ("Ausgerechnet die Konzerntochter Lufthansa Technik verliert den Auftrag von Condor.",
     ("Lufthansa Technik", "subsidiary_of", "Ausgerechnet")),
    ("Der Netzbetreiber 1&1 wächst. Die Tochter von United Internet baut ein eigenes Netz auf.",
     ("Netz", "subsidiary_of", "United Internet")),
    # a sector noun after an article describes the registry name after it, it is no unit of it
    ("Der Mobilfunkanbieter 1&1 gehört zu United Internet.", ("Mobilfunkanbieter 1&1", "subsidiary_of", "1&1")),
    # a noun after an adjective is no company
    ("Zalando erwartet Umsätze im zweistelligen Milliardenbereich und kauft Highsnobiety.",
     ("Milliardenbereich", "acquires", "Highsnobiety")),
    ("Lidl kündigt den Vertrag mit SAP.", ("Lidl", "customer_of", "SAP")),
    # a rival noun with no owner: only a list opening the clause is the topic's rivals
    ("Amazon wächst. Analysten sehen Zalando vorn, mit Otto als wichtigster Wettbewerber.",
     ("Otto", "competes_with", "Amazon")),
    # round 5: a unit sold to a buyer is no unit of the buyer
    ("Bayer verkauft seine Tiersparte an Elanco.", ("Elanco", "subsidiary_of", "Bayer")),
    ("Die Lufthansa hatte ihre Cateringtochter Zalvero an Gategroup verkauft.", ("Gategroup", "subsidiary_of", "Lufthansa")),
    # a hard contest named in a relative clause is its antecedent's, not the sentence subject's
    ("DHL Global Forwarding gehört zur DHL Group, die sich seit Jahren einen harten Wettbewerb mit Hermes liefert.",
     ("DHL Global Forwarding", "competes_with", "Hermes Germany")),
    ("Kunden suchen eine Alternative zu Microsoft.", ("Kunden", "competes_with", "Microsoft")),
    ("Die Allianz baut ihre IT um. Die Allianz setzt auf Microsoft. Der Kölner Dienstleister Tarifwerk verliert "
     "dagegen einen Auftrag. Geschäftsführerin Lena Brück bleibt gelassen.", ("Lena Brück", "executive_of", "Allianz")),
    ("Die Allianz setzt auf Microsoft. Die Allianz spart. Kritik kommt vom Hamburger Cloud-Anbieter Wolkenfeld, "
     "der selbst um Versicherer wirbt. Dessen Chef Jan Riedel sagte, der Schritt sei falsch.",
     ("Jan Riedel", "executive_of", "Allianz")),
    ("Der Chipkonzern Infineon, mit dem Bosch keine Partnerschaft vereinbart hat, wächst.", ("Bosch", "partner_of", "Infineon")),
    ("Der Versicherer Allianz setzt auf Microsoft. Tarifwerk, das von der früheren Axa-Managerin Katrin Vogel gegründet "
     "wurde und von ihr geführt wird, zählt 40 Versicherer zu seinen Kunden, darunter die Signal Iduna.",
     ("Signal Iduna", "customer_of", "AXA")),
    # goods built for a client are no product of a registry's
    ("Siemens baut Züge für die Deutsche Bahn.", ("Züge", "product_of", "Siemens")),
    # "an Land gezogen" names no company "Land"
    ("Hensoldt hat einen Auftrag von Airbus an Land gezogen.", ("Airbus", "customer_of", "Land")),
    # a name inside a relative clause is not the subject of the verb after it; an owner named is the only owner
    ("Die Allianz setzt auf Microsoft. Ganz anders entscheidet der Rivale Munich Re. Der Rückversicherer, zu dem auch "
     "die Tochter Ergo gehört, hat seinen Vertrag mit Google Cloud verlängert.", ("ERGO Group", "customer_of", "Google Cloud")),
    ("Die Allianz setzt auf Microsoft. Ganz anders entscheidet der Rivale Munich Re. Der Rückversicherer, zu dem auch "
     "die Tochter Ergo gehört, hat seinen Vertrag mit Google Cloud verlängert.", ("ERGO Group", "subsidiary_of", "Allianz")),
    # ruled out, turned down, talks ended: no relation
    ("Unicredit schließt eine Übernahme der Commerzbank aus.", ("UniCredit", "acquires", "Commerzbank")),
    ("BMW lehnt eine Partnerschaft mit Tesla ab.", ("BMW", "partner_of", "Tesla")),
    ("BMW verhandelt nicht mehr mit CATL über eine Kooperation.", ("BMW", "partner_of", "CATL")),
    ("Das Münchner Start-up Prüfwerk, das Testsoftware entwickelt, hat Continental als Kunden gewonnen und wurde "
     "kurz darauf von Bosch übernommen.", ("Bosch", "acquires", "Continental AG")),
    ("Die Telekom hatte ihr Glasfasernetz mit dem Finanzinvestor IFM in ein Gemeinschaftsunternehmen namens Netzwerk Nord "
     "eingebracht.", ("IFM", "partner_of", "Netzwerk Nord")),
    ("Die Fusion von Linde und Praxair ist gescheitert.", ("Linde", "acquires", "Praxair")),
    ("Linde und Praxair wollen nicht fusionieren.", ("Linde", "acquires", "Praxair")),
    ("Nach der Fusion mit Sprint ist T-Mobile US der zweitgrößte Anbieter.", ("Sprint", "acquires", "T-Mobile US")),
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


@pytest.mark.parametrize("text,word", [
    ("Das Start-up Qelvo baut im Norden Schwedens ein Werk.", "Schwedens"),
    ("Deutschlands Liefermarkt wird zum Dreikampf.", "Deutschlands Liefermarkt"),
    ("Damit entsteht ein Anbieter von Luft- und Seefracht.", "Luft"),
    ("Die Bahn will mit dem Erlös aus dem Schenker-Verkauf Schulden abbauen.", "Schenker-Verkauf Schulden"),
    ("Siemens will mit dem Erlös aus dem Osram-Verkauf investieren.", "Osram-Verkauf"),
    ("Der Lufthansa-Vertrag läuft über zehn Jahre.", "Lufthansa-Vertrag"),
    ("Bosch fertigt Siliziumkarbid-Halbleiter in Reutlingen selbst.", "Siliziumkarbid-"),
    ("Der Vertrag umfasst Chips aus Siliziumkarbid, teilte Bosch mit.", "Siliziumkarbid"),
    ("Mit ZF konkurriert Bosch bei Achsantrieben.", "Achsantrieben"),
    ("Rewe lagert Lebensmittellogistik an DHL aus – Lidl setzt auf eigene Flotte", "Lebensmittellogistik"),
    # a frequent noun, or a compound whose last part is one, however often the text repeats it
    ("Qarvo baut ein Werk in Sachsen. Das Werk liefert ab 2027 an Bosch.", "Werk"),
    ("Die Strategie von Qarvo überzeugt Bosch. Die Strategie gilt bis 2030.", "Strategie"),
    ("Qarvo erneuert die IT-Infrastruktur der Deutschen Bahn.", "IT-Infrastruktur"),
    ("Der Wert des Lumentra-Projekts steigt, sagte Bosch.", "Lumentra-Projekts"),
    ("Bosch bezieht Siliziumkarbid-Module von Qarvo.", "Siliziumkarbid-Module"),
])
def test_no_company_from_common_words(text, word):
    """A place's genitive and the first half of a suspended compound are no company names."""
    ad = analyse_text(text, lang="de")
    names = {n for e in ad.entities.values() for n in (e.name, *e.aliases)}
    assert word not in names


@pytest.mark.parametrize("text,name", [
    ("Telefónica vertreibt seine Tarife unter den Marken O2 und Blau.", "Blau"),  # after a brand word
    ("Die Qarvo-Gruppe kauft Lumentra.", "Qarvo-Gruppe"),  # a group's compound is its name
    ("Die T-Systems-Tochter liefert an Bosch, sagte T-Systems.", "T-Systems"),  # a letter opens a name
])
def test_frequent_word_still_a_name(text, name):
    ad = analyse_text(text, lang="de")
    assert name in {n for e in ad.entities.values() for n in (e.name, *e.aliases)}


def test_middle_initial_joins_person_name():
    ad = analyse_text("„Wir wachsen“, sagte Firmenchef Jens P. Halvorsen in Bremen.", lang="de")
    assert any(e.kind == "person" and e.name == "Jens P. Halvorsen" for e in ad.entities.values())


@pytest.mark.parametrize("text,name", [
    ("Zum neuen Finanzchef wurde Jürgen Albers ernannt.", "Jürgen Albers"),
    ("„Wir investieren weiter“, sagte Torsten Lindner am Montag.", "Torsten Lindner"),
])
def test_given_name_after_verb_in_e(text, name):
    """A verb ending in -e ("wurde", "sagte") before a given name ending in -en is no adjective
    before a noun: the given name stays the person's first word."""
    ad = analyse_text(text, lang="de")
    assert any(e.kind == "person" and e.name == name for e in ad.entities.values())


def test_post_vacated_is_ended():
    """"räumt den Chefposten": the post is left, the tie ended, not asserted."""
    ad = analyse_text("Nora Lindqvist räumt den Chefposten bei Beiersdorf.", lang="de")
    got = {(c.relation, c.object, c.modality) for c in ad.claims if c.relation == "executive_of"}
    assert ("executive_of", "beiersdorf", "asserted") not in got
    assert ("executive_of", "beiersdorf", "ended") in got


# precision on new text: wordings that must not yield the relation of their shape (a denied rumour,
# a title bound to another company, a common noun read as a name)
PRECISION_CASES = [
    ("Siemens hat Berichte dementiert, wonach der Konzern ein Angebot für Alstom abgeben wolle.", [], [("Siemens", "bids_for", "Alstom")]),
    ("Siemens könnte ein Angebot für Alstom abgeben, der Konzern wies das jedoch zurück.", [], [("Siemens", "bids_for", "Alstom")]),
    # a common noun glued to a company's name is no product of it; a trade glued to a kind of company is no name
    ("Die Hensoldt-Aktie stieg um 2,3 Prozent, Rheinmetall-Papiere gaben leicht nach.", [], [("Rheinmetall-Papiere", "product_of", "Rheinmetall")]),
    ("Für die Sprachmodelle, mit denen Bosch-Ingenieure künftig Dokumentation auswerten sollen, greift der Konzern auf Mistral AI zurück.",
     [], [("Bosch-Ingenieure", "product_of", "Bosch")]),
    ("Hensoldt will das Drohnen-Start-up Aerolyt übernehmen.", [("Hensoldt", "bids_for", "Aerolyt")], [("Hensoldt", "bids_for", "Drohnen")]),
    ("Bosch prüft Optionen für seine Sparte Bosch Airtec. Die Airbag-Sparte Bosch Airtec, eine eigenständige Tochter, soll an die Börse gebracht werden.",
     [("Bosch Airtec", "subsidiary_of", "Bosch")], [("Bosch Airtec", "product_of", "Bosch")]),
    # the town a company is from is no company
    ("Das Unternehmen aus Bussnang, das Doppelstockzüge an die ÖBB liefert, hatte kein Angebot abgegeben.", [], [("ÖBB", "customer_of", "Bussnang")]),
    ("Rheinmetall, der Rüstungskonzern hinter dem Panzer Lynx, hat ein Angebot für Hensoldt abgegeben.",
     [], [("Lynx", "bids_for", "Hensoldt")]),
    ("Danone hat einen Liefervertrag mit Edeka unterzeichnet.", [("Edeka", "customer_of", "Danone")], [("Danone", "partner_of", "Edeka")]),
    # a noun counted by a number is no name
    ("Deutsche Bahn bestellt 60 Hochgeschwindigkeitszüge bei Siemens Mobility\n\nSiemens Mobility liefert ab 2029 insgesamt 60 Hochgeschwindigkeitszüge an die Deutsche Bahn.",
     [("Deutsche Bahn", "customer_of", "Siemens Mobility")], [("Hochgeschwindigkeitszüge", "product_of", "Siemens Mobility")]),
]


@pytest.mark.parametrize("text,present,absent", PRECISION_CASES)
def test_precision_sentence(text, present, absent):
    from tests.lang.checks import assert_sentence as check
    check(text, "de", present, absent)



# a model ordered from one supplier is that supplier's, not the buyer's
PRODUCTS = [
    ("Die Lufthansa bestellt bei Airbus zehn Flugzeuge vom Typ A350F.", ("A350F", "product_of", "Airbus")),
]


@pytest.mark.parametrize("text,triple", PRODUCTS)
def test_products(text, triple):
    assert triple in triples(text)


# brand phrases: "mit der Marke X", "unter der Marke X": the subject's brand
BRANDS = [
    ("Lidl punktet im Süßwarenregal mit der Marke Milbona.", ("Milbona", "product_of", "Lidl")),
    ("Aldi Süd wirbt unter der Marke Barissimo um neue Kunden.", ("Barissimo", "product_of", "Aldi Süd")),
]


@pytest.mark.parametrize("text,triple", BRANDS)
def test_brands(text, triple):
    assert triple in triples(text)


# rivals of a possessive with a count ("seinen drei größten Konkurrenten A, B und C"): the owner's rivals
RIVALS = [
    ("Der Anbieter Freenet gewann 300.000 Kunden. Fast alle kamen von seinen drei größten Konkurrenten Telefónica, "
     "Vodafone und 1&1.", ("Vodafone", "competes_with", "Freenet")),
    # taking customers from: a rival
    ("Der Discounter Lidl jagt Aldi Süd Kunden ab.", ("Lidl", "competes_with", "Aldi Süd")),
    ("Edeka kommt auf 25 Prozent Marktanteil, knapp vor Rewe und Aldi Süd.", ("Edeka", "competes_with", "Aldi Süd")),
    ("Lidl misst sich mit Aldi Süd im Preiskampf.", ("Lidl", "competes_with", "Aldi Süd")),
]


@pytest.mark.parametrize("text,triple", RIVALS)
def test_rivals(text, triple):
    assert triple in triples(text)


@pytest.mark.parametrize("text,triple", [
    # "knapp vor" a date is no market ranking
    ("Siemens schloss knapp vor Jahresende einen Vertrag mit Bosch.", ("Siemens", "competes_with", "Bosch")),
])
def test_rivals_absent(text, triple):
    assert triple not in triples(text)



def test_authority_is_named_but_no_party():
    """A regulator that approves a deal is a company of the text, and party to no relation."""
    from frenemy.api import analyse_text

    ad = analyse_text("Nach der Freigabe durch das Bundeskartellamt übernahm Kravenholt den Zulieferer Mirtau.", lang="de")
    assert "bundeskartellamt" in ad.entities
    assert not [c for c in ad.claims if "bundeskartellamt" in (c.subject, c.object)]


def test_discovered_family_member_names_its_owner():
    """"der Porsche Taycan": a product found by its owner's name lists the owner among the entities."""
    from frenemy.knowledge.registry import default_registry
    from frenemy.output import prediction

    ad = analyse_text("Die neue Software läuft auch im Porsche Taycan Turbo, sagte Kravenholt.", lang="de")
    names = {e["name"] for e in prediction(ad, registry=default_registry())["entities"]}
    assert "Porsche" in names



# supply: goods named by their maker, supplier nouns with the goods between, orders won, supply
# contracts and delivery verbs make the buyer the maker's customer (customer_of: buyer -> seller)
SUPPLY = [
    # goods named by their maker after a purchase verb: the maker is not bought
    ('Die Lufthansa kauft Flugzeuge von Airbus.',
     [('Lufthansa', 'customer_of', 'Airbus')], [('Lufthansa', 'acquires', 'Airbus')]),
    # an order won comes from its customer
    ('Siemens gewinnt einen Großauftrag der Deutschen Bahn.',
     [('Deutsche Bahn', 'customer_of', 'Siemens')], [('Siemens', 'customer_of', 'Deutsche Bahn')]),
    ('Siemens erhält einen Auftrag über zwölf Züge von der Deutschen Bahn.',
     [('Deutsche Bahn', 'customer_of', 'Siemens')], []),
    ('Siemens hat einen Auftrag der Deutschen Bahn erhalten.',
     [('Deutsche Bahn', 'customer_of', 'Siemens')], []),
]


@pytest.mark.parametrize("text,present,absent", SUPPLY)
def test_supply(text, present, absent):
    checks.assert_sentence(text, "de", present, absent)


@pytest.mark.parametrize("lang,text,absent,present", [
    # a registry homonym after a possessive (and an adjective) is the common noun, not the company
    ("de", "„Maersk ist unser zweitgrößter Carrier“, sagte Kühne+Nagel-Chef Stefan Paul.",
     ("Carrier Global", "competes_with", "Kuehne+Nagel"), None),
    ("en", "Maersk is our biggest carrier, said Kuehne+Nagel.", ("Carrier Global", "competes_with", "Kuehne+Nagel"), None),
    ("de", "Carrier kauft den Heizungsbauer Viessmann.", None, ("Carrier Global", "acquires", "Viessmann")),
])
def test_possessed_homonym(lang, text, absent, present):
    got = checks.triples(text, lang)
    assert absent is None or absent not in got
    assert present is None or present in got
