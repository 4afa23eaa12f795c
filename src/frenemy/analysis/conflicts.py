"""Coopetition conflicts: a supplier whose corporate family competes with its customer.

A `customer_of` edge (customer C, supplier S) is a conflict when a member of S's family
(its root, subsidiaries and products) competes with C directly (`competes_with`) or operates
in an industry C operates in. Each conflict carries the path with evidence for every step.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from frenemy.analysis.graph import Edge, KnowledgeGraph
from frenemy.model import Conflict, ConflictStep

SEVERITY_RANK = {"high": 3, "medium": 2, "low": 1}


def find_conflicts(graph: KnowledgeGraph, company: str | None = None) -> list[Conflict]:
    """All conflicts, or those where `company` (an entity id) is customer or supplier family."""
    found = _findings(graph, company)
    return sorted((finding.build() for _, finding in found.values()),
                  key=lambda c: (-SEVERITY_RANK[c.severity], c.supplier, c.customer))


def conflict_keys(graph: KnowledgeGraph) -> set[tuple[str, str]]:
    """(customer, supplier root) of every conflict, without building paths and reasons: what ingest
    needs to count new conflicts over a whole store."""
    return set(_findings(graph, None))


@dataclass(slots=True)
class _Finding:
    """A conflict found but not yet built: its path (which can be long in a big family) and reason
    are written only for the finding that is kept."""
    severity: str
    build: Callable[[], Conflict]


def _findings(graph: KnowledgeGraph, company: str | None) -> dict[tuple[str, str], tuple[int, _Finding]]:
    best: dict[tuple[str, str], tuple[int, _Finding]] = {}
    rivals_cache: dict[str, dict[str, tuple[int, int, str, Edge]]] = {}
    pair_cache: dict[tuple[str, str], tuple[tuple[int, int], str] | None] = {}
    for supply in graph.supply_edges():
        customer, supplier = supply.subject, supply.object
        supplier_root = graph.root(supplier)
        customer_root = graph.root(customer)
        if supplier_root == customer_root:
            continue
        if company and company not in (customer, supplier, supplier_root, customer_root):
            continue
        family = graph.family(supplier)
        finding = _direct(graph, supply, family, rivals_cache, pair_cache) or _by_industry(graph, supply, family)
        if finding is None:
            continue
        key = (customer, supplier_root)
        rank = SEVERITY_RANK[finding.severity]
        kept = best.get(key)
        if kept is None or rank > kept[0]:
            best[key] = (rank, finding)
    return best


def _ownership_steps(graph: KnowledgeGraph, member: str, supplier: str) -> list[ConflictStep]:
    """How the competing member and the supplier belong to one family."""
    steps = [_step(e) for e in graph.chain(supplier)]
    steps += [_step(e) for e in graph.chain(member)]
    return steps


def _step(edge: Edge) -> ConflictStep:
    return ConflictStep(edge.subject, edge.relation, edge.object, list(edge.evidence), edge.via)


def _direct(graph: KnowledgeGraph, supply: Edge, family: frozenset[str],
            rivals_cache: dict[str, dict[str, tuple[int, int, str, Edge]]],
            pair_cache: dict[tuple[str, str], tuple[tuple[int, int], str] | None]) -> _Finding | None:
    customer = supply.subject
    supplier_root = graph.root(supply.object)
    rivals = _family_rivals(graph, supplier_root, family, rivals_cache)
    # The first rivalry in stored order (subject side first) whose rival is on the customer's side
    # (the customer, and its whole family when the registry knows it), as a scan of every
    # competes_with edge would find it.
    hits = [(rivals[customer][:2], customer)] if customer in rivals else []
    if customer in graph.registry.entries:
        pair = (supplier_root, graph.root(customer))
        if pair not in pair_cache:
            pair_cache[pair] = _first_rival(rivals, graph.family(customer))
        if pair_cache[pair] is not None:
            hits.append(pair_cache[pair])
    if not hits:
        return None
    rival = min(hits)[1]
    _, _, member, edge = rivals[rival]

    def build() -> Conflict:
        steps = [_step(supply), *_ownership_steps(graph, member, supply.object), _step(edge)]
        reason = (f"{graph.name(customer)} buys from {graph.name(supply.object)}, whose family member "
                  f"{graph.name(member)} competes with {graph.name(rival)}")
        return _conflict(graph, supply, member, reason, "high", "direct", "", steps)
    return _Finding("high", build)


def _first_rival(rivals: dict[str, tuple[int, int, str, Edge]],
                 side: frozenset[str]) -> tuple[tuple[int, int], str] | None:
    """The earliest rivalry whose rival is in `side`; both can be big: walk the smaller."""
    small, big = (side, rivals) if len(side) <= len(rivals) else (rivals, side)
    return min(((rivals[r][:2], r) for r in small if r in big), default=None)


def _family_rivals(graph: KnowledgeGraph, root: str, family: frozenset[str],
                   cache: dict[str, dict[str, tuple[int, int, str, Edge]]]) -> dict[str, tuple[int, int, str, Edge]]:
    """Rival → (edge rank, side, family member, edge) of the first rivalry between a member of the
    family and that rival: built once per family, not once per customer of the family."""
    found = cache.get(root)
    if found is not None:
        return found
    found = {}
    touching = {id(e): e for m in family for e in graph.edges_touching("competes_with", m)}
    for edge in touching.values():
        rank = graph.rank[(edge.subject, edge.relation, edge.object)]
        for side, (member, rival) in enumerate(((edge.subject, edge.object), (edge.object, edge.subject))):
            if member in family and (rival not in found or (rank, side) < found[rival][:2]):
                found[rival] = (rank, side, member, edge)
    cache[root] = found
    return found


def _by_industry(graph: KnowledgeGraph, supply: Edge, family: frozenset[str]) -> _Finding | None:
    customer = supply.subject
    customer_industries = graph.industries(customer)
    if not customer_industries:
        return None
    found: tuple[str, str, str, Edge, Edge] | None = None  # severity, member, sector, both edges
    for member in sorted(family):
        if member == supply.object:
            continue  # selling to a sector is not competing in it
        for ind, member_edge in graph.industries(member).items():
            for cind, customer_edge in customer_industries.items():
                if not graph.related_industries(ind, cind):
                    continue
                severity = "medium" if member_edge.via == "text" else "low"
                if found is not None and SEVERITY_RANK[severity] <= SEVERITY_RANK[found[0]]:
                    continue
                sector = cind if cind in graph.registry.industry_ancestors(ind) else ind
                found = (severity, member, sector, member_edge, customer_edge)
    if found is None:
        return None
    severity, member, sector, member_edge, customer_edge = found

    def build() -> Conflict:
        steps = [_step(supply), *_ownership_steps(graph, member, supply.object), _step(member_edge),
                 _step(customer_edge)]
        reason = (f"{graph.name(customer)} buys from {graph.name(supply.object)}, whose family member "
                  f"{graph.name(member)} operates in {sector}, where {graph.name(customer)} operates")
        return _conflict(graph, supply, member, reason, severity, "industry", sector, steps)
    return _Finding(severity, build)


def _conflict(graph, supply, member, reason, severity, kind, industry, steps) -> Conflict:
    dates = sorted(d for s in steps for e in s.evidence if (d := e.date))
    return Conflict(
        customer=supply.subject, supplier=graph.root(supply.object), competitor=member, reason=reason,
        severity=severity, kind=kind, industry=industry, steps=steps,
        first_seen=dates[0] if dates else "", last_seen=dates[-1] if dates else "",
    )


def conflict_record(graph: KnowledgeGraph, c: Conflict) -> dict:
    """JSON shape of the `conflicts` report."""
    return {
        "customer": graph.name(c.customer),
        "supplier": graph.name(c.supplier),
        "competitor": graph.name(c.competitor),
        "kind": c.kind,
        "industry": c.industry,
        "severity": c.severity,
        "reason": c.reason,
        "first_seen": c.first_seen,
        "last_seen": c.last_seen,
        "path": [
            {"subject": graph.name(s.subject), "relation": s.relation, "object": graph.name(s.object),
             "source": s.via,
             "evidence": [{"doc": e.source or e.doc, "sentence": e.sentence, "date": e.date} for e in s.evidence]}
            for s in c.steps
        ],
        "evidence": [{"doc": e.source or e.doc, "sentence": e.sentence, "date": e.date}
                     for s in c.steps for e in s.evidence],
    }
