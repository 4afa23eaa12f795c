"""The knowledge registry: companies, their corporate families, products and industries.

Bundled data lives in `knowledge/data/` (see its README); a user file can add or override
entries (`Registry.load(user_files=...)`). Every fact remembers where it came from.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from frenemy.nlp.text import EDGE, edge_form, fold, has_vietnamese_letters, name_key


@dataclass(slots=True)
class Entry:
    """A company or product the registry knows."""

    id: str
    name: str
    kind: str  # company | product
    aliases: list[str] = field(default_factory=list)
    homonyms: frozenset[str] = frozenset()
    ambiguous: frozenset[str] = frozenset()
    country: str = ""
    industries: tuple[str, ...] = ()
    parent: str = ""
    wikidata: str = ""
    source: str = "bundled"
    sources: dict[str, str] = field(default_factory=dict)  # fact → source, for `registry show`
    region: str = ""  # ISO 3166-2 ("ES-CB"): where regional demonyms place it ("el grupo cántabro")
    authority: bool = False  # a regulator, central bank or agency: named, approving, never a party

    @property
    def names(self) -> list[str]:
        return [self.name, *self.aliases]


@dataclass(slots=True)
class Industry:
    id: str
    parent: str
    names: dict[str, list[str]]


class Registry:
    def __init__(self, entries: dict[str, Entry], industries: dict[str, Industry]):
        self.entries = entries
        self.industries = industries
        self.children: dict[str, list[str]] = {}
        for entry in entries.values():
            if entry.parent:
                self.children.setdefault(entry.parent, []).append(entry.id)
        self.by_key: dict[str, list[str]] = {}
        for entry in entries.values():
            for name in entry.names:
                ids = self.by_key.setdefault(name_key(name), [])
                if entry.id not in ids:
                    ids.append(entry.id)

    # -- loading ---------------------------------------------------------------------------
    @classmethod
    def load(cls, user_files: Iterable[Path] = (), *, include_user: bool = True) -> Registry:
        """Bundled data, then what `frenemy registry import` kept, then `user_files`."""
        data = resources.files("frenemy.knowledge").joinpath("data")
        industries = {
            row["id"]: Industry(row["id"], row.get("parent", ""), row.get("names", {}))
            for row in json.loads(data.joinpath("industries.json").read_text("utf-8"))["industries"]
        }
        entries: dict[str, Entry] = {}
        company_dir = data.joinpath("companies")
        for item in sorted(company_dir.iterdir(), key=lambda p: p.name):
            if item.name.endswith(".jsonl"):
                for row in _jsonl_rows(item.read_text("utf-8")):
                    entry = entry_from_row(row, "bundled")
                    entries[entry.id] = entry
        registry = cls(entries, industries)
        from frenemy.knowledge.user import import_user_file, load_user_registry

        if include_user:
            load_user_registry(registry)
        for path in user_files:
            import_user_file(registry, path)
        return registry

    def source_of(self, entry_id: str, fact: str) -> str:
        entry = self.entries[entry_id]
        return entry.sources.get(fact, entry.source)

    def add(self, entry: Entry) -> None:
        """Add or replace an entry (user knowledge wins over bundled)."""
        old = self.entries.get(entry.id)
        if old and old.parent and old.parent in self.children:
            self.children[old.parent] = [c for c in self.children[old.parent] if c != entry.id]
        self.entries[entry.id] = entry
        if entry.parent:
            self.children.setdefault(entry.parent, []).append(entry.id)
        for name in entry.names:
            ids = self.by_key.setdefault(name_key(name), [])
            if entry.id not in ids:
                ids.insert(0, entry.id)
        _alias_automaton.cache_clear()
        _alias_index.cache_clear()

    # -- lookups ---------------------------------------------------------------------------
    def get(self, entry_id: str) -> Entry | None:
        return self.entries.get(entry_id)

    def lookup(self, name: str) -> list[Entry]:
        """Entries whose name or alias equals `name` once case, accents and legal suffixes are folded."""
        return [self.entries[i] for i in self.by_key.get(name_key(name), ())]

    def ancestors(self, entry_id: str) -> list[str]:
        out: list[str] = []
        entry = self.entries.get(entry_id)
        while entry and entry.parent and entry.parent not in out and entry.parent != entry_id:
            out.append(entry.parent)
            entry = self.entries.get(entry.parent)
        return out

    def root(self, entry_id: str) -> str:
        chain = self.ancestors(entry_id)
        return chain[-1] if chain else entry_id

    def descendants(self, entry_id: str) -> list[str]:
        out: list[str] = []
        stack = list(self.children.get(entry_id, ()))
        while stack:
            child = stack.pop()
            if child not in out and child != entry_id:
                out.append(child)
                stack.extend(self.children.get(child, ()))
        return out

    def family(self, entry_id: str) -> set[str]:
        """The whole corporate family: root, every descendant, products included."""
        root = self.root(entry_id)
        return {root, *self.descendants(root)}

    def industry_ancestors(self, industry_id: str) -> list[str]:
        out = [industry_id]
        ind = self.industries.get(industry_id)
        while ind and ind.parent and ind.parent not in out:
            out.append(ind.parent)
            ind = self.industries.get(ind.parent)
        return out

    def industry_names(self, lang: str) -> Iterator[tuple[str, str]]:
        for ind in self.industries.values():
            seen = set()
            for code in (lang, "en"):
                for name in ind.names.get(code, []):
                    if name not in seen:
                        seen.add(name)
                        yield name, ind.id
            yield ind.id, ind.id

    def alias_automaton(self, lang: str, adjective_endings: tuple[str, ...] = ()):
        """`adjective_endings` (a lexicon's class of that name) adds inflected names: "der Deutschen Bank"."""
        return _alias_automaton(self, lang, adjective_endings)

    def alias_index(self, lang: str, adjective_endings: tuple[str, ...] = (), home: tuple[str, ...] = ()) -> AliasIndex:
        """The same aliases as an automaton that finds whole words only (AliasIndex); an alias of
        several companies lists those of the `home` countries first."""
        return _alias_index(self, lang, adjective_endings, home)


def _jsonl_rows(text: str) -> Iterator[dict]:
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("//"):
            yield json.loads(line)


def entry_from_row(row: dict, source: str) -> Entry:
    return Entry(
        id=row["id"],
        name=row["name"],
        kind=row.get("kind", "company"),
        aliases=list(row.get("aliases", [])),
        homonyms=frozenset(row.get("homonyms", [])),
        ambiguous=frozenset(row.get("ambiguous", [])),
        country=row.get("country", ""),
        region=row.get("region", ""),
        industries=tuple(row.get("industries", [])),
        parent=row.get("parent", "") or "",
        wikidata=row.get("wikidata", ""),
        source=row.get("source", source),
        authority=bool(row.get("authority", False)),
    )


def _alias_table(registry: Registry, lang: str, adjective_endings: tuple[str, ...], home: tuple[str, ...] = ()):
    """Every alias and industry name by its folded key, with a list of (kind, target, surface form,
    Vietnamese?): kind "entry" for companies and products, "industry" for sectors. Folded keys let
    "telemedecine" find "télémédecine"."""
    table: dict[str, list[tuple[str, str, str, bool]]] = {}
    for entry in registry.entries.values():
        for name in entry.names:
            table.setdefault(fold(name), []).append(("entry", entry.id, name, has_vietnamese_letters(name)))
    for key, value in _inflected_names(registry, adjective_endings):
        table.setdefault(key, [value])  # never shadows a real name
    for name, ind_id in registry.industry_names(lang):
        table.setdefault(fold(name), []).append(("industry", ind_id, name, has_vietnamese_letters(name)))
    if home:
        for values in table.values():
            if len(values) > 1:  # a stable sort: the registry's order among equals
                values.sort(key=lambda v: v[0] == "entry" and registry.entries[v[1]].country not in home)
    return {key: values for key, values in table.items() if key.strip()}


def _automaton(table: dict[str, list]):
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for key, values in table.items():
        automaton.add_word(key, (len(key), values))
    if table:
        automaton.make_automaton()
    return automaton


@lru_cache(maxsize=16)
def _alias_automaton(registry: Registry, lang: str, adjective_endings: tuple[str, ...] = ()):
    """One Aho-Corasick automaton over folded text for every alias and industry name: values are
    (key length, the table's list for the key)."""
    return _automaton(_alias_table(registry, lang, adjective_endings))


@dataclass(slots=True, eq=False)
class AliasIndex:
    """The aliases as the mention finder reads them. `table` maps a folded key to its values (as in
    alias_automaton). `automaton` holds every key in word-edge form (text.word_edges) with an EDGE
    before a key that opens with a letter or digit and after one that ends with one: a pass over
    the word-edge copy of a text, padded with an EDGE at each end, finds a key only where it
    stands as a whole word, not "ing" in "selling". Its values are ((back, trail, plain), ...): a hit
    ending at p in the padded copy spans p - back to p - trail of the folded text (trail 1 where
    an EDGE was added after the key, back its edge length less 1 where one was added before: the
    padding shifts the copy by one). Several keys may share an edge form
    ("at&t" and "at-t"; "walmart" with both EDGEs added and "walmart." with one), so a hit is read
    back from the folded text for each (lead, trail) and looked up in `table`; but a key of ASCII
    letters and digits only (`plain`, else "") is the only key its edge form can match there."""

    table: dict[str, list[tuple[str, str, str, bool]]]
    automaton: object


@lru_cache(maxsize=16)
def _alias_index(registry: Registry, lang: str, adjective_endings: tuple[str, ...] = (),
                 home: tuple[str, ...] = ()) -> AliasIndex:
    import ahocorasick

    table = _alias_table(registry, lang, adjective_endings, home)
    edges: dict[str, set[tuple[int, int, str]]] = {}
    for key in table:
        lead, trail = int(key[0].isalnum()), int(key[-1].isalnum())
        plain = key if key.isascii() and key.isalnum() else ""
        edges.setdefault(EDGE * lead + edge_form(key) + EDGE * trail, set()).add((lead, trail, plain))
    automaton = ahocorasick.Automaton()
    for edged, ends in edges.items():
        # a hit ending at p in the padded copy spans the folded text from p - back to p - trail
        automaton.add_word(edged, tuple((len(edged) - lead, trail, plain) for lead, trail, plain in sorted(ends)))
    automaton.make_automaton()
    return AliasIndex(table, automaton)


def _inflected_names(registry: Registry, endings: tuple[str, ...]):
    """Inflected forms of names opening with an adjective, from the lexicon's `adjective_endings`:
    German "der Deutschen Bank", "die Bayerischen Motoren Werke" name "Deutsche Bank", "Bayerische ..."."""
    if not endings:
        return
    for entry in registry.entries.values():
        for name in entry.names:
            first, _, rest = name.partition(" ")
            if rest and len(first) > 3 and first.endswith("e") and first.isalpha() and first[:1].isupper() \
                    and not first.isupper() and name not in entry.homonyms:
                for ending in endings:
                    form = f"{first}{ending} {rest}"
                    yield fold(form), ("entry", entry.id, form, False)


@lru_cache(maxsize=1)
def default_registry() -> Registry:
    return Registry.load()


class GivenNames(frozenset):
    """A set of given names that also holds their hyphenated compounds: "Jean-Laurent" is a given
    name when "Jean" and "Laurent" are ("Marie-Ange", "Hans-Peter"), without listing every pair."""

    __slots__ = ()

    def __contains__(self, word: object) -> bool:
        if frozenset.__contains__(self, word):
            return True
        if not isinstance(word, str) or "-" not in word:
            return False
        parts = word.split("-")
        return len(parts) == 2 and all(frozenset.__contains__(self, p) for p in parts)


@lru_cache(maxsize=1)
def first_names() -> GivenNames:
    """Given names common in business news, to tell 'Satya Nadella' from 'Brooks Brothers'."""
    text = resources.files("frenemy.knowledge").joinpath("data", "first_names.txt").read_text("utf-8")
    return GivenNames(w for line in text.splitlines() if not line.startswith("#") for w in line.split())


@lru_cache(maxsize=1)
def unit_words() -> frozenset[str]:
    """Last words that make "<Owner> <word>" a business unit rather than a product ("Google Cloud")."""
    text = resources.files("frenemy.knowledge").joinpath("data", "unit_words.txt").read_text("utf-8")
    return frozenset(w for line in text.splitlines() if not line.startswith("#") for w in line.split())


@lru_cache(maxsize=1)
def generic_goods() -> frozenset[str]:
    """Kinds of goods and technologies ("GPU", "OLED", "MW") that no company owns as a brand."""
    text = resources.files("frenemy.knowledge").joinpath("data", "generic_goods.txt").read_text("utf-8")
    return frozenset(w for line in text.splitlines() if not line.startswith("#") for w in line.split())


@lru_cache(maxsize=1)
def world_places() -> tuple[frozenset[str], frozenset[str]]:
    """GeoNames cities and hand-written regions (places_world.txt, built by scripts/build_places.py):
    (places, small one-word towns that are places only after a locative word), as name_key forms."""
    text = resources.files("frenemy.knowledge").joinpath("data", "places_world.txt").read_text("utf-8")
    lines = [line for line in text.split("\n") if line and not line.startswith("#")]
    return (frozenset(line for line in lines if not line.startswith("~")),
            frozenset(line[1:] for line in lines if line.startswith("~")))


@lru_cache(maxsize=1)
def places() -> frozenset[str]:
    """Countries, regions and cities (folded): a capitalised span naming one is not a company."""
    text = resources.files("frenemy.knowledge").joinpath("data", "places.txt").read_text("utf-8")
    return frozenset(name_key(line) for line in text.splitlines() if line.strip() and not line.startswith("#"))
