"""Contenders for a deal another company won (contests.py): a loser of an order competes with the
supplier that won it, a loser of a takeover bid for the target; the deal is the sentence's own or
the headline's. And a rivalry phrase opening a sentence after a preposition ("Im Konkurrenzkampf
mit X") speaks of the company the sentence before was about."""

import pytest

from tests.lang.checks import assert_sentence

R, B = "competes_with", "bids_for"

CASES = [
    # the loser of an order or a contract competes with the supplier that won it
    ("de", "Die Stadtwerke Ulm bestellen Busse bei Daimler Truck – MAN geht leer aus.",
     [("MAN Truck & Bus", R, "Daimler Truck")], []),
    ("nl", "NS bestelt treinen bij Alstom, Siemens grijpt naast de order.", [("Siemens", R, "Alstom")], []),
    ("en", "Carrefour signed a logistics contract with Geodis, while Kuehne+Nagel missed out.",
     [("Kuehne+Nagel", R, "Geodis")], []),
    ("fr", "Renault signe un contrat avec Capgemini, Sopra Steria reste sur le carreau.",
     [("Sopra Steria", R, "Capgemini")], []),
    ("es", "Iberia elige a Indra como proveedor, mientras que Accenture se queda fuera.",
     [("Accenture", R, "Indra")], []),
    ("it", "Trenitalia compra treni da Alstom, Hitachi Rail resta a bocca asciutta.",
     [("Hitachi Rail", R, "Alstom")], []),
    ("vi", "Vietjet mua 50 máy bay của Airbus, Boeing ra về tay trắng.", [("Boeing", R, "Airbus")], []),
    # the loser of a takeover bid for the target; a beaten contender named after the phrase
    ("nl", "Heineken neemt de brouwer Brand over, Carlsberg grijpt mis.", [("Carlsberg", B, "Brand")], []),
    ("it", "Mediobanca compra la fintech Tinaba, battuta la concorrenza di Banca Ifis.",
     [("Banca Ifis", B, "Tinaba")], []),
    # a later sentence's contender speaks of the headline's deal
    ("en", "Lufthansa signs cloud contract with Deutsche Telekom\n\nThe deal runs for seven years. "
           "Amazon Web Services had also bid for the contract, people said.",
     [("Amazon Web Services", R, "Deutsche Telekom")], []),
    # no deal in the sentence or the headline: no contender
    ("de", "Die Bahn spart. Alstom geht leer aus.", [], [("Alstom", R, "Deutsche Bahn")]),
    # a beaten contender of another sentence's deal is not read
    ("fr", "Renault signe un contrat avec Capgemini\n\nAtos croît au détriment de Sopra Steria.", [],
     [("Sopra Steria", R, "Capgemini")]),
    # a rivalry phrase opening the sentence after a preposition
    ("de", "Für Lufthansa zählt Pünktlichkeit. Im Konkurrenzkampf mit Billigfliegern wie Ryanair und Wizz Air "
           "ist jede Minute Geld wert.", [("Lufthansa", R, "Ryanair"), ("Lufthansa", R, "Wizz Air")], []),
]


@pytest.mark.parametrize("lang,text,present,absent", CASES)
def test_contenders(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)


WON_LOST = [
    # a winner and a loser named around one verb
    ("en", "Siemens Energy lost out to GE Vernova in the tender.", [("Siemens Energy", R, "GE Vernova")], []),
    ("en", "Siemens lost the Amtrak contract to Alstom.", [("Siemens", R, "Alstom")], []),
    ("en", "Boeing lost a contract with Ryanair to Airbus.", [],
     [("Boeing", "partner_of", "Ryanair"), ("Ryanair", "customer_of", "Boeing")]),
    ("nl", "PostNL verliest Zalando als klant aan DHL.", [("PostNL", R, "DHL Group")], []),
    ("nl", "Albert Heijn, dat terrein verloor aan Lidl, verlaagt de prijzen.", [("Albert Heijn", R, "Lidl")], []),
    ("nl", "Arriva legde het af tegen Keolis.", [("Arriva", R, "Keolis")], []),
    ("de", "Alstom unterlag Siemens Mobility bei der Ausschreibung.", [("Alstom", R, "Siemens Mobility")], []),
    ("fr", "Thales l'a emporté sur Safran pour ce contrat.", [("Thales", R, "Safran")], []),
    ("es", "Indra venció a Accenture en el concurso.", [("Indra", R, "Accenture")], []),
    ("it", "Leonardo ha battuto Thales nella gara.", [("Leonardo", R, "Thales")], []),
    ("vi", "Viettel đánh bại VNPT trong gói thầu.", [("Viettel", R, "VNPT")], []),
    # bidders fighting for one target
    ("nl", "Mediahuis en DPG Media strijden om Corelio.", [("Mediahuis", B, "Corelio"), ("DPG Media", B, "Corelio")], []),
    # a rivalry verb whose object is a description of the article's company
    ("de", "DHL wächst. Auch Kühne + Nagel ringt mit dem Konzern um Aufträge aus dem Handel.",
     [("Kuehne+Nagel", R, "DHL Group")], []),
    # a noun's member after a copula, with its origin after it
    ("nl", "De grootste concurrent van ChipSoft is Epic Systems uit Wisconsin, dat snel groeit.",
     [("ChipSoft", R, "Epic Systems")], []),
    ("de", "Der größte Konkurrent von Picnic ist Flink aus Berlin.", [("Picnic", R, "Flink")], []),
    # "verliert an Gewicht" loses weight: no rival
    ("de", "Volkswagen setzt auf Rivian – Cariad verliert an Bedeutung.", [], [("Cariad", R, "Bedeutung")]),
]


