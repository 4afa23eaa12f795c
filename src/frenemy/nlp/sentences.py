"""Sentence splitting that survives news text: abbreviations, missing spaces, headlines."""

from __future__ import annotations

import re

from frenemy.model import Sentence

# A sentence ends at . ! ? … (and closing quotes/brackets) followed by space and a capital, digit
# or quote (also the low „ that opens a quote in Dutch and German); or at a blank line / line break
# (headlines and paragraphs carry no full stop).
# Both patterns open with the character they need (then look back at it), so the scanner skips
# to candidates in C instead of trying every position: about 4x and 20x faster than the plain
# forms [.!?…]+["'»”“)\]]*(?=...)|\n+ and (?<=[a-zà-ỹ]{2})\.(?=...), which they equal.
_END = re.compile(r"""[.!?…\n](?:(?<=[.!?…])[.!?…]*["'»”“)\]]*(?=\s+["'«“„‚(\[]?[\w])|(?<=\n)\n*)""")
# "bán lẻ.Khi Amazon": a full stop glued to the next sentence, seen in scraped text.
_GLUED = re.compile(r"\.(?<=[a-zà-ỹ]{2}\.)(?=[A-ZÀ-Ỵ][a-zà-ỹ])")
_ABBREVIATION = re.compile(
    r"(?:\b(?:mr|mrs|ms|dr|st|m|mme|mm|inc|corp|co|ltd|bros|jr|sr|vs|no|n°|nr|art|dept|etc|e\.g|i\.e|u\.s|"
    r"u\.k|approx|ca|bzw|z\.b|vgl|sig|sra?|dott|ing|av|p\.ex|cf)|\b[A-Z])\.$",
    re.IGNORECASE,
)


def split_sentences(text: str) -> list[Sentence]:
    bounds: list[int] = []
    for m in _END.finditer(text):
        if m.group().startswith("\n"):
            bounds.append(m.start())
            continue
        if _ABBREVIATION.search(text[max(0, m.start() - 8) : m.start() + 1]):
            continue
        bounds.append(m.end())
    bounds.extend(m.end() for m in _GLUED.finditer(text))
    bounds = sorted(set(bounds))
    sentences: list[Sentence] = []
    start = 0
    for end in [*bounds, len(text)]:
        seg = text[start:end]
        lead = len(seg) - len(seg.lstrip())
        trail = len(seg.rstrip())
        if trail > lead:
            sentences.append(Sentence(start + lead, start + trail, seg[lead:trail]))
        start = end
    return sentences
