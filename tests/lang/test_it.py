"""Italian lexicon: invented business-news sentences, one mechanism each.

`present` triples must be claimed with confidence >= 0.5 (the default cut-off); a 4-tuple
(subject, relation, object, modality) must be claimed with that modality at any confidence;
`absent` triples must not be claimed at all.
"""

from __future__ import annotations

import pytest

from tests.lang import checks
from tests.lang.checks import assert_claims

LANG = "it"


AWS = "Amazon Web Services"
TIM = "Telecom Italia"
ISP = "Intesa Sanpaolo"

CASES = [
    # a sector agent noun before the name says the company's trade
    ("Lo spedizioniere DHL lavora per Barilla.", [("DHL Group", "operates_in", "logistics")], []),
    ("Il gruppo lattiero-caseario Granarolo firma con Coop.", [("Granarolo", "operates_in", "dairy")], []),
    # a person's employer named by its trade is placed, not presented by it
    ("«Il lusso cresce», commenta Marta Rinaldi, partner della società di consulenza Bain & Company.",
     [("Marta Rinaldi", "executive_of", "Bain & Company")], [("Bain & Company", "operates_in", "consulting")]),

    # advisor e banche finanziatrici: il cliente è loro cliente
    ("Nell'operazione Unipol è stata assistita da Mediobanca, mentre Generali si è affidata agli advisor di Lazard.",
     [("Unipol", "customer_of", "Mediobanca"), ("Generali", "customer_of", "Lazard")], [("Unipol", "customer_of", "Lazard")]),
    ("Granarolo ha ottenuto un finanziamento da 100 milioni da Intesa Sanpaolo.",
     [("Granarolo", "customer_of", "Intesa Sanpaolo")], []),
    ("Unipol non è assistita da Mediobanca.", [], [("Unipol", "customer_of", "Mediobanca")]),
    # "tra A e B" after a merger or partnership noun names both sides (between_words)
    ("La fusione tra Banca Orvieto e Credito Lucano è stata completata a marzo.",
     [("Banca Orvieto", "acquires", "Credito Lucano")], []),
    ("L'accordo tra Fincantieri e Leonardo riguarda le navi militari.",
     [("Fincantieri", "partner_of", "Leonardo")], []),
    # a unit of a company bought is no purchase of the company (whole_words)
    ("Prysmian ha comprato la divisione cavi di Nexans.", [], [("Prysmian", "acquires", "Nexans")]),
    ("Leonardo ha rilevato la totalità del capitale di Vitrociset.", [("Leonardo", "acquires", "Vitrociset")], []),
    # a denial takes the claim back
    ("Mediobanca ha smentito che Generali voglia acquisire Banca Generali.", [],
     [("Generali", "acquires", "Banca Generali"), ("Generali", "bids_for", "Banca Generali")]),
    # relativa oggetto: ", che X ha rilevato" fa di X l'acquirente del nome prima della virgola
    ("Ita Airways, che Lufthansa ha rilevato nel 2024, vola anche a Tokyo.", [("Lufthansa", "acquires", "ITA Airways")], []),
    # registry entries added with the fresh set (energy, logistics, airlines, gaming, pharma, insurance)
    ('Plenitude compete con Edison nella vendita di luce e gas.', [('Plenitude', 'competes_with', 'Edison SpA')], []),
    # a founder with no company named founded the young company just spoken of, not the big one
    ('Esselunga apre nuovi negozi. La start-up pugliese Ortovivo ha stretto un accordo con Esselunga. Il fondatore, Marco Greco, punta a raddoppiare il fatturato.',
     [('Marco Greco', 'executive_of', 'Ortovivo')], [('Marco Greco', 'executive_of', 'Esselunga')]),
    # "<Owner> <Word>" called a division is a company, not one of the owner's products
    ("Enel Grids, la divisione delle reti di Enel, investirà due miliardi.",
     [("Enel Grids", "subsidiary_of", "Enel")], [("Enel Grids", "product_of", "Enel")]),
    # --- customer_of -------------------------------------------------------------------------
    pytest.param("Enel ha scelto Microsoft Azure per i propri sistemi di fatturazione.",
                 [("Enel", "customer_of", "Microsoft Azure")], [], id="customer-svo-scelto"),
    pytest.param("Esselunga utilizza il cloud di Google per gestire gli ordini online.",
                 [("Esselunga", "customer_of", "Google")], [], id="customer-svo-utilizza"),
    pytest.param("Nvidia fornisce chip a Telecom Italia per i suoi data center.",
                 [(TIM, "customer_of", "Nvidia")], [("Nvidia", "customer_of", TIM)],
                 id="customer-ovs-fornisce-direction"),
    pytest.param("Amazon Web Services ospita i dati di Generali da due anni.",
                 [("Generali", "customer_of", AWS)], [(AWS, "customer_of", "Generali")], id="customer-ovs-ospita"),
    pytest.param("Tra i clienti di Amazon Web Services figurano Enel, Generali e UniCredit.",
                 [("Enel", "customer_of", AWS), ("Generali", "customer_of", AWS), ("UniCredit", "customer_of", AWS)],
                 [], id="customer-noun-enumeration"),
    pytest.param("UniCredit, cliente di Salesforce da anni, ha rinnovato il contratto.",
                 [("UniCredit", "customer_of", "Salesforce")], [], id="customer-noun-apposition"),
    pytest.param("Accenture, fornitore tecnologico di Intesa Sanpaolo, aprirà un nuovo centro a Napoli.",
                 [(ISP, "customer_of", "Accenture")], [("Accenture", "customer_of", ISP)],
                 id="customer-noun-inv-fornitore"),
    pytest.param("Telecom Italia ha firmato un contratto con Esselunga per connettere i suoi negozi.",
                 [("Esselunga", "customer_of", TIM)], [(TIM, "customer_of", "Esselunga")],
                 id="customer-deal-direction"),
    pytest.param("Conad ha siglato un accordo con Google Cloud per la gestione dei dati.",
                 [("Conad", "customer_of", "Google Cloud")], [], id="customer-deal-cloud"),
    pytest.param("Ferrero ha chiuso un anno record. Il gruppo utilizza SAP in tutti i suoi stabilimenti.",
                 [("Ferrero", "customer_of", "SAP")], [], id="customer-anaphor-il-gruppo"),
    pytest.param("Microsoft è stata scelta da Leonardo come fornitore cloud.",
                 [("Leonardo", "customer_of", "Microsoft")], [("Microsoft", "customer_of", "Leonardo")],
                 id="customer-passive-scelta-da"),
    pytest.param("Esselunga non utilizza i servizi cloud di Amazon.",
                 [], [("Esselunga", "customer_of", "Amazon")], id="customer-negated"),
    pytest.param("Eni vuole utilizzare la tecnologia di OpenAI nei suoi impianti.",
                 [], [("Eni", "customer_of", "OpenAI")], id="customer-wish"),
    pytest.param("Secondo indiscrezioni, Generali potrebbe affidarsi a Oracle per il nuovo sistema.",
                 [("Generali", "customer_of", "Oracle")], [], id="customer-hedged"),
    pytest.param("Intesa Sanpaolo ha smesso di utilizzare i server di IBM.",
                 [(ISP, "customer_of", "IBM", "ended")], [], id="customer-ended"),
    pytest.param("Enel, Eni e Snam utilizzano i servizi di SAP.",
                 [("Enel", "customer_of", "SAP"), ("Eni", "customer_of", "SAP"), ("Snam", "customer_of", "SAP")],
                 [], id="customer-coordinated-subjects"),
    # --- partner_of --------------------------------------------------------------------------
    pytest.param("Telecom Italia si allea con Google per sviluppare servizi di intelligenza artificiale.",
                 [(TIM, "partner_of", "Google")], [], id="partner-si-allea"),
    pytest.param("Enel e Amazon hanno unito le forze per sviluppare nuovi impianti solari.",
                 [("Enel", "partner_of", "Amazon")], [], id="partner-sym-list"),
    pytest.param("Fincantieri collabora con Leonardo, Thales e Rheinmetall nel settore navale.",
                 [("Fincantieri", "partner_of", "Leonardo"), ("Fincantieri", "partner_of", "Thales"),
                  ("Fincantieri", "partner_of", "Rheinmetall")], [], id="partner-enumeration"),
    pytest.param("Stellantis ha creato una joint venture con Leapmotor per vendere auto elettriche in Europa.",
                 [("Stellantis", "partner_of", "Leapmotor")], [], id="partner-joint-venture"),
    pytest.param("Eni esclude un'alleanza con Saipem nel settore dell'idrogeno.",
                 [], [("Eni", "partner_of", "Saipem")], id="partner-negated"),
    pytest.param("Telecom Italia, così come Vodafone, lavora con Ericsson sulla rete 5G.",
                 [(TIM, "partner_of", "Ericsson"), ("Vodafone", "partner_of", "Ericsson")], [],
                 id="partner-additive-subject"),
    # --- competes_with -----------------------------------------------------------------------
    pytest.param("Esselunga compete con Conad, Carrefour e Lidl nel Nord Italia.",
                 [("Esselunga", "competes_with", "Conad"), ("Esselunga", "competes_with", "Carrefour"),
                  ("Esselunga", "competes_with", "Lidl")], [], id="compete-enumeration"),
    pytest.param("Ryanair e ITA Airways sono rivali sulle rotte nazionali.",
                 [("Ryanair", "competes_with", "ITA Airways")], [], id="compete-sym-sono-rivali"),
    pytest.param("Iliad, principale concorrente di Telecom Italia, ha superato i dieci milioni di clienti.",
                 [("Iliad", "competes_with", TIM)], [], id="compete-noun-apposition"),
    pytest.param("Moncler sfida Prada nel mercato del lusso con una nuova linea.",
                 [("Moncler", "competes_with", "Prada")], [], id="compete-sfida"),
    pytest.param("Netflix ha superato Sky per numero di abbonati in Italia.",
                 [("Netflix", "competes_with", "Sky")], [], id="compete-supera"),
    # --- acquires / bids_for -------------------------------------------------------------------
    pytest.param("Poste Italiane ha acquisito la società di logistica Plurima.",
                 [("Poste Italiane", "acquires", "Plurima")], [], id="acquire-svo"),
    pytest.param("La catena Autogrill è stata acquisita dal gruppo svizzero Dufry.",
                 [("Dufry", "acquires", "Autogrill")], [("Autogrill", "acquires", "Dufry")], id="acquire-passive"),
    pytest.param("Generali ha completato l'acquisizione di Liberty Seguros.",
                 [("Generali", "acquires", "Liberty Seguros")], [], id="acquire-elision-l"),
    pytest.param("Campari ha presentato i conti trimestrali. Il gruppo ha rilevato il cognac Courvoisier.",
                 [("Campari Group", "acquires", "Courvoisier")], [], id="acquire-anaphor-il-gruppo"),
    pytest.param("A2A si fonde con Acsm-Agam per creare un polo lombardo.",
                 [("A2A", "acquires", "Acsm-Agam")], [], id="acquire-fusione"),
    pytest.param("ITA Airways passa a Lufthansa dopo il via libera di Bruxelles.",
                 [("Lufthansa", "acquires", "ITA Airways")], [], id="acquire-passa-a"),
    pytest.param("UniCredit ha lanciato un'ops su Banco BPM.",
                 [("UniCredit", "bids_for", "Banco BPM")], [("UniCredit", "acquires", "Banco BPM")], id="bid-ops"),
    pytest.param("Mediobanca è in trattativa per rilevare FinecoBank.",
                 [("Mediobanca", "bids_for", "FinecoBank")], [("Mediobanca", "acquires", "FinecoBank")],
                 id="bid-talks"),
    pytest.param("Leonardo vuole acquisire Iveco per rafforzarsi nella difesa.",
                 [("Leonardo", "bids_for", "Iveco")], [("Leonardo", "acquires", "Iveco")], id="bid-wish"),
    pytest.param("Secondo fonti vicine al dossier, Saipem potrebbe essere acquisita da Eni.",
                 [("Eni", "bids_for", "Saipem")], [("Eni", "acquires", "Saipem")], id="bid-hedged-passive"),
    pytest.param("Eni non acquisterà Edison, ha chiarito il gruppo.",
                 [], [("Eni", "acquires", "Edison SpA"), ("Eni", "bids_for", "Edison SpA")], id="acquire-negated"),
    pytest.param("Il fondo KKR ha acquistato una quota di minoranza in Fincantieri.",
                 [], [("KKR", "acquires", "Fincantieri")], id="acquire-minority-stake"),
    pytest.param("Generali ha presentato un'offerta per Cattolica Assicurazioni.",
                 [("Generali", "bids_for", "Cattolica Assicurazioni")], [("Generali", "acquires", "Cattolica Assicurazioni")],
                 id="bid-offerta"),
    pytest.param("Stellantis ha rilevato Comau e Teksid.",
                 [("Stellantis", "acquires", "Comau"), ("Stellantis", "acquires", "Teksid")], [],
                 id="acquire-two-objects"),
    # --- subsidiary_of -------------------------------------------------------------------------
    pytest.param("Eni ha quotato in Borsa la sua controllata Plenitude.",
                 [("Plenitude", "subsidiary_of", "Eni")], [], id="subsidiary-possessive"),
    pytest.param("Kena Mobile, controllata da Telecom Italia, ha lanciato nuove offerte.",
                 [("Kena Mobile", "subsidiary_of", TIM)], [], id="subsidiary-controllata-da"),
    pytest.param("La casa madre di Tannico, Campari, ha rivisto le stime.",
                 [("Tannico", "subsidiary_of", "Campari Group")], [], id="subsidiary-noun-inv-casa-madre"),
    pytest.param("Il marchio Kiko, filiale di Percassi, apre cento negozi.",
                 [("Kiko", "subsidiary_of", "Percassi")], [], id="subsidiary-filiale-di"),
    # --- product_of ----------------------------------------------------------------------------
    pytest.param("Microsoft ha lanciato Copilot per le piccole imprese italiane.",
                 [("Microsoft Copilot", "product_of", "Microsoft")], [], id="product-lancia"),
    pytest.param("Fastweb lancia Fastweb Energia per i clienti domestici.",
                 [("Fastweb Energia", "product_of", "Fastweb")], [], id="product-lancia-new"),
    # --- operates_in ---------------------------------------------------------------------------
    pytest.param("Esselunga entra nel commercio elettronico con un nuovo sito.",
                 [("Esselunga", "operates_in", "e-commerce")], [], id="industry-entra"),
    pytest.param("Telecom Italia punta sull'intelligenza artificiale per crescere.",
                 [(TIM, "operates_in", "artificial intelligence")], [], id="industry-punta-sull"),
    pytest.param("Amazon sbarca nella sanità italiana con una rete di cliniche.",
                 [("Amazon", "operates_in", "healthcare")], [], id="industry-sbarca"),
    pytest.param("Eni ha presentato il piano industriale. Il gruppo investirà nelle energie rinnovabili.",
                 [("Eni", "operates_in", "energy")], [], id="industry-anaphor"),
    # --- executive_of --------------------------------------------------------------------------
    pytest.param("L'amministratore delegato di Enel, Flavio Cattaneo, ha presentato i conti.",
                 [("Flavio Cattaneo", "executive_of", "Enel")], [], id="exec-role-before"),
    pytest.param("Carlo Messina, consigliere delegato di Intesa Sanpaolo, ha difeso la strategia.",
                 [("Carlo Messina", "executive_of", ISP)], [], id="exec-role-apposition"),
    pytest.param("Andrea Orcel, ad di UniCredit, ha incontrato gli analisti.",
                 [("Andrea Orcel", "executive_of", "UniCredit")], [], id="exec-ad"),
    pytest.param("Leonardo rinnova i vertici. Roberto Cingolani sarà il nuovo amministratore delegato del gruppo.",
                 [("Roberto Cingolani", "executive_of", "Leonardo")], [], id="exec-anaphor"),
    pytest.param("L'ex amministratore delegato di Telecom Italia, Pietro Labriola, ha lasciato il gruppo.",
                 [("Pietro Labriola", "executive_of", TIM, "ended")], [], id="exec-ended"),
    # --- more mechanisms ------------------------------------------------------------------------
    pytest.param("Amazon Web Services annovera Generali tra i suoi clienti da cinque anni.",
                 [("Generali", "customer_of", AWS)], [(AWS, "customer_of", "Generali")], id="customer-split-cue"),
    pytest.param("Il colosso cinese Huawei fornisce apparati a Vodafone e Iliad.",
                 [("Vodafone", "customer_of", "Huawei"), ("Iliad", "customer_of", "Huawei")], [],
                 id="customer-ovs-two-objects"),
    pytest.param("Tra i clienti di Oracle figurano Enel e Snam, così come Terna.",
                 [("Enel", "customer_of", "Oracle"), ("Terna", "customer_of", "Oracle")], [],
                 id="customer-additive-cosi-come"),
    pytest.param("Tra i clienti di Salesforce figurano Enel e Generali. Altro esempio sono UniCredit e Mediobanca.",
                 [("UniCredit", "customer_of", "Salesforce"), ("Mediobanca", "customer_of", "Salesforce")], [],
                 id="customer-continuation"),
    pytest.param("L'azienda milanese Satispay ha scelto Google Cloud per i pagamenti.",
                 [("Satispay", "customer_of", "Google Cloud")], [], id="customer-descriptor-anaphor"),
    pytest.param("L'acquisizione di Plurima da parte di Poste Italiane è stata completata.",
                 [("Poste Italiane", "acquires", "Plurima")], [("Plurima", "acquires", "Poste Italiane")],
                 id="acquire-noun-agent"),
    pytest.param("Prysmian ha completato l'acquisizione dell'americana Encore Wire.",
                 [("Prysmian", "acquires", "Encore Wire")], [], id="acquire-elision-dell"),
    pytest.param("Endesa, acquisita nel 2009 da Enel, è quotata a Madrid.",
                 [("Enel", "acquires", "Endesa")], [("Endesa", "acquires", "Enel")], id="acquire-split-passive"),
    pytest.param("Enel ha finalmente acquisito la spagnola Endesa.",
                 [("Enel", "acquires", "Endesa")], [], id="acquire-adverb"),
    pytest.param("Prysmian ha rilevato Encore Wire e ha lanciato Prysmian Ecoslim.",
                 [("Prysmian", "acquires", "Encore Wire"), ("Prysmian Ecoslim", "product_of", "Prysmian")], [],
                 id="coordinated-verbs"),
    pytest.param("Se Eni acquistasse Saipem, nascerebbe un colosso dell'energia.",
                 [], [("Eni", "acquires", "Saipem")], id="acquire-hypothetical"),
    pytest.param("Se Eni acquistasse Saipem, nascerebbe un colosso dell'energia.",
                 [], [("Eni", "bids_for", "Saipem")], id="bid-hypothetical"),
    pytest.param("L'opa di UniCredit su Banco BPM è stata ritirata.",
                 [], [("UniCredit", "acquires", "Banco BPM")], id="bid-noun-withdrawn"),
    pytest.param("L'opa di UniCredit su Banco BPM prosegue.",
                 [("UniCredit", "bids_for", "Banco BPM")], [], id="bid-noun-di-su"),
    pytest.param("UniCredit ha acquistato il 9% di Commerzbank.",
                 [], [("UniCredit", "acquires", "Commerzbank")], id="acquire-percent-stake"),
    pytest.param("Stellantis ha interrotto la collaborazione con Leapmotor in Europa.",
                 [("Stellantis", "partner_of", "Leapmotor", "ended")], [], id="partner-ended"),
    pytest.param("Esselunga, Conad e Carrefour dominano il mercato. Amazon li sfida con la spesa online.",
                 [("Amazon", "competes_with", "Esselunga"), ("Amazon", "competes_with", "Conad")], [],
                 id="compete-plural-pronoun"),
    pytest.param("Esselunga e i suoi rivali Conad e Lidl guadagnano quote di mercato.",
                 [("Esselunga", "competes_with", "Conad"), ("Esselunga", "competes_with", "Lidl")], [],
                 id="compete-possessive-noun"),
    pytest.param("Fastweb è una controllata di Swisscom dal 2007.",
                 [("Fastweb", "subsidiary_of", "Swisscom")], [], id="subsidiary-una-controllata"),
    pytest.param("Enel ed Eni collaborano nella ricerca sull'idrogeno.",
                 [("Enel", "partner_of", "Eni")], [], id="partner-conjunction-ed"),
    pytest.param("Leonardo, guidata da Roberto Cingolani, ha firmato un contratto con Fincantieri.",
                 [("Roberto Cingolani", "executive_of", "Leonardo")], [], id="exec-guidata-da"),
    pytest.param("Ad esempio, Generali e Poste Italiane usano già Azure.",
                 [("Generali", "customer_of", "Microsoft Azure"), ("Poste Italiane", "customer_of", "Microsoft Azure")],
                 [], id="customer-gia-not-ended"),
    pytest.param("Mediobanca ha presentato i conti. La banca ha scelto Google Cloud per i suoi dati.",
                 [("Mediobanca", "customer_of", "Google Cloud")], [], id="customer-anaphor-la-banca"),
    # --- joint ventures, bids won, alliances widened, rivals named --------------------------------
    pytest.param("Il governo ha presentato Open Fiber, la società costituita da Enel e Cdp per la banda ultralarga.",
                 [("Open Fiber", "subsidiary_of", "Enel"), ("Open Fiber", "subsidiary_of", "Cassa Depositi e Prestiti")], [],
                 id="subsidiary-jv-costituita-da"),
    pytest.param("Luxottica, controllata al 100% da EssilorLuxottica, cresce in Cina.",
                 [("Luxottica", "subsidiary_of", "EssilorLuxottica")], [], id="subsidiary-controllata-al-100"),
    pytest.param("Fastweb è sotto il controllo di Swisscom dal 2007.",
                 [("Fastweb", "subsidiary_of", "Swisscom")], [], id="subsidiary-sotto-il-controllo"),
    pytest.param("Il gruppo ha lanciato Noovle, la società di Tim specializzata nel cloud.",
                 [("Noovle", "subsidiary_of", TIM)], [], id="subsidiary-la-societa-di-specializzata"),
    pytest.param("Bper ha completato la scalata a Popolare di Sondrio.",
                 [("BPER Banca", "acquires", "Popolare di Sondrio")], [], id="acquires-completa-la-scalata"),
    pytest.param("Enel rafforza l'alleanza con Google Cloud.",
                 [("Enel", "partner_of", "Google Cloud")], [], id="partner-rafforza-l-alleanza"),
    pytest.param("Eni si affida ad Amazon Web Services per il cloud.",
                 [("Eni", "customer_of", AWS)], [], id="customer-si-affida-ad"),
    pytest.param("Intesa Sanpaolo è tra i primi clienti di Microsoft.",
                 [(ISP, "customer_of", "Microsoft")], [], id="customer-tra-i-primi-clienti"),
    pytest.param("Amazon è il concorrente diretto di Walmart.",
                 [("Amazon", "competes_with", "Walmart")], [], id="competes-concorrente-diretto"),
    pytest.param("Amazon sfida invece Walmart nella distribuzione.",
                 [("Amazon", "competes_with", "Walmart")], [], id="invece-is-an-adverb-not-a-break"),
    pytest.param("Mediobanca, fondata da Enrico Cuccia, ha chiuso il bilancio.",
                 [("Enrico Cuccia", "executive_of", "Mediobanca")], [], id="executive-fondata-da"),
    pytest.param("Carlo Messina, numero uno della Intesa Sanpaolo, ha parlato agli analisti.",
                 [("Carlo Messina", "executive_of", ISP)], [], id="executive-numero-uno-della"),
    # --- names: sector words, national units, unit words, appositions ----------------------------
    pytest.param("Iliad, specializzata nei servizi ai consumatori, apre nuovi negozi.",
                 [], [("Iliad", "operates_in", "artificial intelligence")], id="ai-preposition-is-no-industry"),
    pytest.param("Banca Sella ha scelto Microsoft Azure per i suoi dati.",
                 [("Banca Sella", "customer_of", "Microsoft Azure")], [], id="name-sector-word-first"),
    pytest.param("Ieri Banca Generali ha scelto Salesforce per la consulenza.",
                 [("Banca Generali", "customer_of", "Salesforce")], [("Generali", "customer_of", "Salesforce")],
                 id="name-sector-word-before-registry-name"),
    pytest.param("Amazon Italia ha scelto Poste Italiane per le consegne.",
                 [("Amazon Italia", "customer_of", "Poste Italiane")],
                 [("Amazon", "customer_of", "Poste Italiane")], id="name-national-unit"),
    pytest.param("Comcast ha presentato i conti. Sky Italia ha scelto Oracle per la fatturazione.",
                 [("Sky Italia", "subsidiary_of", "Comcast")], [], id="national-unit-family-root"),
    pytest.param("Tim Business ha scelto Oracle per la fatturazione.",
                 [("Tim Business", "customer_of", "Oracle")], [], id="name-first-name-and-unit-word"),
    pytest.param("Velonix, la società pavese dei sensori, ha scelto Microsoft Azure.",
                 [("Velonix", "customer_of", "Microsoft Azure")], [], id="name-sentence-start-apposition"),
    pytest.param("Eni ha chiuso il trimestre. Saipem, la società che ha acquisito Subsea7, cresce ancora.",
                 [("Saipem", "acquires", "Subsea7")], [("Eni", "acquires", "Subsea7")],
                 id="anaphor-in-apposition-is-the-name"),
    pytest.param("Edison compete con la holding del finanziere Ermenegildo Tarsi.",
                 [], [("Ermenegildo Tarsi", "competes_with", "Edison"), ("Edison", "competes_with", "Ermenegildo Tarsi")],
                 id="person-after-trade-noun"),
    pytest.param("Edison compete con la holding dell'imprenditore Ermenegildo Tarsi.",
                 [], [("Edison", "competes_with", "Ermenegildo Tarsi")], id="person-after-elided-trade-noun"),
    pytest.param("Poste Italiane, primo azionista di Telecom Italia, ha chiuso il bilancio.",
                 [], [(TIM, "subsidiary_of", "Poste Italiane")], id="first-shareholder-is-no-parent"),
    # --- symmetric cues with no preposition join the list before them ----------------------------
    pytest.param("Enel ed Eni rafforzano l'alleanza: Snam e Terna restano a guardare.",
                 [("Enel", "partner_of", "Eni")], [("Enel", "partner_of", "Snam"), ("Eni", "partner_of", "Terna")],
                 id="partner-plural-cue-pairwise"),
    pytest.param("Enel e Snam hanno esteso fino al 2030 la loro collaborazione nell'idrogeno.",
                 [("Enel", "partner_of", "Snam")], [], id="partner-split-plural-perfect"),
    # --- tenses, adverbs, split cues -------------------------------------------------------------
    pytest.param("Poste Italiane aveva già rilevato Sengi nel 2022.",
                 [("Poste Italiane", "acquires", "Sengi")], [], id="acquire-pluperfect-adverb"),
    pytest.param("Il gruppo ha invece comprato la danese Velmora.", [], [], id="acquire-adverb-no-subject"),
    pytest.param("Iliad continua a strappare clienti a Vodafone nel mobile.",
                 [("Iliad", "competes_with", "Vodafone")], [], id="compete-strappare-clienti"),
    pytest.param("Mediobanca ha migrato i suoi conti sulla piattaforma di Oracle.",
                 [("Mediobanca", "customer_of", "Oracle")], [], id="customer-migrato-split"),
    pytest.param("Exor, che controlla Iveco, ha chiuso il bilancio.",
                 [("Iveco", "subsidiary_of", "Exor")], [("Exor", "subsidiary_of", "Iveco")], id="subsidiary-controlla"),
    pytest.param("Poste Italiane controlla il 24% di Telecom Italia.",
                 [], [(TIM, "subsidiary_of", "Poste Italiane")], id="subsidiary-minority-stake-is-no-control"),
    # --- quotations and titles -----------------------------------------------------------------
    pytest.param("Enel ha presentato il piano. «Cresceremo in Spagna grazie a Endesa», ha detto "
                 "l'amministratore delegato Flavio Cattaneo.",
                 [("Flavio Cattaneo", "executive_of", "Enel")], [("Flavio Cattaneo", "executive_of", "Endesa")],
                 id="exec-speaker-after-quote"),
    pytest.param("Ugo Rossi, amministratore delegato di Banca Velora, ha parlato agli analisti.",
                 [("Ugo Rossi", "executive_of", "Banca Velora")], [], id="exec-firm-after-title-of"),
    pytest.param('Leonardo ha chiuso il trimestre. "Non siamo interessati a Iveco", ha detto il presidente. '
                 "La società ha scelto Oracle per la contabilità.",
                 [("Leonardo", "customer_of", "Oracle")], [("Iveco", "customer_of", "Oracle")],
                 id="quoted-name-is-not-the-topic"),
    # --- sectors ---------------------------------------------------------------------------------
    pytest.param("Da tempo Yoroi è specializzata nella sicurezza informatica.",
                 [("Yoroi", "operates_in", "cybersecurity")], [], id="industry-cybersecurity"),
    pytest.param("Oggi Safilo è attiva nell'occhialeria di fascia alta.",
                 [("Safilo", "operates_in", "eyewear")], [], id="industry-eyewear"),
    # --- commentators, implicit owners, long asides --------------------------------------------
    pytest.param("Gli analisti di Mediobanca ritengono che l'accordo con Oracle porterà ricavi.",
                 [], [("Mediobanca", "customer_of", "Oracle"), ("Mediobanca", "partner_of", "Oracle")],
                 id="commentator-is-no-party"),
    pytest.param("Secondo Equita, Enel ha scelto Microsoft Azure.",
                 [("Enel", "customer_of", "Microsoft Azure")], [("Equita", "customer_of", "Microsoft Azure")],
                 id="secondo-source-is-no-party"),
    pytest.param("Salesforce ha aperto un centro a Milano. Tra i primi clienti figurano Enel e Snam.",
                 [("Enel", "customer_of", "Salesforce"), ("Snam", "customer_of", "Salesforce")], [],
                 id="customer-opening-noun-previous-subject"),
    pytest.param("Oracle ha aperto un centro a Milano. Tra i concorrenti figurano SAP e Microsoft.",
                 [("SAP", "competes_with", "Oracle")], [], id="compete-opening-noun-previous-subject"),
    pytest.param("Snam resta un cliente importante per Accenture.",
                 [("Snam", "customer_of", "Accenture")], [("Accenture", "customer_of", "Snam")],
                 id="customer-cliente-importante-per"),
    pytest.param("Enel ha ottenuto il 70% del capitale di Endesa.",
                 [("Enel", "acquires", "Endesa")], [], id="acquire-majority-of-capital"),
    pytest.param("Enel ha ottenuto il 20% del capitale di Endesa.",
                 [], [("Enel", "acquires", "Endesa")], id="acquire-minority-of-capital-is-a-stake"),
    pytest.param("Open Fiber, la società costituita da Enel, Cdp, Macquarie e Snam per posare la fibra ottica "
                 "nelle aree bianche, resta un cliente importante per Prysmian.",
                 [("Open Fiber", "customer_of", "Prysmian")], [("Snam", "customer_of", "Prysmian")],
                 id="long-apposition-with-a-list-is-an-aside"),
    pytest.param("Agos, la società di credito al consumo di Crédit Agricole, cresce.",
                 [("Agos", "subsidiary_of", "Crédit Agricole")], [], id="subsidiary-la-societa-di-sector-di"),
    # --- descriptions in apposition and sector anaphors ----------------------------------------
    pytest.param("Brembo, il gruppo bergamasco che fornisce freni a Ferrari e Ducati, ha firmato un accordo con Nvidia.",
                 [("Ferrari", "customer_of", "Brembo")],
                 [("Ducati", "customer_of", "Nvidia"), ("Ferrari", "customer_of", "Nvidia"),
                  ("Ferrari", "partner_of", "Nvidia")], id="apposed-anaphor-opens-an-aside"),
    pytest.param("Ugo Rossi, presidente di Banca Ifis, ha parlato agli analisti: la banca veneziana, che ha rilevato "
                 "Revalea, potrà crescere ancora.",
                 [("Banca Ifis", "acquires", "Revalea")], [("Banca Ifis", "bids_for", "Revalea")],
                 id="sector-anaphor-nearest-in-sentence-and-aside-scope"),
    pytest.param("Giorgio Rossi, numero uno di Banco BPM, ha parlato agli analisti: la banca milanese, che ha rilevato "
                 "Anima Holding, potrà crescere ancora. UniCredit resta alla finestra.",
                 [("Banco BPM", "acquires", "Anima Holding")],
                 [("Banco BPM", "bids_for", "Anima Holding"), ("UniCredit", "acquires", "Anima Holding")],
                 id="sector-anaphor-nearest-bank"),
    pytest.param("UniCredit ha chiuso il trimestre. Intanto Telecom Italia ha rinnovato l'accordo con DAZN. "
                 "La piattaforma di streaming, controllata da Access Industries, cresce.",
                 [("DAZN", "subsidiary_of", "Access Industries")], [(TIM, "subsidiary_of", "Access Industries")],
                 id="sector-anaphor-piattaforma-di-streaming"),
    # --- sellers, perfect tenses, more cue forms --------------------------------------------------
    pytest.param("Unipol ha rilevato Linear dal gruppo tedesco Allianz.",
                 [("Unipol", "acquires", "Linear")], [("Linear", "acquires", "Unipol"), ("Allianz", "acquires", "Unipol")],
                 id="acquire-perfect-is-not-passive-da-is-from"),
    pytest.param("Nel 2021 Edison ha acquistato da Eni alcune centrali.",
                 [], [("Edison", "acquires", "Eni")], id="acquire-seller-right-after-verb"),
    pytest.param("Amazon e Poste Italiane hanno siglato una partnership per i pacchi.",
                 [("Amazon", "partner_of", "Poste Italiane")], [], id="partner-bare-partnership-pairwise"),
    pytest.param("Snam e Terna hanno costituito una joint venture per l'idrogeno.",
                 [("Snam", "partner_of", "Terna")], [], id="partner-joint-venture-pairwise"),
    pytest.param("Secondo Reuters, Kkr sarebbe interessata a Telecom Italia.",
                 [("KKR", "bids_for", TIM)], [("KKR", "acquires", TIM)], id="bid-interest"),
    pytest.param("L'accordo prevede che Capgemini fornisca servizi a Generali per tre anni.",
                 [("Generali", "customer_of", "Capgemini")], [], id="customer-subjunctive-fornisca"),
    pytest.param("Eni ha affidato ad Accenture la gestione dei dati.",
                 [("Eni", "customer_of", "Accenture")], [], id="customer-affidato-ad"),
    pytest.param("Telepass è una società del gruppo Mundys.",
                 [("Telepass", "subsidiary_of", "Mundys")], [], id="subsidiary-societa-del-gruppo"),
    # a brand is its owner's product, as "su marca O2" (claims._called_brand)
    pytest.param("Very Mobile è il brand low cost di WindTre.",
                 [("Very Mobile", "product_of", "WindTre")], [], id="subsidiary-brand-low-cost"),
    pytest.param("Philippe Donnet guida Generali dal 2016.",
                 [("Philippe Donnet", "executive_of", "Generali")], [], id="exec-guida"),
    pytest.param("Luca de Meo, ex ceo di Renault, è il nuovo amministratore delegato di Kering.",
                 [("Luca de Meo", "executive_of", "Kering"), ("Luca de Meo", "executive_of", "Renault", "ended")], [],
                 id="exec-opening-person-copula"),
    pytest.param("Secondo indiscrezioni, Mediobanca avrebbe manifestato interesse per Dove Banca, il marchio online.",
                 [], [("Mediobanca", "bids_for", "Banca")], id="sector-word-after-stop-word-is-no-name"),
    pytest.param("Brembo è fornitore di Tesla e Bmw.",
                 [("Tesla", "customer_of", "Brembo"), ("BMW", "customer_of", "Brembo")], [],
                 id="name-sentence-start-copula-cue"),
    pytest.param("Il nuovo sistema di Mediobanca gira sul cloud di Oracle.",
                 [("Mediobanca", "customer_of", "Oracle")], [], id="customer-gira-sul-cloud-di"),
    pytest.param("Amazon ha sfidato Esselunga nella spesa online.",
                 [("Amazon", "competes_with", "Esselunga")], [], id="compete-perfect-sfidato"),
    pytest.param("Vivendi ha superato il 20% di Telecom Italia.",
                 [], [("Vivendi", "competes_with", TIM)], id="compete-share-crossed-is-no-rivalry"),
    pytest.param("La banca guidata da Andrea Orcel ha lanciato un'offerta su Commerzbank.",
                 [], [("Andrea Orcel", "executive_of", "Commerzbank")], id="exec-agent-title-leads-what-comes-before"),
    pytest.param("Il cliente principale di Fincantieri è Msc Crociere.",
                 [("Msc Crociere", "customer_of", "Fincantieri")], [], id="customer-noun-copula-member"),
    pytest.param("Autogrill, ora parte di Avolta, ha chiuso il bilancio.",
                 [("Autogrill", "subsidiary_of", "Avolta")], [], id="subsidiary-ora-parte-di-sentence-start"),
    # --- articulated prepositions: a cue ending in "a"/"di"/"da"/"in"/"su" ends in their contractions
    pytest.param("Poste Italiane continuerà ad affidarsi alla tedesca SAP per la contabilità.",
                 [("Poste Italiane", "customer_of", "SAP")], [], id="contraction-affidarsi-alla"),
    pytest.param("Da anni Esselunga si appoggia ai server di Oracle.",
                 [("Esselunga", "customer_of", "Oracle")], [], id="contraction-si-appoggia-ai"),
    pytest.param("Leonardo ha affidato la manutenzione dei radar alla società Telespazio.",
                 [("Leonardo", "customer_of", "Telespazio")], [], id="contraction-split-cue-affidato-alla"),
    # kin words introduce a person: "guidata dalla figlia Giulia"
    pytest.param("Calzaturificio Brenta, oggi guidato dal figlio Ettore, esporta in Cina.",
                 [("Ettore", "executive_of", "Calzaturificio Brenta")], [("Ettore", "customer_of", "Calzaturificio Brenta")],
                 id="kin-word-before-given-name-is-person"),
    # a verb opening a sentence is no part of the name after it
    pytest.param("Sarà Mondadori a distribuire i libri di Adelphi.",
                 [], [("Sarà Mondadori", "customer_of", "Adelphi")], id="stop-capital-future-verb"),
    pytest.param("I due fondatori della start-up, Paolo Neri e Ilaria Conti, restano nel consiglio.",
                 [], [("Ilaria Conti", "customer_of", "Paolo Neri")], id="founders-plural-given-name"),
    # a relational noun in apposition still describes the name before its comma
    pytest.param("Fininvest controlla Mondadori. Nel frattempo Italmobiliare, la holding della famiglia Pesenti "
                 "che controlla Caffè Borbone, ha chiuso il bilancio.",
                 [], [("Caffè Borbone", "subsidiary_of", "Fininvest")], id="apposed-holding-noun-is-the-name"),
    # "da" after a purchase its subject made names the seller, not the buyer
    pytest.param("Lottomatica ha perfezionato l'acquisizione di Moto Rossi da Piaggio per 300 milioni.",
                 [("Lottomatica", "acquires", "Moto Rossi")], [("Piaggio", "acquires", "Moto Rossi")],
                 id="acquire-da-seller-after-subject"),
    # "e che ..." continues the relative clause of the name before the first "che"
    pytest.param("Tra i fornitori c'è la lombarda Tessitura Monti, che produce tessuti per Armani e Valentino "
                 "e che è stata acquistata a gennaio da Zegna.",
                 [("Ermenegildo Zegna", "acquires", "Tessitura Monti"), ("Giorgio Armani", "customer_of", "Tessitura Monti")],
                 [("Ermenegildo Zegna", "acquires", "Giorgio Armani"), ("Ermenegildo Zegna", "acquires", "Valentino")],
                 id="coordinated-relative-e-che"),
    pytest.param("La veneta Stampi Berti, che lavora per Ferrari e Ducati, assume cinquanta operai.",
                 [("Ferrari", "customer_of", "Stampi Berti"), ("Ducati", "customer_of", "Stampi Berti")], [],
                 id="customer-lavora-per"),
    # a refused offer was made all the same
    pytest.param("Banca Ifis ha respinto l'offerta di Mediobanca.",
                 [("Mediobanca", "bids_for", "Banca Ifis")], [("Mediobanca", "acquires", "Banca Ifis")],
                 id="bid-respinto-offerta-di"),
    pytest.param("Banca Ifis ha ricevuto un'offerta dalla francese Amundi.",
                 [("Amundi", "bids_for", "Banca Ifis")], [], id="bid-ricevuto-offerta-da"),
    # outside English "'s" belongs to a foreign name, it is no genitive
    pytest.param("Esselunga ha acquisito Bertie's, una catena di panetterie inglese.",
                 [("Esselunga", "acquires", "Bertie's")], [("Esselunga", "acquires", "Bertie")],
                 id="name-with-apostrophe-s"),
    # a family company described as one before its founder is named in full stays a company
    pytest.param("Eni sfida il rivale Brambati, il gruppo di Varese fondato da Luigi Brambati. "
                 "Brambati usa il cloud di Oracle.",
                 [("Eni", "competes_with", "Brambati"), ("Brambati", "customer_of", "Oracle")],
                 [("Luigi Brambati", "customer_of", "Oracle")], id="namesake-company-before-founder"),
    # "il colosso" is a well-known company, "la start-up" (also "della start-up") a young one
    pytest.param("La milanese Voltaria è stata acquisita da Enel. "
                 "L'amministratore delegato della start-up, Giulio Marra, resterà in carica.",
                 [("Giulio Marra", "executive_of", "Voltaria")], [("Giulio Marra", "executive_of", "Enel")],
                 id="small-anaphor-after-contraction"),
    pytest.param("Enel apre un nuovo impianto in Sicilia. Voltaria ha firmato un accordo con Enel. "
                 "Il colosso ha scelto Oracle per la contabilità.",
                 [("Enel", "customer_of", "Oracle")], [("Voltaria", "customer_of", "Oracle")],
                 id="big-anaphor-known-company"),
    # a signed agreement to buy is an agreed acquisition, not a plan
    pytest.param("Mediobanca ha firmato un accordo vincolante per rilevare Banca Profilo.",
                 [("Mediobanca", "acquires", "Banca Profilo")], [("Mediobanca", "bids_for", "Banca Profilo")],
                 id="acquire-accordo-vincolante-per-rilevare"),
    # a rival noun in apposition at the clause's end: a rival of the clause's subject
    pytest.param("Eni ha firmato un contratto con Saipem, storica rivale.",
                 [("Saipem", "competes_with", "Eni")], [], id="compete-apposed-storica-rivale"),
    pytest.param("Il colpo mette Prada in rotta di collisione con Kering.",
                 [("Prada", "competes_with", "Kering")], [], id="compete-rotta-di-collisione"),
    pytest.param("Enel ha firmato un protocollo d'intesa con Acea per le reti.",
                 [("Enel", "partner_of", "Acea")], [], id="partner-protocollo-intesa"),
    # a capitalised sector word inside a sentence, before "ha", is a company's name
    pytest.param("Quanto al cloud, Logistics ha scelto Microsoft Azure per i suoi magazzini.",
                 [("Logistics", "customer_of", "Microsoft Azure")], [], id="sector-word-capitalised-subject-is-name"),
    # an adverb inside the compound tense leaves the participle saying the tie ended
    pytest.param("Snam ha invece interrotto la collaborazione con Saipem sull'idrogeno.",
                 [("Snam", "partner_of", "Saipem", "ended")], [], id="ended-participle-after-adverb"),
    # a clause after "mentre" with no company before its verb keeps the sentence's subject
    pytest.param("A2A ha scelto Siemens per le turbine, mentre per i contatori si affida a Landis+Gyr.",
                 [("A2A", "customer_of", "Landis+Gyr")], [("Siemens", "customer_of", "Landis+Gyr")],
                 id="dropped-subject-after-mentre"),
    # --- mini-articles -------------------------------------------------------------------------
    pytest.param("Telecom Italia ha firmato un contratto con Ferrari per la rete dei suoi stabilimenti. "
                 "Inoltre, la società ha stretto una partnership con Google per il cloud.",
                 [(TIM, "partner_of", "Google")], [], id="article-cross-sentence"),
    pytest.param("Banco BPM ha respinto l'offerta di UniCredit. La banca milanese vuole restare indipendente.",
                 [], [("UniCredit", "acquires", "Banco BPM")], id="article-rejected-bid"),
    # --- round 4: possessive appositions, sales, orders, goods bought, passive use ------------
    pytest.param("Granarolo compra il latte da Parmalat, suo fornitore storico.",
                 [("Granarolo", "customer_of", "Parmalat")], [("Granarolo", "acquires", "Parmalat")],
                 id="apposition-possessive-supplier-goods-bought"),
    pytest.param("Barilla vende la pasta soprattutto a Esselunga e Conad, i suoi principali clienti.",
                 [("Esselunga", "customer_of", "Barilla"), ("Conad", "customer_of", "Barilla")], [],
                 id="apposition-possessive-clients-list"),
    pytest.param("Brembo ha firmato un accordo con Pirelli, la sua storica rivale nelle competizioni.",
                 [("Brembo", "partner_of", "Pirelli")], [("Pirelli", "customer_of", "Brembo")],
                 id="apposition-possessive-no-customer"),
    pytest.param("Stellantis ha ceduto la controllata Comau al fondo One Equity Partners.",
                 [("One Equity Partners", "acquires", "Comau")], [("Stellantis", "acquires", "Comau")],
                 id="sale-ceduto-a-buyer-acquires"),
    pytest.param("Autogrill è stata venduta a Dufry nel 2023.",
                 [("Dufry", "acquires", "Autogrill")], [], id="sale-passive-venduta-a"),
    pytest.param("Fincantieri costruirà quattro navi da crociera per Msc.",
                 [("MSC", "customer_of", "Fincantieri")], [], id="customer-costruira-per"),
    pytest.param("Ita Airways ha ordinato a Airbus dieci nuovi aerei.",
                 [("ITA Airways", "customer_of", "Airbus")], [("Airbus", "customer_of", "ITA Airways")],
                 id="customer-ordinato-a"),
    pytest.param("Saipem ha ottenuto una commessa da Eni per una piattaforma offshore.",
                 [("Eni", "customer_of", "Saipem")], [], id="customer-commessa-da"),
    pytest.param("I gestionali di Zucchetti sono utilizzati da Autogrill e Benetton.",
                 [("Autogrill", "customer_of", "Zucchetti"), ("Benetton Group", "customer_of", "Zucchetti")], [],
                 id="customer-passive-utilizzati-da"),
    pytest.param("Per l'energia Esselunga continuerà ad affidarsi a Edison.",
                 [("Esselunga", "customer_of", "Edison SpA")], [], id="customer-infinitive-affidarsi"),
    pytest.param("Luxottica, proprietaria del marchio Ray-Ban, apre nuovi negozi.",
                 [("Ray-Ban", "product_of", "Luxottica")], [], id="product-proprietaria-del-marchio"),
    pytest.param("Barilla controlla il marchio Mulino Bianco.",
                 [("Mulino Bianco", "product_of", "Barilla")], [("Mulino Bianco", "subsidiary_of", "Barilla")],
                 id="product-controlla-il-marchio"),
    pytest.param("Brembo ha stretto un accordo con Microsoft per sviluppare freni intelligenti.",
                 [("Brembo", "partner_of", "Microsoft")], [("Brembo", "customer_of", "Microsoft")],
                 id="partner-accordo-per-sviluppare"),
    pytest.param("Brembo ha firmato un accordo con Microsoft per la fornitura di servizi cloud.",
                 [("Brembo", "customer_of", "Microsoft")], [], id="customer-accordo-fornitura"),
    pytest.param("Poste Italiane ha infatti rilevato Nexi.",
                 [("Poste Italiane", "acquires", "Nexi")], [], id="inserted-adverb-infatti-rilevato"),
    pytest.param("A2A ha ormai scelto Oracle per la fatturazione.",
                 [("A2A", "customer_of", "Oracle")], [], id="inserted-adverb-ormai-scelto"),
    pytest.param("Accenture gestisce i sistemi di Trenitalia, uno dei suoi clienti più importanti.",
                 [("Trenitalia", "customer_of", "Accenture")], [], id="apposition-uno-dei-suoi-clienti"),
    pytest.param("UniCredit starebbe trattando l'acquisto di Banca Popolare di Sondrio.",
                 [("UniCredit", "bids_for", "Banca Popolare di Sondrio")],
                 [("UniCredit", "acquires", "Banca Popolare di Sondrio")],
                 id="talks-starebbe-trattando-is-bid"),
    pytest.param("Generali ha rinunciato all'acquisizione di Cattolica.",
                 [], [("Generali", "acquires", "Cattolica")], id="negation-rinunciato"),
    pytest.param("Mps ha lanciato un'opa totalitaria su Mediobanca.",
                 [("Monte dei Paschi di Siena", "bids_for", "Mediobanca")], [], id="bid-opa-totalitaria"),
    pytest.param("Il fondo Kkr ha messo gli occhi su Recordati.",
                 [("KKR", "bids_for", "Recordati")], [], id="bid-messo-gli-occhi"),
    pytest.param("A2A ha chiuso a fine anno la partnership con Iren.",
                 [("A2A", "partner_of", "Iren", "ended")], [], id="ended-chiuso-la-partnership"),
    pytest.param("Snam ha costituito con Edison una joint venture per l'idrogeno.",
                 [("Snam", "partner_of", "Edison SpA")], [], id="partner-costituito-con-jv"),
    pytest.param("Stellantis lavorerà insieme a Leonardo sui motori elettrici.",
                 [("Stellantis", "partner_of", "Leonardo")], [], id="partner-lavorera-insieme-a"),
    pytest.param("Poste Italiane e Tim hanno firmato un'intesa sulla rete mobile.",
                 [("Poste Italiane", "partner_of", TIM)], [], id="partner-sym-firmato-intesa"),
    pytest.param("Giulia Ferri è stata nominata amministratrice delegata di Terna.",
                 [("Giulia Ferri", "executive_of", "Terna")], [], id="exec-nominata-ad-di"),
    pytest.param("Il consiglio ha scelto Paolo Verdi, che guiderà Telecom Italia fino al 2028.",
                 [("Paolo Verdi", "executive_of", TIM)], [], id="exec-future-guidera"),
    pytest.param("Iliad ha strappato clienti a Fastweb nel Nord Italia.",
                 [("Iliad", "competes_with", "Fastweb")], [], id="rival-ha-strappato-clienti"),
    pytest.param("Fastweb subisce la concorrenza di Iliad sui prezzi.",
                 [("Fastweb", "competes_with", "Iliad")], [], id="rival-subisce-la-concorrenza"),
    pytest.param("Open Fiber contende a Fastweb il primato nella fibra.",
                 [("Open Fiber", "competes_with", "Fastweb")], [], id="rival-contende-a"),
    pytest.param("Lavazza ha debuttato nel mercato delle bevande.",
                 [("Lavazza", "operates_in", "food and beverage")], [], id="sector-ha-debuttato-nel"),
    pytest.param("Snam si è rafforzata nel mercato delle energie rinnovabili.",
                 [("Snam", "operates_in", "energy")], [], id="sector-si-e-rafforzata-nel"),
    pytest.param("Amazon è sbarcato nella farmaceutica.",
                 [("Amazon", "operates_in", "pharmaceuticals")], [], id="sector-e-sbarcato-nella"),
    pytest.param("Conad acquista i servizi cloud di Microsoft per i punti vendita.",
                 [("Conad", "customer_of", "Microsoft")], [("Conad", "acquires", "Microsoft")],
                 id="customer-goods-of-supplier-not-acquisition"),
    pytest.param("Unipol ha acquistato le licenze di Oracle.",
                 [("Unipol", "customer_of", "Oracle")], [("Unipol", "acquires", "Oracle")],
                 id="customer-licenze-di"),
    # "una joint venture tra A e B" appartiene a entrambe
    ("Energia Tirrena, una joint venture tra Eni e Snam, costruirà un impianto a Livorno.",
     [("Energia Tirrena", "subsidiary_of", "Eni"), ("Energia Tirrena", "subsidiary_of", "Snam")], []),
    # --- helper it5: passives after an auxiliary, means subsidiaries, new cue families --------
    pytest.param("Brembo ha completato l'acquisto di Öhlins Racing, specialista che il gruppo ha rilevato dall'americana Tenneco.",
                 [("Brembo", "acquires", "Öhlins Racing")], [("Tenneco", "acquires", "Öhlins Racing")],
                 id="acq-ha-rilevato-da-is-active-seller"),
    pytest.param("Pirelli ha rilevato dalla tedesca Continental lo stabilimento di Hannover.",
                 [], [("Continental AG", "acquires", "Pirelli"), ("Pirelli", "acquires", "Continental AG")],
                 id="acq-bought-from-demonym-seller"),
    pytest.param("Mediobanca è stata rilevata da Monte dei Paschi.",
                 [("Monte dei Paschi di Siena", "acquires", "Mediobanca")], [], id="acq-passive-still-passive"),
    pytest.param("Banca Sella ha lanciato, attraverso la controllata Fabrick, una piattaforma di pagamento.",
                 [("Fabrick", "subsidiary_of", "Banca Sella")], [("Fabrick", "product_of", "Banca Sella")],
                 id="sub-attraverso-la-controllata"),
    pytest.param("Enel ha comprato tramite la controllata Endesa tre centrali in Spagna.",
                 [("Endesa", "subsidiary_of", "Enel")], [("Enel", "acquires", "Endesa")],
                 id="sub-tramite-la-controllata-not-bought"),
    pytest.param("Ei Towers, partecipata da F2i, gestisce duemila torri.",
                 [("EI Towers", "subsidiary_of", "F2i")], [], id="sub-partecipata-da"),
    pytest.param("Mediobanca, sotto il controllo di Monte dei Paschi da settembre, cambia vertici.",
                 [("Mediobanca", "subsidiary_of", "Monte dei Paschi di Siena")], [], id="sub-sotto-il-controllo-di"),
    pytest.param("Pirelli si è imposta sulla concorrenza di Michelin nella gara per la Formula 2.",
                 [("Pirelli", "competes_with", "Michelin")], [], id="rival-imposta-sulla-concorrenza"),
    pytest.param("Eni ha battuto la concorrenza di Shell per il giacimento egiziano.",
                 [("Eni", "competes_with", "Shell")], [], id="rival-battuto-la-concorrenza"),
    pytest.param("Fincantieri ha avuto la meglio su Naval Group nella gara australiana.",
                 [("Fincantieri", "competes_with", "Naval Group")], [], id="rival-avuto-la-meglio"),
    pytest.param("Edison si contenderà con Enel i clienti del mercato libero.",
                 [("Edison SpA", "competes_with", "Enel")], [], id="rival-si-contendera-con"),
    pytest.param("Iliad e Fastweb si sono contesi per anni gli stessi clienti.",
                 [("Iliad", "competes_with", "Fastweb")], [], id="rival-sym-si-sono-contesi"),
    pytest.param("Nexi è il rivale storico di Worldline nei pagamenti.",
                 [("Nexi", "competes_with", "Worldline")], [], id="rival-noun-rivale-storico"),
    pytest.param("Eni non ha battuto la concorrenza di Shell.",
                 [], [("Eni", "competes_with", "Shell")], id="rival-negated"),
    pytest.param("Leonardo si è aggiudicata un ordine da Airbus per le fusoliere.",
                 [("Airbus", "customer_of", "Leonardo")], [("Leonardo", "customer_of", "Airbus")],
                 id="customer-aggiudicata-un-ordine-da"),
    pytest.param("Leonardo ha ricevuto da Airbus il primo ordine per 40 fusoliere.",
                 [("Airbus", "customer_of", "Leonardo")], [], id="customer-ricevuto-da-primo-ordine"),
    pytest.param("Saipem ha ottenuto da Eni un contratto da 900 milioni per una piattaforma.",
                 [("Eni", "customer_of", "Saipem")], [("Saipem", "customer_of", "Eni")],
                 id="customer-ottenuto-da-un-contratto"),
    pytest.param("Leonardo punta a ottenere da Airbus un contratto per le fusoliere.",
                 [], [("Airbus", "customer_of", "Leonardo")], id="customer-plan-not-relation"),
    pytest.param("Esselunga si appoggia da tempo a Microsoft per il cloud.",
                 [("Esselunga", "customer_of", "Microsoft")], [], id="customer-si-appoggia-da-tempo"),
    pytest.param("Unipol girerà su Google Cloud dal prossimo anno.",
                 [("Unipol", "customer_of", "Google Cloud")], [], id="customer-girera-su"),
    pytest.param("Generali ha ricevuto da Allianz un'offerta per la divisione vita.",
                 [("Allianz", "bids_for", "Generali")], [], id="bid-ricevuto-da-offerta"),
    pytest.param("Generali non ha ricevuto da Allianz alcuna offerta.",
                 [], [("Allianz", "bids_for", "Generali")], id="bid-negated-received"),
    pytest.param("Poste Italiane ha avviato con Telecom Italia una collaborazione sui servizi energetici.",
                 [("Poste Italiane", "partner_of", TIM)], [], id="partner-avviato-con-collaborazione"),
    pytest.param("Pirelli vorrebbe avviare con Brembo una collaborazione sui sensori.",
                 [], [("Pirelli", "partner_of", "Brembo")], id="partner-wish-not-relation"),
    pytest.param("Enel e Stellantis collaboreranno sulle batterie.",
                 [("Enel", "partner_of", "Stellantis")], [], id="partner-future-collaboreranno"),
    pytest.param("Telecom Italia e Poste Italiane rafforzano la loro alleanza.",
                 [(TIM, "partner_of", "Poste Italiane")], [], id="partner-rafforzano-la-loro-alleanza"),
    pytest.param("Generali si è assicurata il controllo di Liberty Seguros.",
                 [("Generali", "acquires", "Liberty Seguros")], [], id="acq-assicurata-il-controllo"),
    pytest.param("Leonardo ha inglobato Vitrociset.",
                 [("Leonardo", "acquires", "Vitrociset")], [], id="acq-inglobato"),
    pytest.param("Brembo ha firmato un contratto con Stellantis. Lo ha annunciato ieri la società di Curno, "
                 "che si è imposta sulla concorrenza di ZF.",
                 [("Brembo", "competes_with", "ZF Friedrichshafen")], [("Curno", "competes_with", "ZF Friedrichshafen")],
                 id="anaphor-societa-di-town"),
    pytest.param("Leonardo cresce. Il gruppo di piazza Monte Grappa ha stretto un'alleanza con Rheinmetall.",
                 [("Leonardo", "partner_of", "Rheinmetall")], [("Monte Grappa", "partner_of", "Rheinmetall")],
                 id="anaphor-gruppo-di-piazza"),
    pytest.param("Sky Italia cresce. La pay-tv di Santa Giulia ha lanciato un pacchetto in collaborazione con Amazon Prime Video.",
                 [], [("Prime Video", "product_of", "Sky Italia"), ("Santa Giulia", "partner_of", "Prime Video")],
                 id="pay-tv-di-district-no-company-no-product"),
    pytest.param("La holding di Exor ha comprato Iveco.", [("Exor", "acquires", "Iveco")], [],
                 id="place-description-keeps-registry-company"),
    # "X ha firmato con Y": who supplies whom comes from the parties' sectors (DEAL), not from the order
    pytest.param("Unicredit ha firmato con Microsoft un contratto per il cloud.",
                 [("UniCredit", "customer_of", "Microsoft")], [("Microsoft", "customer_of", "UniCredit")],
                 id="deal-firmato-con-cloud-supplier"),
    pytest.param("Brembo ha firmato con Stellantis un contratto per la fornitura dei freni.",
                 [], [("Brembo", "customer_of", "Stellantis")], id="deal-firmato-con-not-subject-customer"),
    # Italian companies of the registry: known at a sentence's start, with their parents
    pytest.param("Brembo fornisce i freni a Ferrari.", [("Ferrari", "customer_of", "Brembo")], [],
                 id="registry-brembo-sentence-start"),
    pytest.param("Zucchetti compete con TeamSystem nel software gestionale.",
                 [("Zucchetti", "competes_with", "TeamSystem")], [], id="registry-software-houses"),
    pytest.param("Gary Pilnick, numero uno di WK Kellogg, resterà fino a dicembre.",
                 [("Gary Pilnick", "executive_of", "WK Kellogg Co")], [("Gary Pilnick", "executive_of", "Kellanova")],
                 id="registry-wk-kellogg-not-kellanova"),
    # "partner" after a person is the person's title, no alliance of the companies named before
    pytest.param("«Il lusso si polarizza: chi ha la dimensione di LVMH o Hermès resiste», commenta Marta Rinaldi, "
                 "partner della società di consulenza Bain & Company.",
                 [("Marta Rinaldi", "executive_of", "Bain & Company")],
                 [("LVMH", "partner_of", "Bain & Company"), ("Hermès", "partner_of", "Bain & Company")],
                 id="role-partner-of-consultancy"),
    pytest.param("Luca Bianchi, partner di McKinsey, ha presentato lo studio.",
                 [("Luca Bianchi", "executive_of", "McKinsey & Company")], [], id="role-partner-apposition"),
    pytest.param("Accenture, partner di Enel nella digitalizzazione, apre a Napoli.",
                 [("Accenture", "partner_of", "Enel")], [], id="partner-noun-company-still-partner"),
    pytest.param("Inwit ha firmato un accordo con Iliad. La società delle torri ha poi scelto Ericsson per le antenne.",
                 [("Inwit", "customer_of", "Ericsson")], [], id="anaphor-societa-delle-torri"),
    # breadth: supply verbs "for", renewed agreements, market-share erosion, "figura" lists
    pytest.param("Saipem realizzerà per Eni una piattaforma in Egitto.",
                 [("Eni", "customer_of", "Saipem")], [("Saipem", "customer_of", "Eni")], id="customer-realizzera-per"),
    pytest.param("Fincantieri costruirà per MSC quattro navi da crociera.",
                 [("MSC", "customer_of", "Fincantieri")], [], id="customer-costruira-per"),
    pytest.param("Unicredit e Generali hanno rinnovato l'accordo di bancassicurazione.",
                 [("UniCredit", "partner_of", "Generali")], [], id="partner-hanno-rinnovato-l-accordo"),
    pytest.param("Iliad sta rosicchiando quote di mercato a Telecom Italia.",
                 [("Iliad", "competes_with", TIM)], [], id="rival-sta-rosicchiando-quote"),
    pytest.param("Ryanair fa la guerra dei prezzi a ITA Airways.",
                 [("Ryanair", "competes_with", "ITA Airways")], [], id="rival-guerra-dei-prezzi-a"),
    pytest.param("Tra i concorrenti di Prysmian figura Nexans.",
                 [("Nexans", "competes_with", "Prysmian")], [], id="rival-tra-i-concorrenti-figura"),
    pytest.param("Tra i clienti di Prysmian ci sono Terna ed Enel.",
                 [("Terna", "customer_of", "Prysmian"), ("Enel", "customer_of", "Prysmian")], [],
                 id="customer-tra-i-clienti-ci-sono"),
    pytest.param("BPER ha presentato un'offerta pubblica di scambio su Banca Popolare di Sondrio.",
                 [("BPER Banca", "bids_for", "Banca Popolare di Sondrio")],
                 [("Banca Popolare di Sondrio", "product_of", "BPER Banca")], id="bid-presentato-offerta-no-product"),
    # a contract only wished for or weighed is no relation; an attempt to buy is a bid
    pytest.param("Stellantis sta valutando un accordo con CATL.", [],
                 [("Stellantis", "partner_of", "CATL"), ("Stellantis", "customer_of", "CATL")], id="deal-weighed-no-relation"),
    pytest.param("Fincantieri valuta anche un accordo con la francese Naval Group.", [],
                 [("Fincantieri", "partner_of", "Naval Group")], id="deal-valuta-no-relation"),
    pytest.param("Mediobanca, che aveva tentato di comprare Banca Generali, ha fallito.",
                 [("Mediobanca", "bids_for", "Banca Generali")], [("Mediobanca", "acquires", "Banca Generali")],
                 id="bid-aveva-tentato-di-comprare"),
    # the other party of a contract may be a description of a company named before
    pytest.param("Microsoft cresce in Italia. TeamSystem ha infatti esteso per altri cinque anni il contratto "
                 "con il colosso di Redmond.",
                 [("TeamSystem", "customer_of", "Microsoft")], [], id="deal-with-described-party"),
    pytest.param("Acea ha scelto Microsoft per il cloud.", [("Acea", "customer_of", "Microsoft")], [],
                 id="registry-acea-sentence-start"),
    pytest.param("Danieli fornirà gli impianti ad Arvedi.", [("Arvedi", "customer_of", "Danieli")], [],
                 id="registry-steel-plant-supplier"),
    # an unknown name opening a sentence is a company when a description without article follows it
    pytest.param("Quantelia, società torinese di software, ha scelto Amazon Web Services.",
                 [("Quantelia", "customer_of", AWS)], [], id="sentence-start-name-società-apposition"),
    pytest.param("Robotix, gruppo bresciano della meccanica, fornirà i robot a Stellantis.",
                 [("Stellantis", "customer_of", "Robotix")], [], id="sentence-start-name-gruppo-apposition"),
    # "(gruppo X)" after a name is an aside: the verb after it is the name's
    pytest.param("Fastweb (gruppo Swisscom) ha scelto Nokia per la rete.",
                 [("Fastweb", "customer_of", "Nokia"), ("Fastweb", "subsidiary_of", "Swisscom")],
                 [("Swisscom", "customer_of", "Nokia")], id="parenthesis-gruppo-aside"),
    # public tenders and work done on a customer's behalf
    pytest.param("Webuild ha vinto l'appalto di RFI per la linea ad alta velocità.",
                 [("Rete Ferroviaria Italiana", "customer_of", "Webuild")], [("Webuild", "customer_of", "Rete Ferroviaria Italiana")],
                 id="customer-vinto-l-appalto-di"),
    pytest.param("Almaviva gestirà per conto di Trenitalia il sistema di biglietteria.",
                 [("Trenitalia", "customer_of", "Almaviva")], [], id="customer-per-conto-di"),
    pytest.param("Ericsson ha ottenuto da WindTre il rinnovo del contratto per la rete.",
                 [("WindTre", "customer_of", "Ericsson")], [], id="customer-ottenuto-da-rinnovo"),
    # "guidata dall'/dalla": the agent forms of the leading participles carry the person's role too
    pytest.param("La start-up Frenotech è guidata dall'ingegnera Giulia Ferraris.",
                 [("Giulia Ferraris", "executive_of", "Frenotech")], [], id="exec-guidata-dall"),
    # a named analyst works at her bank; an unnamed one only comments (the bank is no party)
    pytest.param("«I conti sono solidi», osserva Marta Riva, analista di Intermonte.",
                 [("Marta Riva", "executive_of", "Intermonte")], [], id="exec-named-analyst"),
    pytest.param("Secondo un analista di Kepler, Pirelli potrebbe comprare Brembo.",
                 [("Pirelli", "bids_for", "Brembo")],
                 [("Kepler", "bids_for", "Brembo"), ("Kepler", "bids_for", "Pirelli")], id="source-unnamed-analyst"),
    pytest.param("Secondo gli analisti di Equita, Leonardo comprerà Iveco Defence.", [],
                 [("Equita", "acquires", "Iveco Defence"), ("Equita", "bids_for", "Iveco Defence")],
                 id="source-analysts-no-party"),
    # "X, il cui primo azionista è Y": the owner named in a "whose" relative
    pytest.param("Brembo, il cui azionista di maggioranza è Nuova Fourb, investe in Messico.",
                 # (mid-sentence, the capitalised "Nuova" is the name's own word)
                 [("Brembo", "subsidiary_of", "Nuova Fourb")], [("Nuova Fourb", "subsidiary_of", "Brembo")],
                 id="subsidiary-il-cui-azionista"),
    pytest.param("Pirelli, il cui primo azionista è il gruppo cinese Sinochem, cresce in Borsa.",
                 [("Pirelli", "subsidiary_of", "Sinochem Holdings")], [], id="subsidiary-il-cui-primo-azionista"),
    pytest.param("Pirelli, il cui cliente principale è Ferrari, cresce in Borsa.", [],
                 [("Pirelli", "subsidiary_of", "Ferrari")], id="il-cui-cliente-no-owner"),
    # Formula 1 is one name, digit included
    pytest.param("Pirelli resta fornitore esclusivo della Formula 1 e di Ferrari.",
                 [("Formula 1", "customer_of", "Pirelli"), ("Ferrari", "customer_of", "Pirelli")], [],
                 id="registry-formula-1"),
    # a product noun, with one or two adjectives between, before a new name makes it a product
    pytest.param("Brembo ha sviluppato il sistema frenante elettronico Sensora.",
                 [("Sensora", "product_of", "Brembo")], [], id="product-noun-adjectives"),
    pytest.param("Leonardo ha presentato il nuovo elicottero AW189K.",
                 [("AW189K", "product_of", "Leonardo")], [], id="product-noun-elicottero"),
    pytest.param("Enel ha scelto il sistema di Salesforce per la fatturazione.",
                 [("Enel", "customer_of", "Salesforce")], [("Salesforce", "product_of", "Enel")],
                 id="product-noun-of-owner-no-product"),
    # a demonym after an anaphor says which company it is
    pytest.param("Brembo ha chiuso in rialzo dopo i conti di Continental. La società tedesca ha scelto SAP per la contabilità.",
                 [("Continental AG", "customer_of", "SAP")], [("Brembo", "customer_of", "SAP")], id="anaphor-demonym-tedesca"),
    pytest.param("Prada cresce in Asia mentre Inditex rallenta. La società spagnola ha affidato ad Accenture la logistica.",
                 [("Inditex", "customer_of", "Accenture")], [("Prada", "customer_of", "Accenture")],
                 id="anaphor-demonym-spagnola"),
    # "si aggiudica la fornitura ... di/per Y": Y is supplied, whatever the goods in the gap
    pytest.param("Brembo si è aggiudicata la fornitura dei freni per la nuova piattaforma di Stellantis.",
                 [("Stellantis", "customer_of", "Brembo")], [("Brembo", "customer_of", "Stellantis")],
                 id="customer-aggiudica-la-fornitura-per"),
    pytest.param("Prysmian ha vinto la fornitura dei cavi di Terna per il collegamento con la Sardegna.",
                 [("Terna", "customer_of", "Prysmian")], [("Prysmian", "customer_of", "Terna")],
                 id="customer-vinto-la-fornitura-di"),
    # "A e B sono i concorrenti diretti di X": the plural noun with its adjective names X's rivals
    pytest.param("Continental e Akebono sono i concorrenti diretti di Brembo.",
                 [("Continental AG", "competes_with", "Brembo"), ("Akebono", "competes_with", "Brembo")], [],
                 id="competes-concorrenti-diretti-di"),
    pytest.param("Nexans e NKT, rivali storici di Prysmian, investono nei cavi sottomarini.",
                 [("NKT", "competes_with", "Prysmian")], [], id="competes-rivali-storici-di"),
    # a company another title names belongs to that title, not to a bare title opening the sentence
    pytest.param("Ferrero compra Kellogg. L'amministratore delegato Lapo Rossi guiderà l'integrazione insieme "
                 "a Gary Bianchi, finora numero uno di WK Kellogg.",
                 [("Gary Bianchi", "executive_of", "WK Kellogg Co")], [("Lapo Rossi", "executive_of", "WK Kellogg Co")],
                 id="exec-bare-title-not-other-titles-company"),
    # "al vertice di", "alla testa di": a place at the top is a role
    pytest.param("Pietro Galli, al vertice di Fincantieri da tre anni, ha presentato il piano.",
                 [("Pietro Galli", "executive_of", "Fincantieri")], [], id="exec-al-vertice-di"),
    pytest.param("Mario Rossi, alla testa di Fincantieri, ha parlato con Leonardo.",
                 [("Mario Rossi", "executive_of", "Fincantieri")], [("Mario Rossi", "executive_of", "Leonardo")],
                 id="exec-alla-testa-di"),
    pytest.param("Fincantieri è al vertice del mercato europeo davanti a Naval Group.", [],
                 [("Fincantieri", "executive_of", "Naval Group")], id="al-vertice-no-person"),
    # "A e B hanno stretto un accordo", "collaborano": partners named in one list
    pytest.param("Fastweb e Open Fiber hanno stretto un accordo sulla fibra.",
                 [("Fastweb", "partner_of", "Open Fiber")], [], id="partner-list-hanno-stretto-un-accordo"),
    pytest.param("Enel ed Eni uniscono le forze nell'idrogeno verde.",
                 [("Enel", "partner_of", "Eni")], [], id="partner-list-uniscono-le-forze"),
    pytest.param("Fastweb e Open Fiber collaborano da anni sulla rete.",
                 [("Fastweb", "partner_of", "Open Fiber")], [], id="partner-list-collaborano"),
    pytest.param("Fastweb e Open Fiber non collaborano più.", [],
                 [("Fastweb", "partner_of", "Open Fiber")], id="partner-list-non-collaborano"),
    # Italian sector words (industries.json): oil, solar power, towers, space
    pytest.param("Eni opera nel settore petrolifero da settant'anni.", [("Eni", "operates_in", "energy")], [],
                 id="sector-petrolifero"),
    pytest.param("Inwit è attiva nelle torri di telecomunicazione.", [("Inwit", "operates_in", "telecommunications")], [],
                 id="sector-torri"),
    pytest.param("Leonardo cresce nel settore spaziale con Telespazio.",
                 [("Leonardo", "operates_in", "aerospace and defence")], [], id="sector-spaziale"),
    # a verb cue holds for a list of subjects in the plural (plural_endings)
    ("Eni e Snam acquisiscono Saipem.", [("Eni", "acquires", "Saipem"), ("Snam", "acquires", "Saipem")], []),
]


