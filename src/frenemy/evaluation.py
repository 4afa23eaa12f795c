"""Score frenemy on annotated articles (gold format of shared/eval/FORMAT.md).

Same matching as the referee: entities meet gold entities by any name after folding case,
accents and punctuation; accepted alternatives of subject, object and type; optional relations
cost nothing; symmetric types match both ways. Adds what the referee does not: P/R/F1 per
relation type and language, and each miss and false alarm with its sentence.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from frenemy.model import SYMMETRIC_RELATIONS


def norm(name: str) -> str:
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", name).casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).replace("đ", "d")
    text = re.sub(r"[.,'’\"()]", "", text)
    return re.sub(r"[\s\-_]+", " ", text).strip()


class GoldError(ValueError):
    pass


@dataclass(slots=True)
class GoldRelation:
    subjects: set[str]
    types: set[str]
    objects: set[str]
    label: str


@dataclass(slots=True)
class Gold:
    doc: str
    lang: str
    entities: dict[str, dict]
    required: list[GoldRelation]
    optional: list[GoldRelation]
    by_name: dict[str, str]

    @classmethod
    def load(cls, path: Path) -> Gold:
        try:
            data = json.loads(path.read_text("utf-8"))
            entities = data["entities"]
            by_name: dict[str, str] = {}
            for eid, ent in entities.items():
                for name in ent["names"]:
                    by_name.setdefault(norm(name), eid)

            def parse(rel: list) -> GoldRelation:
                extra = rel[3] if len(rel) > 3 else {}
                return GoldRelation({rel[0], *extra.get("s", [])}, {rel[1], *extra.get("types", [])},
                                    {rel[2], *extra.get("o", [])}, f"{rel[0]} {rel[1]} {rel[2]}")

            return cls(data["doc"], data.get("lang", "?"), entities, [parse(r) for r in data["relations"]],
                       [parse(r) for r in data.get("optional", [])], by_name)
        except (OSError, ValueError, KeyError, IndexError, TypeError) as exc:
            raise GoldError(f"{path}: not a valid gold file ({type(exc).__name__}: {exc})") from exc

    def resolve(self, names: list[str]) -> str | None:
        for name in names:
            eid = self.by_name.get(norm(name))
            if eid:
                return eid
        return None


def _matches(g: GoldRelation, s: str, r: str, o: str) -> bool:
    if r not in g.types:
        return False
    return (s in g.subjects and o in g.objects) or (r in SYMMETRIC_RELATIONS and o in g.subjects and s in g.objects)


@dataclass(slots=True)
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass(slots=True)
class Report:
    totals: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    errors: list[dict] = field(default_factory=list)
    companies: int = 0
    companies_found: int = 0
    docs: int = 0

    @property
    def company_recall(self) -> float:
        return self.companies_found / self.companies if self.companies else 0.0


def _sentence_naming(gold: Gold, g: GoldRelation, sentences: list[str]) -> str:
    """The first sentence that names both sides of a missed relation, to show the user."""
    def names(ids: set[str]) -> list[str]:
        return [norm(n) for i in ids for n in gold.entities[i]["names"]]

    subjects, objects = names(g.subjects), names(g.objects)
    for sentence in sentences:
        folded = norm(sentence)
        if any(n in folded for n in subjects) and any(n in folded for n in objects):
            return sentence
    return ""


def score(golds: list[Gold], predictions: dict[str, dict], texts: dict[str, list[str]] | None = None) -> Report:
    """`texts`: the sentences of each document, to quote the sentence of a miss."""
    texts = texts or {}
    report = Report(docs=len(golds))
    for gold in golds:
        pred = predictions.get(gold.doc, {})
        ents = {}
        for ent in pred.get("entities", []):
            names = [ent.get("name", ""), *ent.get("aliases", [])]
            ents[ent["id"]] = (names, gold.resolve(names))
        matched: set[int] = set()
        seen: set[tuple] = set()
        for rel in pred.get("relations", []):
            (s_names, s), r, (o_names, o) = ents[rel["s"]], rel["r"], ents[rel["o"]]
            key = (s or s_names[0], r, o or o_names[0])
            if key in seen:
                continue
            seen.add(key)
            keys = ("all", f"lang:{gold.lang}", f"type:{r}")
            hit = next((i for i, g in enumerate(gold.required) if s and o and _matches(g, s, r, o)), None)
            if hit is not None:
                if hit not in matched:
                    matched.add(hit)
                    for k in keys:
                        report.totals[k].tp += 1
                continue
            if s and o and any(_matches(g, s, r, o) for g in gold.optional):
                continue
            for k in keys:
                report.totals[k].fp += 1
            report.errors.append({"doc": gold.doc, "kind": "false alarm", "relation": f"{s_names[0]} {r} {o_names[0]}",
                                  "sentence": rel.get("evidence", "")})
        for i, g in enumerate(gold.required):
            if i not in matched:
                for k in ("all", f"lang:{gold.lang}", f"type:{g.label.split()[1]}"):
                    report.totals[k].fn += 1
                report.errors.append({"doc": gold.doc, "kind": "miss", "relation": g.label,
                                      "sentence": _sentence_naming(gold, g, texts.get(gold.doc, []))})
        found = {eid for _, eid in ents.values() if eid}
        companies = [e for e, v in gold.entities.items() if v.get("kind") == "company"]
        report.companies += len(companies)
        report.companies_found += sum(1 for e in companies if e in found)
    return report


def load_golds(folder: Path) -> list[Gold]:
    paths = sorted(Path(folder).glob("*.gold.json"))
    if not paths:
        raise GoldError(f"no *.gold.json files in {folder}")
    return [Gold.load(p) for p in paths]


def doc_key(name: str) -> str:
    doc = Path(str(name)).name
    for suffix in (".txt", ".html", ".htm", ".json", ".jsonl"):
        doc = doc.removesuffix(suffix)
    return doc
