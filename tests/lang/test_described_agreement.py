"""A description's qualifiers and young-company head must agree with what the article said of the
company it picks: "il gruppo emiliano" is not the company described as "la fintech milanese", "dem
Start-up" is the one introduced as "das Leipziger Start-up X" (invented texts, several languages)."""

import pytest

from tests.lang import checks

CASES = [
    ("it", "Credem compra la fintech torinese Pagaly. L'istituto emiliano paga 90 milioni per Pagaly. "
           "L'acquisizione porta Credem in concorrenza con Satispay, la fintech milanese che domina il mercato. "
           "Il gruppo emiliano continuerà ad appoggiarsi a Nexi.",
     ("Credem", "customer_of", "Nexi"), ("Satispay", "customer_of", "Nexi")),
    ("de", "Knorr-Bremse übernimmt das Leipziger Start-up Gleisweg. Zu den Kunden von Gleisweg gehören neben "
           "DB Cargo auch die ÖBB. Auch Wabtec hatte ein Angebot für das Start-up abgegeben.",
     ("Wabtec", "bids_for", "Gleisweg"), ("Wabtec", "bids_for", "DB Cargo")),
    ("en", "Corvane bought the Leeds-based start-up Plexito last year. Tesco and Sainsbury are among the "
           "customers of Plexito. Siemens had also bid for the start-up.",
     ("Siemens", "bids_for", "Plexito"), ("Siemens", "bids_for", "Tesco")),
    ("fr", "Danone rachète la start-up lyonnaise Quindel. Carrefour est client de Quindel. "
           "Nestlé avait aussi fait une offre sur la start-up.",
     ("Nestlé", "bids_for", "Quindel"), ("Nestlé", "bids_for", "Carrefour")),
    ("es", "Iberdrola compra la start-up sevillana Solvanta. Repsol es cliente de Solvanta. "
           "Endesa también había pujado por la start-up.",
     ("Endesa", "bids_for", "Solvanta"), ("Endesa", "bids_for", "Repsol")),
    # an apposition's town says which of two start-ups a later description means
    ("fr", "Danone rachète Quindel, une start-up lyonnaise. Vexora, une start-up parisienne, travaille avec "
           "Carrefour. La start-up lyonnaise fournit Auchan.",
     ("Auchan", "customer_of", "Quindel"), ("Auchan", "customer_of", "Carrefour")),
    ("es", "Iberdrola compra Solvanta, una start-up sevillana. Quindel, una start-up madrileña, trabaja con "
           "Repsol. La start-up sevillana suministra a Endesa.",
     ("Endesa", "customer_of", "Solvanta"), ("Endesa", "customer_of", "Repsol")),
    ("nl", "Philips koopt Zorvix, een Eindhovense start-up. Quindel, een Amsterdamse start-up, werkt samen met "
           "KPN. De Eindhovense start-up levert aan Albert Heijn.",
     ("Albert Heijn", "customer_of", "Zorvix"), ("Albert Heijn", "customer_of", "KPN")),
    ("en", "Corvane bought Plexito, a Leeds-based start-up. Quindel, a London-based start-up, works with Tesco. "
           "The Leeds-based start-up supplies Sainsbury.",
     ("Sainsbury's", "customer_of", "Plexito"), ("Sainsbury's", "customer_of", "Quindel")),
    ("de", "Siemens kauft Zorvix, ein Leipziger Start-up. Quindel, ein Berliner Start-up, arbeitet mit SAP "
           "zusammen. Das Leipziger Start-up beliefert die Deutsche Bahn.",
     ("Deutsche Bahn", "customer_of", "Zorvix"), ("Deutsche Bahn", "customer_of", "SAP")),
    # an agreeing description also stands as a verb's object
    ("en", "Corvane bought Plexito, a Leeds-based start-up. Quindel, a London-based start-up, works with Tesco. "
           "Sainsbury buys software from the Leeds-based start-up.",
     ("Sainsbury's", "customer_of", "Plexito"), ("Sainsbury's", "customer_of", "Quindel")),
    ("fr", "Danone rachète Quindel, une start-up lyonnaise. Vexora, une start-up parisienne, travaille avec "
           "Carrefour. Auchan est devenu client de la start-up lyonnaise.",
     ("Auchan", "customer_of", "Quindel"), ("Auchan", "customer_of", "Carrefour")),
    ("it", "Credem compra la fintech torinese Pagaly. L'istituto emiliano paga 90 milioni per Pagaly. Satispay, "
           "la fintech milanese, domina il mercato. Nexi collabora con il gruppo emiliano.",
     ("Nexi", "partner_of", "Credem"), ("Nexi", "partner_of", "Satispay")),
    # a trade's head (not the lexicon's generic_heads) says which company the article described by it
    ("de", "Der Autobauer BMW kauft den Zulieferer Lumentra. Auch Audi verhandelt mit Bosch. Der Zulieferer "
           "beliefert auch Daimler Truck.",
     ("Daimler Truck", "customer_of", "Lumentra"), ("Daimler Truck", "customer_of", "Audi")),
    ("en", "Ford bought the distributor Qorvex last year. Toyota works with Denso. The distributor also supplies "
           "Walmart.",
     ("Walmart", "customer_of", "Qorvex"), ("Walmart", "customer_of", "Toyota Motor")),
    ("it", "Il gruppo Barilla compra il distributore Brivio. Ferrero lavora con Esselunga. Il distributore "
           "rifornisce anche Conad.",
     ("Conad", "customer_of", "Brivio"), ("Conad", "customer_of", "Ferrero")),
    ("en", "Balfour Beatty will buy Rourke, a Leeds-based contractor. Rival Kier also bid for Rourke. Kier works "
           "with Yorkshire Water. The contractor supplies Thames Water.",
     ("Thames Water", "customer_of", "Rourke"), ("Thames Water", "customer_of", "Kier")),
    ("fr", "Le constructeur Renault rachète l'équipementier Quindel. Stellantis discute avec Valeo. "
           "L'équipementier fournit aussi Volvo.",
     ("Volvo Group", "customer_of", "Quindel"), ("Volvo Group", "customer_of", "Stellantis")),
    ("nl", "De autobouwer Volvo koopt de toeleverancier Zorvix. Ook DAF praat met Bosch. De toeleverancier levert "
           "ook aan Scania.",
     ("Scania", "customer_of", "Zorvix"), ("Scania", "customer_of", "Bosch")),
    ("de", "Der Autobauer BMW kauft den Spediteur Lumentra. Auch Audi verhandelt mit Bosch. Der Spediteur "
           "beliefert auch Daimler Truck.",
     ("Daimler Truck", "customer_of", "Lumentra"), ("Daimler Truck", "customer_of", "Bosch")),
    ("es", "Inditex compra el proveedor Solvanta. Mango negocia con Repsol. El proveedor suministra también a "
           "El Corte Inglés.",
     ("El Corte Inglés", "customer_of", "Solvanta"), ("El Corte Inglés", "customer_of", "Repsol")),
    ("it", "Poste Italiane ha comprato lo spedizioniere Brivio. Amazon lavora con Poste Italiane. Lo spedizioniere "
           "serve anche Esselunga.",
     ("Esselunga", "customer_of", "Brivio"), ("Esselunga", "customer_of", "Poste Italiane")),
    # a generic head with a town: the company placed in that town, not the one placed in another
    ("es", "Iberdrola compra Solvanta, la firma barcelonesa de software. Repsol trabaja con Quindel, una compañía "
           "sevillana. La firma barcelonesa suministra a Endesa.",
     ("Endesa", "customer_of", "Solvanta"), ("Endesa", "customer_of", "Repsol")),
    ("fr", "Danone rachète Quindel, le groupe lyonnais. Vexora, une société parisienne, travaille avec Carrefour. "
           "Le groupe lyonnais fournit Auchan.",
     ("Auchan", "customer_of", "Quindel"), ("Auchan", "customer_of", "Carrefour")),
    ("nl", "Philips koopt Zorvix, het Eindhovense bedrijf. Quindel, een Amsterdams bedrijf, werkt samen met KPN. "
           "Het Eindhovense bedrijf levert aan Albert Heijn.",
     ("Albert Heijn", "customer_of", "Zorvix"), ("Albert Heijn", "customer_of", "KPN")),
]


@pytest.mark.parametrize(("lang", "text", "present", "absent"), CASES)
def test_description_agrees(lang, text, present, absent):
    checks.assert_sentence(text, lang, [present], [absent])
