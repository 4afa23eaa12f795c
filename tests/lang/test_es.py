"""Spanish lexicon: invented business-news sentences, one mechanism each.

`present` triples must be claimed with confidence >= 0.5 (the default cut-off); a 4-tuple
(subject, relation, object, modality) must be claimed with that modality at any confidence;
`absent` triples must not be claimed at all.
"""

from __future__ import annotations

import pytest

from tests.lang import checks
from tests.lang.checks import assert_claims

LANG = "es"


AWS = "Amazon Web Services"
SAN = "Banco Santander"
SAB = "Banco Sabadell"

CASES = [
    # a sector agent noun before the name says the company's trade
    ("La petrolera Repsol firmó un acuerdo con la constructora Acciona.",
     [("Repsol", "operates_in", "energy"), ("Acciona", "operates_in", "construction")], []),

    # un sindicato de bancos sin cliente nombrado financia a la empresa de la que habla el artículo
    ("Iberdrola construirá una planta de hidrógeno en Huelva. La financiación del proyecto correrá a cargo de un "
     "sindicato de bancos liderado por BBVA y Santander.",
     [("Iberdrola", "customer_of", "BBVA"), ("Iberdrola", "customer_of", "Banco Santander")], []),
    # asesores y bancos prestamistas: el cliente es su cliente
    ("Iberdrola está asesorada por Santander y BBVA.",
     [("Iberdrola", "customer_of", "Banco Santander"), ("Iberdrola", "customer_of", "BBVA")], []),
    ("Santander asesora a Iberdrola en la venta.", [("Iberdrola", "customer_of", "Banco Santander")], []),
    ("Iberdrola ha firmado un préstamo con BBVA.", [("Iberdrola", "customer_of", "BBVA")], []),
    ("Iberdrola no está asesorada por Santander.", [], [("Iberdrola", "customer_of", "Banco Santander")]),
    # relativo de objeto: ", que X compró" hace de X el comprador del nombre antes de la coma
    ("Tuenti, que Telefónica compró en 2010, competía con WhatsApp.", [("Telefónica", "acquires", "Tuenti")], [("Telefónica", "acquires", "WhatsApp")]),
    # registry entries added with the fresh set (energy, logistics, airlines, gaming, pharma, insurance)
    ('Octapharma compite con Grifols en el mercado de hemoderivados.', [('Octapharma', 'competes_with', 'Grifols')], []),
    # a founder with no company named founded the young company just spoken of, not the big one
    ('Mercadona abrirá cien tiendas. La empresa sevillana Datanube ha firmado un acuerdo con Mercadona. La cofundadora, Marta Ruiz, celebró la noticia.',
     [('Marta Ruiz', 'executive_of', 'Datanube')], [('Marta Ruiz', 'executive_of', 'Mercadona')]),
    # "<Owner> <Word>" called a division is a company, not one of the owner's products
    ("Repsol Química, la división petroquímica de Repsol, cerrará una planta.",
     [("Repsol Química", "subsidiary_of", "Repsol")], [("Repsol Química", "product_of", "Repsol")]),
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
                 [("Mapfre", "acquires", "Verti")], id="bid-oferta-two-objects"),
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
                 [], [("Iberdrola", "bids_for", "Naturgy")], id="bid-hypothetical"),
    pytest.param("La opa de BBVA sobre Banco Sabadell sigue adelante.",
                 [("BBVA", "bids_for", SAB)], [], id="bid-noun-de-sobre"),
    pytest.param("BBVA ha comprado un 10% de Garanti a un grupo turco.",
                 [], [("BBVA", "acquires", "Garanti")], id="acquire-percent-stake"),
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
                 [("Cabify", "customer_of", "Google Cloud")], [], id="customer-unknown-sentence-initial"),
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
    # --- demonyms, pacts, duels, relative titles, clause anaphors ----------------------------------
    pytest.param("Iberia ha firmado una alianza con la británica Vodafone para sus aviones.",
                 [("Iberia", "partner_of", "Vodafone")], [], id="partner-demonym-before-name"),
    pytest.param("Nu Colombia, la filial local del brasileño Nubank, abre oficinas en Bogotá.",
                 [("Nu Colombia", "subsidiary_of", "Nubank")], [], id="subsidiary-demonym-after-of"),
    pytest.param("Acciona ha sellado un pacto con Ferrovial para construir plantas solares.",
                 [("Acciona", "partner_of", "Ferrovial")], [], id="partner-pacto-con"),
    pytest.param("Glovo mantiene su duelo con Uber en el reparto a domicilio.",
                 [("Glovo", "competes_with", "Uber")], [], id="competes-duelo-con"),
    pytest.param("Mango abre tiendas en Asia. Zara le disputa cuota en varios mercados.",
                 [("Zara", "competes_with", "Mango")], [], id="competes-le-clitic-object"),
    pytest.param("Endesa ha presentado sus cuentas. La eléctrica que preside Juan Sánchez-Calero vende más.",
                 [("Juan Sánchez-Calero", "executive_of", "Endesa")], [], id="executive-que-preside"),
    pytest.param("Unicaja estudia comprar Liberbank, aunque la entidad que dirige Isidro Rubiales calla.",
                 [("Isidro Rubiales", "executive_of", "Unicaja")], [("Liberbank", "executive_of", "Unicaja")],
                 id="executive-que-dirige-clause-anaphor"),
    pytest.param("Ferrovial se expande en Canadá. Heathrow crece, aunque Ferrovial ha vendido su parte. "
                 "La compañía utiliza SAP en todas sus obras.",
                 [("Ferrovial", "customer_of", "SAP")], [("Heathrow", "customer_of", "SAP")],
                 id="anaphor-main-company-later-clause"),
    pytest.param("Lo dijo Josep Oliu, presidente de Banco Sabadell.",
                 [("Josep Oliu", "executive_of", SAB)], [], id="executive-catalan-first-name"),
    pytest.param("Repsol presentó ante la CNMV una oferta por Naturgy.",
                 [("Repsol", "bids_for", "Naturgy")], [("CNMV", "bids_for", "Naturgy")], id="bid-ante-oblique"),
    pytest.param("Inditex abre tiendas en Alemania. Siemens vende equipos a Zara. "
                 "El grupo alemán utiliza SAP en sus fábricas.",
                 [("Siemens", "customer_of", "SAP")], [("Inditex", "customer_of", "SAP")],
                 id="anaphor-demonym-country"),
    pytest.param("Mercado Libre crece en México. Walmart abre tiendas. "
                 "La firma de Buenos Aires utiliza Oracle en su logística.",
                 [("MercadoLibre", "customer_of", "Oracle")], [("Walmart", "customer_of", "Oracle")],
                 id="anaphor-place-modified-main-company"),
    pytest.param("Glovo compite con Nu Colombia, la filial local del brasileño Nubank, y con rivales como Rappi.",
                 [("Nu Colombia", "subsidiary_of", "Nubank")], [("Rappi", "subsidiary_of", "Nubank")],
                 id="subsidiary-apposition-not-later-list"),
    pytest.param("Ryanair, dirigida por Michael O'Leary, compite con Vueling.",
                 [("Michael O'Leary", "executive_of", "Ryanair")], [], id="executive-apostrophe-surname"),
    pytest.param("Sanitas Hospitales abre centros. Además de Sanitas Hospitales y Vithas, "
                 "Quirónsalud rivaliza con HM Hospitales. Vithas crece.",
                 [("Quirónsalud", "competes_with", "Sanitas Hospitales"), ("Quirónsalud", "competes_with", "Vithas")],
                 [], id="compete-fronted-ademas-de-split-names"),
    pytest.param("Iberdrola compite con Endesa. Las dos compañías utilizan Salesforce.",
                 [("Iberdrola", "customer_of", "Salesforce"), ("Endesa", "customer_of", "Salesforce")], [],
                 id="collective-las-dos-companias"),
    pytest.param("Telefónica Tech ha firmado un contrato con Mapfre para proteger sus datos.",
                 [("Mapfre", "customer_of", "Telefónica Tech")], [("Telefónica Tech", "partner_of", "Mapfre")],
                 id="deal-unit-takes-owner-sector"),
    pytest.param("Lo dijo Ana Pérez, presidenta de Endesa. Su homóloga en Naturgy, Marta López, calló.",
                 [("Marta López", "executive_of", "Naturgy")], [("Marta López", "executive_of", "Endesa")],
                 id="executive-homologa-en"),
    # --- mini-articles -------------------------------------------------------------------------
    pytest.param("Repsol ha cerrado un contrato con Uber para suministrar combustible. "
                 "Además, la empresa ha firmado una alianza con Iberdrola para cargar sus coches eléctricos.",
                 [("Repsol", "partner_of", "Iberdrola")], [], id="article-cross-sentence"),
    pytest.param("Banco Sabadell rechazó la oferta de BBVA. El banco catalán prefiere seguir independiente.",
                 [], [("BBVA", "acquires", SAB)], id="article-rejected-bid"),
    # --- lexicon batch (h-les): rivals by possessive noun, "medirse con", passes, joint companies, denials
    pytest.param("Naturgy gana clientes. Endesa, su gran rival en el mercado eléctrico, resiste.",
                 [("Endesa", "competes_with", "Naturgy")], [], id="compete-su-gran-rival"),
    pytest.param("Bizum lanza pagos en tiendas, un terreno en el que tendrá que medirse con Visa.",
                 [("Bizum", "competes_with", "Visa")], [], id="compete-medirse-con"),
    pytest.param("La cadena Hoteles Brava se pasó a Oracle en 2022.",
                 [("Hoteles Brava", "customer_of", "Oracle")], [], id="customer-se-paso-a"),
    pytest.param("Mapfre migrará sus sistemas de pólizas a Google Cloud el año próximo.",
                 [("Mapfre", "customer_of", "Google Cloud")], [], id="customer-migrar-split"),
    pytest.param("Repsol ha constituido una sociedad conjunta con Enagás para producir hidrógeno.",
                 [("Repsol", "partner_of", "Enagás")], [], id="partner-sociedad-conjunta"),
    pytest.param("Fuentes de Iberdrola negaron que la compañía negocie la compra de Solaria.",
                 [], [("Iberdrola", "acquires", "Solaria"), ("Iberdrola", "bids_for", "Solaria")],
                 id="denial-negaron-que"),
    pytest.param("Vinci ultima la compra de Aldesa, según fuentes del mercado.",
                 [("Vinci", "bids_for", "Aldesa")], [("Vinci", "acquires", "Aldesa")], id="bid-ultima-la-compra"),
    pytest.param("Obras Rivera compite con ACS. Tecnova, por su parte, ha elegido Oracle para su nube.",
                 [("Tecnova", "customer_of", "Oracle")], [], id="name-opening-word-before-connective"),
    pytest.param('Sacyr, en cambio, ha descartado entrar. "No está en nuestros planes", zanjó su presidente, Manuel Manrique.',
                 [("Manuel Manrique", "executive_of", "Sacyr")], [], id="executive-possessive-after-quote"),
    # a perfect tense is active: "ha comprado X por 20 millones" is no passive "comprado ... por"
    pytest.param("Indra ha comprado la madrileña Kubex por 20 millones de euros.",
                 [("Indra", "acquires", "Kubex")], [("Kubex", "acquires", "Indra")], id="acquire-perfect-not-passive"),
    pytest.param("Kubex ha sido adquirida por Indra.", [("Indra", "acquires", "Kubex")], [], id="acquire-passive-still"),
    pytest.param("Telefónica y Vodafone han firmado una alianza para compartir redes.",
                 [("Telefónica", "partner_of", "Vodafone")], [], id="partner-han-firmado-una-alianza"),
    pytest.param("Atresmedia crece en Bolsa. Kinemo, su plataforma de pago, suma 900.000 suscriptores. "
                 "Los abonados de Kinemo pagan cinco euros.",
                 [("Kinemo", "product_of", "Atresmedia")], [], id="product-opening-name-possessive-apposition"),
    pytest.param("El consejo de Grifols rechaza a Brookfield y apuesta por su alianza con Takeda en el negocio del plasma.",
                 [("Grifols", "partner_of", "Takeda Pharmaceutical")],
                 [("Brookfield Asset Management", "partner_of", "Takeda Pharmaceutical")],
                 id="partner-possessive-alliance-second-verb"),
    pytest.param("El Servicio Madrileño de Salud ha adjudicado a Grifols el suministro de plasma.",
                 [("Servicio Madrileño de Salud", "customer_of", "Grifols")], [], id="name-public-body-de-sector"),
    pytest.param("Nokia, el gigante finlandés que compite con Ericsson en redes, negocia la compra de Infinera.",
                 [("Nokia", "bids_for", "Infinera")], [("Ericsson", "bids_for", "Infinera")],
                 id="apposition-big-anaphor-relative-hidden"),
    pytest.param("Tras meses de dudas, Abertis renunció el año pasado a comprar Brisa por el veto de Bruselas.",
                 [("Abertis", "bids_for", "Brisa")], [("Abertis", "acquires", "Brisa")], id="bid-withdrawn-renuncio-split"),
    pytest.param("Ayer IAG, el holding de Iberia, British Airways y Vueling, compró la aerolínea Air Nostrum.",
                 [("International Airlines Group", "acquires", "Air Nostrum")], [("Iberia", "acquires", "Air Nostrum")],
                 id="apposition-anaphor-of-list-hidden"),
    # Latin American companies in the registry; moving systems to a cloud; winning a customer
    pytest.param("El año pasado Banorte trasladó su infraestructura a la nube de Amazon Web Services.",
                 [("Grupo Financiero Banorte", "customer_of", AWS)], [], id="customer-traslado-split-registry-mx"),
    pytest.param("Oracle abrió una región en Querétaro y ganó como cliente a Telmex.",
                 [("Telmex", "customer_of", "Oracle")], [], id="customer-gano-como-cliente"),
    pytest.param("Microsoft anunció que Bimbo migrará sus sistemas a Azure.",
                 [("Grupo Bimbo", "customer_of", "Microsoft Azure")], [], id="customer-bimbo-not-a-place"),
    pytest.param("Coppel apostó por Google Cloud para modernizar su comercio electrónico.",
                 [("Coppel", "customer_of", "Google Cloud")], [], id="customer-aposto-por-company"),
    pytest.param("Inditex apuesta por la inteligencia artificial.", [], [("Inditex", "customer_of", "artificial intelligence")],
                 id="apuesta-por-sector-stays-industry"),
    pytest.param("Chedraui confió su comercio electrónico a Microsoft.",
                 [("Chedraui", "customer_of", "Microsoft")], [], id="customer-confio-split"),
    pytest.param("Entre los clientes de Oracle en el país están Cemex y Televisa.",
                 [("Cemex", "customer_of", "Oracle"), ("Televisa", "customer_of", "Oracle")], [],
                 id="customer-entre-los-clientes-estan"),
    pytest.param("Oracle abrirá una región en Querétaro, donde ya atiende a Telmex.",
                 [("Telmex", "customer_of", "Oracle")], [], id="customer-ovs-atiende-a"),
    pytest.param("Iberdrola y Endesa se disputan el liderazgo del mercado eléctrico.",
                 [("Iberdrola", "competes_with", "Endesa")], [], id="compete-se-disputan-el-liderazgo"),
    # a sale: the buyer after "a" acquires the company in the gap; no company there, no purchase
    pytest.param("Telefónica ha vendido su filial Telxius a American Tower.",
                 [("American Tower", "acquires", "Telxius")], [("American Tower", "acquires", "Telefónica")],
                 id="acquire-sale-vendio-a"),
    pytest.param("Repsol vendió acciones propias a varios fondos en 2022.", [], [], id="sale-no-company-in-gap"),
    # an object relative: the name after "que" is the verb's subject, the name before the comma its object
    pytest.param("Cabify ha despedido a 40 empleados. Vectalia, que Cabify compró en 2021, cerrará dos oficinas.",
                 [("Cabify", "acquires", "Vectalia")], [], id="acquire-object-relative"),
    pytest.param("Logista, que Mercadona utiliza desde 2018, ha firmado un acuerdo con Bosch.",
                 [("Mercadona", "customer_of", "Logista")], [("Mercadona", "partner_of", "Bosch")],
                 id="customer-object-relative-no-reach-out"),
    pytest.param("Prosegur, que compró Securitas en 2020, crece.",
                 [("Prosegur", "acquires", "Securitas")], [("Securitas", "acquires", "Prosegur")],
                 id="acquire-subject-relative-unchanged"),
    # possessed goods with no supplier named: the company the previous sentence was about
    pytest.param("Para Siemens, el pedido refuerza su posición en España. Renfe usa sus sistemas de señalización "
                 "desde 2010, igual que Adif y la lusa CP.",
                 [("Renfe", "customer_of", "Siemens"), ("Adif", "customer_of", "Siemens")],
                 [("Renfe", "customer_of", "Adif")], id="customer-possessive-goods-topic"),
    # building or working for a client: "para X" names the customer, however long the gap
    pytest.param("Acciona ha construido en la última década tres plantas desaladoras para Aqualia en Argelia.",
                 [("Aqualia", "customer_of", "Acciona")], [("Acciona", "customer_of", "Aqualia")],
                 id="customer-built-for"),
    pytest.param("Deloitte trabaja para Repsol desde 2019.", [("Repsol", "customer_of", "Deloitte")], [],
                 id="customer-works-for"),
    pytest.param("Talgo fabricará veinte trenes para Renfe.", [("Renfe", "customer_of", "Talgo")], [],
                 id="customer-makes-for"),
    # a supply contract naming a sector: the party in that sector supplies
    pytest.param("Amazon ha firmado un contrato de suministro de energía renovable con Endesa para sus almacenes.",
                 [("Amazon", "customer_of", "Endesa")], [("Amazon", "partner_of", "Endesa")],
                 id="customer-deal-supply-sector"),
    # an enclitic object pronoun: the company named before
    pytest.param("Solaria se desplomó en Bolsa. Naturgy quiere comprarla.",
                 [("Naturgy", "bids_for", "Solaria", "planned")], [("Naturgy", "acquires", "Solaria")],
                 id="bid-enclitic-comprarla"),
    pytest.param("Solaria se desplomó en Bolsa y Naturgy acordó adquirirla por 900 millones.",
                 [("Naturgy", "acquires", "Solaria")], [], id="acquire-enclitic-same-sentence"),
    pytest.param("Solaria se desplomó en Bolsa. Naturgy descartó comprarla.",
                 [], [("Naturgy", "acquires", "Solaria"), ("Naturgy", "bids_for", "Solaria")],
                 id="enclitic-negated-descarto"),
    # "con ambos": the two companies the sentence before dealt with
    pytest.param("Accenture se alía con SAP y colabora con Oracle en banca. Capgemini compite con ambos en España.",
                 [("Capgemini", "competes_with", "SAP"), ("Capgemini", "competes_with", "Oracle")],
                 [("Capgemini", "competes_with", "Accenture")], id="compete-con-ambos"),
    # a verb after a prepositional relative ("con el que", "en el que") goes on with the opening company
    pytest.param("Mapfre ha lanzado una cuenta remunerada, un producto con el que entra en la banca privada, "
                 "un terreno en el que competirá con Bankinter y Renta 4.",
                 [("Mapfre", "operates_in", "banking"), ("Mapfre", "competes_with", "Bankinter")], [],
                 id="oblique-relative-opening-company"),
    pytest.param("Mapfre firmó con Allianz un acuerdo, con el que compite con Generali.",
                 [], [("Mapfre", "competes_with", "Generali")], id="oblique-relative-other-company-between"),
    # "su rival en España, X,": a qualifier between the possessed noun and the name in apposition
    pytest.param("Prosegur gana cuota en Europa. Su principal rival en el mercado español, Securitas, ha perdido clientes.",
                 [("Securitas", "competes_with", "Prosegur")], [], id="compete-possessive-qualified-apposition"),
    # after a partnership cue, "su" is the clause subject's, not the partner's; a name in apposition is its own owner
    pytest.param("Sabadell ha firmado alianzas con Visa y con Mastercard, y su gran rival en pagos, Bizum, "
                 "a través de su filial Redsys, ha cerrado un pacto con PayPal.",
                 [("Bizum", "competes_with", "Banco Sabadell")], [("Bizum", "competes_with", "Mastercard")],
                 id="compete-possessive-after-partner-cue"),
    # mergers: "la fusión entre A y B" names both sides after "entre"; "A y B completan su fusión"
    pytest.param("Prisa cotiza en Bolsa. Vocento, nacida de la fusión entre Prisa y Godó, también.",
                 [("PRISA", "acquires", "Godó")], [("Vocento", "acquires", "PRISA")],
                 id="acquire-merger-between"),
    # "A y B" with short parts is two names when one of them is named alone elsewhere
    pytest.param("Adeslas gana clientes. Mapfre compite con Sanitas y Adeslas en seguros de salud.",
                 [("Mapfre", "competes_with", "Sanitas"), ("Mapfre", "competes_with", "Adeslas")], [],
                 id="names-short-conjoined-split"),
    pytest.param("Unicaja y Liberbank completaron su fusión en 2021.", [("Unicaja", "acquires", "Liberbank")], [],
                 id="acquire-merger-completed"),
    pytest.param("Unicaja y Abanca negocian su fusión.", [("Unicaja", "bids_for", "Abanca", "planned")],
                 [("Unicaja", "acquires", "Abanca")], id="bid-merger-talks"),
    pytest.param("La alianza entre Cellnex y Vodafone se amplía.", [("Cellnex", "partner_of", "Vodafone")], [],
                 id="partner-between"),
    # an agreed purchase is an acquisition, not a plan
    pytest.param("Acciona ha alcanzado un acuerdo para comprar Nordex.", [("Acciona", "acquires", "Nordex")], [],
                 id="acquire-agreement-to-buy"),
    # a rejected or received offer: the offer's author bids for the subject
    pytest.param("Naturgy rechazó la oferta de Taqa.", [("Taqa", "bids_for", "Naturgy")],
                 [("Naturgy", "bids_for", "Taqa")], id="bid-rejected-offer"),
    pytest.param("Talgo recibió una oferta de Magyar Vagon en 2024.", [("Magyar Vagon", "bids_for", "Talgo")], [],
                 id="bid-received-offer"),
    pytest.param("Repsol ha fichado a Capgemini para renovar sus sistemas.", [("Repsol", "customer_of", "Capgemini")],
                 [], id="customer-fichar"),
    # leading verbs: the person before the verb holds a role at the company after it
    pytest.param("Carlos Torres preside BBVA desde 2018.", [("Carlos Torres", "executive_of", "BBVA")], [],
                 id="executive-svo-preside"),
    pytest.param("Ignacio Galán dirige Iberdrola con mano firme.", [("Ignacio Galán", "executive_of", "Iberdrola")],
                 [], id="executive-svo-dirige"),
    # "a" + "el" = "al": a cue ending in "a" also ends in "al"
    pytest.param("Openbank pertenece al Grupo Santander.", [("Openbank", "subsidiary_of", SAN)], [],
                 id="subsidiary-contraction-al"),
    # orders and services with the goods between verb and party
    pytest.param("Vueling ha encargado cincuenta aviones a Airbus.", [("Vueling", "customer_of", "Airbus")], [],
                 id="customer-order-split"),
    pytest.param("Indra presta servicios informáticos a Aena desde 2015.", [("Aena", "customer_of", "Indra")],
                 [("Indra", "customer_of", "Aena")], id="customer-presta-split"),
    pytest.param("El Corte Inglés se ha convertido en el primer cliente de Glovo en Portugal.",
                 [("El Corte Inglés", "customer_of", "Glovo")], [], id="customer-primer-cliente"),
    # goods bought from a seller: no acquisition of the seller; a company bought from a seller still is
    pytest.param("Air Europa compra aviones a Boeing.", [], [("Air Europa", "acquires", "Boeing")],
                 id="goods-bought-from-seller"),
    pytest.param("Cellnex compró Hivory a Altice.", [("Cellnex", "acquires", "Hivory")],
                 [("Cellnex", "customer_of", "Altice")], id="company-bought-from-seller"),
    # partnership forms: a memorandum, a consortium, future and past "colaborar"
    pytest.param("Cellnex ha firmado un memorando de entendimiento con Ericsson.", [("Cellnex", "partner_of", "Ericsson")],
                 [], id="partner-memorando"),
    pytest.param("Sacyr ha formado un consorcio con Acciona para pujar por el tranvía.",
                 [("Sacyr", "partner_of", "Acciona")], [], id="partner-consorcio"),
    pytest.param("CaixaBank y Amazon colaborarán en pagos digitales.", [("CaixaBank", "partner_of", "Amazon")], [],
                 id="partner-colaboraran"),
    # Spanish sector names: the electricity market, fibre, data centres
    pytest.param("Repsol ha desembarcado en el mercado eléctrico.", [("Repsol", "operates_in", "energy")], [],
                 id="sector-mercado-electrico"),
    pytest.param("Digi ha entrado en el negocio de la fibra óptica.", [("Digi", "operates_in", "telecommunications")], [],
                 id="sector-fibra-optica"),
    # "el gigante estadounidense": the anaphor inside the longer big-anaphor phrase still refers back
    pytest.param("Oracle abrirá una región en Madrid. El gigante estadounidense ha firmado un acuerdo con Mapfre. "
                 "La firma compite con Microsoft.",
                 [("Mapfre", "customer_of", "Oracle"), ("Oracle", "competes_with", "Microsoft")],
                 [("Mapfre", "competes_with", "Microsoft")], id="anaphor-gigante-estadounidense"),
    # a source after "según" is no party
    pytest.param("Eroski pierde cuota. Según NielsenIQ, la cadena compite con Aldi.",
                 [("Eroski", "competes_with", "Aldi Süd")], [("NielsenIQ", "competes_with", "Aldi Süd")], id="source-segun"),
    # "X, la compañía de <sector> de Y": a description in apposition whose "of" names the owner
    pytest.param("Entre sus clientes está Mutua, la aseguradora de salud de Mapfre, desde 2020.",
                 [("Mutua", "subsidiary_of", "Mapfre")], [], id="subsidiary-described-owner"),
    pytest.param("Repsol negó que vendiera su parte de Kinetik, la empresa de recarga de Repsol y Moeve, a un fondo.",
                 [("Kinetik", "subsidiary_of", "Moeve")], [("Repsol", "partner_of", "Moeve")],
                 id="subsidiary-described-owner-denied-clause"),
    pytest.param("Inditex, la empresa de Zara, gana más.", [], [("Inditex", "subsidiary_of", "Zara")],
                 id="described-owner-registry-family"),
    # ", el grupo ... controlado por Y," is an aside: the verb after it is the name's, not Y's
    pytest.param("Hubo rivalidad con Vithas, el grupo hospitalario controlado por la belga Goodlife, que llegó a "
                 "presentar una oferta por Hospiten en verano.",
                 [("Vithas", "bids_for", "Hospiten"), ("Vithas", "subsidiary_of", "Goodlife")],
                 [("Goodlife", "bids_for", "Hospiten")], id="aside-description-with-agent"),
    # infinitive offer forms
    pytest.param("Endesa estudia lanzar una opa sobre Holaluz.", [("Endesa", "bids_for", "Holaluz")], [],
                 id="bid-infinitive-lanzar-opa"),
    pytest.param("Ferrovial presentó ayer sus cuentas. Sacyr utiliza su propia maquinaria.",
                 [], [("Sacyr", "customer_of", "Ferrovial")], id="customer-own-goods-no-supplier"),
    # "the company's systems": a bare description after "of" is the article's main company
    pytest.param("Indra ganó el contrato. Indra crece en defensa. El Ejército de Tierra adjudicó a Indra un radar. "
                 "Airbus, el fabricante europeo, emplea también los sistemas de radar de la compañía en sus aviones.",
                 [("Airbus", "customer_of", "Indra")], [], id="customer-goods-of-the-company"),
    # --- round 4: breadth (airlines, utilities, banking technology) ---------------------------
    pytest.param("Volotea ha firmado un pedido de 30 aviones con Airbus.",
                 [("Volotea", "customer_of", "Airbus")], [("Airbus", "customer_of", "Volotea")], id="customer-pedido-con"),
    pytest.param("Binter ha realizado un pedido de seis aviones a Embraer.",
                 [("Binter", "customer_of", "Embraer")], [], id="customer-pedido-a"),
    pytest.param("Air Nostrum renovará su flota con aviones de ATR.",
                 [("Air Nostrum", "customer_of", "ATR")], [], id="customer-flota-con"),
    pytest.param("Iberia ha cerrado la compra de 12 aviones a Airbus.",
                 [("Iberia", "customer_of", "Airbus")], [("Iberia", "acquires", "Airbus")], id="customer-compra-aviones-a"),
    pytest.param("Cajamar se ha decantado por Oracle para renovar su plataforma de pagos.",
                 [("Cajamar", "customer_of", "Oracle")], [], id="customer-decantarse-por"),
    pytest.param("Abanca ha encomendado a Capgemini la migración de sus sistemas.",
                 [("Abanca", "customer_of", "Capgemini")], [("Capgemini", "customer_of", "Abanca")],
                 id="customer-encomendar-a"),
    pytest.param("Kutxabank ha implantado la plataforma de Temenos en todas sus oficinas.",
                 [("Kutxabank", "customer_of", "Temenos")], [], id="customer-implantar"),
    pytest.param("Unicaja ha renovado su contrato con Accenture para el mantenimiento de sus aplicaciones.",
                 [("Unicaja", "customer_of", "Accenture")], [("Accenture", "customer_of", "Unicaja")],
                 id="customer-deal-renueva-contrato"),
    pytest.param("Meta ha firmado un contrato de compraventa de energía con Naturgy.",
                 [("Meta", "customer_of", "Naturgy")], [("Naturgy", "customer_of", "Meta")],
                 id="customer-deal-goods-energy"),
    pytest.param("Endesa venderá la energía de la planta a Telefónica durante diez años.",
                 [("Telefónica", "customer_of", "Endesa")], [("Telefónica", "acquires", "Endesa")],
                 id="customer-vende-energia"),
    pytest.param("Holaluz compra la electricidad a Solaria.",
                 [("Holaluz", "customer_of", "Solaria")], [("Holaluz", "acquires", "Solaria")],
                 id="customer-compra-electricidad-a"),
    # partner_of
    pytest.param("Air Europa y Delta Air Lines han firmado un acuerdo de código compartido.",
                 [("Air Europa", "partner_of", "Delta Air Lines")], [], id="partner-codigo-compartido"),
    pytest.param("Volotea amplía su código compartido con Air France.",
                 [("Volotea", "partner_of", "Air France")], [], id="partner-amplia-codigo-compartido"),
    pytest.param("Endesa y Masdar invertirán conjuntamente 800 millones en solar.",
                 [("Endesa", "partner_of", "Masdar")], [], id="partner-conjuntamente"),
    pytest.param("Solaria y Repsol se han asociado para producir hidrógeno.",
                 [("Solaria", "partner_of", "Repsol")], [], id="partner-se-han-asociado"),
    pytest.param("Bankinter ha renovado su acuerdo de bancaseguros con Mapfre.",
                 [("Bankinter", "partner_of", "Mapfre")], [], id="partner-bancaseguros"),
    # "desarrollar conjuntamente" after a deal does not make partners of the names that follow
    pytest.param("Naturgy ha firmado un acuerdo con Enagás para desarrollar conjuntamente una planta en la que "
                 "ambas compiten con Repsol y Moeve.",
                 [], [("Naturgy", "partner_of", "Repsol"), ("Enagás", "partner_of", "Moeve")],
                 id="partner-conjuntamente-not-bare"),
    # competes_with
    pytest.param("Repsol y Moeve libran una guerra de precios en las estaciones de servicio.",
                 [("Repsol", "competes_with", "Moeve")], [], id="competes-guerra-de-precios"),
    pytest.param("Revolut se ha convertido en una seria amenaza para CaixaBank.",
                 [("Revolut", "competes_with", "CaixaBank")], [], id="competes-amenaza-para"),
    pytest.param("Bizum es la alternativa a PayPal en España.",
                 [("Bizum", "competes_with", "PayPal")], [], id="competes-alternativa-a"),
    pytest.param("Wizz Air entra en competencia con Volotea en Asturias.",
                 [("Wizz Air", "competes_with", "Volotea")], [], id="competes-entra-en-competencia"),
    pytest.param("Octopus Energy le quita cuota a Endesa mes a mes.",
                 [("Octopus Energy", "competes_with", "Endesa")], [], id="competes-quita-cuota"),
    pytest.param("Iberia Express compite en precio con Ryanair.",
                 [("Iberia Express", "competes_with", "Ryanair")], [], id="competes-compite-split"),
    pytest.param("Frente a Iberdrola, Holaluz ofrece tarifas planas.",
                 [], [("Frente", "competes_with", "Iberdrola")], id="stop-capital-frente"),
    # acquires / bids_for
    pytest.param("Naturgy adquiere a Acciona una cartera de parques eólicos.",
                 [], [("Naturgy", "acquires", "Acciona")], id="acquires-seller-personal-a"),
    pytest.param("Repsol ha completado la compra de la comercializadora de Holaluz.",
                 [], [("Repsol", "acquires", "Holaluz")], id="acquires-part-of-company"),
    pytest.param("Moeve compra la totalidad del capital de Ballenoil.",
                 [("Moeve", "acquires", "Ballenoil")], [], id="acquires-whole-capital"),
    pytest.param("Banco Sabadell ha cerrado la venta de TSB a Santander.",
                 [(SAN, "acquires", "TSB")], [(SAB, "acquires", "TSB")], id="acquires-la-venta-de-a"),
    pytest.param("Air Europa ha recibido ofertas de Lufthansa y Air France-KLM.",
                 [("Lufthansa", "bids_for", "Air Europa")], [("Air Europa", "bids_for", "Lufthansa")],
                 id="bid-recibe-ofertas"),
    pytest.param("Volotea estudia una oferta por Air Nostrum.",
                 [("Volotea", "bids_for", "Air Nostrum")], [], id="bid-estudia-oferta"),
    # subsidiary_of
    pytest.param("Vueling Express, la filial de bajo coste de Vueling, abrirá rutas.",
                 [("Vueling Express", "subsidiary_of", "Vueling")], [("Vueling Express", "product_of", "Vueling")],
                 id="subsidiary-filial-bajo-coste"),
    pytest.param("UFD, la distribuidora eléctrica de Naturgy, invertirá 500 millones.",
                 [("UFD", "subsidiary_of", "Naturgy")], [], id="subsidiary-distribuidora-electrica"),
    pytest.param("Energía XXI, la comercializadora de referencia de Endesa, bajará sus precios.",
                 [("Energía XXI", "subsidiary_of", "Endesa")], [], id="subsidiary-comercializadora"),
    # executive_of
    pytest.param("Lucía Montero ha sido nombrada nueva consejera delegada de Volotea.",
                 [("Lucía Montero", "executive_of", "Volotea")], [], id="executive-nombrada-nueva"),
    pytest.param("Marta Llorente, directora de Tecnología de Abanca, explicó el proyecto.",
                 [("Marta Llorente", "executive_of", "Abanca")], [("Marta Llorente", "executive_of", "Tecnología")],
                 id="executive-department-not-company"),
    pytest.param("Javier Oliva asumirá la presidencia de Enagás en junio.",
                 [("Javier Oliva", "executive_of", "Enagás")], [], id="executive-asumira-presidencia"),
    pytest.param("Pablo Serna sustituirá a Ana Gil al frente de Naturgy.",
                 [("Pablo Serna", "executive_of", "Naturgy")], [], id="executive-sustituira-al-frente"),
    # sector descriptions of the main company, and companies a sentence opens with (registry)
    pytest.param("Binter cerró el año con beneficios. La aerolínea ha encargado ocho aviones a ATR.",
                 [("Binter", "customer_of", "ATR")], [], id="anaphor-la-aerolinea"),
    pytest.param("Grenergy pierde dinero. La renovable rivaliza con Solaria en subastas.",
                 [("Grenergy", "competes_with", "Solaria")], [], id="anaphor-la-renovable"),
    pytest.param("Bnext llega a Portugal. El neobanco español compite con Revolut y N26.",
                 [("Bnext", "competes_with", "Revolut"), ("Bnext", "competes_with", "N26")], [], id="anaphor-el-neobanco"),
    pytest.param("Laboral Kutxa cuenta con Minsait como proveedor de sus sistemas centrales.",
                 [("Laboral Kutxa", "customer_of", "Minsait")], [("Minsait", "customer_of", "Laboral Kutxa")],
                 id="customer-cuenta-con-como-proveedor"),
    pytest.param("Evo Banco ha externalizado su centro de datos a Kyndryl.",
                 [("Evo Banco", "customer_of", "Kyndryl")], [], id="customer-externalizar-a"),
    pytest.param("Ibercaja lleva años trabajando con Backbase.",
                 [("Ibercaja", "partner_of", "Backbase")], [], id="partner-lleva-anos-trabajando"),
    # an aside between the subject and its verb ("su antiguo pretendiente", "sin embargo") lends no modality
    pytest.param("Unicaja, su antiguo socio, ha optado por Oracle.",
                 [("Unicaja", "customer_of", "Oracle")], [], id="aside-former-not-ended"),
    pytest.param("Kutxabank, sin embargo, no utiliza los servicios de SAP.",
                 [], [("Kutxabank", "customer_of", "SAP")], id="aside-linking-negation-kept"),
    # a relative clause after both parties negates only itself
    pytest.param("Solaria, que en 2023 recibió una oferta de Masdar que no prosperó, crece en Italia.",
                 [("Masdar", "bids_for", "Solaria")], [], id="bid-relative-negation-after-object"),
    pytest.param("Enagás no recibió una oferta de Masdar.",
                 [], [("Masdar", "bids_for", "Enagás")], id="bid-negated-before"),
    # partners
    pytest.param("La alianza de Cellnex con Masdar incluye nuevas torres.",
                 [("Cellnex", "partner_of", "Masdar")], [("Cellnex", "competes_with", "Masdar")], id="partner-alianza-de-con"),
    pytest.param("El acuerdo entre Repsol y Enagás para producir hidrógeno ha sido aprobado.",
                 [("Repsol", "partner_of", "Enagás")], [], id="partner-acuerdo-entre"),
    pytest.param("Binter se sitúa por delante de Canaryfly en Canarias.",
                 [("Binter", "competes_with", "Canaryfly")], [], id="competes-por-delante-de"),
    pytest.param("Lufthansa ha mostrado interés por Air Europa.",
                 [("Lufthansa", "bids_for", "Air Europa")], [], id="bid-mostrado-interes"),
    # other tenses of the cue verbs
    pytest.param("Vueling competirá directamente con Volotea y con la británica easyJet.",
                 [("Vueling", "competes_with", "Volotea"), ("Vueling", "competes_with", "easyJet")], [],
                 id="competes-future-repeated-preposition"),
    pytest.param("Bankinter trabajaba con Accenture en su aplicación móvil.",
                 [("Bankinter", "partner_of", "Accenture")], [], id="partner-imperfect-trabajaba"),
    pytest.param("Ibercaja recurrirá a Minsait para su nueva plataforma.",
                 [("Ibercaja", "customer_of", "Minsait")], [], id="customer-future-recurrira"),
    pytest.param("Octopus Energy le ha arrebatado clientes a Naturgy.",
                 [("Octopus Energy", "competes_with", "Naturgy")], [], id="competes-perfect-arrebatado"),
    # a purchase from a seller is customer_of only for goods the cue names; a bare "compra a X" buys X
    pytest.param("Moeve compra a Ballenoil.",
                 [("Moeve", "acquires", "Ballenoil")], [("Moeve", "customer_of", "Ballenoil")], id="acquires-personal-a"),
    pytest.param("Naturgy compró Viesgo a sus accionistas.",
                 [("Naturgy", "acquires", "Viesgo")], [], id="acquires-from-shareholders"),
    # "integra" is a merger word, not a purchase of technology
    pytest.param("Endesa integra Enel Green Power en su estructura.",
                 [], [("Endesa", "customer_of", "Enel Green Power")], id="integra-not-customer"),
    # a deal's goods named after the far party: the contract's own noun, or after "para" a verb of supplying
    pytest.param("Naturgy firma con Meta su mayor contrato de energía solar.",
                 [("Meta", "customer_of", "Naturgy")], [("Naturgy", "customer_of", "Meta")], id="deal-goods-after-party"),
    pytest.param("Repsol ha alcanzado un acuerdo con Google para abastecer de electricidad renovable sus centros de datos.",
                 [("Google", "customer_of", "Repsol")], [("Repsol", "customer_of", "Google")], id="deal-goods-supply-verb"),
    pytest.param("Acciona ha cerrado un acuerdo con Iberdrola para desarrollar energía eólica marina.",
                 [("Acciona", "partner_of", "Iberdrola")], [("Acciona", "customer_of", "Iberdrola"),
                                                          ("Iberdrola", "customer_of", "Acciona")],
                 id="deal-joint-aim-not-goods"),
    pytest.param("Openbank ha firmado con Salesforce un contrato para gestionar sus clientes.",
                 [("Openbank", "customer_of", "Salesforce")], [], id="deal-firma-con"),
    # "la aerolínea de bajo coste X": a description with an "of" complement before a name refers to that name
    pytest.param("Binter planta cara a Volotea. La aerolínea de bajo coste Canaryfly abrirá rutas. "
                 "La compañía, fundada por Pedro Lago, competirá con Air Nostrum.",
                 [("Pedro Lago", "executive_of", "Canaryfly"), ("Canaryfly", "competes_with", "Air Nostrum")],
                 [("Pedro Lago", "executive_of", "Volotea"), ("Volotea", "competes_with", "Air Nostrum")],
                 id="descriptor-with-of-complement"),
    pytest.param("Inditex abrirá tiendas. La empresa de Amancio Ortega utiliza Salesforce.",
                 [("Inditex", "customer_of", "Salesforce")], [], id="anaphor-of-person-still-refers"),
    # fuels are energy: the head noun of the goods, not the sector it is for ("combustible ... de aviación")
    pytest.param("Repsol ha firmado un acuerdo con Vueling para suministrarle combustible sostenible de aviación.",
                 [("Vueling", "customer_of", "Repsol")], [("Repsol", "customer_of", "Vueling")], id="deal-fuel-goods"),
    pytest.param("Naturgy ha firmado un contrato de suministro eléctrico con Adif.",
                 [("Adif", "customer_of", "Naturgy")], [], id="deal-suministro-electrico"),
    # rivals: a copula before the list named by "los principales competidores de X"; rankings
    pytest.param("Los principales competidores de Binter son Canaryfly y Air Nostrum.",
                 [("Binter", "competes_with", "Canaryfly"), ("Binter", "competes_with", "Air Nostrum")],
                 [("Canaryfly", "competes_with", "Air Nostrum")], id="competes-noun-copula-list"),
    pytest.param("El principal cliente de Minsait es Aena.",
                 [("Aena", "customer_of", "Minsait")], [], id="customer-noun-copula-es"),
    pytest.param("Repsol lidera el mercado de carburantes, seguida de Moeve y BP.",
                 [("Repsol", "competes_with", "Moeve"), ("Repsol", "competes_with", "BP")], [], id="competes-seguida-de"),
    pytest.param("Volotea es la tercera aerolínea de Barajas, por detrás de Iberia.",
                 [("Volotea", "competes_with", "Iberia")], [("Barajas", "competes_with", "Iberia")],
                 id="competes-por-detras-airport-no-company"),
    pytest.param("Solaria presentó sus cuentas. Grenergy es un duro rival.",
                 [("Grenergy", "competes_with", "Solaria")], [], id="competes-copula-one-name-main"),
    # a supplier running the customer's systems ("gestionará la infraestructura tecnológica de Y")
    pytest.param("Capgemini gestionará la infraestructura tecnológica de Ibercaja.",
                 [("Ibercaja", "customer_of", "Capgemini")], [("Capgemini", "customer_of", "Ibercaja")],
                 id="customer-ovs-gestiona-sistemas-de"),
    pytest.param("Kyndryl se encargará de modernizar los sistemas centrales de Bankinter.",
                 [("Bankinter", "customer_of", "Kyndryl")], [], id="customer-ovs-modernizar-sistemas"),
    pytest.param("La llegada de Octopus Energy amenaza la cuota de Naturgy.",
                 [("Octopus Energy", "competes_with", "Naturgy")], [], id="competes-amenaza-la-cuota"),
    pytest.param("Air Europa arrebató a Iberia el liderazgo en la ruta a Bogotá.",
                 [("Air Europa", "competes_with", "Iberia")], [], id="competes-arrebato-a"),
    pytest.param("Unicaja e Ibercaja crean una empresa conjunta de medios de pago.",
                 [("Unicaja", "partner_of", "Ibercaja")], [("Unicaja", "subsidiary_of", "Ibercaja")],
                 id="partner-crean-empresa-conjunta"),
    pytest.param("Bankinter ha elegido a Visa como socio para su nueva tarjeta.",
                 [("Bankinter", "partner_of", "Visa")], [("Bankinter", "customer_of", "Visa")], id="partner-elegido-como-socio"),
    pytest.param("Abanca ha elegido a Oracle como socio tecnológico.",
                 [("Abanca", "customer_of", "Oracle")], [], id="customer-socio-tecnologico"),
    pytest.param("El máximo directivo de Binter, Pedro Lago, descartó la venta.",
                 [("Pedro Lago", "executive_of", "Binter")], [], id="executive-maximo-directivo"),
    pytest.param("Bajo la presidencia de Isabel Roca, Enagás ha crecido.",
                 [("Isabel Roca", "executive_of", "Enagás")], [], id="executive-bajo-la-presidencia"),
    pytest.param("Isabel Roca tomará el relevo de Pedro Lago al frente de Enagás.",
                 [("Isabel Roca", "executive_of", "Enagás")], [], id="executive-relevo-al-frente"),
    # an opening "al igual que X," makes X do what the subject does
    pytest.param("Al igual que Abanca, Unicaja utiliza la plataforma de Temenos.",
                 [("Unicaja", "customer_of", "Temenos"), ("Abanca", "customer_of", "Temenos")],
                 [("Abanca", "competes_with", "Unicaja")], id="likeness-fronted"),
    pytest.param("Al igual que el año pasado, Unicaja utiliza la plataforma de Temenos.",
                 [("Unicaja", "customer_of", "Temenos")], [], id="likeness-no-name"),
    # "una empresa conjunta entre A y B" pertenece a las dos
    ("Solaria Norte, una empresa conjunta entre Iberdrola y Repsol, abrirá una planta en Burgos.",
     [("Solaria Norte", "subsidiary_of", "Iberdrola"), ("Solaria Norte", "subsidiary_of", "Repsol")], []),
    # an object relative after an apposition ("X, la marca que Y compró"); "a" after the verb is the seller
    pytest.param("Opel, la marca alemana que PSA compró a General Motors en 2017, crece.",
                 [("Groupe PSA", "acquires", "Opel")], [("Groupe PSA", "acquires", "General Motors")],
                 id="object-relative-apposition-seller"),
    pytest.param("Opel, que PSA compró a General Motors en 2017, crece.",
                 [("Groupe PSA", "acquires", "Opel")], [("Groupe PSA", "acquires", "General Motors")],
                 id="object-relative-seller"),
    pytest.param("Glovo, la aplicación de reparto que Delivery Hero adquirió en 2022, ha despedido a mil empleados.",
                 [("Delivery Hero", "acquires", "Glovo")], [], id="object-relative-apposition"),
    # "su presidente" after a quote naming a third company speaks for the company spoken of before
    pytest.param("Iryo ha bajado sus precios. «Renfe cobra demasiado por los billetes», afirmó su presidente, "
                 "Carlos Bertomeu.",
                 [("Carlos Bertomeu", "executive_of", "Iryo")], [("Carlos Bertomeu", "executive_of", "Renfe")],
                 id="executive-possessive-after-quote"),
    # ", participada por X," after an anaphor is an aside: the verb after it is the anaphor's
    pytest.param("Iryo ha bajado sus precios. La operadora, participada por Air Nostrum, utiliza los sistemas de Indra.",
                 [("Iryo", "customer_of", "Indra"), ("Iryo", "subsidiary_of", "Air Nostrum")],
                 [("Air Nostrum", "customer_of", "Indra")], id="anaphor-aside-participada"),
    pytest.param("Mapfre ha ganado cuota. La aseguradora, cliente de Salesforce, ha comprado Verti.",
                 [("Mapfre", "acquires", "Verti")], [("Salesforce", "acquires", "Verti")], id="anaphor-aside-noun"),
    # a negation after "y" and both parties belongs to the second verb
    pytest.param("Vueling renovó su contrato con Amadeus y no prevé cambiar de proveedor.",
                 [("Vueling", "customer_of", "Amadeus IT Group")], [], id="negation-second-verb"),
    pytest.param("Iberdrola quiere firmar un contrato con Amazon.",
                 [], [("Iberdrola", "customer_of", "Amazon")], id="deal-wish"),
    # winning against a rival: "se impuso a"
    pytest.param("Indra se impuso a Thales en el concurso de radares.",
                 [("Indra", "competes_with", "Thales")], [], id="competes-se-impuso"),
    pytest.param("Naturgy se ha impuesto en la subasta a Iberdrola y a Endesa.",
                 [("Naturgy", "competes_with", "Iberdrola"), ("Naturgy", "competes_with", "Endesa")], [],
                 id="competes-se-ha-impuesto-split"),
    pytest.param("Indra no se impuso a Thales en el concurso.",
                 [], [("Indra", "competes_with", "Thales")], id="competes-se-impuso-negated"),
    # plural contracts, continued use, orders
    pytest.param("Amazon Web Services tiene contratos de suministro de energía con Iberdrola y con Repsol.",
                 [("Amazon Web Services", "customer_of", "Iberdrola")], [], id="deal-plural-contratos"),
    pytest.param("Mercadona seguirá utilizando la plataforma de SAP.",
                 [("Mercadona", "customer_of", "SAP")], [], id="customer-seguira-utilizando"),
    pytest.param("Correos continúa usando los servicios de Oracle.",
                 [("Correos", "customer_of", "Oracle")], [], id="customer-continua-usando"),
    pytest.param("Vueling encargó veinte Airbus A320neo en junio.",
                 [("Vueling", "customer_of", "Airbus A320neo")], [], id="customer-encargo-product"),
    pytest.param("Air Europa ha confirmado un pedido de diez Boeing 787.",
                 [("Air Europa", "customer_of", "Boeing")], [], id="customer-pedido-de"),
    pytest.param("Iberia no encargó aviones a Airbus.",
                 [], [("Iberia", "customer_of", "Airbus")], id="customer-encargo-negated"),
    pytest.param("Repsol venderá gas a Naturgy durante cinco años.",
                 [("Naturgy", "customer_of", "Repsol")], [("Naturgy", "acquires", "Repsol")], id="customer-vende-gas"),
    # partnerships renewed or sealed without "con"
    pytest.param("Inditex y Google amplían su alianza en inteligencia artificial.",
                 [("Inditex", "partner_of", "Google")], [], id="partner-amplian-su-alianza"),
    pytest.param("Ferrovial y Acciona sellan un acuerdo estratégico para construir autopistas.",
                 [("Ferrovial", "partner_of", "Acciona")], [], id="partner-sellan-acuerdo-estrategico"),
    pytest.param("Evo Banco está participada por Bankinter.",
                 [("Evo Banco", "subsidiary_of", "Bankinter")], [], id="subsidiary-participada-por"),
    # bids: talks with the seller, bidding for the purchase, an offer made
    pytest.param("Indra negocia con Redeia la compra de Hispasat.",
                 [("Indra", "bids_for", "Hispasat")], [("Redeia", "bids_for", "Hispasat")], id="bids-negocia-con-la-compra"),
    pytest.param("KKR ha pujado por la compra de Telepizza.",
                 [("KKR", "bids_for", "Telepizza")], [("KKR", "acquires", "Telepizza")], id="bids-pujado-por-la-compra"),
    pytest.param("Zegona ha hecho una oferta por Telefónica.",
                 [("Zegona", "bids_for", "Telefónica")], [], id="bids-hecho-una-oferta"),
    # suppliers taking charge, winning a tender, deliveries received
    pytest.param("Nokia se encargará de la red de Orange en Francia.",
                 [("Orange", "customer_of", "Nokia")], [("Nokia", "customer_of", "Orange")], id="customer-se-encarga-de"),
    pytest.param("Indra se encarga de la seguridad del evento.",
                 [], [("Indra", "customer_of", "Indra")], id="customer-se-encarga-no-party"),
    pytest.param("Vodafone ha ganado el concurso de Adif para conectar sus estaciones.",
                 [("Adif", "customer_of", "Vodafone")], [], id="customer-ganado-el-concurso"),
    pytest.param("Vueling recibirá doce aviones de Airbus el año que viene.",
                 [("Vueling", "customer_of", "Airbus")], [], id="customer-recibira-aviones-de"),
    pytest.param("Renfe ha recibido quejas de Iryo.",
                 [], [("Renfe", "customer_of", "Iryo")], id="customer-recibido-quejas"),
    pytest.param("Santander ha externalizado sus sistemas en IBM.",
                 [("Banco Santander", "customer_of", "IBM")], [], id="customer-externalizado-en"),
    # rivals taking customers, threatening a lead, fighting for a market
    pytest.param("Orange le está robando clientes a Telefónica.",
                 [("Orange", "competes_with", "Telefónica")], [], id="competes-robando-clientes"),
    pytest.param("Ryanair amenaza el dominio de Iberia en Barajas.",
                 [("Ryanair", "competes_with", "Iberia")], [], id="competes-amenaza-el-dominio"),
    pytest.param("Glovo lucha contra Uber Eats por el mercado del reparto.",
                 [("Glovo", "competes_with", "Uber Eats")], [], id="competes-lucha-contra-por"),
    pytest.param("Telefónica lucha contra el fraude en internet.",
                 [], [("Telefónica", "competes_with", "Telefónica")], id="competes-lucha-contra-no-party"),
    pytest.param("Bizum supone un desafío para Visa en los pagos móviles.",
                 [("Bizum", "competes_with", "Visa")], [], id="competes-supone-un-desafio"),
    # joint bids, consortia, shared networks, codeshares
    pytest.param("Ferrovial forma parte del consorcio junto a Acciona.",
                 [("Ferrovial", "partner_of", "Acciona")], [("Ferrovial", "subsidiary_of", "Acciona")],
                 id="partner-consorcio-junto-a"),
    pytest.param("Sacyr y Acciona concurren juntas al concurso del aeropuerto.",
                 [("Sacyr", "partner_of", "Acciona")], [], id="partner-concurren-juntas"),
    pytest.param("Orange y Vodafone comparten red en las zonas rurales.",
                 [("Orange", "partner_of", "Vodafone")], [], id="partner-comparten-red"),
    pytest.param("Iberia y American Airlines operan en código compartido.",
                 [("Iberia", "partner_of", "American Airlines")], [], id="partner-codigo-compartido"),
    # a title after a description of the name before the comma: ", la promotora fotovoltaica presidida por X"
    pytest.param("Repsol compite con Solaria, la promotora fotovoltaica presidida por Ana Gil.",
                 [("Ana Gil", "executive_of", "Solaria")], [("Ana Gil", "executive_of", "Repsol")],
                 id="executive-description-presidida-por"),
    pytest.param("Netflix ha comprado Telepizza, la cadena madrileña que dirige Luis Mora, por 70 millones.",
                 [("Luis Mora", "executive_of", "Telepizza")], [("Luis Mora", "executive_of", "Netflix")],
                 id="executive-description-que-dirige"),
    # "y cuenta con ... como clientes" after a long first predicate keeps the sentence's subject
    pytest.param("Indra ha visto crecer sus ventas un 8% y cuenta ya con varias aerolíneas como clientes, "
                 "entre ellas Iberia y Vueling.",
                 [("Iberia", "customer_of", "Indra"), ("Vueling", "customer_of", "Indra")], [],
                 id="customer-coordinated-have-clients"),
    pytest.param("Para Indra el año ha sido bueno y cuenta con aerolíneas como clientes, entre ellas Iberia.",
                 [], [("Iberia", "customer_of", "Indra")], id="customer-coordinated-have-no-subject"),
    # two asides in a row after the subject: the second opens at the first one's closing comma
    pytest.param("Binter crece. La aerolínea, propiedad de Hesperia, la firma de la familia Rodríguez, "
                 "ha renovado su contrato con Amadeus.",
                 [("Binter", "customer_of", "Amadeus IT Group")], [("Hesperia", "customer_of", "Amadeus IT Group")],
                 id="chained-asides-after-anaphor"),
    # an enclitic object ("comprarla") is the verb's object: a name after a comma starts another clause;
    # a purchase given up ("la renuncia de X a comprar") was a bid, not an acquisition
    pytest.param("Binter pierde dinero. Tras la renuncia de Iberia a comprarla en 2023 por el veto de Bruselas, "
                 "Air Europa estudia su futuro.",
                 [("Iberia", "bids_for", "Binter")], [("Iberia", "acquires", "Air Europa"), ("Iberia", "acquires", "Binter")],
                 id="enclitic-object-renuncia"),
    # a town where a company sits is a place, not a company ("la empresa de Sant Cugat")
    pytest.param("Grifols crece. La empresa de Sant Cugat ha sellado una alianza con Takeda.",
                 [("Grifols", "partner_of", "Takeda Pharmaceutical")], [("Sant Cugat", "partner_of", "Takeda Pharmaceutical")],
                 id="place-town-not-company"),
    # telling a regulator something makes it no party: "ha comunicado a la CNMV"
    pytest.param("Iberia ha comunicado a Aena su alianza con Qatar Airways.",
                 [("Iberia", "partner_of", "Qatar Airways")], [("Aena", "partner_of", "Qatar Airways")],
                 id="source-comunicado-a"),
    # an oblique relative carries the verb's "con": "X, con la que Y mantiene una alianza" (Y partners X)
    pytest.param("Telefónica elige Google Cloud, la nube de Google, con la que Indra mantiene desde 2019 una alianza.",
                 [("Indra", "partner_of", "Google Cloud")], [("Telefónica", "partner_of", "Google Cloud")],
                 id="partner-oblique-relative-alianza"),
    pytest.param("Ericsson, con quien Vodafone colabora desde 2010, abrirá un laboratorio en Madrid.",
                 [("Vodafone", "partner_of", "Ericsson")], [], id="partner-oblique-relative-colabora"),
    pytest.param("Carrefour, con el que Mercadona compite, ha subido precios.",
                 [("Mercadona", "competes_with", "Carrefour")], [], id="competes-oblique-relative"),
    pytest.param("Iberdrola tiene un plan con el que compite en renovables.",
                 [], [("Iberdrola", "competes_with", "Iberdrola")], id="competes-oblique-relative-no-party"),
    # a connector between two commas is a parenthesis, not a clause break
    pytest.param("Cepsa reduce su plantilla. La petrolera ha sellado, en cambio, una alianza con Iberdrola.",
                 [("Moeve", "partner_of", "Iberdrola")], [], id="parenthetical-en-cambio"),
    pytest.param("Enagás ha firmado, por su parte, un acuerdo de colaboración con Naturgy.",
                 [("Enagás", "partner_of", "Naturgy")], [], id="parenthetical-por-su-parte"),
    pytest.param("Iberia utiliza Amadeus, mientras que Vueling usa Navitaire.",
                 [("Iberia", "customer_of", "Amadeus IT Group")], [("Iberia", "customer_of", "Navitaire")],
                 id="clause-break-mientras-que"),
    # analysts only comment: no party of the sentence's relations
    pytest.param("Los analistas de JPMorgan recomiendan comprar acciones de Inditex.",
                 [], [("JPMorgan Chase", "acquires", "Inditex"), ("JPMorgan Chase", "bids_for", "Inditex")],
                 id="source-los-analistas-de"),
    pytest.param("Los analistas de Bankinter creen que Iberdrola ganará cuota frente a Endesa.",
                 [("Iberdrola", "competes_with", "Endesa")], [("Bankinter", "competes_with", "Endesa")],
                 id="source-analistas-rivals"),
    # sector anaphors: "la farmacéutica", "la hotelera", "el gigante textil" stand for the company spoken of
    pytest.param("Almirall presentó resultados. La farmacéutica ha firmado un acuerdo de colaboración con Novartis.",
                 [("Almirall", "partner_of", "Novartis")], [], id="anaphor-la-farmaceutica"),
    pytest.param("Meliá abre hoteles en Cuba. La hotelera ha cerrado una alianza con Iberia.",
                 [("Meliá Hotels International", "partner_of", "Iberia")], [], id="anaphor-la-hotelera"),
    pytest.param("Inditex crece en Asia. El gigante textil ha elegido a Microsoft como socio tecnológico.",
                 [("Inditex", "customer_of", "Microsoft")], [], id="anaphor-el-gigante-textil"),
    # a name no registry knows called "la plataforma de X", "el fármaco de X" is X's product, not a unit
    pytest.param("Vueling migrará sus reservas a Skyline, la plataforma de Amadeus.",
                 [("Skyline", "product_of", "Amadeus IT Group")], [("Skyline", "subsidiary_of", "Amadeus IT Group")],
                 id="product-la-plataforma-de"),
    pytest.param("Zentrevia, el fármaco de Grifols, llegará a Europa en 2027.",
                 [("Zentrevia", "product_of", "Grifols")], [], id="product-el-farmaco-de"),
    pytest.param("Rovi fabricará la vacuna de Moderna en Madrid.",
                 [], [("Laboratorios Rovi", "subsidiary_of", "Moderna"), ("Laboratorios Rovi", "product_of", "Moderna")],
                 id="product-noun-object-not-apposition"),
    pytest.param("Glovo, la plataforma de reparto de Delivery Hero, crece.",
                 [("Glovo", "subsidiary_of", "Delivery Hero")], [("Glovo", "product_of", "Delivery Hero")],
                 id="product-noun-known-company"),
    # goods bought from a seller: the buyer is a customer, not an acquirer
    pytest.param("Renfe comprará 30 trenes a Talgo.",
                 [("Renfe", "customer_of", "Talgo")], [("Renfe", "acquires", "Talgo")], id="customer-compra-goods-a"),
    pytest.param("Telefónica compra a Nokia equipos de red.",
                 [("Telefónica", "customer_of", "Nokia")], [("Telefónica", "acquires", "Nokia")],
                 id="customer-compra-a-seller-goods"),
    pytest.param("Telefónica compra a Nokia por 10.000 millones.",
                 [("Telefónica", "acquires", "Nokia")], [("Telefónica", "customer_of", "Nokia")],
                 id="acquires-compra-a-personal"),
    pytest.param("Microsoft se abastecerá de energía renovable de Iberdrola.",
                 [("Microsoft", "customer_of", "Iberdrola")], [("Iberdrola", "customer_of", "Microsoft")],
                 id="customer-se-abastecera-de"),
    pytest.param("IBM cuenta con Santander entre sus principales clientes.",
                 [("Banco Santander", "customer_of", "IBM")], [], id="customer-cuenta-entre-principales-clientes"),
    # a sentence going on with "además"/"también" and no subject keeps the previous sentence's subject
    pytest.param("Naturgy cerró el año con beneficios récord. Además, firmó una alianza con Enagás.",
                 [("Naturgy", "partner_of", "Enagás")], [], id="dropped-subject-ademas"),
    pytest.param("Acciona ganó cuota en 2025. Asimismo, ha cerrado la compra de Nordex.",
                 [("Acciona", "acquires", "Nordex")], [], id="dropped-subject-asimismo"),
    pytest.param("Naturgy cerró el año con beneficios récord. Además, Endesa firmó una alianza con Enagás.",
                 [("Endesa", "partner_of", "Enagás")], [("Naturgy", "partner_of", "Enagás")],
                 id="dropped-subject-named"),
    pytest.param("Acciona ganó cuota en 2025. En marzo, adquirió Nordex.",
                 [("Acciona", "acquires", "Nordex")], [], id="dropped-subject-after-adverbial"),
    pytest.param("Acciona ganó cuota en 2025. Según la prensa, Endesa compró Solaria.",
                 [], [("Acciona", "acquires", "Solaria")], id="dropped-subject-not-with-named"),
    # journalists' titles for a boss: "el hombre fuerte de", "el mandamás de", "el timonel de", "lleva las riendas de"
    pytest.param("El hombre fuerte de Repsol, Josu Jon Imaz, defendió el plan.",
                 [("Josu Jon Imaz", "executive_of", "Repsol")], [], id="executive-hombre-fuerte"),
    pytest.param("Carlos Torres, el mandamás del BBVA, defendió la opa.",
                 [("Carlos Torres", "executive_of", "BBVA")], [], id="executive-mandamas"),
    pytest.param("Ignacio Galán, que lleva las riendas de Iberdrola, habló ayer.",
                 [("Ignacio Galán", "executive_of", "Iberdrola")], [], id="executive-lleva-las-riendas"),
    pytest.param("Mercadona crece. El número uno de la distribución ha comprado Dia.",
                 [("Mercadona", "acquires", "DIA")], [], id="anaphor-numero-uno-not-title"),
    pytest.param("Repsol ha renunciado a comprar Solaria.",
                 [("Repsol", "bids_for", "Solaria")], [("Repsol", "acquires", "Solaria")], id="bids-renuncia-a-comprar"),
    pytest.param("Vueling, filial de IAG, la mayor aerolínea de El Prat, utiliza los sistemas de Amadeus.",
                 [("Vueling", "customer_of", "Amadeus IT Group")],
                 [("International Airlines Group", "customer_of", "Amadeus IT Group")], id="chained-asides-after-name"),
    # a verb after "y" shares the sentence's subject, not the seller of the verb before
    pytest.param("Vueling encarga diez aviones a Boeing y refuerza su ofensiva frente a Ryanair.",
                 [("Vueling", "competes_with", "Ryanair"), ("Vueling", "customer_of", "Boeing")],
                 [("Boeing", "competes_with", "Ryanair")], id="coordinated-subject-after-seller"),
    pytest.param("Airbus gana cuota frente a Boeing en Asia.",
                 [("Airbus", "competes_with", "Boeing")], [], id="frente-a-rival"),
    pytest.param("Grifols rechaza a Brookfield y apuesta por su alianza con Takeda.",
                 [("Grifols", "partner_of", "Takeda Pharmaceutical")], [], id="coordinated-subject-not-negated-by-first-verb"),
    # the State is no company: the owner is the holding named after "a través de"
    pytest.param("Navantia, controlada por el Estado a través de Sepi, construirá cinco fragatas.",
                 [("Navantia", "subsidiary_of", "Sepi")], [("Navantia", "subsidiary_of", "Estado")], id="estado-no-company"),
    # a clause after a break whose subject stands after its verb opens that clause
    pytest.param("Renfe renueva su flota. Los trenes los fabricará Alstom, mientras que el mantenimiento lo asumirá "
                 "la propia Renfe en sus talleres. La compañía compite en esas líneas con Ouigo.",
                 [("Renfe", "competes_with", "Ouigo")], [("Alstom", "competes_with", "Ouigo")], id="inverted-clause-subject"),
    # "ambas compañías" after ", y": the two companies of the clauses before it, outside their asides
    pytest.param("Iberia crece. IAG intentó comprar Air Europa. Después, Turkish Airlines entró en el capital de la "
                 "aerolínea, y ambas compañías han firmado una alianza comercial.",
                 [("Turkish Airlines", "partner_of", "Air Europa")],
                 [("International Airlines Group", "partner_of", "Air Europa")], id="collective-parties-of-sentence"),
    pytest.param("Cellnex crece. Vantage Towers, controlada por Vodafone y los fondos KKR y GIP, rompió con Cellnex, "
                 "y desde entonces las dos empresas se disputan cada torre.",
                 [("Vantage Towers", "competes_with", "Cellnex")], [("KKR", "competes_with", "GIP")],
                 id="collective-parties-outside-aside"),
    # a fronted object said again by a clitic: the supplier after the verb, the buyer the article's company
    pytest.param("Iberdrola construye un parque eólico. Los aerogeneradores los suministrará Siemens Gamesa.",
                 [("Iberdrola", "customer_of", "Siemens Gamesa")], [("Siemens Gamesa", "customer_of", "Iberdrola")],
                 id="fronted-object-clitic-supplier"),
    pytest.param("Iberdrola construye un parque eólico. Siemens Gamesa los suministrará a Repsol.",
                 [("Repsol", "customer_of", "Siemens Gamesa")], [("Iberdrola", "customer_of", "Siemens Gamesa")],
                 id="clitic-after-named-supplier-not-main"),
    # ", que compró X": a bare name after the purchase verb is the relative clause's subject
    pytest.param("Tuenti, que compró Telefónica en 2010, cerró en 2016.",
                 [("Telefónica", "acquires", "Tuenti")], [("Tuenti", "acquires", "Telefónica")],
                 id="inverted-relative-buyer-after-verb"),
    pytest.param("Tuenti, que compró a Telefónica en 2010, cerró en 2016.",
                 [("Tuenti", "acquires", "Telefónica")], [("Telefónica", "acquires", "Tuenti")],
                 id="relative-personal-a-object"),
    # breadth: a contract won from a buyer, "en manos de" an owner, a majority partner
    pytest.param("Indra se ha adjudicado un contrato de Iberdrola para sus redes.",
                 [("Iberdrola", "customer_of", "Indra")], [("Indra", "customer_of", "Iberdrola")], id="customer-adjudica-un-contrato-de"),
    pytest.param("Sacyr ha ganado el concurso de Aena para la nueva terminal.",
                 [("Aena", "customer_of", "Sacyr")], [], id="customer-gana-el-concurso-de"),
    pytest.param("Endesa, en manos de Enel desde 2009, crece en Portugal.",
                 [("Endesa", "subsidiary_of", "Enel")], [], id="subsidiary-en-manos-de"),
    pytest.param("El futuro de Solaria está en manos de sus accionistas.",
                 [], [("Solaria", "subsidiary_of", "Solaria")], id="en-manos-de-no-company"),
    pytest.param("Torreal, socio mayoritario de Saba, estudia su salida.",
                 [("Saba", "subsidiary_of", "Torreal")], [("Torreal", "partner_of", "Saba")], id="subsidiary-socio-mayoritario"),
    # regional demonyms: "la entidad catalana" is the company the registry places in Catalonia
    pytest.param("Sabadell gana cuota frente a Santander. La entidad catalana ha comprado TSB.",
                 [("Banco Sabadell", "acquires", "TSB")], [("Banco Santander", "acquires", "TSB")],
                 id="regional-demonym-catalana"),
    pytest.param("Santander gana cuota frente a Sabadell. El grupo cántabro ha comprado TSB.",
                 [("Banco Santander", "acquires", "TSB")], [("Banco Sabadell", "acquires", "TSB")],
                 id="regional-demonym-cantabro"),
    pytest.param("Sabadell gana cuota frente a Unicaja. La entidad andaluza ha comprado TSB.",
                 [("Unicaja", "acquires", "TSB")], [("Banco Sabadell", "acquires", "TSB")],
                 id="regional-demonym-andaluza"),
    # a verb cue holds for a list of subjects in the plural (plural_endings), past a clitic ("se hacen con")
    ("Iberdrola y Repsol compran Solaria.", [("Iberdrola", "acquires", "Solaria"), ("Repsol", "acquires", "Solaria")], []),
    ("Iberdrola y Repsol se hacen con Solaria.", [("Repsol", "acquires", "Solaria")], []),
    ("Iberdrola y Repsol toman el control de Solaria.", [("Iberdrola", "acquires", "Solaria")], []),
]


