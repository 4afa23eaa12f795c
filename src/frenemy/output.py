"""The prediction format of shared/eval/FORMAT.md: one JSON object per document."""

from __future__ import annotations

from pathlib import Path

from frenemy.model import AnalysedDocument

DEFAULT_MIN_CONFIDENCE = 0.5


def prediction(ad: AnalysedDocument, min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> dict:
    ids: dict[str, str] = {}
    entities = []
    for ent in sorted(ad.entities.values(), key=lambda e: (e.kind, e.name)):
        ids[ent.id] = f"e{len(ids) + 1}"
        entities.append({
            "id": ids[ent.id], "name": ent.name, "kind": ent.kind,
            "aliases": sorted(a for a in ent.aliases if a != ent.name),
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
