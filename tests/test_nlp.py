"""Components of the pipeline, each on sentences written for the test."""

from __future__ import annotations

import pytest

from frenemy.api import analyse_text
from frenemy.nlp.dates import find_date, normalise_date
from frenemy.nlp.sentences import split_sentences
from frenemy.nlp.text import fold, lower, name_key, normalise
from frenemy.nlp.tokens import token_key, tokenize


def _texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_sentences_split_on_full_stops_and_blank_lines():
    assert _texts("Acme buys Foo. Bar sells Baz!\n\nA title\nMore text") == [
        "Acme buys Foo.", "Bar sells Baz!", "A title", "More text"]


def test_sentences_split_before_a_low_opening_quote():
    # Dutch and German open a quote with „ (and close it with ” or “)
    assert _texts('Het bedrijf groeit. „We zijn blij", zei de topman. „Nu door.“ Dann kam Siemens.') == [
        "Het bedrijf groeit.", '„We zijn blij", zei de topman.', "„Nu door.“", "Dann kam Siemens."]


def test_sentences_keep_abbreviations_and_initials():
    assert len(_texts("Mr. Smith met Dr. Jones at Acme Inc. yesterday. Then he left.")) == 2


def test_sentences_split_a_full_stop_glued_to_the_next_sentence():
    assert _texts("Doanh thu tăng mạnh.Khi Acme mở rộng") == ["Doanh thu tăng mạnh.", "Khi Acme mở rộng"]


def test_tokens_split_elisions_and_possessives():
    text = "l'offre d'AWS et Microsoft's cloud"
    assert [text[a:b] for a, b in tokenize(text)] == ["l'", "offre", "d'", "AWS", "et", "Microsoft", "'s", "cloud"]


def test_token_key_normalises_apostrophes_and_case():
    assert token_key("Client d’AWS") == "client d' aws"


def test_folding_keeps_length_and_drops_accents():
    text = "Télémédecine à Hà Nội, İstanbul"
    assert len(fold(text)) == len(text) == len(lower(text))
    assert fold("Télémédecine") == "telemedecine" and fold("Đà Nẵng") == "da nang"


@pytest.mark.parametrize(("name", "key"), [
    ("Walmart Inc.", "walmart"), ("Siemens AG", "siemens"), ("Công ty cổ phần FPT", "fpt"),
    ("L'Oréal S.A.", "loreal"), ("The Kroger Co.", "kroger"), ("Bristol-Myers Squibb", "bristol myers squibb"),
])
def test_name_key_drops_legal_forms(name, key):
    assert name_key(name) == key


def test_normalise_composes_decomposed_accents():
    assert normalise("Te\u0301le\u0301com") == "Télécom"


@pytest.mark.parametrize(("value", "iso"), [
    ("2022-02", "2022-02"), ("2020-08-27T10:00:00Z", "2020-08-27"), ("27/08/2020", "2020-08-27"), ("", ""),
])
def test_dates_normalise(value, iso):
    assert normalise_date(value) == iso


def test_date_from_a_dateline_in_the_text():
    from frenemy.lang import load_lexicon

    assert find_date("", " date 2022-02 Un dirigeant parle.", load_lexicon("fr")) == "2022-02"
    assert find_date("", "Paris, le 3 mars 2021 — Acme annonce.", load_lexicon("fr")) == "2021-03-03"
    assert find_date("2019-05-01", "date 2022-02", load_lexicon("fr")) == "2019-05-01"


def _mentions(text: str, lang: str = "") -> dict[str, tuple[str, str]]:
    ad = analyse_text(text, lang=lang)
    return {m.text: (m.kind, m.entity) for m in ad.mentions}


def test_registry_aliases_resolve_to_one_company():
    found = _mentions("AWS, Amazon Web Services and Amazon Web Service are one supplier.", "en")
    assert {found[n][1] for n in ("AWS", "Amazon Web Services", "Amazon Web Service")} == {"aws"}


def test_a_misspelt_company_is_resolved_fuzzily():
    assert _mentions("Patients of Cleverland Clinic use the app.", "en")["Cleverland Clinic"][1] == "cleveland_clinic"


def test_a_one_letter_typo_in_an_acronym_in_a_list():
    found = _mentions("Khách hàng gồm Bank of America, HSHC, MetLife và UBS.", "vi")
    assert found["HSHC"][1] == "hsbc"


def test_lower_case_common_word_is_not_a_company():
    assert "amazon" not in _mentions("The amazon rainforest is burning.", "en")


def test_unknown_company_in_a_list_is_discovered():
    found = _mentions("Its customers include Netflix, Zorblax Logistics and Nike.", "en")
    assert found["Zorblax Logistics"][0] == "company"