@pytest.mark.parametrize("text,present,absent", CASES)
def test_sentence(text, present, absent):
    assert_claims(text, LANG, present, absent)


# precision on new text: wordings that must not yield the relation of their shape (a denied rumour,
# a title bound to another company, a common noun read as a name)
PRECISION_CASES = [
    ("Según la prensa, Iberdrola estudiaría una oferta por Naturgy, algo que la eléctrica desmintió ayer.", [], [("Iberdrola", "bids_for", "Naturgy")]),
    # a title after an aside belongs to the clause's company, not to the aside's owner
    ("En Orange España, propiedad desde 2024 del fondo británico Lorca, el consejero delegado Ramón Pérez apuesta por la marca Jazztel.",
     [("Ramón Pérez", "executive_of", "Orange España")], [("Ramón Pérez", "executive_of", "Lorca")]),
    ("Concretamente, la filial de Telefónica gestionará la red de Orange.", [], [("Concretamente", "subsidiary_of", "Telefónica")]),
    ("La naviera Maersk ha firmado un acuerdo para comprar a Repsol hasta 200.000 toneladas anuales de metanol verde.",
     [("Maersk", "customer_of", "Repsol")], [("Maersk", "acquires", "Repsol")]),
    # two brands joined by "y" after a plural noun are two names, not one
    ("MasOrange prepara una ofensiva con sus marcas Yoigo y Simyo.", [("Yoigo", "product_of", "MasOrange")], [("Yoigo y Simyo", "product_of", "MasOrange")]),
    ("El consejo de Indra aprobó la adquisición de Escribano Mechanical & Engineering, el fabricante madrileño de torres.",
     [("Indra", "acquires", "Escribano Mechanical & Engineering")], [("Indra", "acquires", "Escribano Mechanical &")]),
    ("Danone firmó un contrato de suministro con Mercadona.", [("Mercadona", "customer_of", "Danone")], [("Danone", "partner_of", "Mercadona")]),
    ("Repsol y Telefónica han creado una empresa conjunta, Solar360, que venderá paneles solares.",
     [("Repsol", "partner_of", "Telefónica")], [("Repsol", "partner_of", "Solar360")]),
]


