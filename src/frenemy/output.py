"""The prediction format of shared/eval/FORMAT.md: one JSON object per document."""

from __future__ import annotations

import re
from pathlib import Path

from frenemy.knowledge.registry import Registry
from frenemy.model import AnalysedDocument, Entity

DEFAULT_MIN_CONFIDENCE = 0.5


def prediction(ad: AnalysedDocument, min_confidence: float = DEFAULT_MIN_CONFIDENCE,
               registry: Registry | None = None) -> dict:
    """The document's entities and its claims at or above `min_confidence`.

    With the registry, the list also names the owners spelt out inside a family member's name
    ("Google Cloud" names Google), which the text mentions without a claim of their own.
    """
    ids: dict[str, str] = {}
    entities = []
    listed = {**ad.entities, **(named_owners(ad, registry) if registry else {})}
    for ent in sorted(listed.values(), key=lambda e: (e.kind, e.name)):
        ids[ent.id] = f"e{len(ids) + 1}"
        entities.append({
            "id": ids[ent.id], "name": ent.name, "kind": ent.kind,
            "aliases": sorted(a for a in ent.aliases | _bare_forms(ent) | _inner_names(ent, registry)
                              if a != ent.name),
            **({"registry_id": ent.id} if ent.known else {}),
        })
    relations = []
    seen: dict[tuple[str, str, str], dict] = {}
    for claim in sorted(ad.claims, key=lambda c: -c.confidence):
        if claim.confidence < min_confidence:
            continue
        key = claim.key
        if key in seen:
            continue
        seen[key] = rel = {
            "s": ids[claim.subject], "r": claim.relation, "o": ids[claim.object],
            "confidence": claim.confidence, "evidence": claim.evidence.sentence,
            "modality": claim.modality, "extractor": claim.extractor,
        }
        relations.append(rel)
    name = Path(ad.doc.source).name if ad.doc.source and ad.doc.source != "-" else ad.doc.id
    return {"doc": name, "lang": ad.lang, "date": ad.date, "entities": entities, "relations": relations}


# a legal form closing a name ("Arcadis N.V.", "Bosch GmbH"): the name is also said without it
_LEGAL_FORM = re.compile(
    r"(?<=\w)[\s,]+(?:inc|corp|ltd|llc|plc|s\.?a|sas|sarl|ag|gmbh|n\.?v|b\.?v|s\.?p\.?a|s\.?r\.?l|kgaa|oyj|asa)\.?$",
    re.IGNORECASE,
)


def _bare_forms(ent: Entity) -> set[str]:
    """A company's surfaces without the legal form they close with, and with its final period
    ("Heijmans N.V" as the sentence splitter left it: "Heijmans", "Heijmans N.V.")."""
    if ent.kind != "company":
        return set()
    out = set()
    for surface in (ent.name, *ent.aliases):
        m = _LEGAL_FORM.search(surface)
        if m and m.start() > 0:
            out.add(surface[:m.start()])
            if "." in m.group() and not surface.endswith("."):
                out.add(surface + ".")
    return out


def _inner_names(ent: Entity, registry: Registry | None) -> set[str]:
    """A known company's registry names said inside one of its surfaces ("SSI" in "Chứng khoán
    SSI"): the short name is the text's too."""
    entry = registry.get(ent.id) if registry is not None and ent.known else None
    if entry is None:
        return set()
    surfaces = [f" {s} " for s in (ent.name, *ent.aliases)]
    return {n for n in entry.names if len(n) >= 2 and any(f" {n} " in s for s in surfaces)}


def named_owners(ad: AnalysedDocument, registry: Registry) -> dict[str, Entity]:
    """Registry ancestors whose name opens the surface of a family member in the text
    ("Amazon Web Services" → Amazon, "Microsoft Azure" → Microsoft), not already entities."""
    found: dict[str, Entity] = {}
    for ent in ad.entities.values():
        # a discovered family member ("Porsche Cayenne", "Hensoldt South Africa") names its owner too
        lineage = registry.ancestors(ent.id) if ent.known else \
            [ent.parent, *registry.ancestors(ent.parent)] if ent.parent in registry.entries else []
        for owner_id in lineage:
            owner = registry.get(owner_id)
            if owner is None or owner_id in ad.entities or owner_id in found:
                continue
            surfaces = [s.casefold() for s in ent.aliases]
            prefix = next((name for name in owner.names
                           if any(s.startswith(name.casefold() + " ") for s in surfaces)), None)
            if prefix:
                found[owner_id] = Entity(owner_id, owner.name, owner.kind, {prefix}, known=True,
                                         parent=owner.parent, industries=owner.industries)
    return found
