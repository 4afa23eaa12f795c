"""Rivalry constructions: verbs of resisting, confronting and prevailing over a rival, a subject
past a dashed or prepositional-relative aside, a fronted "face à X" past a relative, a
possessive rival noun coordinated with a second description, and a counted pair ("hai hãng")
that competes. Invented texts, seven languages."""

import pytest

from tests.lang.checks import assert_sentence

R = "competes_with"

CASES = [
    # verbs of confronting, resisting or prevailing over a rival
    ("en", "Tesco is also up against Aldi in the capital.", [("Tesco", R, "Aldi Süd")], []),
    ("en", "Tesco has managed to hold off Aldi in London.", [("Tesco", R, "Aldi Süd")], []),
    ("en", "Siemens Energy beat GE Vernova to the turbine order.", [("Siemens Energy", R, "GE Vernova")], []),
    ("fr", "Carrefour muscle sa marque propre pour résister à Leclerc et à Lidl.",
     [("Carrefour", R, "E.Leclerc"), ("Carrefour", R, "Lidl")], []),
    ("it", "Esselunga taglia i prezzi per resistere a Lidl.", [("Esselunga", R, "Lidl")], []),
    ("it", "Leonardo si scontra ogni giorno con Thales nel mercato della difesa.", [("Leonardo", R, "Thales")], []),
    ("it", "Chiesi si confronta anche con GSK nei farmaci respiratori.", [("Chiesi Farmaceutici", R, "GSK")], []),
    ("de", "Stada tritt damit in direkten Wettbewerb zu Sandoz.", [("Stada", R, "Sandoz")], []),
    ("de", "Siemens Energy setzte sich gegen GE Vernova durch.", [("Siemens Energy", R, "GE Vernova")], []),
    ("nl", "Jumbo moet op dat terrein opboksen tegen Picnic.", [("Jumbo", R, "Picnic")], []),
    ("nl", "De overname zet KPN direct tegenover Odido.", [("KPN", R, "Odido")], []),
    ("es", "Accenture y Capgemini se disputan con Indra los grandes contratos de la banca.",
     [("Accenture", R, "Indra"), ("Capgemini", R, "Indra")], [("Accenture", R, "Capgemini")]),
    ("vi", "Vinamilk phải đương đầu với TH True Milk.", [("Vinamilk", R, "TH Group")], []),
    # a subject past a dashed aside or a prepositional relative
    ("vi", "Cùng lúc, Thaco Auto – đơn vị phân phối xe Kia và Mazda – cạnh tranh trực tiếp với VinFast.",
     [("Thaco Auto", R, "VinFast")], [("Kia", R, "VinFast"), ("Mazda", R, "VinFast")]),
    ("en", "Ocado – the online grocer partly owned by Marks & Spencer – competes with Tesco.",
     [("Ocado", R, "Tesco")], [("Marks & Spencer", R, "Tesco")]),
    ("en", "Epic Games, in which Tencent holds a stake, competes with Electronic Arts.",
     [("Epic Games", R, "Electronic Arts")], [("Tencent", R, "Electronic Arts")]),
    ("it", "Nexi, nella quale Intesa Sanpaolo detiene una quota, compete con Worldline.",
     [("Nexi", R, "Worldline")], [("Intesa Sanpaolo", R, "Worldline")]),
    ("fr", "Ubisoft, dans lequel Tencent détient une participation, concurrence Electronic Arts.",
     [("Ubisoft", R, "Electronic Arts")], [("Tencent", R, "Electronic Arts")]),
    # a relative of "with" is no aside: it names the other side
    ("fr", "Le bâtiment sera construit par Prologis, avec lequel Geodis a noué un partenariat pour ses entrepôts.",
     [("Geodis", "partner_of", "Prologis")], []),
    # a single dash joins two clauses: the name before it is no aside's
    ("en", "Lufthansa orders jets from Airbus – and Boeing competes with Embraer for the rest.",
     [("Boeing", R, "Embraer")], []),
    # a fronted "face à" list, then a relative, then the subject
    ("fr", "Face à Tesla, qui domine le marché, Renault accélère.", [("Renault", R, "Tesla")], []),
    ("es", "Frente a Mercadona y Carrefour, que dominan el mercado, Lidl apuesta por los precios bajos.",
     [("Lidl", R, "Mercadona"), ("Lidl", R, "Carrefour")], [("Mercadona", R, "Carrefour")]),
    # a possessive rival noun and a second description joined by "and"
    ("en", "Shares of Novo Nordisk, Lilly's arch-rival and the maker of Wegovy, fell.",
     [("Novo Nordisk", R, "Eli Lilly")], [("Eli Lilly", R, "Wegovy")]),
    # a counted pair that competes, in Vietnamese (no plural on the noun)
    ("vi", "FPT hợp tác với Naver Cloud, dù hai hãng cũng cạnh tranh trong mảng đám mây.",
     [("FPT", R, "Naver Cloud")], []),
    ("vi", "FPT Telecom thuê cáp quang của Viettel, dù hai nhà mạng giành giật nhau từng thuê bao.",
     [("FPT Telecom", R, "Viettel")], []),
    # a plural rival noun after "its" and its adjectives, the names after its comma: the owner's rivals
    ("en", "HCA Healthcare has centralised its purchasing. Its main listed rivals, Tenet Healthcare and "
           "Community Health Systems, have been slower.",
     [("Tenet Healthcare", R, "HCA Healthcare"), ("Community Health Systems", R, "HCA Healthcare")],
     [("Tenet Healthcare", R, "Community Health Systems")]),
    ("de", "BMW hat ein neues Modell vorgestellt. Seine größten Konkurrenten, Mercedes-Benz und Audi, arbeiten "
           "an ähnlichen Modellen.",
     [("Mercedes-Benz Group", R, "BMW"), ("Audi", R, "BMW")], [("Mercedes-Benz Group", R, "Audi")]),
    # a rival title after the preposition of a clause with its own subject is that subject's rival
    ("nl", "Eneco bouwt een nieuw windpark. Vestas wint de order ten koste van aartsrivaal Siemens Gamesa.",
     [("Vestas", R, "Siemens Gamesa")], [("Eneco", R, "Siemens Gamesa")]),
    ("nl", "Heijmans bouwt de brug. Het cement komt van Heidelberg Materials, dat de opdracht binnenhaalde "
           "ten koste van concurrent Holcim.",
     [("Heidelberg Materials", R, "Holcim")], [("Heijmans", R, "Holcim")]),
    # "other rivals are A and B": the article's company's rivals, not each other's
    ("en", "Aixtron is growing fast in Europe. Other rivals in the segment are Veeco and Applied Materials.",
     [("Veeco", R, "Aixtron"), ("Applied Materials", R, "Aixtron")], [("Veeco", R, "Applied Materials")]),
    ("de", "Infineon baut in Dresden. Weitere Rivalen im SiC-Geschäft sind STMicroelectronics und Onsemi.",
     [("STMicroelectronics", R, "Infineon"), ("ON Semiconductor", R, "Infineon")],
     [("STMicroelectronics", R, "ON Semiconductor")]),
    ("fr", "Soitec investit dans une nouvelle usine. D'autres concurrents comme Shin-Etsu et Sumco dominent le marché.",
     [("Shin-Etsu Chemical", R, "Soitec"), ("Sumco", R, "Soitec")], [("Shin-Etsu Chemical", R, "Sumco")]),
    ("it", "Pirelli investe in Messico. Altri concorrenti come Michelin e Bridgestone puntano sugli pneumatici "
           "elettrici.",
     [("Michelin", R, "Pirelli"), ("Bridgestone", R, "Pirelli")], [("Michelin", R, "Bridgestone")]),
    # "our" in a quotation is the speaker's company, past the noun's adjectives
    ("en", '"Maersk is our toughest new competitor," Kuehne+Nagel chief executive Stefan Paul told analysts.',
     [("Maersk", R, "Kuehne+Nagel")], []),
    ("de", "„Maersk ist unser härtester neuer Wettbewerber\", sagte Kühne+Nagel-Chef Stefan Paul.",
     [("Maersk", R, "Kuehne+Nagel")], []),
    ("it", "«Nexi è il nostro principale concorrente», ha detto l'amministratore delegato di Satispay, "
           "Alberto Dalmasso.", [("Nexi", R, "Satispay")], []),
    ("es", '"Mercadona es nuestro gran rival", dijo el consejero delegado de Dia, Martín Tolcachir.',
     [("Mercadona", R, "DIA")], []),
    ("vi", '"Chúng tôi cạnh tranh với Gemadept", bà Trần Thu Hà, Giám đốc điều hành Vinamilk, chia sẻ.',
     [("Vinamilk", R, "Gemadept")], []),
    # "the main rivals of P, A and B, ...": the list apposed to the noun, closed by its comma
    ("fr", "Les principaux concurrents de STMicroelectronics, Infineon et onsemi, ont réduit leurs prévisions.",
     [("Infineon", R, "STMicroelectronics"), ("ON Semiconductor", R, "STMicroelectronics")],
     [("Infineon", R, "ON Semiconductor")]),
    ("it", "I principali concorrenti di STMicroelectronics nei semiconduttori di potenza, la tedesca Infineon e "
           "l'americana onsemi, hanno tagliato le stime.",
     [("Infineon", R, "STMicroelectronics"), ("ON Semiconductor", R, "STMicroelectronics")], []),
    ("es", "Los principales competidores de Telefónica, Vodafone y Orange, han bajado sus precios.",
     [("Vodafone", R, "Telefónica"), ("Orange", R, "Telefónica")], [("Vodafone", R, "Orange")]),
    ("de", "Die wichtigsten Konkurrenten von Infineon, STMicroelectronics und Onsemi, senkten ihre Prognosen.",
     [("STMicroelectronics", R, "Infineon"), ("ON Semiconductor", R, "Infineon")], []),
    # with no closing comma the list is the possessor's
    ("en", "Nexi is a rival of Worldline, Adyen and Stripe.",
     [("Nexi", R, "Worldline"), ("Nexi", R, "Adyen"), ("Nexi", R, "Stripe")], [("Adyen", R, "Worldline")]),
    # "faces" takes its rival right after it; "ahead of" after a copula ranks rivals
    ("en", "Netflix faces Disney, Amazon and Apple in streaming.",
     [("Netflix", R, "The Walt Disney Company"), ("Netflix", R, "Amazon"), ("Netflix", R, "Apple")], []),
    ("en", "Apple faces a lawsuit from Epic Games.", [], [("Apple", R, "Epic Games")]),
    ("en", "Tesla is ahead of BYD in Europe.", [("Tesla", R, "BYD")], []),
    ("es", "Iberia y Air Europa pugnan por los clientes corporativos.", [("Iberia", R, "Air Europa")], []),
    # a rival noun after "its" names no pair of rivals: "l'un de ses concurrents" is the subject's
    ("fr", "STMicroelectronics fabrique des capteurs pour Apple et pour Bosch, qui est aussi l'un de ses "
           "concurrents historiques.", [("Bosch", R, "STMicroelectronics")], [("Apple", R, "Bosch")]),
    # moving into a rival's territory
    ("en", "Uber is moving into Deliveroo's territory with its new service.", [("Uber", R, "Deliveroo")], []),
    ("es", "Mercadona entra en el terreno de Amazon con su nueva web.", [("Mercadona", R, "Amazon")], []),
    ("it", "Esselunga invade il campo di Amazon con la consegna rapida.", [("Esselunga", R, "Amazon")], []),
    # "A and B, the two main competitors,": counted, the rivals of the article's company
    ("it", "Pirelli ha presentato un nuovo pneumatico. Michelin e Bridgestone, i due principali concorrenti, "
           "stanno sviluppando soluzioni simili.",
     [("Michelin", R, "Pirelli"), ("Bridgestone", R, "Pirelli")], [("Michelin", R, "Bridgestone")]),
    ("fr", "Renault a présenté une voiture. Stellantis et Volkswagen, les deux principaux concurrents, "
           "préparent des modèles.",
     [("Stellantis", R, "Renault"), ("Volkswagen Group", R, "Renault")], [("Stellantis", R, "Volkswagen Group")]),
    # not counted: each other's rivals
    ("en", "Pirelli unveiled a new tyre. Michelin and Bridgestone, long-time rivals, are developing similar "
           "products.", [("Michelin", R, "Bridgestone")], [("Michelin", R, "Pirelli")]),
    # a plural verb after "which" speaks of the whole list before it
    ("en", "Aldi and Lidl, which have both taken market share from Tesco, said they will not sell data.",
     [("Aldi Süd", R, "Tesco"), ("Lidl", R, "Tesco")], [("Aldi Süd", R, "Lidl")]),
    # a rival's genitive noun joined by "and" to a first description in the apposition
    ("en", "Ryanair, the low-cost leader and easyJet's most direct rival, has cut fares.",
     [("Ryanair", R, "easyJet")], []),
    # more verbs and nouns of rivalry
    ("it", "Con l'operazione Plenitude si troverà a competere più direttamente, nel Sud, con Enel Green Power.",
     [("Plenitude", R, "Enel Green Power")], []),
    ("de", "DSV ist damit zum größten Wettbewerber von DHL im Speditionsgeschäft aufgestiegen.",
     [("DSV", R, "DHL Group")], []),
    ("fr", "Sanofi mise sur une pilule pour rattraper Novo Nordisk et Lilly.",
     [("Sanofi", R, "Novo Nordisk"), ("Sanofi", R, "Eli Lilly")], []),
    ("vi", "Sun PhuQuoc Airways sẽ tăng chuyến, trực tiếp đối đầu với Vietnam Airlines và Vietjet.",
     [("Sun PhuQuoc Airways", R, "Vietnam Airlines"), ("Sun PhuQuoc Airways", R, "Vietjet")], []),
    # companies bidding for the same order or contract are rivals; bidding for a company is a bid
    ("en", "Airbus, Boeing and Embraer are bidding for the contract.",
     [("Airbus", R, "Boeing"), ("Airbus", R, "Embraer"), ("Boeing", R, "Embraer")], []),
    ("de", "Alstom und Siemens Mobility bewerben sich um den Auftrag der Deutschen Bahn.",
     [("Alstom", R, "Siemens Mobility")], [("Alstom", "bids_for", "Deutsche Bahn")]),
    ("it", "Leonardo e Thales sono in corsa per la commessa.", [("Leonardo", R, "Thales")], []),
    ("nl", "Alstom en Siemens Mobility dingen mee naar de order.", [("Alstom", R, "Siemens Mobility")], []),
    ("en", "KKR and Blackstone are bidding for Telecom Italia.",
     [("KKR", "bids_for", "Telecom Italia")], [("KKR", R, "Blackstone")]),
    # a participle among the genitive noun's modifiers
    ("en", "Take-Two Interactive and Ubisoft are regarded as EA's closest listed rivals.",
     [("Take-Two Interactive", R, "Electronic Arts"), ("Ubisoft", R, "Electronic Arts")], []),
    # a counted pair after a prepositional relative: the two named before
    ("it", "Marcolin ha avviato una collaborazione con Safilo negli Stati Uniti, un mercato in cui i due gruppi "
           "si sono a lungo contesi le stesse licenze.", [("Marcolin", R, "Safilo")], []),
    ("es", "Repsol firmó un acuerdo con Moeve, un mercado en el que las dos compañías compiten desde hace años.",
     [("Repsol", R, "Moeve")], []),
]


@pytest.mark.parametrize(("lang", "text", "present", "absent"), CASES)
def test_rivalry_constructions(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)