@pytest.mark.parametrize("lang,text,present,absent", WON_LOST)
def test_won_and_lost(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)


OTHER_BIDDERS = [
    # a bid naming no target is for the company last bought or bid for
    ("en", "CMA CGM is buying Geodis. KKR had also made an offer.", [("KKR", B, "Geodis")], []),
    ("fr", "CMA CGM rachète Geodis. Le fonds KKR avait lui aussi déposé une offre non engageante au printemps.",
     [("KKR", B, "Geodis")], []),
    ("es", "Iberdrola compra Solaria. Endesa también había presentado una oferta.", [("Endesa", B, "Solaria")], []),
    ("it", "TeamSystem compra Sistemi Alpini. Wolters Kluwer, che aveva presentato un'offerta, si è sfilata.",
     [("Wolters Kluwer", B, "Sistemi Alpini")], []),
    ("de", "Knorr-Bremse übernimmt Gleisblick. Auch Wabtec hatte ein Angebot abgegeben.", [("Wabtec", B, "Gleisblick")], []),
    ("nl", "Heineken neemt Brand over. Carlsberg had ook een bod uitgebracht.", [("Carlsberg", B, "Brand")], []),
    ("vi", "Masan mua lại Vinasoy. Vinamilk cũng đã đưa ra lời đề nghị.", [("Vinamilk", B, "Vinasoy")], []),
    # a target named after the bid keeps its own cue
    ("es", "Iberdrola compra Solaria. Endesa presentó una oferta por Renovalia.", [("Endesa", B, "Renovalia")],
     [("Endesa", B, "Solaria")]),
    # a bid for a thing the preposition names is no bid for the last target
    ("it", "Credem compra Pagaly. Banca Ifis valuta un'offerta per alcuni portafogli di crediti.", [],
     [("Banca Ifis", B, "Pagaly")]),
    # a description read as the buyer stands for the target in a rival's bid
    ("de", "Knorr-Bremse übernimmt Gleisblick. Auch Wabtec hatte Interesse an dem Start-up gezeigt.",
     [("Wabtec", B, "Gleisblick")], [("Wabtec", B, "Knorr-Bremse")]),
    ("nl", "Nordic Capital neemt ChipSoft over. Ook de investeerder Thoma Bravo heeft interesse getoond in het bedrijf.",
     [("Thoma Bravo", B, "ChipSoft")], [("Thoma Bravo", B, "Nordic Capital")]),
]


@pytest.mark.parametrize("lang,text,present,absent", OTHER_BIDDERS)
def test_other_bidders(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)


HEADLINES_AND_COLLECTIVES = [
    # "X vs Y" headlines
    ("en", "Netflix vs Disney: the streaming war heats up", [("Netflix", R, "The Walt Disney Company")], []),
    ("de", "Zalando vs. Shein: Wer gewinnt den Modehandel?", [("Zalando", R, "Shein")], []),
    ("fr", "Carrefour versus Leclerc : la bataille des prix", [("Carrefour", R, "E.Leclerc")], []),
    ("vi", "Vinamilk vs TH True Milk: cuộc đua sữa hạt", [("Vinamilk", R, "TH Group")], []),
    # "in de VS" is the United States, no "versus"
    ("nl", "Picnic opent in de VS een magazijn met Flink.", [], [("Picnic", R, "Flink")]),
    # a collective after a rivalry cue's "with": the companies named before but the clause's subject
    ("es", "Repsol, el gran rival de Moeve, invierte en hidrógeno, mientras que Iberdrola compite con ambas "
           "petroleras por los fondos.", [("Iberdrola", R, "Repsol"), ("Iberdrola", R, "Moeve")], []),
    ("it", "Marcolin e Safilo vendono occhiali negli Stati Uniti, dove i due gruppi si sono a lungo contesi le licenze.",
     [("Marcolin", R, "Safilo")], []),
]


@pytest.mark.parametrize("lang,text,present,absent", HEADLINES_AND_COLLECTIVES)
def test_headlines_and_collectives(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)


ENERGY_BOUGHT = [
    # power bought from a producer is goods, not the producer: its customer, and the loser its rival
    ("nl", "Jumbo koopt tien jaar windstroom van Eneco, Vattenfall grijpt naast het contract.",
     [("Jumbo", "customer_of", "Eneco"), ("Vattenfall", R, "Eneco")], [("Jumbo", "acquires", "Eneco")]),
    ("de", "Die Bahn kauft zehn Jahre Ökostrom von RWE, EnBW geht leer aus.",
     [("Deutsche Bahn", "customer_of", "RWE"), ("EnBW", R, "RWE")], []),
    ("en", "Amazon buys wind power from Orsted.", [("Amazon", "customer_of", "Ørsted")], []),
    ("it", "Esselunga compra elettricità da Enel per dieci anni.", [("Esselunga", "customer_of", "Enel")], []),
]


@pytest.mark.parametrize("lang,text,present,absent", ENERGY_BOUGHT)
def test_energy_bought(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)