@pytest.mark.parametrize("text,present,absent", CASES)
def test_sentence(text, present, absent):
    assert_claims(text, LANG, present, absent)


# precision on new text: wordings that must not yield the relation of their shape (a denied rumour,
# a title bound to another company, a common noun read as a name)
PRECISION_CASES = [
    ("Secondo indiscrezioni Unicredit preparerebbe un'offerta su Banco BPM, voci smentite ieri dalla banca.", [], [("UniCredit", "bids_for", "Banco BPM")]),
    ("In Wind Tre, controllata dal gruppo CK Hutchison, l'amministratore delegato Benedetto Levi punta sul marchio Very.",
     [("Benedetto Levi", "executive_of", "WindTre")], [("Benedetto Levi", "executive_of", "CK Hutchison")]),
    ("Il fondo Clessidra, proprietario della Gazzetta Padana, ha confermato l'interesse.", [], [("Gazzetta Padana", "executive_of", "Clessidra")]),
    # a signed agreement to buy is an agreed acquisition, not a bid
    ("Credem ha firmato ieri sera l'accordo per rilevare il 100% di Satispay per circa 95 milioni di euro.",
     [("Credem", "acquires", "Satispay")], [("Credem", "bids_for", "Satispay")]),
    # a retailer's supply contract with a maker buys the maker's goods
    ("Granarolo mantiene comunque un contratto di fornitura con Esselunga.", [("Esselunga", "customer_of", "Granarolo")], [("Granarolo", "partner_of", "Esselunga")]),
]