@pytest.mark.parametrize("text,present,absent", PRECISION_CASES)
def test_precision_sentence(text, present, absent):
    from tests.lang.checks import assert_sentence as check
    check(text, "es", present, absent)



# brands and products: a name called a brand is its owner's product, even one the registry lists as a
# company; a model ordered from one supplier is that supplier's
PRODUCTS = [
    ("Telefónica pierde clientes en su marca principal, Movistar, y rebaja precios.",
     [("Movistar", "product_of", "Telefónica")], [("Movistar", "subsidiary_of", "Telefónica")]),
    ("Iberia ha firmado un pedido de doce aviones A350F con Airbus para su flota de carga.",
     [("A350F", "product_of", "Airbus"), ("Iberia", "customer_of", "Airbus")], [("A350F", "product_of", "Iberia")]),
]


@pytest.mark.parametrize("text,present,absent", PRODUCTS)
def test_products(text, present, absent):
    assert_claims(text, LANG, present, absent)


# brand lists and brand phrases: "sus marcas A y B" names two brands, "con la marca X" the subject's brand
BRANDS = [
    ("Inditex refuerza en Asia sus marcas Lefties y Oysho.",
     [("Lefties", "product_of", "Inditex"), ("Oysho", "product_of", "Inditex")], []),
    ("Vitalia Foods, que con la marca Nutrivo domina el mercado, abre una fábrica.",
     [("Nutrivo", "product_of", "Vitalia Foods")], []),
    ("Nutrivo, una de las marcas de Vitalia Foods, crece deprisa.", [("Nutrivo", "product_of", "Vitalia Foods")], []),
    # an offering noun, the name, "of" and a company: that company's product
    ("La marca Tidepay del grupo Harbor Bank crece.", [("Tidepay", "product_of", "Harbor Bank")], []),
    # ", la compañía nacida de ...,": an aside; "sus marcas" are the subject's, not those of a name inside it
    ("Vomtel, la compañía nacida de la fusión de Orange y Avatel, prepara una ofensiva con sus marcas Lefties y Oysho.",
     [("Lefties", "product_of", "Vomtel")], [("Lefties", "product_of", "Avatel")]),
    ("Vitalia Foods, el fabricante de Nutrivo, abre una fábrica.", [("Nutrivo", "product_of", "Vitalia Foods")], []),
    ("El Zorba, el modelo estrella de Nexmotors, se vende bien.", [("Zorba", "product_of", "Nexmotors")], []),
]


