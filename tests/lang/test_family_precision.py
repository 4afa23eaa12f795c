"""What is not a brand or unit of a company: a compound noun declined after its genitive article
(German "des BASF-Umsatzes"), a kind of goods written like a name ("OLED", "GPU"), a minority stake."""

import pytest

from tests.lang.checks import assert_sentence, triples

GENITIVE_COMPOUNDS = [
    ("BASF meldet ein gutes Quartal. Ein Drittel des BASF-Umsatzes stammt inzwischen aus Asien.",
     ("BASF-Umsatzes", "product_of", "BASF")),
    ("Siemens baut in Dresden. Die Leiterin des Dresdner Siemens-Standorts sagte, das Werk wachse.",
     ("Siemens-Standorts", "product_of", "Siemens")),
]


@pytest.mark.parametrize("text,triple", GENITIVE_COMPOUNDS)
def test_genitive_compound_is_no_product(text, triple):
    assert_sentence(text, "de", [], [triple])


GENERIC_GOODS = [
    ("en", "Zorblax Display already makes most of the OLED screens used in premium phones.",
     "OLED", "Zorblax Display"),
    ("vi", "Zorblax Cloud cũng tung ra các gói GPU giá rẻ cho doanh nghiệp.", "GPU", "Zorblax Cloud"),
    ("fr", "Zorblax Cloud lance des offres GPU à bas prix pour les entreprises.", "GPU", "Zorblax Cloud"),
    ("es", "Zorblax Cloud lanza paquetes de GPU a bajo precio para empresas.", "GPU", "Zorblax Cloud"),
]


@pytest.mark.parametrize("lang,text,goods,maker", GENERIC_GOODS)
def test_kind_of_goods_is_no_party(lang, text, goods, maker):
    assert_sentence(text, lang, [], [(goods, r, maker) for r in ("product_of", "subsidiary_of", "customer_of")])


STAKES = [
    ("en", "Tencent, which owns roughly 30 percent of Kestrel Games, has agreed to sell its stake."),
    ("es", "Tencent, que posee alrededor del 30% de Kestrel Games, venderá su participación."),
]


TECHNOLOGY_ACRONYMS = [
    ("en", "Zorvex uses LFP, while Brenta uses NMC.", ("Zorvex", "customer_of", "LFP")),
    ("de", "Zorvex setzt auf LPDDR6 und konkurriert mit Brenta.", ("Zorvex", "customer_of", "LPDDR6")),
    ("vi", "Zorvex sử dụng LFP của Brenta.", ("Zorvex", "customer_of", "LFP")),
    ("it", "Zorvex ha acquisito MEMS.", ("Zorvex", "acquires", "MEMS")),
    ("en", "Zorvex has acquired the MEMS business of Brenta.", ("Zorvex", "acquires", "MEMS")),
]


@pytest.mark.parametrize("lang,text,triple", TECHNOLOGY_ACRONYMS)
def test_technology_acronym_is_no_party(lang, text, triple):
    """Battery chemistries, chip technologies, memory standards (generic_goods.txt) own nothing and buy nothing."""
    assert_sentence(text, lang, [], [triple])


@pytest.mark.parametrize("lang,text", STAKES)
def test_minority_stake_owns_no_product(lang, text):
    assert_sentence(text, lang, [], [("Kestrel Games", "product_of", "Tencent")])


OWNER_LISTS = [
    ("en", "The investors include Tencent, Addition and Block, the American group that owns Tidepay.",
     "Block Inc", ["Tencent", "Addition"]),
    ("it", "Gli azionisti sono Kelpa, Morrow e Brindle, la società proprietaria del marchio Tidepay.",
     "Brindle", ["Kelpa", "Morrow"]),
]


@pytest.mark.parametrize("lang,text,owner,others", OWNER_LISTS)
def test_brand_belongs_to_the_nearest_of_a_list(lang, text, owner, others):
    assert_sentence(text, lang, [("Tidepay", "product_of", owner)], [("Tidepay", "product_of", o) for o in others])


ENGLISH_AND = [
    ("de", "Airbus Defence and Space bestellt bei Hensoldt weitere Radarsysteme. Airbus wächst."),
    ("es", "Airbus Defence and Space ha encargado a Indra nuevos radares. Airbus crece."),
    ("it", "Airbus Defence and Space ha ordinato a Leonardo nuovi radar. Airbus cresce."),
    ("nl", "Airbus Defence and Space bestelt bij Thales nieuwe radars. Airbus groeit."),
]


