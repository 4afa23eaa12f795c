"""Domain records that flow one way through frenemy:
sources → Document → Mention → Entity → Claim → store → Conflict.

Plain dataclasses with slots: cheap to create by the million, easy to serialise.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

RELATION_TYPES = (
    "customer_of",
    "partner_of",
    "competes_with",
    "acquires",
    "bids_for",
    "subsidiary_of",
    "product_of",
    "operates_in",
    "executive_of",
)
SYMMETRIC_RELATIONS = frozenset({"partner_of", "competes_with"})
ENTITY_KINDS = ("company", "product", "person", "industry")


def content_hash(text: str) -> str:
    """Stable document id: the same article text always gets the same id."""
    return hashlib.sha256(text.strip().encode("utf-8")).hexdigest()[:32]


@dataclass(slots=True)
class Document:
    """One article as read from a source, before any analysis."""

    text: str
    source: str = ""  # path, URL or "-" for stdin
    title: str = ""
    url: str = ""
    published: str = ""  # ISO date (YYYY, YYYY-MM or YYYY-MM-DD) when known
    lang: str = ""  # ISO 639-1, detected when empty
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            self.id = content_hash(self.title + "\n\n" + self.text)

    @property
    def full_text(self) -> str:
        """Title and body as one analysable text (the title often states the main fact)."""
        if self.title and not self.text.lstrip().startswith(self.title.strip()):
            return self.title.strip() + "\n\n" + self.text
        return self.text


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Mention:
    """A span of text that names (or refers back to) a company, product, person or industry."""

    start: int
    end: int
    text: str
    kind: str  # company | product | person | industry | anaphor
    sentence: int  # index into AnalysedDocument.sentences
    entity: str = ""  # Entity.id once resolved
    confidence: float = 1.0
    origin: str = "registry"  # registry | discovered | anaphor | industry


@dataclass(slots=True)
class Entity:
    """A canonical company, product, person or industry within one analysis."""

    id: str  # registry id when known, else a slug of the name
    name: str
    kind: str
    aliases: set[str] = field(default_factory=set)
    known: bool = False  # True when the bundled or user registry knows it
    parent: str = ""  # registry id of the parent company or product owner
    industries: tuple[str, ...] = ()


@dataclass(slots=True)
class Evidence:
    """Where a claim comes from, down to the characters."""

    doc: str
    sentence: str
    start: int
    end: int
    lang: str
    date: str = ""
    source: str = ""


@dataclass(slots=True)
class Claim:
    """One relation as stated by one sentence of one document."""

    subject: str  # Entity.id
    relation: str
    object: str  # Entity.id
    confidence: float
    evidence: Evidence
    modality: str = "asserted"  # asserted | hedged | planned | ended
    extractor: str = "rules"

    @property
    def key(self) -> tuple[str, str, str]:
        if self.relation in SYMMETRIC_RELATIONS and self.object < self.subject:
            return (self.object, self.relation, self.subject)
        return (self.subject, self.relation, self.object)


@dataclass(slots=True)
class AnalysedDocument:
    """A document with everything the pipeline found in it."""

    doc: Document
    text: str = ""  # the analysed text (title + body); offsets refer to it
    lang: str = ""
    date: str = ""
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    entities: dict[str, Entity] = field(default_factory=dict)
    claims: list[Claim] = field(default_factory=list)


@dataclass(slots=True)
class ConflictStep:
    """One edge of a conflict path with its evidence."""

    subject: str
    relation: str
    object: str
    evidence: list[Evidence]
    via: str = ""  # "registry" when the step is bundled/user knowledge, not a sentence


@dataclass(slots=True)
class Conflict:
    """A supplier whose corporate family competes with its customer."""

    customer: str
    supplier: str
    competitor: str  # the member of the supplier's family that competes
    reason: str
    severity: str  # high | medium | low
    kind: str  # direct | industry
    industry: str = ""
    steps: list[ConflictStep] = field(default_factory=list)
    first_seen: str = ""
    last_seen: str = ""