@pytest.mark.parametrize("text,present,absent", PRECISION_CASES)
def test_precision_sentence(text, present, absent):
    from tests.lang.checks import assert_sentence as check
    check(text, "it", present, absent)



# brands and products: a name called a brand is its owner's product; a model ordered from one supplier is its
PRODUCTS = [
    ("Ita Airways ha ordinato dieci velivoli A330neo ad Airbus per le rotte intercontinentali.",
     [("A330neo", "product_of", "Airbus")], [("A330neo", "product_of", "ITA Airways")]),
]


@pytest.mark.parametrize("text,present,absent", PRODUCTS)
def test_products(text, present, absent):
    assert_claims(text, LANG, present, absent)


# brand phrases: "con il marchio X" is the subject's brand, "uno dei marchi di Y" Y's
BRANDS = [
    ("Latteria Ravelli, che con il marchio Frescalto domina il segmento, apre un impianto.",
     [("Frescalto", "product_of", "Latteria Ravelli")], []),
    ("Frescalto, uno dei marchi di Latteria Ravelli, cresce.", [("Frescalto", "product_of", "Latteria Ravelli")], []),
    ("Latteria Ravelli punta sui suoi marchi Frescalto e Bontelli.",
     [("Frescalto", "product_of", "Latteria Ravelli"), ("Bontelli", "product_of", "Latteria Ravelli")], []),
    # an offering noun, the name, "of" and a company: that company's product
    ("Il marchio Tidepay del gruppo Harbor Bank cresce.", [("Tidepay", "product_of", "Harbor Bank")], []),
    # ", la società nata dalla fusione di ...,": an aside; "i suoi marchi" are the subject's
    ("Latteria Ravelli, la società nata dalla fusione di Granarolo e Parmalat, punta sui suoi marchi Frescalto e Bontelli.",
     [("Frescalto", "product_of", "Latteria Ravelli")], [("Frescalto", "product_of", "Parmalat")]),
    ("Ferrero ha comprato WK Kellogg Co, il produttore dei cereali Froot Loops e Raisin Bran.",
     [("Raisin Bran", "product_of", "WK Kellogg Co")], []),
    ("La Zorba, il modello di punta di Nexmotors, si vende bene.", [("Zorba", "product_of", "Nexmotors")], []),
]