@pytest.mark.parametrize("lang,text", ENGLISH_AND)
def test_english_and_joins_one_name(lang, text):
    assert_sentence(text, lang, [("Airbus Defence and Space", "subsidiary_of", "Airbus")],
                    [("Airbus Defence", "subsidiary_of", "Airbus")])


MAKERS_OF_NAMED_GOODS = [
    ("Der Kölner Lumora-Konzern, Hersteller des Waschmittels Brillo, wächst.", "Brillo", "Lumora"),
    ("Kestrova Defence, Hersteller des Flugabwehrsystems ZX-7 SLM, setzt auf Radare von Hensoldt.",
     "ZX-7 SLM", "Kestrova Defence"),
]


@pytest.mark.parametrize("text,product,maker", MAKERS_OF_NAMED_GOODS)
def test_maker_of_named_goods_after_genitive_noun(text, product, maker):
    assert_sentence(text, "de", [(product, "product_of", maker)], [])


def test_name_after_a_product_noun_is_a_name_even_shaped_like_a_noun():
    # "Valen" ends like a German plural noun, but after "Eigenmarke" it is the brand's name
    assert_sentence("Zudem baut Kaufland seine Eigenmarke Valen seit Jahren aus.", "de",
                    [("Valen", "product_of", "Kaufland")], [])


@pytest.mark.parametrize("lang,text", [
    ("de", "Kunden sind Seat und Audi, die die Zellen in ihren Kompaktmodellen Ravo und Tesko verbauen."),
])
def test_possessive_of_a_list_names_no_single_owner(lang, text):
    assert_sentence(text, lang, [], [(p, "product_of", "Audi") for p in ("Ravo", "Tesko")])


@pytest.mark.parametrize("lang,text,unit,owner", [
    ("en", "Tesco's closest rival is Nectar360, the loyalty and media arm of J Sainsbury.", "Nectar360", "Sainsbury's"),
    ("en", "Rivals include Tidepay, the payments and lending arm of Block.", "Tidepay", "Block Inc"),
    ("it", "Il gruppo si affida a Kestrova, la controllata industriale e logistica di Barilla.", "Kestrova", "Barilla"),
])
def test_apposition_with_coordinated_modifiers_names_the_unit(lang, text, unit, owner):
    assert_sentence(text, lang, [(unit, "subsidiary_of", owner)], [])


@pytest.mark.parametrize("lang,text", [
    ("es", "Bankora, que ha descartado lanzar un banco digital, prefiere reforzar su filial irlandesa de crédito "
           "al consumo, Avant Money."),
    ("fr", "Bankora, qui a renoncé à lancer une banque en ligne, préfère renforcer sa filiale irlandaise de crédit "
           "à la consommation, Avant Money."),
])
def test_name_after_the_comma_of_a_possessed_unit_is_the_unit(lang, text):
    assert_sentence(text, lang, [("Avant Money", "subsidiary_of", "Bankora")], [("Bankora", "subsidiary_of", "Avant Money")])


def test_apposition_calling_a_known_company_a_brand_makes_it_a_product():
    text = "Cada mes, miles de usuarios de Orbix se pasan a Movistar, la marca comercial de Telefónica, por sus ofertas."
    assert_sentence(text, "es", [("Movistar", "product_of", "Telefónica")], [("Movistar", "subsidiary_of", "Telefónica")])


def test_country_after_the_noun_is_no_part_of_the_name():
    text = "Dược Hậu Giang, doanh nghiệp do tập đoàn Nhật Bản Kestrova nắm quyền chi phối, mở rộng sản xuất."
    got = triples(text, "vi")
    assert not any("Nhật Bản" in s or "Nhật Bản" in o for s, _, o in got), got


@pytest.mark.parametrize("lang,text,named,maker", [
    ("it", "Tra i fornitori resta Marelli, che produce i gruppi ottici della Fiat Grande Panda.",
     "Fiat Grande Panda", "Marelli"),
    ("en", "Kestrova makes the headlights of the Zorbo Runner.", "Zorbo Runner", "Kestrova"),
])
def test_part_made_for_a_named_product_is_not_the_product(lang, text, named, maker):
    assert_sentence(text, lang, [], [(named, "product_of", maker)])


def test_named_range_stays_the_makers():
    assert_sentence("Kestrova produce la gamma di yogurt Vellia.", "it", [("Vellia", "product_of", "Kestrova")], [])
