"""The knowledge graph the analyses read: stored claims joined with the registry.

Corporate families come from the registry (bundled and user facts) and from what articles
state (subsidiary_of, product_of, completed acquisitions); industries from the registry and
from operates_in claims. Every edge keeps its evidence, or says it comes from the registry.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from frenemy.knowledge.registry import Registry
from frenemy.knowledge.sectors import SUPPLIER_SECTORS
from frenemy.model import Evidence
from frenemy.store import Store, StoredClaim

OWNERSHIP = ("subsidiary_of", "product_of")
MIN_CONFIDENCE = 0.5


@dataclass(slots=True)
class Edge:
    subject: str
    relation: str
    object: str
    evidence: list[Evidence] = field(default_factory=list)
    via: str = "text"  # text | registry
    # asserted (not hedged) claims behind the edge: only those make one company another's owner
    support: int = 0

    @property
    def dates(self) -> list[str]:
        return sorted(e.date for e in self.evidence if e.date)


def owner_of(edge: Edge) -> str:
    """The owning end of an ownership edge: "A acquires B" names the owner first."""
    return edge.subject if edge.relation == "acquires" else edge.object


class KnowledgeGraph:
    """Read-only once built: the indexes and caches below assume the edges no longer change, which
    keeps every analysis linear in the graph instead of a scan of all edges per question."""

    def __init__(self, store: Store, registry: Registry, min_confidence: float = MIN_CONFIDENCE, *,
                 evidence: bool = True):
        """`evidence=False` keeps the edges without their sentences: enough to tell which conflicts
        exist (ingest counts the new ones), in memory that grows with distinct edges, not claims."""
        self.store = store
        self.registry = registry
        self.names: dict[str, str] = {e.id: e.name for e in store.entities()}
        self.edges: dict[tuple[str, str, str], Edge] = {}
        for claim in store.iter_claims():
            if claim.confidence >= min_confidence and claim.modality != "ended":
                self._add(claim, evidence)
        self.parent: dict[str, str] = {}
        self._owner_support: dict[str, int] = {}
        self._by_relation: dict[str, list[Edge]] = defaultdict(list)
        self._by_subject: dict[tuple[str, str], list[Edge]] = defaultdict(list)
        self._touching: dict[tuple[str, str], list[Edge]] = defaultdict(list)
        self.rank: dict[tuple[str, str, str], int] = {}
        for (s, r, o), edge in self.edges.items():
            self.rank[(s, r, o)] = len(self.rank)
            self._by_relation[r].append(edge)
            self._by_subject[(r, s)].append(edge)
            self._touching[(r, s)].append(edge)
            if o != s:
                self._touching[(r, o)].append(edge)
            if edge.support and r in OWNERSHIP:
                self._propose_owner(s, o, edge.support)
            elif edge.support and r == "acquires":
                self._propose_owner(o, s, edge.support)
        self._chains: dict[str, list[Edge]] = {}
        self._families: dict[str, frozenset[str]] = {}
        self._members_by_root: dict[str, list[str]] | None = None

    def _add(self, claim: StoredClaim, evidence: bool) -> None:
        key = (claim.subject, claim.relation, claim.object)
        edge = self.edges.get(key)
        if edge is None:
            edge = self.edges[key] = Edge(*key)
        if evidence:
            edge.evidence.append(claim.evidence)
        if claim.modality == "asserted":
            edge.support += 1

    def _propose_owner(self, child: str, owner: str, support: int) -> None:
        """The owner the most asserted claims name wins (the first stored on a tie): over millions of
        articles one misread sentence must not move a company into another family."""
        if support > self._owner_support.get(child, 0):
            self.parent[child] = owner
            self._owner_support[child] = support

    def name(self, entity: str) -> str:
        if entity in self.names:
            return self.names[entity]
        entry = self.registry.get(entity)
        if entry:
            return entry.name
        return entity.split(":", 1)[-1]

    def edges_of(self, relation: str) -> list[Edge]:
        return self._by_relation.get(relation, [])

    def edges_touching(self, relation: str, entity: str) -> list[Edge]:
        """Edges of one relation with the entity at either end, in the order they were stored."""
        return self._touching.get((relation, entity), [])

    def supply_edges(self) -> list[Edge]:
        """customer_of edges, and partnerships of a pure supplier (a cloud or software provider)
        with a company outside those sectors: news calls a provider's customers its partners."""
        out = list(self.edges_of("customer_of"))
        for edge in self.edges_of("partner_of"):
            a, b = edge.subject, edge.object
            if self._pure_supplier(a) and not self._supplies(b):
                out.append(Edge(b, "customer_of", a, edge.evidence, edge.via))
            elif self._pure_supplier(b) and not self._supplies(a):
                out.append(Edge(a, "customer_of", b, edge.evidence, edge.via))
        return out

    def _sectors(self, entity: str) -> list[set[str]]:
        entry = self.registry.get(entity)
        return [set(self.registry.industry_ancestors(i)) for i in (entry.industries if entry else ())]

    def _pure_supplier(self, entity: str) -> bool:
        sectors = self._sectors(entity)
        return bool(sectors) and all(s & SUPPLIER_SECTORS for s in sectors)

    def _supplies(self, entity: str) -> bool:
        return any(s & SUPPLIER_SECTORS for s in self._sectors(entity))

    # -- families ---------------------------------------------------------------------------
    def owner(self, entity: str) -> tuple[str, Edge | None]:
        """The direct owner of an entity and the edge that says so (text first, then registry)."""
        if entity in self.parent:
            p = self.parent[entity]
            edge = (self.edges.get((entity, "subsidiary_of", p)) or self.edges.get((entity, "product_of", p))
                    or self.edges.get((p, "acquires", entity)))
            return p, edge
        entry = self.registry.get(entity)
        if entry and entry.parent:
            rel = "product_of" if entry.kind == "product" else "subsidiary_of"
            return entry.parent, Edge(entity, rel, entry.parent, via="registry")
        return "", None

    def chain(self, entity: str) -> list[Edge]:
        """Ownership edges from an entity up to its family's root."""
        cached = self._chains.get(entity)
        if cached is None:
            cached = self._chains[entity] = self._walk_up(entity)
        return cached

    def _walk_up(self, entity: str) -> list[Edge]:
        out: list[Edge] = []
        seen = {entity}
        current = entity
        while True:
            parent, edge = self.owner(current)
            if not parent or parent in seen or edge is None:
                return out
            out.append(edge)
            seen.add(parent)
            current = parent

    def root(self, entity: str) -> str:
        chain = self.chain(entity)
        return owner_of(chain[-1]) if chain else entity

    def owners(self, entity: str) -> list[str]:
        """The entity's owners, nearest first, up to the root."""
        return [owner_of(e) for e in self.chain(entity)]

    def family(self, entity: str) -> frozenset[str]:
        """Root, subsidiaries and products, from the registry and from the articles (cached per root:
        a family can hold thousands of members in a big store)."""
        root = self.root(entity)
        cached = self._families.get(root)
        if cached is not None:
            return cached
        if self._members_by_root is None:
            self._members_by_root = defaultdict(list)
            for child in self.parent:
                self._members_by_root[self.root(child)].append(child)
        members = {root, *self.registry.descendants(root), *self._members_by_root.get(root, ())}
        for member in list(members):
            members.update(self.registry.descendants(member))
        frozen = self._families[root] = frozenset(members)
        return frozen

    # -- industries -------------------------------------------------------------------------
    def industries(self, entity: str) -> dict[str, Edge]:
        """Industry id → the edge that puts the entity in it (text evidence wins)."""
        out: dict[str, Edge] = {}
        entry = self.registry.get(entity)
        for ind in (entry.industries if entry else ()):
            out[ind] = Edge(entity, "operates_in", "industry:" + ind, via="registry")
        for edge in self._by_subject.get(("operates_in", entity), ()):
            out[edge.object.split(":", 1)[-1]] = edge
        return out

    def related_industries(self, a: str, b: str) -> bool:
        """Same sector, or one is a subsector of the other (hospitals ⊂ healthcare)."""
        return a == b or a in self.registry.industry_ancestors(b) or b in self.registry.industry_ancestors(a)