@pytest.mark.parametrize("text,present,absent", BRANDS)
def test_brands(text, present, absent):
    assert_claims(text, LANG, present, absent)


# taking customers from a company: a rival
RIVALS = [
    ("Iliad ha sottratto 200 mila clienti a TIM e Vodafone.",
     [("Iliad", "competes_with", "Telecom Italia"), ("Iliad", "competes_with", "Vodafone")], []),
    ("Iliad guadagna terreno su Vodafone nella fibra.", [("Iliad", "competes_with", "Vodafone")], []),
    ("Iliad se la vede con Vodafone nel mobile.", [("Iliad", "competes_with", "Vodafone")], []),
    # "nei confronti dei concorrenti diretti, A e B": the named company's rivals
    ("L'intesa rafforza la posizione di Brembo nei confronti dei concorrenti diretti, la tedesca Continental e la "
     "giapponese Akebono, che avevano partecipato alla gara.",
     [("Akebono", "competes_with", "Brembo"), ("Continental AG", "competes_with", "Brembo")], []),
]


@pytest.mark.parametrize("text,present,absent", RIVALS)
def test_rivals(text, present, absent):
    assert_claims(text, LANG, present, absent)



def test_authority_is_named_but_no_party():
    """A regulator that approves a deal is a company of the text, and party to no relation."""
    from frenemy.api import analyse_text

    ad = analyse_text("Dopo il via libera della Banca d'Italia, Credito Valmora ha completato l'acquisizione di Finsera.", lang="it")
    assert "banca_italia" in ad.entities
    assert not [c for c in ad.claims if "banca_italia" in (c.subject, c.object)]



# supply: goods named by their maker, supplier nouns with the goods between, orders won, supply
# contracts and delivery verbs make the buyer the maker's customer (customer_of: buyer -> seller)
SUPPLY = [
    # goods named by their maker after a purchase verb: the maker is not bought
    ('Enel compra turbine di Siemens Energy.',
     [('Enel', 'customer_of', 'Siemens Energy')], [('Enel', 'acquires', 'Siemens Energy')]),
    # a supplier noun with the goods between it and the party supplied
    ('Granarolo sarà il principale fornitore di latte fresco di Coop Italia.',
     [('Coop Italia', 'customer_of', 'Granarolo')], []),
    ('Brembo è fornitore di sistemi frenanti per Stellantis.',
     [('Stellantis', 'customer_of', 'Brembo')], []),
    # a supply contract with a retailer: the retailer buys
    ('Parmalat ha firmato un contratto di fornitura con Esselunga.',
     [('Esselunga', 'customer_of', 'Parmalat')], [('Parmalat', 'partner_of', 'Esselunga')]),
]


@pytest.mark.parametrize("text,present,absent", SUPPLY)
def test_supply(text, present, absent):
    checks.assert_sentence(text, "it", present, absent)
