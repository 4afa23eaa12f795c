"""The world gazetteer (places_world.txt, built by scripts/build_places.py) blocks no company."""

from __future__ import annotations

from pathlib import Path

import pytest

from frenemy.knowledge.registry import default_registry, first_names, world_places
from frenemy.nlp.text import name_key

ROOT = Path(__file__).resolve().parent.parent


def test_world_places_loaded_and_large():
    common, towns = world_places()
    assert len(common) > 20000 and len(towns) > 5000
    assert {"aberdeen", "monterrey", "binh duong", "reggio emilia", "walldorf"} <= common


def test_no_registry_name_is_a_world_place():
    common, towns = world_places()
    registry = default_registry()
    clashes = sorted({name_key(n) for e in registry.entries.values() for n in e.names} & (common | towns))
    assert not clashes, clashes[:20]


def test_frequent_company_names_are_not_places():
    common, towns = world_places()
    for name in ("Nokia", "Toyota", "Mercedes", "Tata", "Metro", "Corona", "Lincoln", "Aruba", "Meridian",
                 "Phoenix", "Aurora", "Hitachi", "Kawasaki", "Santander", "Sabadell", "Zurich", "Delta"):
        assert name_key(name) not in common | towns, name


def test_hand_written_regions_are_in_the_generated_file():
    """scripts/places_regions.txt changed without re-running scripts/build_places.py?"""
    common, towns = world_places()
    excluded = {name_key(n) for e in default_registry().entries.values() for n in e.names}
    excluded |= {name_key(n) for n in first_names()}
    text = (ROOT / "scripts" / "places_regions.txt").read_text("utf-8")
    missing = [line for line in text.splitlines() if line.strip() and not line.startswith("#")
               and name_key(line) not in common and name_key(line) not in excluded and len(name_key(line)) > 3]
    assert not missing, missing[:20]


@pytest.mark.parametrize("text,lang,place", [
    ("Delta Air Lines and Air France-KLM expand their partnership in North America.", "en", "North America"),
    ("Die Lufthansa arbeitet in Nordamerika mit United Airlines zusammen.", "de", "Nordamerika"),
    ("Iberia refuerza su alianza con American Airlines en Norteamérica.", "es", "Norteamérica"),
    ("Vietjet mở rộng hợp tác với Boeing tại Đông Nam Á.", "vi", "Đông Nam Á"),
    ("Air France renforce son partenariat avec Delta au Moyen-Orient.", "fr", "Moyen-Orient"),
])
def test_continents_and_world_regions_are_no_party(text, lang, place):
    from tests.lang import checks

    found = checks.triples(text, lang)
    assert not any(place in (s, o) for s, _, o in found), found


@pytest.mark.parametrize("text,lang,place", [
    ("Zorvex koopt in Roemenië de keten Brenta over.", "nl", "Roemenië"),
    ("In Ungheria Zorvex ha comprato la catena Brenta.", "it", "Ungheria"),
    ("In Rumänien übernimmt Zorvex die Kette Brenta.", "de", "Rumänien"),
    ("En Roumanie, Zorvex rachète la chaîne Brenta.", "fr", "Roumanie"),
    ("En Hungría, Zorvex compra la cadena Brenta.", "es", "Hungría"),
    ("Tại Tây Ban Nha, Zorvex mua lại chuỗi Brenta.", "vi", "Tây Ban Nha"),
])
def test_countries_in_the_articles_own_language_are_no_party(text, lang, place):
    """A country spelled in the article's language (CLDR names in places_regions.txt) is a place."""
    from tests.lang import checks

    found = checks.triples(text, lang)
    assert not any(place in (s, o) for s, _, o in found), found
