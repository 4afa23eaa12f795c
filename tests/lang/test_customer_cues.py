"""Customer cues: data moved onto a supplier's cloud, systems that run on it, a customer won, a
supplier relied on still, a subcontract; and customers a split cue holds in its gap going on after
an additive ("counts A among its customers, as well as B"), in seven languages."""

import pytest

from tests.lang.checks import assert_sentence

C = "customer_of"

CASES = [
    # moving work onto a supplier's platform or pulling it out of its cloud
    ("en", "Unilever will move its payroll onto Workday.", [("Unilever", C, "Workday")], []),
    ("en", "Brightwave's clients will be moved onto Tidepay's routing software.", [], [("Brightwave", C, "Tidepay")]),
    ("de", "Porsche holt sich Rechenleistung aus der Telekom-Cloud.", [("Porsche", C, "Deutsche Telekom")], []),
    ("de", "ZF verlagert die Entwicklung in die Cloud der Telekom.", [("ZF Friedrichshafen", C, "Deutsche Telekom")], []),
    # systems that run on a supplier's software
    ("fr", "Les systèmes d'Air France tournent sur Microsoft Azure.", [("Air France", C, "Microsoft Azure")], []),
    ("fr", "Les caisses de Carrefour fonctionnent sur le logiciel de Palettis.", [("Carrefour", C, "Palettis")], []),
    # a customer won
    ("de", "T-Systems hatte Schaeffler als Kunden gewonnen.", [("Schaeffler", C, "T-Systems")], []),
    ("de", "T-Systems hat Schaeffler als Kunden für sein Rechenzentrum gewonnen.", [("Schaeffler", C, "T-Systems")], []),
    ("it", "Reply ha conquistato Unipol come cliente.", [("Unipol", C, "Reply")], [("Reply", "acquires", "Unipol")]),
    ("fr", "Palettis a conquis Geodis comme client.", [("Geodis", C, "Palettis")], []),
    ("nl", "Epic Systems, dat vorig jaar het Radboudumc als klant binnenhaalde, groeit snel.",
     [("Radboudumc", C, "Epic Systems")], []),
    ("nl", "Epic Systems heeft het Maasstad als klant binnengehaald.", [("Maasstad", C, "Epic Systems")], []),
    # a supplier still relied on
    ("it", "Credem continuerà ad appoggiarsi a Nexi.", [("Credem", C, "Nexi")], []),
    # a subcontract: its first party works for the other
    ("en", "Ledgerlane has signed a subcontract with Accenture.", [("Accenture", C, "Ledgerlane")], []),
    # customers in a split cue's gap, or after a customer noun, go on past an additive
    ("en", "Ledgerlane counts Nike and Adidas among its customers, as well as the carmaker Renault.",
     [("Nike", C, "Ledgerlane"), ("Renault", C, "Ledgerlane")], []),
    ("fr", "Ledgerlane compte Décathlon parmi ses clients, ainsi que Renault.",
     [("Décathlon", C, "Ledgerlane"), ("Renault", C, "Ledgerlane")], []),
    ("fr", "Ledgerlane compte parmi ses clients Décathlon, ainsi que Renault.",
     [("Décathlon", C, "Ledgerlane"), ("Renault", C, "Ledgerlane")], []),
    ("it", "Ledgerlane annovera Enel e Eni tra i suoi clienti, oltre a Fiat.", [("Fiat", C, "Ledgerlane")], []),
    ("it", "Ledgerlane annovera tra i suoi clienti Enel e Eni, oltre a Fiat.", [("Fiat", C, "Ledgerlane")], []),
    ("nl", "Ledgerlane telt Philips en Heineken tot zijn klanten, evenals Shell.", [("Shell", C, "Ledgerlane")], []),
    ("de", "Ledgerlane zählt BASF und Bayer zu seinen Kunden, ebenso wie Henkel.", [("Henkel", C, "Ledgerlane")], []),
    # an additive that does not end the clause adds no customer
    ("en", "Ledgerlane counts Nike among its customers, as well as Puma does.", [("Nike", C, "Ledgerlane")],
     [("Puma", C, "Ledgerlane")]),
    # work moved onto a supplier's cloud, in every language
    ("en", "Unilever is moving its data into the cloud of Google.", [("Unilever", C, "Google")], []),
    ("fr", "Danone va basculer ses données sur Microsoft Azure.", [("Danone", C, "Microsoft Azure")], []),
    ("it", "Generali trasferisce i suoi dati nel cloud di Google.", [("Generali", C, "Google")], []),
    ("it", "Generali migra i suoi sistemi su Google Cloud.", [("Generali", C, "Google Cloud")], []),
    ("nl", "Ahold verhuist zijn data naar de cloud van Microsoft.", [("Ahold Delhaize", C, "Microsoft")], []),
    ("nl", "Ahold brengt zijn systemen over naar Google Cloud.", [("Ahold Delhaize", C, "Google Cloud")], []),
    ("de", "Porsche verlagert seine Daten zu Microsoft Azure.", [("Porsche", C, "Microsoft Azure")], []),
    ("es", "Indra ha captado a Repsol como cliente.", [("Repsol", C, "Indra")], []),
    ("it", "Reply ha ottenuto Unipol come cliente.", [("Unipol", C, "Reply")], []),
    ("de", "T-Systems konnte Schaeffler als Kunden gewinnen.", [("Schaeffler", C, "T-Systems")], []),
    # a contract awarded: the one who awards it buys
    ("de", "Audi hat seinen Vertrag für die Logistik an Geodis vergeben.", [("Audi", C, "Geodis")], []),
    ("de", "Die Commerzbank hat Kredite an Geodis vergeben.", [], [("Commerzbank", C, "Geodis")]),
    ("en", "Audi awarded Geodis the contract.", [("Audi", C, "Geodis")], []),
    ("en", "Audi handed the contract to Geodis.", [("Audi", C, "Geodis")], []),
    ("es", "Audi adjudicó el contrato de logística a Geodis.", [("Audi", C, "Geodis")], []),
    ("it", "Audi ha assegnato il contratto a Geodis.", [("Audi", C, "Geodis")], []),
    ("it", "Audi ha aggiudicato l'appalto a Geodis.", [("Audi", C, "Geodis")], []),
    # goods supplied for a customer, also for a compound naming it
    ("de", "Heidelberg Materials liefert Zement für Hochtief.", [("Hochtief", C, "Heidelberg Materials")], []),
    ("de", "Heidelberg Materials liefert Zement für Hochtief-Brücken.", [("Hochtief", C, "Heidelberg Materials")], []),
    ("nl", "Ledgerlane levert software voor Philips.", [("Philips", C, "Ledgerlane")], []),
    # a relational noun's members go on past "besides A" with "also B"
    ("de", "Zu den Kunden von Gleisblick gehören neben DB Cargo auch die ÖBB.", [("ÖBB", C, "Gleisblick")], []),
    ("nl", "Tot de klanten van Gleisblick behoren naast DB Cargo ook de ÖBB.", [("ÖBB", C, "Gleisblick")], []),
    ("fr", "Parmi les clients de Gleisblick figurent, outre DB Cargo, aussi les ÖBB.", [("ÖBB", C, "Gleisblick")], []),
    ("it", "Tra i clienti di Gleisblick figurano, oltre a DB Cargo, anche le ÖBB.", [("ÖBB", C, "Gleisblick")], []),
    ("es", "Entre los clientes de Gleisblick figuran, además de DB Cargo, también los ÖBB.",
     [("ÖBB", C, "Gleisblick")], []),
    # work moved into an offering named in quotes: the quoted capitalised words are one name
    ("de", "Porsche verlagert seine Daten in die „Velocity Data Cloud“ der Telekom.",
     [("Porsche", C, "Velocity Data Cloud")], [("Porsche", C, "Velocity")]),
    ("de", "Siemens verlagert die Produktion in die USA.", [], [("Siemens", C, "USA")]),
    ("en", 'Unilever moves its payroll onto the "Velocity Data Cloud" of Telekom.',
     [("Unilever", C, "Velocity Data Cloud")], [("Unilever", C, "Velocity")]),
    # an order closed with a customer: the one closing it supplies
    ("es", "Thyssenkrupp Nucera ha cerrado con Onuba H2 un pedido valorado en 250 millones.",
     [("Onuba H2", C, "Thyssenkrupp Nucera")], []),
    ("fr", "Alstom a conclu avec la SNCF une commande de 30 trains.", [("SNCF", C, "Alstom")], []),
    ("it", "Fincantieri ha chiuso con Viking un ordine per quattro navi.", [("Viking", C, "Fincantieri")], []),
    ("en", "Airbus has closed an order with IndiGo.", [("IndiGo", C, "Airbus")], []),
    # a supplier or its offering replacing an old one: the one replacing buys from the new one
    ("nl", "De banken ING en Rabobank vervangen volgend jaar het vertrouwde iDEAL door Wero.",
     [("ING Group", C, "Wero"), ("Rabobank", C, "Wero")], []),
    ("nl", "iDEAL wordt vervangen door Wero.", [], [("iDEAL", C, "Wero")]),
    ("en", "Lloyds will replace its old systems with Vault Core.", [("Lloyds Banking Group", C, "Vault Core")], []),
    ("en", "Temenos was replaced with Thought Machine at Lloyds.", [], [("Temenos", C, "Thought Machine")]),
    ("de", "Lidl ersetzt SAP durch Oracle.", [("Lidl", C, "Oracle")], []),
    ("de", "SAP wird durch Oracle ersetzt.", [], [("SAP", C, "Oracle")]),
    ("fr", "Carrefour remplace SAP par Oracle.", [("Carrefour", C, "Oracle")], []),
    ("es", "Iberia sustituye a Amadeus por Sabre.", [("Iberia", C, "Sabre Corporation")], []),
    ("it", "Generali sostituisce SAP con Oracle.", [("Generali", C, "Oracle")], []),
    ("vi", "Vietjet thay thế SAP bằng Oracle.", [("Vietjet", C, "Oracle")], []),
    # switching from an old supplier to a new one
    ("en", "Lloyds is switching from Temenos to Thought Machine.", [("Lloyds Banking Group", C, "Thought Machine")],
     [("Temenos", C, "Thought Machine")]),
    ("en", "Brightwave moved from Lisbon to London.", [], [("Brightwave", C, "London")]),
    ("de", "Lidl ist zu Oracle gewechselt.", [("Lidl", C, "Oracle")], []),
    ("de", "Lidl wechselt von SAP zu Oracle.", [], [("SAP", C, "Oracle")]),
    ("es", "Iberia ha cambiado Amadeus por Sabre.", [("Iberia", C, "Sabre Corporation")], []),
    # "whose customer": a date or place after the noun still closes the relative clause
    ("fr", "Palettis, dont Geodis est devenu client l'an dernier, grandit.", [("Geodis", C, "Palettis")], []),
    ("fr", "Palettis, dont Geodis est devenu client en 2024 après un test à Lyon, grandit.",
     [("Geodis", C, "Palettis")], []),
    # systems that run on a supplier's software, in a verb-final relative clause
    ("de", "Die Buchungssysteme von Condor, die auf Software von Sabre laufen, bleiben.",
     [("Condor", C, "Sabre Corporation")], []),
    ("de", "Condor, dessen Systeme auf Software von Sabre laufen, wächst.", [("Condor", C, "Sabre Corporation")], []),
]


