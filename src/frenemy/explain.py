"""Show how frenemy reads a text: units, cue phrases, word classes and the claims per sentence.

For users who wonder why a relation was (not) found, and for lexicon authors testing phrases.
"""

from __future__ import annotations

from frenemy.lang import load_lexicon
from frenemy.model import Document
from frenemy.pipeline import Pipeline
from frenemy.relations.units import build_units

_QUIET_CLASSES = ("determiners", "stop_capitals")


def explain(text: str, lang: str = "", pipeline: Pipeline | None = None) -> str:
    pipeline = pipeline or Pipeline.default()
    ad = pipeline.analyse(Document(text, source="-", lang=lang))
    lex = load_lexicon(ad.lang)
    lines = [f"language: {ad.lang}   date: {ad.date or '-'}"]
    for i, sentence in enumerate(ad.sentences):
        su = build_units(ad.text, sentence, i, ad.mentions, lex)
        lines.append(f"[{i}] {sentence.text}")
        words = []
        for u in su.units:
            if u.mention is not None:
                words.append(f"[{u.mention.text}|{u.mention.kind}|{u.mention.entity or '?'}]")
            else:
                words.append(u.key)
        lines.append("    units:   " + " ".join(words))
        if su.cues:
            lines.append("    cues:    " + "; ".join(f"{c.phrase!r} {c.relation}/{c.frame}" for c in su.cues))
        classes = {k: v for k, v in su.spans.items() if k not in _QUIET_CLASSES}
        if classes:
            shown = ", ".join(
                f"{k}: " + "/".join(" ".join(su.units[j].key for j in range(a, b + 1)) for a, b in v)
                for k, v in sorted(classes.items()))
            lines.append("    classes: " + shown)
        for c in ad.claims:
            if c.evidence.start == sentence.start:
                lines.append(f"    claim:   {c.subject} {c.relation} {c.object}  "
                             f"({c.confidence:.2f}, {c.modality}, {c.extractor})")
    return "\n".join(lines)
