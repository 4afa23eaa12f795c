"""Resolution of discovered names against the registry: an exact alias, an acronym with one wrong
letter ("HSHC"), or a typo within a few edits ("Cleverland Clinic")."""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein, LCSseq

from frenemy.knowledge.registry import Registry
from frenemy.model import Mention
from frenemy.nlp.text import name_key


@lru_cache(maxsize=4)
def _acronyms(registry: Registry) -> dict[str, list[str]]:
    """Upper-case names of 4-5 letters, indexed by each one-letter wildcard ("HS?C")."""
    index: dict[str, list[str]] = {}
    for entry in registry.entries.values():
        if entry.kind == "company" and entry.name.isupper() and 4 <= len(entry.name) <= 5:
            key = name_key(entry.name)
            for i in range(len(key)):
                index.setdefault(key[:i] + "?" + key[i + 1:], []).append(entry.id)
    return index


@lru_cache(maxsize=4)
def _fuzzy_choices(registry: Registry) -> tuple[list[str], list[str]]:
    keys, ids = [], []
    for entry in registry.entries.values():
        for name in entry.names:
            if name in entry.homonyms:
                continue
            key = name_key(name)
            if len(key) >= 6:
                keys.append(key)
                ids.append(entry.id)
    return keys, ids


@lru_cache(maxsize=4)
def _choices_by_length(registry: Registry) -> dict[int, list[int]]:
    """The positions of the fuzzy choices, by the length of their key."""
    out: dict[int, list[int]] = {}
    for i, key in enumerate(_fuzzy_choices(registry)[0]):
        out.setdefault(len(key), []).append(i)
    return out


@lru_cache(maxsize=256)
def _choices_of_length(registry: Registry, shortest: int, longest: int) -> tuple[list[str], list[str]]:
    """The fuzzy choices whose length lies in shortest..longest, in their order: a name more
    letters longer or shorter than the edits allowed is never within them, so it is not scored."""
    keys, ids = _fuzzy_choices(registry)
    by_length = _choices_by_length(registry)
    order = sorted(i for n in range(shortest, longest + 1) for i in by_length.get(n, ()))
    return [keys[i] for i in order], [ids[i] for i in order]


@lru_cache(maxsize=32768)
def closest(registry: Registry, key: str) -> tuple[str, float] | None:
    """The registry company whose name is closest to `key`, if close enough to be a typo.

    Cached: across a corpus the same unknown names come back again and again."""
    # edits allowed: one from 6 letters, two from 12; a swap of two letters is one edit
    allowed = 2 if len(key) >= 12 else 1 if len(key) >= 6 else 0
    if not allowed:
        return None
    # each edit changes the length by one at most: only names of a length within reach can match
    keys, ids = _choices_of_length(registry, len(key) - allowed, len(key) + allowed)
    # ... and shortens their longest common subsequence by one at most: the LCS distance (longer
    # length minus LCS, bit-parallel, several times cheaper) is never above the edit distance, so
    # the names it keeps, in their order, hold the closest one
    near = sorted(i for _, _, i in process.extract(key, keys, scorer=LCSseq.distance, score_cutoff=allowed,
                                                   limit=None))
    if not near:
        return None
    best = process.extractOne(key, [keys[i] for i in near], scorer=DamerauLevenshtein.distance,
                              score_cutoff=allowed)
    if best is None or not _words_within(key, best[0]) or not _slip(key, best[0]):
        return None
    return ids[near[best[2]]], 100.0 * (1 - best[1] / max(len(key), len(best[0])))


def _slip(key: str, name: str) -> bool:
    """A short single word differs from the name by a slip of the hand (two letters swapped, a letter
    dropped or added: "Qualcom", "Renaut"), not by one letter changed: "Triton" is not "Traton", "Merrild"
    not "Merrill", they are other companies."""
    if " " in key or len(key) >= 8 or key == name:
        return True
    if len(key) == len(name):
        diff = [i for i, (x, y) in enumerate(zip(key, name, strict=True)) if x != y]
        return len(diff) == 2 and diff[1] == diff[0] + 1 and key[diff[0]] == name[diff[1]] \
            and key[diff[1]] == name[diff[0]]
    short, long = (key, name) if len(key) < len(name) else (name, key)
    if len(long) != len(short) + 1:
        return False
    i = next((k for k in range(len(short)) if short[k] != long[k]), len(short))
    return long[:i] + long[i + 1:] == short


def _words_within(key: str, name: str) -> bool:
    """The edits of a typo spread over long words: "Cleverland Clinic" is "Cleveland Clinic", but
    "Epic Systems" is not "EPAM Systems" (a short word changed is another name sharing a word)."""
    a, b = key.split(), name.split()
    if len(a) != len(b):
        return True  # a space added or dropped: the whole-name distance decides
    return all(x == y or len(x) >= 5 and DamerauLevenshtein.distance(x, y) <= len(x) // 5
               for x, y in zip(a, b, strict=True))


def fuzzy_resolve(mentions: list[Mention], registry: Registry, introduced: set[int] = frozenset()) -> None:
    """Resolve discovered company names to the registry; a name at a start in `introduced` (after
    "named", "baptisée") is matched exactly only, never as a typo."""

    for m in mentions:
        if m.origin != "discovered" or m.kind not in ("company", "product") \
                or m.entity and not (m.kind == "product" and m.entity.startswith("new:")):
            continue
        key = name_key(m.text)
        # a homonym ("Max") stands for the company only as written: "737 MAX" is no streaming service
        exact = [e for e in registry.lookup(m.text)
                 if any(n == m.text or (n not in e.homonyms and name_key(n) == key) for n in e.names)]
        if exact:
            # (also a name taken for a known company's product, "Taiwan Semiconductor Manufacturing Co":
            # the registry knows the whole name, legal form folded)
            m.entity, m.kind, m.confidence, m.origin = exact[0].id, exact[0].kind, 0.9, "registry"
            continue
        if m.kind != "company" or m.entity:
            continue
        if len(key) < 4 or m.start in introduced:
            continue
        if len(key) <= 5 and m.text.isupper():
            # Acronyms: one wrong letter ("HSHC") is a typo only for an acronym of the same length.
            acronyms = _acronyms(registry)
            for i in range(len(key)):
                hits = acronyms.get(key[:i] + "?" + key[i + 1:])
                if hits:
                    m.entity, m.confidence, m.origin = hits[0], 0.6, "fuzzy"
                    break
            continue
        best = closest(registry, key)
        if best:
            m.entity, m.confidence, m.origin = best[0], round(best[1] / 100 * 0.8, 2), "fuzzy"
            m.kind = registry.entries[m.entity].kind
