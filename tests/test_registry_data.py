"""Schema and consistency checks of the bundled knowledge registry (data files only)."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

import pytest

try:  # installed package (also works for an editable install)
    from importlib.resources import files as _files

    DATA_DIR = Path(str(_files("frenemy") / "knowledge" / "data"))
except Exception:  # pragma: no cover - fallback to the source tree
    DATA_DIR = Path(__file__).resolve().parents[1] / "src" / "frenemy" / "knowledge" / "data"

LANGS = ("en", "fr", "vi", "es", "de", "nl", "it")
KINDS = {"company", "product"}
ID_RE = re.compile(r"^[a-z0-9_]+$")
COUNTRY_RE = re.compile(r"^[A-Z]{2}$")
WIKIDATA_RE = re.compile(r"^Q[1-9][0-9]*$")
ALLOWED_FIELDS = {
    "id", "name", "kind", "aliases", "homonyms", "ambiguous", "country", "region",
    "industries", "parent", "wikidata", "source", "authority",
}
REGION_RE = re.compile(r"^[A-Z]{2}-[A-Z0-9]{1,3}(-[A-Z0-9]{1,3})?$")  # ISO 3166-2, then a town code
LIST_FIELDS = ("aliases", "homonyms", "ambiguous", "industries")


def _load_industries() -> list[dict]:
    data = json.loads((DATA_DIR / "industries.json").read_text(encoding="utf-8"))
    assert isinstance(data, dict) and isinstance(data.get("industries"), list)
    return data["industries"]


def _load_entries() -> list[tuple[str, int, dict]]:
    rows = []
    files = sorted((DATA_DIR / "companies").glob("*.jsonl"))
    assert files, "no companies/*.jsonl files"
    for path in files:
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            stripped = line.strip()
            if not stripped or stripped.startswith("//"):
                continue
            try:
                obj = json.loads(stripped)
            except json.JSONDecodeError as exc:  # pragma: no cover - reported as failure
                pytest.fail(f"{path.name}:{lineno}: invalid JSON: {exc}")
            rows.append((path.name, lineno, obj))
    return rows


INDUSTRIES = _load_industries()
ENTRIES = _load_entries()
BY_ID = {e["id"]: e for _, _, e in ENTRIES if isinstance(e, dict) and "id" in e}


def _where(fname: str, lineno: int) -> str:
    return f"{fname}:{lineno}"


# ---------------------------------------------------------------- industries

def test_industry_ids_unique_and_parents_exist():
    ids = [i["id"] for i in INDUSTRIES]
    assert len(ids) == len(set(ids)), "duplicate industry ids"
    known = set(ids)
    for ind in INDUSTRIES:
        assert ind["id"] == ind["id"].strip().lower(), ind["id"]
        assert ind.get("parent", "") in known | {""}, f"{ind['id']}: unknown parent {ind.get('parent')}"
        assert ind.get("parent") != ind["id"]


def test_industry_parent_no_cycles():
    parent = {i["id"]: i.get("parent", "") for i in INDUSTRIES}
    for start in parent:
        seen, cur = set(), start
        while cur:
            assert cur not in seen, f"industry parent cycle at {start}"
            seen.add(cur)
            cur = parent[cur]


def test_original_industries_kept():
    ids = {i["id"] for i in INDUSTRIES}
    for required in (
        "cloud computing", "software", "it services", "hardware", "consumer electronics", "semiconductors",
        "telecommunications", "internet", "social media", "advertising", "retail", "e-commerce", "grocery",
        "apparel", "financial services", "banking", "insurance", "payments", "fintech", "investment",
        "healthcare", "hospitals", "pharmaceuticals", "pharmacy", "entertainment", "streaming", "media",
        "gaming", "automotive", "energy", "logistics", "real estate", "travel", "food and beverage",
        "aerospace and defence",
    ):
        assert required in ids, required


@pytest.mark.parametrize("industry", INDUSTRIES, ids=lambda i: i["id"])
def test_industry_names_in_all_languages(industry):
    names = industry.get("names")
    assert isinstance(names, dict)
    for lang in LANGS:
        forms = names.get(lang)
        assert forms and isinstance(forms, list), f"{industry['id']}: no names in {lang}"
        for form in forms:
            assert isinstance(form, str) and form.strip() == form and form, (industry["id"], lang, form)
            assert form == form.lower(), f"{industry['id']}/{lang}: not lower case: {form!r}"
        assert len(forms) == len(set(forms)), f"{industry['id']}/{lang}: duplicate names"


def test_industry_names_not_shared_within_language():
    owner: dict[tuple[str, str], str] = {}
    for ind in INDUSTRIES:
        for lang, forms in ind["names"].items():
            for form in forms:
                key = (lang, form)
                assert key not in owner or owner[key] == ind["id"], (
                    f"{lang} name {form!r} used by {owner.get(key)} and {ind['id']}"
                )
                owner[key] = ind["id"]


# ---------------------------------------------------------------- companies / products

def test_rows_schema():
    industry_ids = {i["id"] for i in INDUSTRIES}
    problems = []
    for fname, lineno, e in ENTRIES:
        where = _where(fname, lineno)
        if not isinstance(e, dict):
            problems.append(f"{where}: not an object")
            continue
        extra = set(e) - ALLOWED_FIELDS
        if extra:
            problems.append(f"{where}: unknown fields {sorted(extra)}")
        for field in ("id", "name", "kind"):
            if not isinstance(e.get(field), str) or not e.get(field, "").strip():
                problems.append(f"{where}: missing/empty {field}")
        if not ID_RE.match(e.get("id", "")):
            problems.append(f"{where}: bad id {e.get('id')!r}")
        if e.get("kind") not in KINDS:
            problems.append(f"{where}: bad kind {e.get('kind')!r}")
        for field in LIST_FIELDS:
            if field in e:
                val = e[field]
                if not isinstance(val, list) or not all(isinstance(x, str) and x.strip() == x and x for x in val):
                    problems.append(f"{where}: {field} must be a list of non-empty trimmed strings")
                elif len(val) != len(set(val)):
                    problems.append(f"{where}: duplicate values in {field}")
        for ind in e.get("industries", []):
            if ind not in industry_ids:
                problems.append(f"{where}: unknown industry {ind!r}")
        if "country" in e and not COUNTRY_RE.match(str(e["country"])):
            problems.append(f"{where}: bad country {e['country']!r}")
        if "region" in e and not (REGION_RE.match(str(e["region"]))
                                  and str(e["region"]).startswith(f"{e.get('country')}-")):
            problems.append(f"{where}: bad region {e['region']!r} (ISO 3166-2 within the country)")
        if "wikidata" in e and not WIKIDATA_RE.match(str(e["wikidata"])):
            problems.append(f"{where}: bad wikidata {e['wikidata']!r}")
        if "parent" in e and (not isinstance(e["parent"], str) or not e["parent"]):
            problems.append(f"{where}: empty parent")
    assert not problems, "\n".join(problems[:50])


def test_no_duplicate_ids():
    seen: dict[str, str] = {}
    dups = []
    for fname, lineno, e in ENTRIES:
        if e["id"] in seen:
            dups.append(f"{e['id']}: {seen[e['id']]} and {_where(fname, lineno)}")
        seen[e["id"]] = _where(fname, lineno)
    assert not dups, "\n".join(dups)


def test_no_duplicate_wikidata():
    seen: dict[str, str] = {}
    for _, _, e in ENTRIES:
        q = e.get("wikidata")
        if q:
            assert q not in seen, f"{q} used by {seen[q]} and {e['id']}"
            seen[q] = e["id"]


def test_parents_exist_and_no_cycles():
    problems = []
    for _, _, e in ENTRIES:
        parent = e.get("parent")
        if parent is None:
            continue
        if parent not in BY_ID:
            problems.append(f"{e['id']}: unknown parent {parent!r}")
            continue
        seen = {e["id"]}
        cur = parent
        while cur:
            if cur in seen:
                problems.append(f"{e['id']}: parent cycle")
                break
            seen.add(cur)
            cur = BY_ID.get(cur, {}).get("parent")
    assert not problems, "\n".join(problems)


def test_products_have_owner_and_parents_are_companies():
    for _, _, e in ENTRIES:
        if e["kind"] == "product":
            assert e.get("parent"), f"product {e['id']} has no parent"
        if e.get("parent"):
            # a product may belong to a product line (e.g. a model of a car platform) but usually to a company
            assert BY_ID[e["parent"]]["kind"] in KINDS


def test_sizes():
    companies = sum(1 for _, _, e in ENTRIES if e["kind"] == "company")
    products = sum(1 for _, _, e in ENTRIES if e["kind"] == "product")
    assert companies >= 1000, companies
    assert products >= 300, products


def test_core_ids_present():
    core = DATA_DIR / "companies" / "core.jsonl"
    for required in (
        "amazon", "aws", "amazon_care", "pillpack", "amazon_pharmacy", "one_medical", "whole_foods",
        "prime_video", "twitch", "mgm", "microsoft", "azure", "microsoft_365", "xbox", "linkedin",
        "walmart", "costco", "kroger", "tiktok", "bytedance", "oracle", "alphabet", "google",
        "google_cloud", "youtube", "netflix", "disney", "disney_plus", "hulu", "hbo", "nike",
        "jpmorgan", "hsbc", "ubs", "td_bank", "bms", "merck", "huawei", "viettel", "vnpt", "fpt", "vingroup",
    ):
        assert required in BY_ID, required
    assert core.exists()


def test_families():
    expected = {
        "aws": "amazon", "whole_foods": "amazon", "twitch": "amazon", "zoox": "amazon", "ring": "amazon",
        "youtube": "google", "google": "alphabet", "waymo": "alphabet", "instagram": "meta",
        "whatsapp": "meta", "azure": "microsoft", "github": "microsoft", "linkedin": "microsoft",
        "activision_blizzard": "microsoft", "pixar": "disney", "espn": "disney", "marvel": "disney",
        "porsche": "volkswagen", "audi": "volkswagen", "lamborghini": "audi", "zara": "inditex",
        "sephora": "lvmh", "vinfast": "vingroup",
    }
    for child, parent in expected.items():
        assert BY_ID[child].get("parent") == parent, (child, BY_ID[child].get("parent"), parent)


def _forms(e: dict) -> list[str]:
    return [e["name"], *e.get("aliases", [])]


def test_aliases_not_shared_unless_ambiguous():
    owners: dict[str, set[str]] = defaultdict(set)
    for _, _, e in ENTRIES:
        for form in _forms(e):
            owners[form.casefold()].add(e["id"])
    problems = []
    for form, ids in owners.items():
        if len(ids) < 2:
            continue
        for i in ids:
            amb = {a.casefold() for a in BY_ID[i].get("ambiguous", [])}
            if form not in amb:
                problems.append(f"{form!r} shared by {sorted(ids)} but not ambiguous in {i}")
    assert not problems, "\n".join(sorted(problems)[:50])


def test_ambiguous_really_shared():
    owners: dict[str, set[str]] = defaultdict(set)
    for _, _, e in ENTRIES:
        for form in _forms(e):
            owners[form.casefold()].add(e["id"])
    for _, _, e in ENTRIES:
        for a in e.get("ambiguous", []):
            assert len(owners[a.casefold()]) >= 2, f"{e['id']}: {a!r} marked ambiguous but not shared"


def test_homonyms_and_ambiguous_are_surface_forms():
    problems = []
    for _, _, e in ENTRIES:
        forms = set(_forms(e))
        for field in ("homonyms", "ambiguous"):
            for h in e.get(field, []):
                if h not in forms:
                    problems.append(f"{e['id']}: {field} {h!r} is neither the name nor an alias")
    assert not problems, "\n".join(problems)


def test_alias_not_equal_to_name_and_not_too_short():
    for _, _, e in ENTRIES:
        aliases = e.get("aliases", [])
        assert e["name"] not in aliases, f"{e['id']}: name repeated as alias"
        for a in _forms(e):
            # one-character forms are never safe; two-letter forms must be upper case acronyms
            # (HP, GE, BP), CJK (삼성 is 2 syllables) or marked homonym
            assert len(a) >= 2, f"{e['id']}: alias {a!r} too short"
            if len(a) == 2 and a.isascii():
                assert a.isupper() or a in e.get("homonyms", []) or any(c.isdigit() for c in a), (
                    f"{e['id']}: two-letter alias {a!r} must be an upper-case acronym"
                )
