"""A company described in apposition as one of a group ("Zentrobus, il colosso tedesco del gruppo
Flix", "la compagnie à bas coût du groupe Flix") or, after a copula, by the same description is that
group's subsidiary; a rival so described is not. A known company's name glued to a unit word that is
also a plain noun ("Lufthansa Technik") names its unit, a company of its own."""

import pytest

from tests.lang.checks import assert_sentence

S = "subsidiary_of"

CASES = [
    ("it", "Itabus compete con Zentrobus, il colosso tedesco del gruppo Flix.", [("Zentrobus", S, "Flix")], []),
    ("it", "Itabus sfida Zentrobus. Zentrobus è la compagnia low cost del gruppo Flix.", [("Zentrobus", S, "Flix")], []),
    ("it", "Itabus compete con Zentrobus, il rivale storico del gruppo Flix.", [], [("Zentrobus", S, "Flix")]),
    # a noun that is no group's ("dei cereali") names goods, not an owner
    ("it", "Ferrero ha comprato Zentrobus, il produttore americano dei cereali Froot Loops.",
     [], [("Zentrobus", S, "Froot Loops")]),
    ("fr", "Zentrobus, la compagnie à bas coût du groupe Flix, grandit.", [("Zentrobus", S, "Flix")], []),
    ("es", "Zentrobus, la filial de bajo coste del grupo Flix, crece.", [("Zentrobus", S, "Flix")], []),
    ("nl", "Zentrobus, de prijsvechter van de groep Flix, groeit.", [("Zentrobus", S, "Flix")], []),
    ("de", "Lufthansa investiert. Die Wartungstochter Lufthansa Technik arbeitet mit Skyfold zusammen.",
     [("Lufthansa Technik", S, "Lufthansa"), ("Lufthansa Technik", "partner_of", "Skyfold")],
     [("Lufthansa", "partner_of", "Skyfold")]),
]


@pytest.mark.parametrize("lang,text,present,absent", CASES)
def test_described_unit(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)


def test_plain_noun_after_no_company_stays_a_noun():
    from frenemy.api import analyse_text

    names = {e.name for e in analyse_text("Die neue Technik von Lufthansa überzeugt.", lang="de").entities.values()}
    assert names == {"Lufthansa"}


GENITIVE = [
    ("Optum is in talks to buy Brightcare, Walgreens' specialty pharmacy business.",
     [("Brightcare", S, "Walgreens Boots Alliance")]),
    ("The trucks were developed by Voltline, Ford's electric-vehicle division.", [("Voltline", S, "Ford Motor Company")]),
    ("The trucks were developed by Voltline, the Ford division that houses its electric business.",
     [("Voltline", S, "Ford Motor Company")]),
]


@pytest.mark.parametrize("text,present", GENITIVE)
def test_unit_noun_after_its_owners_genitive(text, present):
    assert_sentence(text, "en", present, [])


def test_genitive_before_another_noun_makes_no_unit():
    assert_sentence("Tesla buys from Voltline, Ford's biggest business partner.", "en", [],
                    [("Voltline", S, "Ford Motor Company")])


SUBJECTS_UNIT = [
    ("fr", "Ubisoft a créé Vantage Studios, la nouvelle filiale qui regroupe ses franchises.",
     [("Vantage Studios", S, "Ubisoft")], []),
    ("en", "Ubisoft has set up Vantage Studios, the new subsidiary that houses its franchises.",
     [("Vantage Studios", S, "Ubisoft")], []),
    ("es", "Telefónica ha creado Zentra, la nueva filial que agrupa sus negocios.", [("Zentra", S, "Telefónica")], []),
    ("it", "Unipol ha creato Zentra, la nuova controllata che raggruppa le polizze.", [("Zentra", S, "Unipol")], []),
    ("de", "Ubisoft hat Vantage Studios gegründet, die neue Tochter, die die Marken bündelt.",
     [("Vantage Studios", S, "Ubisoft")], []),
    ("nl", "Ubisoft heeft Vantage Studios opgericht, de nieuwe dochter die de merken bundelt.",
     [("Vantage Studios", S, "Ubisoft")], []),
    ("vi", "Vingroup thành lập Zentra, công ty con mới chuyên về pin.", [("Zentra", S, "Vingroup")], []),
    # the owner named after the noun is the owner; a rival the verb names owns nothing
    ("fr", "Ubisoft a racheté Zentra, la filiale de Tencent.", [("Zentra", S, "Tencent")], [("Zentra", S, "Ubisoft")]),
    ("en", "Ubisoft competes with Vantage Studios, a subsidiary.", [], [("Vantage Studios", S, "Ubisoft")]),
]


@pytest.mark.parametrize("lang,text,present,absent", SUBJECTS_UNIT)
def test_unit_noun_naming_no_owner_is_the_subjects(lang, text, present, absent):
    assert_sentence(text, lang, present, absent)


@pytest.mark.parametrize("lang,text,name", [
    ("nl", "Eindhoven, 2 maart 2026 – Chipmachinefabrikant ASML heeft een order binnengehaald van TSMC.", "ASML"),
    ("en", "LONDON, March 2 – Drugmaker AstraZeneca signed a cloud deal with Amazon Web Services.", "AstraZeneca"),
])
def test_sector_noun_after_a_dateline_dash_is_no_part_of_the_name(lang, text, name):
    from frenemy.api import analyse_text

    names = {e.name for e in analyse_text(text, lang=lang).entities.values()}
    assert name in names and not any(n.endswith(" " + name) for n in names)
