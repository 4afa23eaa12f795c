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


@lru_cache(maxsize=1)
def default_pipeline() -> Pipeline:
    return Pipeline.default()


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


@dataclass(slots=True)
class ExtractResult:
    predictions: list[dict] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)


def extract_files(paths: Iterable[str | Path], min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> Iterator[dict | Rejected]:
    """Prediction records (shared/eval/FORMAT.md) for each article in `paths`, no database."""
    pipeline = default_pipeline()
    for item in iter_sources(paths):
        if isinstance(item, Rejected):
            yield item
        else:
            yield prediction(pipeline.analyse(item), min_confidence)