def test_a_registry_name_followed_by_capitals_is_one_of_its_products():
    ad = analyse_text("Amazon launched Amazon Quokka last year.", lang="en")
    product = [m for m in ad.mentions if m.text == "Amazon Quokka"]
    assert product and product[0].kind == "product"
    assert ad.entities[product[0].entity].parent == "amazon"


def test_people_are_told_from_companies():
    found = _mentions("Microsoft CEO Satya Nadella met Brooks Brothers executives.", "en")
    assert found["Satya Nadella"][0] == "person"


def test_industries_are_found_without_accents():
    found = _mentions("Amazon mise sur la télémedecine.", "fr")
    assert found["télémedecine"] == ("industry", "industry:telehealth")


def test_vietnamese_accents_are_not_folded_away():
    # "mùa" (season) must not be read as "mua" (buy); industry names keep their tones too
    ad = analyse_text("Acme Corp tăng trưởng mùa này.", lang="vi")
    assert not ad.claims


def test_language_is_detected():
    assert analyse_text("Walmart s'associe à Microsoft pour le rachat de TikTok.").lang == "fr"
    assert analyse_text("Microsoft đã công bố một hợp đồng với Walmart.").lang == "vi"


def test_prediction_lists_the_owner_spelt_out_in_a_family_members_name():
    from frenemy.api import default_pipeline
    from frenemy.output import prediction

    ad = analyse_text("Acme Robotics signed a five-year deal to run its factories on Google Cloud.", lang="en")
    names = {e["name"] for e in prediction(ad, registry=default_pipeline().registry)["entities"]}
    assert "Google Cloud" in names and "Google" in names
    assert "Google" not in {e["name"] for e in prediction(ad)["entities"]}


def test_prediction_does_not_list_an_owner_the_name_does_not_spell_out():
    from frenemy.api import default_pipeline
    from frenemy.output import prediction

    ad = analyse_text("Acme Robotics streams its training videos on YouTube.", lang="en")
    names = {e["name"] for e in prediction(ad, registry=default_pipeline().registry)["entities"]}
    assert "YouTube" in names and not names & {"Google", "Alphabet"}


def test_prediction_lists_a_registry_name_said_inside_the_surface():
    from frenemy.api import default_pipeline
    from frenemy.output import prediction

    ad = analyse_text("Chuyên gia của Công ty Chứng khoán SSI nhận định Vinamilk sẽ tăng trưởng.", lang="vi")
    entities = prediction(ad, registry=default_pipeline().registry)["entities"]
    ssi = next(e for e in entities if e.get("registry_id") == "ssi")
    assert "SSI" in ssi["aliases"]


def test_a_plural_pronoun_for_an_earlier_sentences_list_does_not_break_the_document():
    text = ("Wir treffen oft auf Nordwind Systems, die Cloud-Tochter von Kestrel Holding, und auf Bergfeld Digital. "
            "Gegen die gewinnen wir über Service.\n\nZuletzt hieß es, Nordwind Systems wolle sie übernehmen.")
    ad = analyse_text(text, lang="de")
    assert len(ad.sentences) == 3


@pytest.mark.parametrize(("text", "lang", "model", "maker"), [
    ("The carrier flies the Embraer E195-E2 on its regional routes.", "en", "Embraer E195-E2", "Embraer"),
    ("La compagnie recevra ses premiers Airbus A350 en mars.", "fr", "Airbus A350", "Airbus"),
    ("Die Fluggesellschaft flottet zehn Airbus A350 ein.", "de", "Airbus A350", "Airbus"),
])
def test_a_model_name_mentions_its_maker(text, lang, model, maker):
    """"Airbus A350" names Airbus: the maker is listed, and the model is its product."""
    from frenemy.api import analyse_text

    ad = analyse_text(text, lang=lang)
    names = {e.id: e.name for e in ad.entities.values()}
    assert maker in names.values(), names
    assert any(names[c.subject] == model and c.relation == "product_of" and names[c.object] == maker
               and c.confidence >= 0.5 for c in ad.claims), ad.claims


def test_a_unit_named_after_its_group_is_not_taken_for_a_model():
    from frenemy.api import analyse_text

    ad = analyse_text("MSC Crociere ha ordinato due navi a Fincantieri.", lang="it")
    assert not [c for c in ad.claims if c.relation == "product_of"], ad.claims


def test_a_homonym_in_other_capitals_is_not_the_company():
    """HBO's "Max" is a homonym: "MAX" in an aircraft's name is not the streaming service."""
    from frenemy.api import analyse_text

    ad = analyse_text("Ryanair ordered 150 Boeing 737 MAX 10 aircraft.", lang="en")
    assert "hbo" not in ad.entities