@pytest.mark.parametrize("text,present,absent", BRANDS)
def test_brands(text, present, absent):
    assert_claims(text, LANG, present, absent)


# rivals of a possessive with a count ("sus tres grandes rivales: A, B y C"): the owner's rivals
RIVALS = [
    ("El operador Vomtel sumó 300.000 líneas. Casi todas procedían de sus tres grandes rivales: Telefónica, "
     "MasOrange y Avatel.",
     [("Telefónica", "competes_with", "Vomtel"), ("Avatel", "competes_with", "Vomtel")], []),
    # taking customers from, closing the gap with: a rival
    ("El operador Digi arrebata 300.000 clientes a Movistar y Vodafone.",
     [("Digi", "competes_with", "Movistar"), ("Digi", "competes_with", "Vodafone")], []),
    # "la empresa conjunta": the young company named last, not a parent
    ("Repsol e Iberdrola crearon Volta Carga. Volta Carga llega a un mercado difícil. La empresa conjunta competirá "
     "con Ionity.", [("Volta Carga", "competes_with", "Ionity")], [("Repsol", "competes_with", "Ionity")]),
    ("Digi le gana terreno a Vodafone en la fibra.", [("Digi", "competes_with", "Vodafone")], []),
    ("Digi se mide con Vodafone en fibra.", [("Digi", "competes_with", "Vodafone")], []),
]


