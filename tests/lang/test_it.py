"""Italian lexicon: invented business-news sentences, one mechanism each.

`present` triples must be claimed with confidence >= 0.5 (the default cut-off); a 4-tuple
(subject, relation, object, modality) must be claimed with that modality at any confidence;
`absent` triples must not be claimed at all.
"""

from __future__ import annotations

import pytest

from frenemy.api import analyse_text

SYMMETRIC = ("partner_of", "competes_with")
LANG = "it"


def _claims(text: str) -> dict[tuple[str, str, str], list]:
    """Every claim of the text by (subject name, relation, object name); symmetric ones both ways."""
    ad = analyse_text(text, lang=LANG)
    names = {e.id: e.name for e in ad.entities.values()}
    out: dict[tuple[str, str, str], list] = {}
    for c in ad.claims:
        key = (names[c.subject], c.relation, names[c.object])
        out.setdefault(key, []).append(c)
        if c.relation in SYMMETRIC:
            out.setdefault((key[2], key[1], key[0]), []).append(c)
    return out


AWS = "Amazon Web Services"
TIM = "Telecom Italia"
ISP = "Intesa Sanpaolo"

CASES = [
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
                 [], [("Eni", "bids_for", "Saipem")], id="bid-hypothetical",
                 marks=pytest.mark.xfail(reason="a 'se' clause is only a hedge: a hypothetical purchase becomes bids_for")),
    pytest.param("L'opa di UniCredit su Banco BPM è stata ritirata.",
                 [], [("UniCredit", "acquires", "Banco BPM")], id="bid-noun-withdrawn"),
    pytest.param("L'opa di UniCredit su Banco BPM prosegue.",
                 [("UniCredit", "bids_for", "Banco BPM")], [], id="bid-noun-di-su",
                 marks=pytest.mark.xfail(reason="'l'opa di X su Y': the bidder sits between noun and object")),
    pytest.param("UniCredit ha acquistato il 9% di Commerzbank.",
                 [], [("UniCredit", "acquires", "Commerzbank")], id="acquire-percent-stake",
                 marks=pytest.mark.xfail(reason="a percentage stake reads as an acquisition: lexicons cannot match numbers")),
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
                 [("Mediobanca", "customer_of", "Google Cloud")], [], id="customer-anaphor-la-banca",
                 marks=pytest.mark.xfail(reason="'banca' is an industry name (banking), so 'la banca' is an industry "
                                                "mention and never an anaphor")),
    # --- joint ventures, bids won, alliances widened, rivals named --------------------------------
    pytest.param("Il governo ha presentato Open Fiber, la società costituita da Enel e Cdp per la banda ultralarga.",
                 [("Open Fiber", "subsidiary_of", "Enel"), ("Open Fiber", "subsidiary_of", "Cdp")], [],
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
    # --- mini-articles -------------------------------------------------------------------------
    pytest.param("Telecom Italia ha firmato un contratto con Ferrari per la rete dei suoi stabilimenti. "
                 "Inoltre, la società ha stretto una partnership con Google per il cloud.",
                 [(TIM, "partner_of", "Google")], [], id="article-cross-sentence"),
    pytest.param("Banco BPM ha respinto l'offerta di UniCredit. La banca milanese vuole restare indipendente.",
                 [], [("UniCredit", "acquires", "Banco BPM")], id="article-rejected-bid"),
]


@pytest.mark.parametrize("text,present,absent", CASES)
def test_sentence(text, present, absent):
    claims = _claims(text)
    for triple in present:
        found = claims.get(tuple(triple[:3]), [])
        if len(triple) == 4:
            assert any(c.modality == triple[3] for c in found), (triple, sorted(claims))
        else:
            assert any(c.confidence >= 0.5 for c in found), (triple, sorted(claims))
    for triple in absent:
        assert triple not in claims, (triple, sorted(claims))
