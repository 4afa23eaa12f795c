"""Sub-sectors the press names (energy storage, audio, fibre, medicine delivery, packaging, bus
travel...) in the seven languages, with their plural and compound forms, and a wish to enter a
sector kept as a plan."""

from __future__ import annotations

import pytest

from frenemy.api import analyse_text
from tests.lang.checks import assert_sentence

CASES = [
    ("en", "Spotify is moving into audiobooks and podcasting.", ("Spotify", "audio")),
    ("en", "RWE is expanding into battery storage in Texas.", ("RWE", "energy storage")),
    ("en", "Vodafone entered the fibre market in Portugal last year.", ("Vodafone", "fibre")),
    ("fr", "Orange se lance dans le stockage par batteries.", ("Orange", "energy storage")),
    ("fr", "Orange investit dans la fibre optique en Afrique.", ("Orange", "fibre")),
    ("de", "RWE steigt in das Geschäft mit Batteriespeichern ein.", ("RWE", "energy storage")),
    ("de", "Die Telekom investiert in den Glasfaserausbau auf dem Land.", ("Deutsche Telekom", "fibre")),
    ("es", "Iberdrola invierte en baterías para sus parques solares.", ("Iberdrola", "batteries")),
    ("nl", "Eneco stapt in warmtenetten in Rotterdam.", ("Eneco", "district heating")),
    ("it", "Enel investe nei sistemi di accumulo in Sicilia.", ("Enel", "energy storage")),
    ("vi", "VinFast mở rộng sang mảng tái chế pin.", ("VinFast", "battery recycling")),
]


@pytest.mark.parametrize("lang,text,pair", CASES)
def test_sub_sector_named(lang, text, pair):
    assert_sentence(text, lang, [(pair[0], "operates_in", pair[1])], [])


def test_surface_form_is_an_alias():
    # the referee matches a sector by the words the article used, inflected as they stand
    ad = analyse_text("RWE investiert in Batteriespeichern in Bayern.", lang="de")
    ind = next(e for e in ad.entities.values() if e.name == "energy storage")
    assert "Batteriespeichern" in ind.aliases


@pytest.mark.parametrize("lang,text", [
    ("en", "Northvolt wants to expand into battery storage."),
    ("de", "RWE will künftig in Batteriespeicher investieren."),
])
def test_a_wish_to_enter_is_a_plan(lang, text):
    ad = analyse_text(text, lang=lang)
    modes = {c.modality for c in ad.claims if c.relation == "operates_in"}
    assert modes == {"planned"}



@pytest.mark.parametrize("lang,text,pair", [
    # launching a service in a sector, rolling it out, spending on it: the company is in it
    ("en", "Amazon launched a medicine delivery service in Mumbai.", ("Amazon", "medicine delivery")),
    ("en", "Deutsche Telekom is rolling out fibre in rural Bavaria.", ("Deutsche Telekom", "fibre")),
    ("en", "Spotify has spent more than $1bn on podcasting.", ("Spotify", "audio")),
    ("fr", "Carrefour lance un service de livraison de médicaments à Lille.", ("Carrefour", "medicine delivery")),
    ("es", "Glovo lanza un servicio de entrega de medicamentos en Valencia.", ("Glovo", "medicine delivery")),
    ("it", "Amazon lancia un servizio di consegna di farmaci a Torino.", ("Amazon", "medicine delivery")),
    ("de", "Zalando startet einen Dienst für Medikamentenlieferungen.", ("Zalando", "medicine delivery")),
    ("nl", "Bol lanceert een dienst voor medicijnbezorging.", ("Bol", "medicine delivery")),
    ("vi", "Grab ra mắt dịch vụ giao thuốc tại Đà Nẵng.", ("Grab Holdings", "medicine delivery")),
])
def test_launching_a_service_in_a_sector(lang, text, pair):
    assert_sentence(text, lang, [(pair[0], "operates_in", pair[1])], [])


def test_launching_a_bid_is_no_sector():
    assert_sentence("Amazon launched a takeover bid for the retail group Ocado.", "en", [],
                    [("Amazon", "operates_in", "retail")])