@pytest.mark.parametrize("text,present,absent", RIVALS)
def test_rivals(text, present, absent):
    assert_claims(text, LANG, present, absent)



def test_authority_is_named_but_no_party():
    """A regulator that approves a deal is a company of the text, and party to no relation."""
    from frenemy.api import analyse_text

    ad = analyse_text("Tras el visto bueno de la CNMV, Grupo Alvarena completó la compra de Serandia.", lang="es")
    assert "cnmv" in ad.entities
    assert not [c for c in ad.claims if "cnmv" in (c.subject, c.object)]



# supply: goods named by their maker, supplier nouns with the goods between, orders won, supply
# contracts and delivery verbs make the buyer the maker's customer (customer_of: buyer -> seller)
SUPPLY = [
    # goods named by their maker after a purchase verb: the maker is not bought
    ('Iberdrola compra turbinas de Siemens Energy.',
     [('Iberdrola', 'customer_of', 'Siemens Energy')], [('Iberdrola', 'acquires', 'Siemens Energy')]),
    # a supply contract with a retailer: the retailer buys
    ('Mahou ha firmado un contrato de suministro con Mercadona.',
     [('Mercadona', 'customer_of', 'Mahou San Miguel')], [('Mahou San Miguel', 'partner_of', 'Mercadona')]),
    # a fleet of goods named by their maker
    ('Iberia renueva su flota de aviones Airbus.',
     [('Iberia', 'customer_of', 'Airbus')], []),
]


@pytest.mark.parametrize("text,present,absent", SUPPLY)
def test_supply(text, present, absent):
    checks.assert_sentence(text, "es", present, absent)