# The fast forms of name-finding patterns must find exactly what their plain forms find.
_TRICKY = [
    "Zorblax und Quibbo-Werke kündigten an; 3M, 7-Eleven, 2024 und 4x4 blieben. O'Hare-Flug.",
    "a.B-c x-Y-Chef Ärzte-Verband (Nordlicht-Gruppe), Foo&Bar-Chef, -Kopf, Süd-ost- und 9-Vel",
    "Jan van den Berg von Blaufisch sagte: «Wir bauen 12-Zoll-Wafer für Grünwerk+».\nNeue Zeile Ölbau",
]


def test_capitalised_runs_match_their_plain_pattern():
    import re

    from frenemy.nlp import names

    plain = re.compile(rf"(?<!\w)(?:{names._NAME_WORD})(?:(?: (?:"
                       rf"{'|'.join(names._PARTICLE_PAIRS + tuple(sorted(names.CONNECTORS)))}) | ){names._NAME_WORD})*")
    for text in _TRICKY:
        assert names.capitalised_spans(text) == [m.span() for m in plain.finditer(text)]
    text = _TRICKY[0]
    assert [text[a:b] for a, b in names.capitalised_spans(text)][:3] == ["Zorblax", "Quibbo-Werke", "3M"]
    assert "2024" not in [text[a:b] for a, b in names.capitalised_spans(text)]  # a year is no name


def test_compounds_are_read_only_around_hyphens():
    from frenemy.nlp import mentions

    for text in _TRICKY + ["keine Bindestriche hier", "-", "Ende-"]:
        assert [m.span() for m in mentions._compounds(text)] == [m.span() for m in mentions._COMPOUND.finditer(text)]
    assert [m.group() for m in mentions._compounds("Der Quibbo-Chef und die Nordlicht-Gruppe")] == [
        "Quibbo-Chef", "Nordlicht-Gruppe"]


def test_title_case_headline_found_by_lower_case_initials():
    from frenemy.model import AnalysedDocument, Document
    from frenemy.nlp.names import title_case_sentences

    text = "Zorblax Buys Quibbo To Bolster Cloud\n\nthe firm said it would buy the rival for cash."
    ad = AnalysedDocument(doc=Document(text), text=text)
    ad.sentences = split_sentences(text)
    assert title_case_sentences(ad) == [(0, 36)]


def test_lone_surname_after_a_person_links_to_that_person():
    ad = analyse_text("The chief executive, Karla Brenninger, spoke at length. Later, Brenninger said Zorblax "
                      "would grow.", lang="en")
    kinds = {m.text: m.kind for m in ad.mentions}
    assert kinds["Brenninger"] == "person" and kinds["Zorblax"] == "company"


def test_name_opening_a_listed_place_is_the_place():
    from frenemy.nlp.places import may_open_place, opens_place

    assert opens_place("United", "States", "said") and opens_place("New", "Jersey.")
    assert not opens_place("United", "Airlines", "said")
    assert not may_open_place("Zorblax")  # no listed place opens with it: the next words are never read


def test_longest_of_two_overlapping_hits_wins():
    from frenemy.nlp.aliases import _longest_first

    company = (0, 12, "Quibbo Foods", "company", "q", False)
    short = (0, 6, "Quibbo", "company", "q2", False)
    sector = (7, 12, "Foods", "industry", "industry:food", False)
    same_length = (7, 12, "Foods", "company", "f", False)
    assert _longest_first([short, company]) == [company]
    assert _longest_first([sector, same_length]) == [same_length]  # a company before a sector
    assert _longest_first([company, sector, short]) == [company]


def test_free_spans_are_what_split_by_occupied_yields():
    from frenemy.nlp.names import free_spans, split_by_occupied

    occupied = [(4, 9), (12, 15), (30, 41)]
    for start, end in [(0, 3), (0, 12), (5, 8), (9, 12), (10, 35), (16, 29), (41, 50), (20, 20)]:
        assert free_spans(start, end, occupied) == list(split_by_occupied(start, end, occupied))
    assert free_spans(16, 29, occupied) == [(16, 29)]
    assert free_spans(0, 20, occupied) == [(0, 4), (9, 12), (15, 20)]



def test_capitalised_run_into_a_role_title_is_no_name():
    # "Tân" (new) before a capitalised title at a sentence's start is no person
    from frenemy.api import analyse_text
    ad = analyse_text("Tân Tổng giám đốc VNPT là ông Huỳnh Quang Liêm.", lang="vi")
    names = {e.name for e in ad.entities.values()}
    assert "Tân Tổng" not in names
    assert "Huỳnh Quang Liêm" in names


