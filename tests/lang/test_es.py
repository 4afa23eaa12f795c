"""Spanish lexicon: invented business-news sentences, one mechanism each.

`present` triples must be claimed with confidence >= 0.5 (the default cut-off); a 4-tuple
(subject, relation, object, modality) must be claimed with that modality at any confidence;
`absent` triples must not be claimed at all.
"""

from __future__ import annotations

import pytest

from frenemy.api import analyse_text

SYMMETRIC = ("partner_of", "competes_with")
LANG = "es"


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
SAN = "Banco Santander"
SAB = "Banco Sabadell"

CASES = [
    # --- customer_of -------------------------------------------------------------------------
    pytest.param("Iberdrola ha elegido Microsoft Azure para migrar sus sistemas de facturación.",
                 [("Iberdrola", "customer_of", "Microsoft Azure")], [], id="customer-svo-elegir"),
    pytest.param("El Corte Inglés utiliza la nube de Google para su tienda en línea.",
                 [("El Corte Inglés", "customer_of", "Google")], [], id="customer-svo-utiliza"),
    pytest.param("Nvidia suministra chips a Telefónica para sus centros de datos.",
                 [("Telefónica", "customer_of", "Nvidia")], [("Nvidia", "customer_of", "Telefónica")],
                 id="customer-ovs-suministra-direction"),
    pytest.param("Amazon Web Services presta servicios a Repsol desde 2020.",
                 [("Repsol", "customer_of", AWS)], [(AWS, "customer_of", "Repsol")], id="customer-ovs-presta"),
    pytest.param("Entre los clientes de Amazon Web Services figuran Repsol, Mapfre y BBVA.",
                 [("Repsol", "customer_of", AWS), ("Mapfre", "customer_of", AWS), ("BBVA", "customer_of", AWS)],
                 [], id="customer-noun-enumeration"),
    pytest.param("Mapfre, cliente de Salesforce desde hace una década, amplía su contrato.",
                 [("Mapfre", "customer_of", "Salesforce")], [], id="customer-noun-apposition"),
    pytest.param("Accenture, proveedor tecnológico de Banco Santander, abrirá un centro en Málaga.",
                 [(SAN, "customer_of", "Accenture")], [("Accenture", "customer_of", SAN)],
                 id="customer-noun-inv-proveedor"),
    pytest.param("Telefónica ha firmado un contrato con Inditex para conectar sus tiendas.",
                 [("Inditex", "customer_of", "Telefónica")], [("Telefónica", "customer_of", "Inditex")],
                 id="customer-deal-direction"),
    pytest.param("Carrefour ha cerrado un acuerdo con Google Cloud para gestionar sus datos.",
                 [("Carrefour", "customer_of", "Google Cloud")], [], id="customer-deal-cloud"),
    pytest.param("Inditex presentó ayer resultados récord. La compañía utiliza Salesforce en todas sus tiendas.",
                 [("Inditex", "customer_of", "Salesforce")], [], id="customer-anaphor-la-compania"),
    pytest.param("Mercadona no utiliza los servicios en la nube de Amazon.",
                 [], [("Mercadona", "customer_of", "Amazon")], id="customer-negated"),
    pytest.param("Endesa quiere utilizar la tecnología de OpenAI en su atención al cliente.",
                 [], [("Endesa", "customer_of", "OpenAI")], id="customer-wish"),
    pytest.param("Según fuentes del sector, Naturgy podría confiar en Oracle para su nuevo sistema.",
                 [("Naturgy", "customer_of", "Oracle")], [], id="customer-hedged"),
    pytest.param("BBVA ha dejado de utilizar los servidores de IBM.",
                 [("BBVA", "customer_of", "IBM", "ended")], [], id="customer-ended"),
    pytest.param("Repsol, Acciona y Naturgy utilizan los servicios de SAP.",
                 [("Repsol", "customer_of", "SAP"), ("Acciona", "customer_of", "SAP"),
                  ("Naturgy", "customer_of", "SAP")], [], id="customer-coordinated-subjects"),
    # --- partner_of --------------------------------------------------------------------------
    pytest.param("Telefónica se alía con Microsoft para desarrollar servicios de inteligencia artificial.",
                 [("Telefónica", "partner_of", "Microsoft")], [], id="partner-se-alia"),
    pytest.param("Iberdrola y Amazon sellan una alianza para impulsar la energía solar.",
                 [("Iberdrola", "partner_of", "Amazon")], [], id="partner-sym-list"),
    pytest.param("Cellnex colabora con Ericsson, Nokia y Huawei en el despliegue del 5G.",
                 [("Cellnex", "partner_of", "Ericsson"), ("Cellnex", "partner_of", "Nokia"),
                  ("Cellnex", "partner_of", "Huawei")], [], id="partner-enumeration"),
    pytest.param("Acciona ha creado una empresa conjunta con Nvidia para construir centros de datos.",
                 [("Acciona", "partner_of", "Nvidia")], [], id="partner-empresa-conjunta"),
    pytest.param("Repsol descarta una alianza con Moeve en el negocio del hidrógeno.",
                 [], [("Repsol", "partner_of", "Moeve")], id="partner-negated"),
    pytest.param("Telefónica, al igual que Vodafone, trabaja con Ericsson en la red 5G.",
                 [("Telefónica", "partner_of", "Ericsson")], [], id="partner-trabaja-con"),
    # --- competes_with -----------------------------------------------------------------------
    pytest.param("Mercadona compite con Carrefour, Lidl y DIA en el mercado español.",
                 [("Mercadona", "competes_with", "Carrefour"), ("Mercadona", "competes_with", "Lidl"),
                  ("Mercadona", "competes_with", "DIA")], [], id="compete-enumeration"),
    pytest.param("Ryanair y easyJet son rivales en las rutas entre España y el Reino Unido.",
                 [("Ryanair", "competes_with", "easyJet")], [], id="compete-sym-son-rivales"),
    pytest.param("Lidl, principal rival de Mercadona, abrirá cincuenta tiendas este año.",
                 [("Lidl", "competes_with", "Mercadona")], [], id="compete-noun-apposition"),
    pytest.param("Inditex planta cara a Shein con una nueva plataforma de moda barata.",
                 [("Inditex", "competes_with", "Shein")], [], id="compete-planta-cara"),
    pytest.param("Netflix supera a Movistar en número de abonados por primera vez.",
                 [("Netflix", "competes_with", "Movistar")], [], id="compete-supera"),
    # --- acquires / bids_for -------------------------------------------------------------------
    pytest.param("Telefónica ha comprado la operadora alemana E-Plus.",
                 [("Telefónica", "acquires", "E-Plus")], [], id="acquire-svo"),
    pytest.param("La cadena DIA fue adquirida por el fondo LetterOne en 2019.",
                 [("LetterOne", "acquires", "DIA")], [("DIA", "acquires", "LetterOne")], id="acquire-passive"),
    pytest.param("BBVA ha cerrado la compra de la fintech Openpay.",
                 [("BBVA", "acquires", "Openpay")], [], id="acquire-cierra-compra"),
    pytest.param("Grifols presentó ayer sus cuentas anuales. El grupo ha adquirido la alemana Biotest.",
                 [("Grifols", "acquires", "Biotest")], [], id="acquire-anaphor-el-grupo"),
    pytest.param("Unicaja se ha fusionado con Liberbank tras meses de negociación.",
                 [("Unicaja", "acquires", "Liberbank")], [], id="acquire-fusion"),
    pytest.param("La aerolínea Air Europa pasará a manos de Turkish Airlines.",
                 [("Turkish Airlines", "acquires", "Air Europa")], [], id="acquire-pasa-a-manos"),
    pytest.param("BBVA ha lanzado una opa hostil sobre Banco Sabadell.",
                 [("BBVA", "bids_for", SAB)], [("BBVA", "acquires", SAB)], id="bid-opa"),
    pytest.param("CaixaBank mantiene negociaciones para comprar Bankinter.",
                 [("CaixaBank", "bids_for", "Bankinter")], [("CaixaBank", "acquires", "Bankinter")],
                 id="bid-talks"),
    pytest.param("Repsol quiere hacerse con Solaria para crecer en renovables.",
                 [("Repsol", "bids_for", "Solaria")], [("Repsol", "acquires", "Solaria")], id="bid-wish"),
    pytest.param("Según fuentes cercanas a la operación, Cellnex podría ser comprada por KKR.",
                 [("KKR", "bids_for", "Cellnex")], [("KKR", "acquires", "Cellnex")], id="bid-hedged-passive"),
    pytest.param("Iberdrola no comprará Naturgy, según ha confirmado su presidente.",
                 [], [("Iberdrola", "acquires", "Naturgy"), ("Iberdrola", "bids_for", "Naturgy")],
                 id="acquire-negated"),
    pytest.param("El holding Criteria Caixa ha adquirido una participación minoritaria en Telefónica.",
                 [], [("Criteria Caixa", "acquires", "Telefónica")], id="acquire-minority-stake"),
    pytest.param("Mapfre ha presentado una oferta por la aseguradora Verti y por Línea Directa.",
                 [("Mapfre", "bids_for", "Verti"), ("Mapfre", "bids_for", "Línea Directa")],
                 [("Mapfre", "acquires", "Verti")], id="bid-oferta-two-objects",
                 marks=pytest.mark.xfail(reason="'por' before the second object is read as a passive agent")),
    # --- subsidiary_of -------------------------------------------------------------------------
    pytest.param("Acciona ha reforzado su filial Nordex en el mercado alemán.",
                 [("Nordex", "subsidiary_of", "Acciona")], [], id="subsidiary-possessive"),
    pytest.param("El banco digital Openbank, filial de Banco Santander, llega a México.",
                 [("Openbank", "subsidiary_of", SAN)], [], id="subsidiary-noun-apposition"),
    pytest.param("La matriz de Lefties, Inditex, ha abierto tiendas en Brasil.",
                 [("Lefties", "subsidiary_of", "Inditex")], [], id="subsidiary-noun-inv-matriz"),
    pytest.param("Línea Directa, controlada por Bankinter, ha lanzado un seguro digital.",
                 [("Línea Directa", "subsidiary_of", "Bankinter")], [], id="subsidiary-controlado-por"),
    # --- product_of ----------------------------------------------------------------------------
    pytest.param("Microsoft ha lanzado Copilot para las pymes españolas.",
                 [("Microsoft Copilot", "product_of", "Microsoft")], [], id="product-lanza"),
    pytest.param("Repsol lanza Repsol Vivit para sus clientes de electricidad.",
                 [("Repsol Vivit", "product_of", "Repsol")], [], id="product-lanza-new"),
    # --- operates_in ---------------------------------------------------------------------------
    pytest.param("Mercadona entra en el comercio electrónico con una nueva web.",
                 [("Mercadona", "operates_in", "e-commerce")], [], id="industry-entra"),
    pytest.param("Telefónica apuesta por la inteligencia artificial generativa.",
                 [("Telefónica", "operates_in", "artificial intelligence")], [], id="industry-apuesta"),
    pytest.param("Amazon desembarca en la sanidad española con una red de clínicas.",
                 [("Amazon", "operates_in", "healthcare")], [], id="industry-desembarca"),
    pytest.param("Repsol presentó su plan estratégico. La petrolera invertirá en energías renovables.",
                 [("Repsol", "operates_in", "energy")], [], id="industry-anaphor"),
    # --- executive_of --------------------------------------------------------------------------
    pytest.param("El consejero delegado de Iberdrola, Ignacio Galán, presentó los resultados.",
                 [("Ignacio Galán", "executive_of", "Iberdrola")], [], id="exec-role-before"),
    pytest.param("Ana Botín, presidenta de Banco Santander, defendió la estrategia digital.",
                 [("Ana Botín", "executive_of", SAN)], [], id="exec-role-apposition"),
    pytest.param("Marta Ortega, presidenta de Inditex, y Pablo Isla, expresidente del grupo, asistieron.",
                 [("Marta Ortega", "executive_of", "Inditex")], [], id="exec-two-people"),
    pytest.param("Telefónica renueva su cúpula. Marc Murtra será el nuevo presidente ejecutivo de la compañía.",
                 [("Marc Murtra", "executive_of", "Telefónica")], [], id="exec-nombrado"),
    # --- more mechanisms ------------------------------------------------------------------------
    pytest.param("Amazon Web Services tiene a Repsol como cliente desde 2019.",
                 [("Repsol", "customer_of", AWS)], [(AWS, "customer_of", "Repsol")], id="customer-split-cue"),
    pytest.param("El gigante chino Huawei suministra equipos a Vodafone y Orange.",
                 [("Vodafone", "customer_of", "Huawei"), ("Orange", "customer_of", "Huawei")], [],
                 id="customer-ovs-two-objects"),
    pytest.param("Entre los clientes de Oracle figuran Repsol y Mapfre, así como BBVA.",
                 [("Repsol", "customer_of", "Oracle"), ("BBVA", "customer_of", "Oracle")], [],
                 id="customer-additive-asi-como"),
    pytest.param("Entre los clientes de Salesforce figuran Repsol y Mapfre. Otro ejemplo son BBVA y CaixaBank.",
                 [("BBVA", "customer_of", "Salesforce"), ("CaixaBank", "customer_of", "Salesforce")], [],
                 id="customer-continuation"),
    pytest.param("La compra de Openpay por parte de BBVA se cerró en marzo.",
                 [("BBVA", "acquires", "Openpay")], [("Openpay", "acquires", "BBVA")], id="acquire-noun-agent"),
    pytest.param("Repsol ha comprado Asterion y ha lanzado Repsol Solmatch.",
                 [("Repsol", "acquires", "Asterion"), ("Repsol Solmatch", "product_of", "Repsol")], [],
                 id="coordinated-verbs"),
    pytest.param("Si Iberdrola comprara Naturgy, nacería un gigante energético.",
                 [], [("Iberdrola", "acquires", "Naturgy")], id="acquire-hypothetical"),
    pytest.param("Si Iberdrola comprara Naturgy, nacería un gigante energético.",
                 [], [("Iberdrola", "bids_for", "Naturgy")], id="bid-hypothetical",
                 marks=pytest.mark.xfail(reason="a 'si' clause is only a hedge: a hypothetical purchase becomes bids_for")),
    pytest.param("La opa de BBVA sobre Banco Sabadell sigue adelante.",
                 [("BBVA", "bids_for", SAB)], [], id="bid-noun-de-sobre",
                 marks=pytest.mark.xfail(reason="'la opa de X sobre Y': the bidder sits between noun and object")),
    pytest.param("BBVA ha comprado un 10% de Garanti a un grupo turco.",
                 [], [("BBVA", "acquires", "Garanti")], id="acquire-percent-stake",
                 marks=pytest.mark.xfail(reason="a percentage stake reads as an acquisition: lexicons cannot match numbers")),
    pytest.param("Telefónica ha roto su alianza con Huawei en Alemania.",
                 [("Telefónica", "partner_of", "Huawei", "ended")], [], id="partner-ended"),
    pytest.param("Carrefour, Lidl y DIA dominan el mercado. Amazon les hace la competencia con su supermercado.",
                 [("Amazon", "competes_with", "Carrefour"), ("Amazon", "competes_with", "DIA")], [],
                 id="compete-plural-pronoun"),
    pytest.param("Mercadona y sus rivales Lidl y Aldi ganan cuota de mercado.",
                 [("Mercadona", "competes_with", "Lidl")], [], id="compete-possessive-noun"),
    pytest.param("Vueling es una filial de IAG, el grupo que también controla Iberia.",
                 [("Vueling", "subsidiary_of", "International Airlines Group")], [], id="subsidiary-es-una-filial"),
    pytest.param("El ex consejero delegado de BBVA, Onur Genç, dejó el banco en 2024.",
                 [("Onur Genç", "executive_of", "BBVA", "ended")], [], id="exec-ended"),
    pytest.param("Repsol e Iberdrola colaboran en proyectos de hidrógeno verde.",
                 [("Repsol", "partner_of", "Iberdrola")], [], id="partner-conjunction-e"),
    pytest.param("Telefónica, presidida por Marc Murtra, ha vendido su filial argentina.",
                 [("Marc Murtra", "executive_of", "Telefónica")], [], id="exec-presidida-por"),
    pytest.param("Bankinter presentó sus resultados. El banco utiliza Salesforce en toda su red.",
                 [("Bankinter", "customer_of", "Salesforce")], [], id="customer-anaphor-el-banco",
                 marks=pytest.mark.xfail(reason="'banco' is an industry name (banking), so 'el banco' is an industry "
                                                "mention and never an anaphor")),
    pytest.param("Cabify ha elegido Google Cloud para su plataforma de movilidad.",
                 [("Cabify", "customer_of", "Google Cloud")], [], id="customer-unknown-sentence-initial",
                 marks=pytest.mark.xfail(reason="an unknown one-word name opening a sentence is not taken as a name")),
    # --- customers won, alliances widened, joint ventures, rivals named ---------------------------
    pytest.param("Indra gana a Iberdrola y Repsol como clientes.",
                 [("Iberdrola", "customer_of", "Indra"), ("Repsol", "customer_of", "Indra")],
                 [("Indra", "customer_of", "Iberdrola")], id="customer-gana-a-como-clientes"),
    pytest.param("Telefónica amplía su alianza con Microsoft y gana a Iberdrola como cliente.",
                 [("Telefónica", "partner_of", "Microsoft"), ("Iberdrola", "customer_of", "Telefónica")],
                 [("Telefónica", "partner_of", "Iberdrola")], id="partner-amplia-su-alianza"),
    pytest.param("Santander mantiene también acuerdos con Google Cloud y con Microsoft.",
                 [(SAN, "partner_of", "Google Cloud"), (SAN, "partner_of", "Microsoft")], [],
                 id="partner-mantiene-acuerdos-con"),
    pytest.param("Repsol sigue confiando en Microsoft para la nube.",
                 [("Repsol", "customer_of", "Microsoft")], [], id="customer-sigue-confiando-en"),
    pytest.param("Según el banco, Mercado Pago, el brazo financiero de Mercado Libre, crece.",
                 [("Mercado Pago", "subsidiary_of", "MercadoLibre")], [], id="subsidiary-brazo-financiero"),
    pytest.param("El regulador aprobó Hyperion, la empresa conjunta creada por Repsol y Enagás.",
                 [("Hyperion", "subsidiary_of", "Repsol"), ("Hyperion", "subsidiary_of", "Enagás")], [],
                 id="subsidiary-empresa-conjunta-creada-por"),
    pytest.param("Shein le disputa cuota a Inditex en Europa.",
                 [("Shein", "competes_with", "Inditex")], [], id="competes-le-disputa-cuota"),
    pytest.param("Inditex cierra la compra del grupo Tempe.",
                 [("Inditex", "acquires", "Tempe")], [], id="acquires-cierra-la-compra-del"),
    pytest.param("BBVA mejora su oferta sobre Sabadell.",
                 [("BBVA", "bids_for", SAB)], [], id="bid-su-oferta-sobre"),
    pytest.param("Mercado Libre, fundada por Marcos Galperin, crece en México.",
                 [("Marcos Galperin", "executive_of", "MercadoLibre")], [], id="executive-fundada-por"),
    # --- mini-articles -------------------------------------------------------------------------
    pytest.param("Repsol ha cerrado un contrato con Uber para suministrar combustible. "
                 "Además, la empresa ha firmado una alianza con Iberdrola para cargar sus coches eléctricos.",
                 [("Repsol", "partner_of", "Iberdrola")], [], id="article-cross-sentence"),
    pytest.param("Banco Sabadell rechazó la oferta de BBVA. El banco catalán prefiere seguir independiente.",
                 [], [("BBVA", "acquires", SAB)], id="article-rejected-bid"),
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
