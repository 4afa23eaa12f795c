"""The article's date: metadata first, else the first date written near the top of the text."""

from __future__ import annotations

import re
from functools import lru_cache

from frenemy.lang import Lexicon

_ISO = re.compile(r"\b((?:19|20)\d\d)-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?(?!\d)")
_DMY = re.compile(r"\b(0?[1-9]|[12]\d|3[01])[/.](0?[1-9]|1[0-2])[/.]((?:19|20)\d\d)\b")
_HEAD = 400  # a dateline sits at the top; dates further down are events, not publication


def normalise_date(value: str) -> str:
    m = _ISO.search(value or "")
    if m:
        return "-".join(p for p in m.groups() if p)
    m = _DMY.search(value or "")
    if m:
        return f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}"
    return ""


@lru_cache(maxsize=16)
def _month_date(lex: Lexicon) -> re.Pattern[str]:
    """"12 mars 2024", "March 2024" in the lexicon's month names: built once per language."""
    names = "|".join(sorted((re.escape(m) for m in lex.months), key=len, reverse=True))
    return re.compile(rf"\b(?:(\d{{1,2}})\s+)?({names})\s+((?:19|20)\d\d)\b")


def find_date(published: str, text: str, lex: Lexicon) -> str:
    if published:
        found = normalise_date(published)
        if found:
            return found
    head = text[:_HEAD]
    found = normalise_date(head)
    if found:
        return found
    if lex.months:
        m = _month_date(lex).search(head.lower())
        if m:
            month = lex.months[m.group(2)]
            day = f"-{int(m.group(1)):02d}" if m.group(1) else ""
            return f"{m.group(3)}-{month:02d}{day}"
    return ""