@pytest.mark.parametrize("lang,text,present,absent", CASES)
def test_customer_cue(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)


# two names and a comma, closed by a conjunction and a common noun phrase, are one list
LISTS = [
    ("en", "Customers of Ledgerlane include MoMo, Vietjet and many Japanese firms."),
    ("fr", "Les clients de Ledgerlane sont MoMo, Vietjet et de nombreuses entreprises japonaises."),
    ("vi", "Khách hàng của Ledgerlane gồm MoMo, Vietjet và nhiều doanh nghiệp Nhật Bản."),
    ("de", "Zu den Kunden von Ledgerlane gehören MoMo, Vietjet und viele Mittelständler."),
    ("es", "Entre los clientes de Ledgerlane figuran MoMo, Vietjet y muchas pymes."),
    ("it", "Tra i clienti di Ledgerlane figurano MoMo, Vietjet e molte piccole imprese."),
    ("nl", "Klanten van Ledgerlane zijn MoMo, Vietjet en veel kleine bedrijven."),
]


@pytest.mark.parametrize("lang,text", LISTS)
def test_list_closed_by_common_noun(lang, text):
    assert_sentence(text, lang, [("MoMo", C, "Ledgerlane"), ("Vietjet", C, "Ledgerlane")], [])


@pytest.mark.parametrize("lang,text", [
    # services done for a client: the client buys them
    ("en", "Kestrix reinsures Zorvane."),
    ("en", "Kestrix maintains the fleet of Zorvane."),
    ("fr", "Kestrix assure la maintenance de la flotte de Zorvane."),
    ("de", "Kestrix übernimmt die Wartung der Flotte von Zorvane."),
    ("it", "Kestrix si occupa della manutenzione della flotta di Zorvane."),
    ("es", "Kestrix se encarga del mantenimiento de la flota de Zorvane."),
    ("nl", "Kestrix verzorgt het onderhoud van de vloot van Zorvane."),
    ("vi", "Kestrix bảo dưỡng máy bay cho Zorvane."),
])
def test_a_service_done_for_a_client(lang, text):
    assert_sentence(text, lang, [("Zorvane", "customer_of", "Kestrix")], [])


def test_keeping_ties_is_no_service():
    assert_sentence("Kestrix maintains close ties with Zorvane.", "en", [], [("Zorvane", "customer_of", "Kestrix")])


@pytest.mark.parametrize("lang,text", [
    # one of a supplier's customers
    ("fr", "La banque Zorvane fait partie des clients de Kestrix Systems."),
    ("en", "Zorvane Bank is among the customers of Kestrix Systems."),
    ("en", "Zorvane Bank is among Kestrix's biggest customers."),
])
def test_among_the_customers(lang, text):
    client = "Zorvane Bank" if lang == "en" else "Zorvane"
    supplier = "Kestrix" if "Kestrix's" in text else "Kestrix Systems"
    assert_sentence(text, lang, [(client, "customer_of", supplier)], [])
