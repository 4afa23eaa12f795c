"""The Python API: everything the CLI, the REST API and the web UI do goes through here."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from frenemy.ingest import Rejected, iter_sources
from frenemy.model import AnalysedDocument, Document
from frenemy.output import DEFAULT_MIN_CONFIDENCE, prediction
from frenemy.pipeline import Pipeline


@lru_cache(maxsize=2)
def default_pipeline(ner: bool = False) -> Pipeline:
    """The standard pipeline; with `ner`, plus the optional statistical NER step (extra 'ner')."""
    pipeline = Pipeline.default()
    if ner:
        from frenemy.nlp.ner import check_installed, with_ner

        check_installed()  # raises NerUnavailable naming the missing extra
        pipeline = with_ner(pipeline)
    return pipeline


def analyse_text(text: str, *, lang: str = "", title: str = "", published: str = "",
                 source: str = "-") -> AnalysedDocument:
    """Analyse one article given as text."""
    return default_pipeline().analyse(Document(text, source=source, title=title, published=published, lang=lang))


def relation_triples(ad: AnalysedDocument, min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> set[tuple[str, str, str]]:
    """(subject name, relation, object name) of every claim at or above `min_confidence`.

    Names are canonical: the registry name of a known company, the sector id of an industry
    ("healthcare"), the text's own name otherwise.
    """
    names = {e.id: e.name for e in ad.entities.values()}
    return {(names[c.subject], c.relation, names[c.object]) for c in ad.claims if c.confidence >= min_confidence}


def extract_files(
    paths: Iterable[str | Path], min_confidence: float = DEFAULT_MIN_CONFIDENCE, *, ner: bool = False
) -> Iterator[dict | Rejected]:
    """Prediction records (shared/eval/FORMAT.md) for each article in `paths`, no database."""
    pipeline = default_pipeline(ner)
    for item in iter_sources(paths):
        if isinstance(item, Rejected):
            yield item
            continue
        ad = _analyse_or_reject(pipeline, item)
        yield ad if isinstance(ad, Rejected) else prediction(ad, min_confidence, pipeline.registry)


def _analyse_or_reject(pipeline: Pipeline, doc: Document) -> AnalysedDocument | Rejected:
    """One article that breaks the analysis (a bug, a broken lexicon file) must not stop the batch:
    it is reported like bad input, with the error, and the next article goes on."""
    try:
        return pipeline.analyse(doc)
    except Exception as exc:  # noqa: BLE001 — reported to the user, never swallowed
        return Rejected(doc.source or doc.id, f"analysis failed: {type(exc).__name__}: {exc}")


# -- the database-backed API --------------------------------------------------------------------

DB_ENV = "FRENEMY_DB"
DEFAULT_DB = "frenemy.db"


def default_db() -> str:
    import os

    return os.environ.get(DB_ENV) or DEFAULT_DB


@dataclass(slots=True)
class IngestReport:
    new: int = 0
    known: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    entities: int = 0
    claims: int = 0
    new_conflicts: int = 0


def ingest(paths: Iterable[str | Path], db: str | Path, *, on_item=None, ner: bool = False,
           count_conflicts: bool = True) -> IngestReport:
    """Analyse and store every article under `paths`; one transaction per document.

    `on_item(source)` is called after each source item (for progress bars). Documents stream: memory
    does not grow with their number. Counting the conflicts the batch adds reads the store's whole
    graph (its distinct edges, without sentences) before and after; `count_conflicts=False` skips it
    (large batches on a cluster, where `conflicts` runs once at the end).
    """
    from frenemy.store import Store

    report = IngestReport()
    pipeline = default_pipeline(ner)
    with Store.open(db) as store:
        before = _conflict_keys(store) if count_conflicts else set()
        for item in iter_sources(paths):
            if isinstance(item, Rejected):
                report.rejected.append(item)
            elif store.has_document(item.id):
                report.known += 1
            else:
                ad = _analyse_or_reject(pipeline, item)
                if isinstance(ad, Rejected):
                    report.rejected.append(ad)
                elif store.save_analysis(ad):
                    report.new += 1
                else:
                    report.known += 1
            if on_item is not None:
                on_item(item.source)
        stats = store.stats()
        report.entities, report.claims = stats["entities"], stats["claims"]
        after = _conflict_keys(store) if count_conflicts else set()
        report.new_conflicts = len(after - before)
    return report


def _conflict_keys(store) -> set[tuple[str, str]]:
    """Which (customer, supplier) conflicts the store holds, without loading evidence sentences."""
    from frenemy.analysis.conflicts import conflict_keys

    return conflict_keys(_graph(store, evidence=False))


def _graph(store, *, evidence: bool = True):
    from frenemy.analysis.graph import KnowledgeGraph
    from frenemy.knowledge.registry import default_registry

    return KnowledgeGraph(store, default_registry(), evidence=evidence)


def _conflicts(store, company: str | None = None):
    from frenemy.analysis.conflicts import find_conflicts

    return find_conflicts(_graph(store), company)


def stats(db: str | Path) -> dict[str, int]:
    from frenemy.store import Store

    with Store.open(db) as store:
        out = store.stats()
        out["conflicts"] = len(_conflicts(store))
    return out


class UnknownCompany(LookupError):
    """No stored entity matches the name."""


def resolve_company(store, name: str) -> str:
    """The entity id for a name: stored entities first, then the registry."""
    from frenemy.knowledge.registry import default_registry

    found = store.find_entities(name)
    if found:
        return found[0].id
    entries = default_registry().lookup(name)
    if entries:
        return entries[0].id
    raise UnknownCompany(f"no company named {name!r} in {store.path} or the registry")


def conflicts(db: str | Path, company: str | None = None) -> list[dict]:
    """The coopetition report as JSON-ready records."""
    from frenemy.analysis.conflicts import conflict_record, find_conflicts
    from frenemy.store import Store

    with Store.open(db) as store:
        graph = _graph(store)
        entity = resolve_company(store, company) if company else None
        return [conflict_record(graph, c) for c in find_conflicts(graph, entity)]


def company_profile(db: str | Path, name: str) -> dict:
    """What frenemy knows about one company: family, industries, relations with evidence."""
    from frenemy.store import Store

    with Store.open(db) as store:
        graph = _graph(store)
        entity = resolve_company(store, name)
        root = graph.root(entity)
        family = sorted(graph.family(entity) - {root}, key=graph.name)
        industries = {ind: edge.via for ind, edge in graph.industries(entity).items()}
        relations = []
        # what is said of a subsidiary or product is said of the family: show it, marked "via"
        members = [entity, *sorted(m for m in graph.family(entity) if graph.root(m) != m and m != entity
                                   and entity in graph.owners(m))]
        for member in members:
            for rel in store.relations(member):
                ev = rel.best_evidence
                relations.append({
                    "subject": graph.name(rel.subject), "relation": rel.relation, "object": graph.name(rel.object),
                    "via": graph.name(member) if member != entity else "",
                    "claims": rel.claims, "documents": rel.documents, "first_seen": rel.first_seen,
                    "last_seen": rel.last_seen, "confidence": rel.best_confidence,
                    "best_evidence": {"doc": ev.source or ev.doc, "sentence": ev.sentence, "date": ev.date},
                })
        return {
            "id": entity, "name": graph.name(entity), "parent": graph.name(root) if root != entity else "",
            "family": [graph.name(m) for m in family], "industries": industries, "relations": relations,
        }


# -- user knowledge ---------------------------------------------------------------------------

def import_registry(path: str | Path):
    """Add or override companies from a CSV/YAML file; kept for every later run."""
    from frenemy.knowledge.registry import Registry, default_registry
    from frenemy.knowledge.user import import_user_file

    report = import_user_file(Registry.load(), Path(path), persist=True)
    default_registry.cache_clear()
    default_pipeline.cache_clear()
    return report


def registry_entry(name: str, db: str | Path | None = None) -> dict:
    """What frenemy knows about a company or product and where each fact comes from."""
    from frenemy.knowledge.registry import default_registry

    registry = default_registry()
    entries = registry.lookup(name) or ([registry.entries[name]] if name in registry.entries else [])
    if not entries:
        raise UnknownCompany(f"{name!r} is not in the registry")
    e = entries[0]

    def src(fact: str) -> str:
        return registry.source_of(e.id, fact)

    def describe(ids: list[str]) -> list[dict]:
        out = []
        for i in ids:
            child = registry.entries[i]
            rel = "product_of" if child.kind == "product" else "subsidiary_of"
            out.append({"id": i, "name": child.name, "kind": child.kind, "relation": rel,
                        "source": registry.source_of(i, "parent")})
        return out

    record = {
        "id": e.id, "name": e.name, "kind": e.kind, "source": e.source,
        "aliases": {"value": e.aliases, "source": src("aliases")},
        "country": {"value": e.country, "source": src("country")},
        "industries": {"value": list(e.industries), "source": src("industries")},
        "parent": {"value": registry.entries[e.parent].name if e.parent in registry.entries else "",
                   "source": src("parent")},
        "ancestors": [registry.entries[a].name for a in registry.ancestors(e.id) if a in registry.entries],
        "family": sorted(describe(registry.descendants(e.id)), key=lambda d: d["name"]),
        "wikidata": e.wikidata,
        "extracted": [],
    }
    if db is not None and Path(db).exists():
        from frenemy.store import Store

        with Store.open(db) as store:
            for claim in store.claims(entity=e.id):
                if claim.relation in ("subsidiary_of", "product_of", "acquires", "operates_in"):
                    record["extracted"].append({
                        "subject": claim.subject, "relation": claim.relation, "object": claim.object,
                        "source": f"extracted from {claim.evidence.source or claim.evidence.doc}",
                        "sentence": claim.evidence.sentence})
    return record


# -- evaluation -------------------------------------------------------------------------------

def evaluate(gold_dir: str | Path, min_confidence: float = DEFAULT_MIN_CONFIDENCE):
    """Extract the articles next to the gold files in `gold_dir` and score them."""
    from frenemy.evaluation import doc_key, load_golds, score

    folder = Path(gold_dir)
    golds = load_golds(folder)
    wanted = {g.doc for g in golds}
    files = [p for p in sorted(folder.iterdir())
             if p.is_file() and not p.name.endswith(".gold.json") and doc_key(p.name) in wanted]
    pipeline = default_pipeline()
    predictions: dict[str, dict] = {}
    texts: dict[str, list[str]] = {}
    for item in iter_sources(files):
        if isinstance(item, Rejected):
            continue
        ad = _analyse_or_reject(pipeline, item)
        if isinstance(ad, Rejected):
            continue
        key = doc_key(item.source)
        predictions[key] = prediction(ad, min_confidence, pipeline.registry)
        texts[key] = [s.text for s in ad.sentences]
    return score(golds, predictions, texts)