@pytest.mark.parametrize("text,lang,name,short", [
    ("Zorblax Cloud Systems (ZCS) signed a deal with Microsoft. ZCS will move to Azure.", "en",
     "Zorblax Cloud Systems", "ZCS"),
    ("Menuiseries Girardot Frères (MGF) a signé un contrat avec Orange.", "fr", "Menuiseries Girardot Frères", "MGF"),
    ("Công ty CP Vận tải Sao Mai (SMT) vừa ký hợp đồng với VinFast. SMT sẽ nhận xe vào năm 2027.", "vi",
     "Vận tải Sao Mai", "SMT"),
    # the letters need not be the initials, and "và" inside a legal name runs up to its bracket
    ("VinFast cung cấp xe cho Công ty CP Giao nhận Bắc và Nam (GBN).", "vi", "Giao nhận Bắc và Nam", "GBN"),
])
def test_an_acronym_in_brackets_names_the_company_before_it(text, lang, name, short):
    ad = analyse_text(text, lang=lang)
    [ent] = [e for e in ad.entities.values() if short in e.aliases]
    assert ent.name == name


def test_an_acronym_in_brackets_after_part_of_a_name_is_not_that_part():
    ad = analyse_text("Liên doanh Vinamilk Del Monte (VDP) phân phối sữa tại Philippines.", lang="vi")
    assert not any("VDP" in e.aliases and e.name == "Del Monte" for e in ad.entities.values())


@pytest.mark.parametrize("text,lang", [
    ("Nhà máy của VinFast sẽ vận hành từ quý III năm sau.", "vi"),
    ("La fase II del progetto di Eni partirà a giugno.", "it"),
    ("Die Stufe IV des Ausbaus übernimmt Siemens.", "de"),
])
def test_a_roman_numeral_alone_is_no_company(text, lang):
    ad = analyse_text(text, lang=lang)
    assert not [e for e in ad.entities.values() if e.name in ("III", "II", "IV")]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Alstom a finalisé le rachat de Bombardier Transportation l'an dernier."),
    ("de", "Alstom kämpft seit der Übernahme von Bombardier Transportation mit Lieferproblemen."),
    ("en", "Alstom completed its takeover of Bombardier Transportation last year."),
])
def test_transport_arm_glued_to_a_known_name_is_the_unit(lang, text):
    """A unit word (unit_words.txt: "Transportation", "Vita", "Avionics") after a registry name names
    the unit, not the group: the acquired company is the unit."""
    from tests.lang import checks

    found = checks.triples(text, lang)
    assert ("Alstom", "acquires", "Bombardier Transportation") in found, found
    assert ("Alstom", "acquires", "Bombardier") not in found, found


@pytest.mark.parametrize("text,noun", [
    ("Equinor verhandelt mit RWE über eine Zusammenarbeit bei Wasserstoffkraftwerken.", "Wasserstoffkraftwerken"),
    ("Zorvex verkauft Policen fast nur über das Internet und Vergleichsportale.", "Vergleichsportale"),
])
def test_german_closed_compound_is_no_company(text, noun):
    """A German word made of two frequent words, inflected ('Wasserstoff|kraftwerken'), is a noun, not a name."""
    from tests.lang import checks

    found = checks.triples(text, "de")
    assert not any(noun in (s, o) for s, _, o in found), found


def test_compound_shaped_name_after_a_company_noun_stays_a_name():
    """'das Start-up Frachtwerk': a noun for a company before it makes even a compound-shaped word a name."""
    from tests.lang import checks

    found = checks.triples("Das Hamburger Start-up Frachtwerk arbeitet seit Mai mit DSV zusammen.", "de")
    assert any("Frachtwerk" in (s, o) for s, _, o in found), found
    found = checks.triples("Knorr-Bremse übernimmt Gleisblick.", "de")  # singular: a name
    assert ("Knorr-Bremse", "acquires", "Gleisblick") in found, found


@pytest.mark.parametrize("text,syllable", [
    ("Long Châu đang cạnh tranh trực tiếp với Hệ thống tiêm chủng VNVC.", "Hệ"),
    ("Zorvex đã thuê Tổng công ty Dịch vụ Kỹ thuật Dầu khí (PTSC) khảo sát dự án.", "Kỹ"),
    ("Xanh SM thuộc Công ty CP Di chuyển Xanh và Thông minh GSM.", "Thông"),
])
def test_vietnamese_capitalised_syllable_before_a_lower_case_one_is_no_company(text, syllable):
    """'Hệ thống' (system), 'Kỹ thuật' (technical): one capitalised syllable of a two-syllable word is no name."""
    from tests.lang import checks

    found = checks.triples(text, "vi")
    assert not any(syllable == s or syllable == o for s, _, o in found), found