@pytest.mark.parametrize("lang,text,pair", [
    # the infinitive after a verb of wanting or planning: the sector is one the company means to enter
    ("it", "Eni vuole crescere nel settore delle batterie.", ("Eni", "batteries")),
    ("nl", "Eneco wil uitbreiden naar thuisbatterijen.", ("Eneco", "energy storage")),
    ("nl", "Eneco is van plan te investeren in warmtenetten.", ("Eneco", "district heating")),
    ("de", "RWE will in den Markt für Batteriespeicher einsteigen.", ("RWE", "energy storage")),
    ("es", "Repsol quiere invertir en baterías.", ("Repsol", "batteries")),
    ("fr", "Engie veut investir dans le stockage par batteries.", ("Engie", "energy storage")),
])
def test_planned_entry_into_a_sector(lang, text, pair):
    assert_sentence(text, lang, [(pair[0], "operates_in", pair[1])], [])
    ad = analyse_text(text, lang=lang)
    assert {c.modality for c in ad.claims if c.relation == "operates_in"} == {"planned"}


@pytest.mark.parametrize("lang,text,pair", [
    # a sub-sector the press names is its own industry (the broader one is its parent)
    ("de", "Der Zughersteller Alstom baut ein Werk in Salzgitter.", ("Alstom", "rolling stock")),
    ("en", "Sanofi is expanding into biotechnology.", ("Sanofi", "biotechnology")),
    ("fr", "Amazon se lance dans la télémédecine.", ("Amazon", "telehealth")),
    ("es", "Meliá invierte en hoteles en el Caribe.", ("Meliá Hotels International", "hotels")),
    ("nl", "PostNL investeert in pakketbezorging.", ("PostNL", "parcel delivery")),
    ("it", "Stellantis investe nei veicoli elettrici.", ("Stellantis", "electric vehicles")),
])
def test_sub_sector_is_its_own_industry(lang, text, pair):
    assert_sentence(text, lang, [(pair[0], "operates_in", pair[1])], [])


@pytest.mark.parametrize("lang,text,pair", [
    ("de", "Thyssenkrupp investiert in Stahl aus Wasserstoff.", ("Thyssenkrupp", "steel")),
    ("es", "Mercado Libre firmó un acuerdo con la naviera Maersk.", ("Maersk", "shipping")),
    ("nl", "Prosus rondt de overname van maaltijdbezorger Just Eat Takeaway.com af.", ("Just Eat Takeaway.com", "food delivery")),
    ("nl", "Coolblue stapt in de zorgverzekeringsmarkt.", ("Coolblue", "health insurance")),
    ("en", "Equinix is expanding into data centers in Lagos.", ("Equinix", "data centers")),
])
def test_more_sub_sectors(lang, text, pair):
    assert_sentence(text, lang, [(pair[0], "operates_in", pair[1])], [])


def test_a_possessed_sector_is_the_possessors():
    # "in its data centers": the data centers are the other company's, AMD is a supplier there
    assert_sentence("CoreWeave signs a deal as AMD chips win a place in its data centers.", "en",
                    [], [("AMD", "operates_in", "data centers")])


@pytest.mark.parametrize("lang,text,pair", [
    # stationary storage is its own sector, under energy: a battery-cell maker is in batteries
    ("en", "Kestrel Power, a Leeds grid-scale storage developer, is expanding into energy storage in Wales.",
     ("Kestrel Power", "energy storage")),
    ("es", "Iberdrola invierte en almacenamiento de energía en Castilla.", ("Iberdrola", "energy storage")),
    ("vi", "PV Power mở rộng sang lĩnh vực lưu trữ năng lượng.", ("PV Power", "energy storage")),
    ("nl", "Eneco investeert in energieopslag in Zeeland.", ("Eneco", "energy storage")),
])
def test_energy_storage_is_its_own_sector(lang, text, pair):
    assert_sentence(text, lang, [(pair[0], "operates_in", pair[1])], [])
