"""A sentence as a sequence of units: words, and mentions standing for one entity each.

Cue phrases and word classes of the language are matched on the space-joined unit keys, so a
cue never matches inside a company name and a mention is one slot however many words it has.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from frenemy.lang import Lexicon, phrase_automaton
from frenemy.model import Mention, Sentence
from frenemy.nlp.text import lower
from frenemy.nlp.tokens import TOKEN

ENTITY_PLACEHOLDER = "\u2063e"  # invisible separator + e: no cue phrase can contain it


@dataclass(slots=True)
class Unit:
    start: int
    end: int
    key: str
    mention: Mention | None = None
    classes: set[str] = field(default_factory=set)  # word classes covering this unit
    in_cue: bool = False


@dataclass(slots=True)
class CueMatch:
    relation: str
    frame: str
    first: int  # first unit index
    last: int  # last unit index (inclusive)
    phrase: str
    tail: tuple[tuple[int, int], ...] = ()  # unit spans of a split cue's later parts


@dataclass(slots=True)
class SentenceUnits:
    index: int
    sentence: Sentence
    units: list[Unit]
    cues: list[CueMatch]
    spans: dict[str, list[tuple[int, int]]]  # word class → unit spans (first, last)


def build_units(text: str, sentence: Sentence, index: int, mentions: list[Mention], lex: Lexicon) -> SentenceUnits:
    units: list[Unit] = []
    append = units.append
    offset = sentence.start
    sentence_text = text[sentence.start:sentence.end]
    low = lower(sentence_text)  # indexed by offsets relative to the sentence

    # callers pass the sentence's own mentions (or all: filtered here, cheaply when few)
    ms = mentions if all(m.sentence == index for m in mentions) else [m for m in mentions if m.sentence == index]
    mpos = 0
    n_ms = len(ms)
    m = ms[0] if ms else None
    m_start = m.start - offset if m is not None else 0
    m_end = m.end - offset if m is not None else 0
    for tok in TOKEN.finditer(sentence_text):
        a, b = tok.span()
        if m is not None and m_end <= a:
            while mpos < n_ms and ms[mpos].end - offset <= a:
                mpos += 1
            m = ms[mpos] if mpos < n_ms else None
            if m is not None:
                m_start, m_end = m.start - offset, m.end - offset
        if m is None or m_start >= b:
            append(Unit(a + offset, b + offset, low[a:b]))
            continue
        # The token overlaps a mention: emit the mention once, and what sticks out as words.
        if a < m_start:
            key = low[a:m_start].strip("-'")
            if key:
                append(Unit(a + offset, m.start, key))
        if not units or units[-1].mention is not m:
            # a sector word stays readable by cue phrases ("cloud provider for", "buys chips from")
            key = low[m_start:m_end] if m.kind == "industry" else ENTITY_PLACEHOLDER
            if key:
                append(Unit(m.start, m.end, key, m))
        if b > m_end:
            rest = low[m_end:b].lstrip("-")
            if rest and rest not in "'":
                append(Unit(b + offset - len(rest), b + offset, rest))
    heads = lex.words.get("compound_heads")
    if heads:
        _read_compound_heads(units, heads, lex.vocabulary)
    cues, spans = _match_phrases(units, lex)
    return SentenceUnits(index, sentence, units, cues, spans)


def _read_compound_heads(units: list[Unit], heads: frozenset[str], known: frozenset[str]) -> None:
    """German "Antriebssparte", "Billigkonkurrenten", "Stahl-Tochter": a compound the lexicon does not
    list reads as its relational head ("sparte", "konkurrenten", "tochter"), so the cues of the
    head ("sparte von", "konkurrenten des") reach it. Compounds the lexicon lists keep their reading."""
    for u in units:
        key = u.key
        if u.mention is not None or len(key) < 6 or key in known or not key.replace("-", "").isalpha():
            continue
        tail = key.rsplit("-", 1)[-1]
        if tail != key and tail in heads:
            u.key = tail
            continue
        for cut in range(3, len(key) - 3):
            if key[cut:] in heads:
                u.key = key[cut:]
                break


SPLIT_REACH = 10  # units between the parts of a split cue ("neemt X voor 2 miljard over")
# ... or more when names and list punctuation fill the gap ("zählt A, B und den Versicherer C zu
# seinen Kunden"): at most LIST_REACH units, of which at most LIST_WORDS ordinary words
LIST_REACH, LIST_WORDS = 16, 7


def _find_rest(joined: str, starts: list[int], ends: dict[int, int], units: list[Unit], last: int,
               rest: tuple[str, ...], list_words: frozenset[str] | None = None):
    """Unit spans of the later parts of a split cue, in order, within reach and the clause."""
    spans: list[tuple[int, int]] = []
    pos = last
    for part in rest:
        # most split cues' first parts come without their later parts: one find says so
        if pos + 1 >= len(starts) or joined.find(part, starts[pos + 1]) < 0:
            return None
        n = part.count(" ") + 1
        size = len(part)
        found = None
        words = 0
        for i in range(pos + 1, min(len(units) - n + 1, last + 1 + LIST_REACH)):
            if units[i].key in (".", ";"):
                break
            if list_words is not None and units[i].key == "," and i > pos + 1 and units[i - 1].mention is not None \
                    and (i + 1 >= len(units) or units[i + 1].mention is None and units[i + 1].key not in list_words):
                # "met ketens als A en B, concurreert ...": a comma after a name, not going on with
                # another name or its article, closes an aside and ends the gap (verb-second languages)
                break
            if i > last + SPLIT_REACH and words > LIST_WORDS:
                break
            # the n units from i, joined, spell the part: compared in place in the joined keys
            if joined.startswith(part, starts[i]) and ends.get(starts[i] + size) == i + n - 1:
                found = (i, i + n - 1)
                break
            if units[i].mention is None and units[i].key[:1].isalnum():
                words += 1
        if found is None:
            return None
        spans.append(found)
        pos = found[1]
    return tuple(spans)


def _drop_contained(spans: dict[str, list[tuple[int, int]]]) -> dict[str, list[tuple[int, int]]]:
    """A word-class phrase inside a longer phrase of another class is not read on its own:
    "comme" in "tout comme" is not "such as"."""
    long = [(a, b, cls) for cls, lst in spans.items() for a, b in lst if b > a]
    if not long:
        return spans
    out: dict[str, list[tuple[int, int]]] = {}
    for cls, lst in spans.items():
        for a, b in lst:
            for c, d, other in long:
                if c <= a and b <= d and d - c > b - a and other != cls and not _nested_ok(cls, other):
                    break
            else:
                out.setdefault(cls, []).append((a, b))
    return out


def _nested_ok(inner: str, outer: str) -> bool:
    # "de" (of) inside "de la" may stand; "not" inside "not only" may not. An anaphor inside a
    # descriptive determiner ("el grupo" in "el grupo alemán") stands: without a name after the
    # description, it is the anaphor (extract.py decides).
    return inner in ("of_words", "conjunctions") or outer in ("role_titles",) or (
        outer == "determiners" and inner in ("anaphors", "group_anaphors", "big_anaphors", "small_anaphors"))


@lru_cache(maxsize=16)
def _bounded_automaton(lex: Lexicon):
    """The phrase automaton with each key between spaces: over " joined keys ", it reports only
    phrases that start and end at unit boundaries (most raw hits of short words fall inside
    longer words). Values: (key length, values)."""
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for key, (_, values) in phrase_automaton(lex).items():
        automaton.add_word(f" {key} ", (len(key), key, values))
    automaton.make_automaton()
    return automaton


def _match_phrases(units: list[Unit], lex: Lexicon):
    list_words = (lex.words.get("determiners", frozenset()) | lex.words.get("conjunctions", frozenset())
                  if lex.verb_second else None)
    starts: list[int] = []
    start_index: dict[int, int] = {}
    end_index: dict[int, int] = {}
    pos = 0
    for i, u in enumerate(units):
        starts.append(pos)
        start_index[pos] = i
        pos += len(u.key)
        end_index[pos] = i
        pos += 1
    joined = " ".join(u.key for u in units)
    raw_cues: list[CueMatch] = []
    spans: dict[str, list[tuple[int, int]]] = {}
    tails: dict[tuple[int, tuple[str, ...]], tuple | None] = {}  # split-cue parts found, per place
    for end, (size, key, values) in _bounded_automaton(lex).iter(f" {joined} "):
        # `end` is the closing space: the phrase spans joined[end - size - 1:end - 1]
        first = start_index.get(end - size - 1)
        if first is None:
            continue
        last = end_index.get(end - 1)
        if last is None:
            continue
        for kind, a, b, rest in values:
            if kind == "class" and not rest:
                spans.setdefault(a, []).append((first, last))
            elif kind == "class":
                tail = tails.get((last, rest), False)
                if tail is False:
                    tail = tails[(last, rest)] = _find_rest(joined, starts, end_index, units, last, rest, list_words)
                if tail is not None:  # "weist ... zurück": both parts carry the class
                    spans.setdefault(a, []).append((first, last))
                    spans[a].extend(tail)
            elif not rest:
                raw_cues.append(CueMatch(a, b, first, last, key))
            else:
                tail = tails.get((last, rest), False)
                if tail is False:
                    tail = tails[(last, rest)] = _find_rest(joined, starts, end_index, units, last, rest, list_words)
                if tail is not None:
                    raw_cues.append(CueMatch(a, b, first, last, key, tail))
    # Longest cue wins where cues overlap ("le rachat de" over "rachat de").
    # A split cue counts with its tail: "bought ... from" (a purchase of goods) beats "bought".
    raw_cues.sort(key=lambda c: (-((c.tail[-1][1] if c.tail else c.last) - c.first), -len(c.phrase), c.first))
    cues: list[CueMatch] = []
    taken: set[int] = set()
    for c in raw_cues:
        span = set(range(c.first, c.last + 1))
        if span & taken:
            # a second reading of the very same words (e.g. NOUN and SVO) is kept too
            if not any(o.first == c.first and o.last == c.last and o.tail == c.tail for o in cues):
                continue
        cues.append(c)
        taken |= span
    for c in cues:
        for i in range(c.first, c.last + 1):
            units[i].in_cue = True
            if units[i].mention is not None:
                units[i].mention = None  # a sector word read as part of a cue is not a sector
        for a, b in c.tail:
            for i in range(a, b + 1):
                units[i].in_cue = True
    spans = _drop_contained(spans)
    for cls, lst in spans.items():
        for a, b in lst:
            for i in range(a, b + 1):
                units[i].classes.add(cls)
    cues.sort(key=lambda c: c.first)
    return cues, spans
