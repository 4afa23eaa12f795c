"""What the store hands back: plain records, each carrying its evidence."""

from __future__ import annotations

from dataclasses import dataclass

from frenemy.model import Evidence


@dataclass(slots=True)
class StoredClaim:
    """One claim as stored, with the sentence that states it."""

    subject: str
    relation: str
    object: str
    confidence: float
    modality: str
    extractor: str
    evidence: Evidence


@dataclass(slots=True)
class RelationSummary:
    """All claims of one (subject, relation, object), symmetric relations in canonical order."""

    subject: str
    relation: str
    object: str
    claims: int
    documents: int
    first_seen: str  # earliest claim date, "" when no claim is dated
    last_seen: str
    best_confidence: float
    best_evidence: Evidence


@dataclass(slots=True)
class DocumentRecord:
    """A stored document without its text, for listings."""

    id: str
    source: str
    title: str
    date: str
    lang: str
    n_claims: int


class StoreError(Exception):
    """The database cannot be opened or written; the message says why."""
