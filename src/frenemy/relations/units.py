"""A sentence as a sequence of units: words, and mentions standing for one entity each.

Cue phrases and word classes of the language are matched on the space-joined unit keys, so a
cue never matches inside a company name and a mention is one slot however many words it has.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from frenemy.lang import Lexicon, phrase_automaton
from frenemy.model import Mention, Sentence
from frenemy.nlp.text import lower
from frenemy.nlp.tokens import tokenize

ENTITY_PLACEHOLDER = "\u2063e"  # invisible separator + e: no cue phrase can contain it
NO_CLASSES: frozenset[str] = frozenset()


@dataclass(slots=True)
class Unit:
    start: int
    end: int
    key: str
    mention: Mention | None = None
    # word classes covering this unit; most units have none and share one empty set
    classes: set[str] | frozenset[str] = NO_CLASSES
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
    keys: list[str] = field(default_factory=list)  # the units' keys, in order: for lookups by word
    # word class → the units it covers: "is unit i of class c" is one set lookup (frames ask it often)
    at: dict[str, set[int]] = field(default_factory=dict)


def build_units(text: str, sentence: Sentence, index: int, mentions: list[Mention], lex: Lexicon) -> SentenceUnits:
    offset = sentence.start
    sentence_text = text[sentence.start:sentence.end]
    low = lower(sentence_text)  # indexed by offsets relative to the sentence

    # callers pass the sentence's own mentions (or all: filtered here, cheaply when few)
    ms = mentions if all(m.sentence == index for m in mentions) else [m for m in mentions if m.sentence == index]
    tokens = tokenize(sentence_text)
    if not ms:  # no names: every token is a word
        units = _words(tokens, low, offset, lex)
    else:
        units = _units_around(tokens, [b for _, b in tokens], low, offset, ms, lex)
    if (lex.genitive_s or lex.words.get("genitive_endings")) and "'" in sentence_text:
        _apostrophe_genitives(units, text)
    if lex.words.get("inserted_adverbs"):
        units = _without_inserted_adverbs(units, lex)
    if lex.words.get("time_prepositions"):
        units = _without_inserted_dates(units, lex)
    keys = [u.key for u in units]
    cues, spans, at = _match_phrases(units, keys, lex)
    return SentenceUnits(index, sentence, units, cues, spans, keys, at)


def _apostrophe_genitives(units: list[Unit], text: str) -> None:
    """"Siemens' Mireo platform", "Siemens' Mireo-Plattform": a lone apostrophe right after a company's
    name ending in s, x or z, then a space, is that name's genitive, read as "'s"."""
    for i in range(1, len(units) - 1):
        u, before = units[i], units[i - 1]
        if u.key == "'" and before.mention is not None and before.mention.kind == "company" \
                and before.end == u.start and before.mention.text[-1:].lower() in ("s", "x", "z") \
                and text[u.end:u.end + 1] == " " and units[i + 1].key != "'":
            u.key = "'s"


def _units_around(tokens: list[tuple[int, int]], token_ends: list[int], low: str, offset: int,
                  ms: list[Mention], lex: Lexicon) -> list[Unit]:
    """Words and mentions in order: a mention is one unit, the parts of its tokens sticking out
    of it are words. Runs of tokens before a mention, or inside one, are found by bisection."""
    units: list[Unit] = []
    append = units.append
    mpos = 0
    n_ms = len(ms)
    m: Mention | None = ms[0]
    m_start, m_end = m.start - offset, m.end - offset
    i, n = 0, len(tokens)
    while i < n:
        a, b = tokens[i]
        if m is not None and m_end <= a:
            while mpos < n_ms and ms[mpos].end - offset <= a:
                mpos += 1
            m = ms[mpos] if mpos < n_ms else None
            if m is not None:
                m_start, m_end = m.start - offset, m.end - offset
        if m is None:
            units.extend(_words(tokens[i:], low, offset, lex))
            break
        if m_start >= b:
            # the tokens ending before the mention starts are words
            k = bisect_right(token_ends, m_start, i)
            units.extend(_words(tokens[i:k], low, offset, lex))
            i = k
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
        elif units and units[-1].mention is m:
            # the mention's later tokens add nothing: skip to the first one ending past it
            i = bisect_right(token_ends, m_end, i + 1)
            continue
        i += 1
    return units


def _without_inserted_adverbs(units: list[Unit], lex: Lexicon) -> list[Unit]:
    """"L'Oréal a ensuite racheté X", "a finalement choisi": a light adverb between an auxiliary
    and its participle is read past, so the compound verb's cue phrase ("a racheté") matches."""
    adverbs = lex.words["inserted_adverbs"]
    auxiliaries = lex.words.get("auxiliaries", frozenset())
    endings = tuple(lex.words.get("participle_endings", ()))
    prepositions = _verb_prepositions(lex)
    out: list[Unit] = []
    n = len(units)
    skip_to = -1
    for i, u in enumerate(units):
        if i <= skip_to:
            continue
        if u.key == "," and out and out[-1].mention is None and out[-1].key in auxiliaries:
            # "Orange a, de son côté, signé avec Netflix": a short aside between the auxiliary and
            # its participle is read past too
            k = next((k for k in range(i + 1, min(i + 6, n)) if units[k].key in (",", ".", ";", ":")), None)
            if k is not None and units[k].key == "," and k + 1 < n and units[k + 1].mention is None \
                    and units[k + 1].key.endswith(endings) and all(units[m].mention is None for m in range(i + 1, k)):
                skip_to = k
                continue
        if u.mention is None and u.key in adverbs and out and out[-1].mention is None:
            j = i + 1
            while j < n and units[j].mention is None and units[j].key in adverbs:
                j += 1  # "a ensuite discrètement racheté"
            if j < n and units[j].mention is None and out[-1].key in auxiliaries and units[j].key.endswith(endings):
                continue
            if j < n and units[j].mention is None and units[j].key in prepositions \
                    and out[-1].key[:1].isalpha() and out[-1].key not in adverbs:
                continue  # "collabore déjà avec", "s'appuie désormais sur": the verb's preposition follows
        out.append(u)
    return out


def _is_year(key: str) -> bool:
    return len(key) == 4 and key.isdigit() and key[:2] in ("19", "20")


def _without_inserted_dates(units: list[Unit], lex: Lexicon) -> list[Unit]:
    """"owned since 2019 by X", "propiedad desde 2024 del fondo X", "Tochter seit 2020 von X": a date
    between two words of a phrase is read past, so the phrase's cue and its party meet as without it."""
    preps = lex.words["time_prepositions"]
    n = len(units)
    drop: set[int] = set()
    for i, u in enumerate(units):
        if u.mention is not None or u.key not in preps or i == 0:
            continue
        j = i + 1
        while j < n and units[j].mention is None and units[j].key in preps:
            j += 1  # "từ năm 2019", "fino al 2030"
        durations = lex.words.get("durations", frozenset())
        k = next((k for k in (j + 2, j + 1) if k <= n and all(x.mention is None for x in units[j:k])
                  and " ".join(x.key for x in units[i:k]) in durations), None)
        if k is not None:
            j = k - 1  # "da anni", "seit Jahren", "depuis des années": a span of time, no date
        elif j < n and units[j].mention is None and units[j].key in lex.months:
            j += 1  # "since March 2019"
        if k is None and not (j < n and units[j].mention is None and _is_year(units[j].key)):
            continue
        before, after = units[i - 1], units[j + 1] if j + 1 < n else None
        if before.mention is None and before.key[:1].isalpha() and after is not None \
                and after.mention is None and after.key[:1].isalpha():
            drop.update(range(i, j + 1))
    return [u for k, u in enumerate(units) if k not in drop] if drop else units


@lru_cache(maxsize=16)
def _verb_prepositions(lex: Lexicon) -> frozenset[str]:
    """First words of the prepositions a verb cue ends in (with, by, for, in, and their contracted forms)."""
    classes = ("with_words", "agent_words", "purposes", "in_words")
    return frozenset(p.split(" ")[0] for c in classes for p in lex.words.get(c, ())) | lex.articulated


def _compound_head(key: str, lex: Lexicon) -> str:
    """'pakketdochter', 'benelux-tak' read as their relational head ('dochter', 'tak'), so that
    the cue phrases of the head ("dochter van") cover every compound of it."""
    if not key.endswith(_head_suffixes(lex)):
        return key  # one C-level test for all heads: most words end in none
    if key in lex.vocabulary or key in _description_nouns(lex):
        # a compound the lexicon lists itself ("moederbedrijf", "dochterbedrijf", "het familiebedrijf")
        # keeps its sense
        return key
    for head, hyphen in _heads(lex):
        if key.endswith(head) and len(key) > len(head) + 2 and (key[-len(head) - 1] == "-" or not hyphen):
            return head
    return key


@lru_cache(maxsize=16)
def _description_nouns(lex: Lexicon) -> frozenset[str]:
    """The nouns of the two-word company descriptions ('familiebedrijf' of 'het familiebedrijf')."""
    return frozenset(phrase.split(" ")[1] for phrase in _described(lex))


@lru_cache(maxsize=16)
def _heads(lex: Lexicon) -> tuple[tuple[str, bool], ...]:
    heads = [(h[2:], True) if h.startswith("- ") else (h, False) for h in lex.words.get("compound_heads", ())]
    return tuple(sorted(heads, key=lambda h: -len(h[0])))


@lru_cache(maxsize=16)
def _head_suffixes(lex: Lexicon) -> tuple[str, ...]:
    return tuple(head for head, _ in _heads(lex))


def _words(tokens: list[tuple[int, int]], low: str, offset: int, lex: Lexicon) -> list[Unit]:
    """Tokens outside any mention as word units; a long word may read as its compound's head."""
    if not _heads(lex):
        return [Unit(a + offset, b + offset, low[a:b]) for a, b in tokens]
    out = []
    for a, b in tokens:
        key = low[a:b]
        out.append(Unit(a + offset, b + offset, _compound_head(key, lex) if len(key) > 6 else key))
    return out


# The word classes of company descriptions ("the group", "le groupe", "het concern")
DESCRIPTIONS = ("anaphors", "group_anaphors", "big_anaphors", "small_anaphors")


@lru_cache(maxsize=16)
def _described(lex: Lexicon) -> dict[str, tuple[str, ...]]:
    """'het concern' → the classes of the description, for every two-word one (article + head)."""
    out: dict[str, tuple[str, ...]] = {}
    for cls in DESCRIPTIONS:
        for phrase in lex.words.get(cls, ()):
            if phrase.count(" ") == 1:
                out[phrase] = (*out.get(phrase, ()), cls)
    return out


@lru_cache(maxsize=16)
def _description_openers(lex: Lexicon) -> frozenset[str]:
    return frozenset(phrase.split(" ", 1)[0] for phrase in _described(lex))


def _adjective_anaphors(units: list[Unit], lex: Lexicon, spans: dict[str, list[tuple[int, int]]]) -> None:
    """'de coöperatieve bank', 'het Zwitserse concern': a description of the lexicon ('de bank', 'het
    concern') with an inflected adjective after its article reads as that description."""
    described = _described(lex)
    openers = _description_openers(lex)  # the articles, and German "des" ("des vereinten Konzerns")
    endings = lex.words.get("adjective_endings", frozenset())
    for i in range(len(units) - 2):
        if units[i].key not in openers:
            continue
        adjective, head = units[i + 1], units[i + 2]
        if adjective.mention is not None or head.mention is not None and head.mention.kind != "industry" \
                or not _inflected(adjective.key, endings) \
                or not adjective.key.replace("-", "").isalpha() or len(adjective.key) < 4:
            continue
        if not adjective.key.endswith("e") and i + 3 < len(units) and units[i + 3].mention is not None:
            continue  # "das Münchner Start-up Codevia": the description of the name after it
        for cls in described.get(f"{units[i].key} {head.key}", ()):
            if (i, i + 2) not in spans.get(cls, ()):
                spans.setdefault(cls, []).append((i, i + 2))
    # "der hoch verschuldete Zulieferer", "die große deutsche Bank": an adverb or another inflected
    # adjective before the adjective
    for i in range(len(units) - 3):
        if units[i].key not in openers:
            continue
        first, adjective, head = units[i + 1], units[i + 2], units[i + 3]
        if first.mention is not None or adjective.mention is not None or first.classes or first.in_cue \
                or head.mention is not None and head.mention.kind != "industry" \
                or not first.key.isalpha() or not adjective.key.replace("-", "").isalpha() \
                or not _inflected(adjective.key, endings) or len(adjective.key) < 4:
            continue
        if i + 4 < len(units) and units[i + 4].mention is not None or i > 0 and units[i - 1].key == ",":
            continue  # a description of the name after it, or of the one before ("X, de Amsterdamse digitale bank")
        for cls in described.get(f"{units[i].key} {head.key}", ()):
            if (i, i + 3) not in spans.get(cls, ()):
                spans.setdefault(cls, []).append((i, i + 3))


def _inflected(word: str, endings: frozenset[str]) -> bool:
    """An adjective's form after an article: "-e", or "-e" and a case ending ("des vereinten Konzerns")."""
    return word.endswith("e") or word[-1:] in endings and word[:-1].endswith("e")


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


def _other_particle(keys: list[str], last: int, rest: tuple[str, ...], lex: Lexicon) -> bool:
    """"stapt over op X voor betalingen in de winkel": a particle right after the verb, before a
    preposition, makes it another separable verb ("overstappen"), so a split cue ending on a
    different particle ("stapt ... in") does not read there."""
    particles = lex.words.get("particles", frozenset())
    if not particles or rest[-1] not in particles or last + 2 >= len(keys):
        return False
    nxt, after = keys[last + 1], keys[last + 2]
    return nxt in particles and nxt != rest[-1] and after in lex.words.get("stop_capitals", frozenset()) \
        and after not in lex.words.get("articles", frozenset()) and after.isalpha()


def _function_word(units: list[Unit], lex: Lexicon, a: int, b: int) -> bool:
    """"continuerà ad appoggiarsi": a title that is also a function word ("ad", amministratore delegato)
    is a title only after an article ("l'ad") or before a name or "of" ("ad Walter Renna", "ad di Tim")."""
    if a != b or units[a].key not in lex.words["homograph_titles"]:
        return False
    if a > 0 and (units[a - 1].key in lex.words.get("articles", ()) or units[a - 1].key.endswith("'")):
        return False
    nxt = units[b + 1] if b + 1 < len(units) else None
    return nxt is None or nxt.mention is None and nxt.key not in lex.words.get("of_words", ())


def _parenthetical(units: list[Unit], a: int, b: int) -> bool:
    """"Sabre, por su parte, niega ...", "Sacyr, en cambio, ha descartado ...": a connective set off
    by commas right after a name opening the sentence contrasts with what came before; the name
    is still the subject of the verb after it, so it breaks no clause."""
    return a == 2 and units[0].mention is not None and units[1].key == "," \
        and b + 1 < len(units) and units[b + 1].key == ","


def _drop_contained(spans: dict[str, list[tuple[int, int]]]) -> dict[str, list[tuple[int, int]]]:
    """A word-class phrase inside a longer phrase of another class is not read on its own:
    "comme" in "tout comme" is not "such as"."""
    long = [(a, b, cls) for cls, lst in spans.items() for a, b in lst if b > a]
    if not long:
        return spans
    out: dict[str, list[tuple[int, int]]] = {}
    # "du" in "du groupe" stays a determiner: a contraction of "of" and the article
    contracted = set(spans.get("of_words", ())) & set(spans.get("determiners", ()))
    # the longer phrases covering each unit: a phrase can only lie inside those covering its start
    covering: dict[int, list[tuple[int, int, str]]] = {}
    for c, d, other in long:
        for i in range(c, d + 1):
            covering.setdefault(i, []).append((c, d, other))
    for cls, lst in spans.items():
        for a, b in lst:
            around = covering.get(a)
            if around is not None and any(
                    b <= d and d - c > b - a and other != cls and not _nested_ok(cls, other)
                    and not (cls == "determiners" and other in DESCRIPTIONS and (a, b) in contracted)
                    for c, d, other in around):
                continue
            out.setdefault(cls, []).append((a, b))
    return out


def _nested_ok(inner: str, outer: str) -> bool:
    # "de" (of) inside "de la" may stand; "not" inside "not only" may not. An anaphor inside a
    # descriptive determiner ("el grupo" in "el grupo alemán") stands: without a name after the
    # description, it is the anaphor (extract.py decides).
    # "el gigante" inside the big anaphor "el gigante estadounidense" stands too: the size class
    # only says which company the anaphor speaks of
    # "analyste" in the source phrase "analyste de" stays a title: "X, analyste de Y" holds a role
    return inner in ("of_words", "conjunctions") or outer in ("role_titles",) or (
        inner == "role_titles" and outer == "sources") or (
        outer in ("determiners", *DESCRIPTIONS) and inner in DESCRIPTIONS)


def _sellerless(units: list[Unit], keys: list[str], last: int, tail: tuple[tuple[int, int], ...],
                lex: Lexicon) -> bool:
    """A split cue ending on the seller's preposition ("buys ... from", "compra ... da") whose gap
    holds a company and whose preposition is followed by no name within three units: the
    preposition is another phrase's ("compra X, la sfida passa dalle capsule"), so the split
    reading is none (the company in the gap is what the plain verb acts on)."""
    end = tail[-1][1]
    if keys[end] not in lex.words.get("seller_words", frozenset()):
        return False
    def named(i: int) -> bool:
        return units[i].mention is not None and units[i].mention.kind != "industry"

    ahead = range(end + 1, min(end + 4, len(units)))
    if not any(named(i) for i in range(last + 1, tail[0][0])) or any(named(i) for i in ahead):
        return False
    anaphors = lex.words.get("anaphors", frozenset()) | lex.words.get("pronouns", frozenset())
    return not any(" ".join(keys[i:j]) in anaphors for i in ahead for j in range(i + 1, min(i + 4, len(keys)) + 1))


@lru_cache(maxsize=16)
def _list_words(lex: Lexicon) -> frozenset[str]:
    """What may go on a list of names in a verb-second language: its articles and "and"."""
    return lex.words.get("determiners", frozenset()) | lex.words.get("conjunctions", frozenset())


def _parts(c: CueMatch) -> set[int]:
    """The units of a cue's first part and of its later parts (a split cue's gaps left out)."""
    return {i for a, b in ((c.first, c.last), *c.tail) for i in range(a, b + 1)}


@lru_cache(maxsize=16)
def _bounded_automaton(lex: Lexicon):
    """The phrase automaton with each key between spaces: over " joined keys ", it reports only
    phrases that start and end at unit boundaries (most raw hits of short words fall inside
    longer words). Values: (key length, key, values, plain): plain lists the word classes when
    the phrase is nothing else (most hits), so they are filed without looking at each value."""
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for key, (_, values) in phrase_automaton(lex).items():
        plain = tuple(a for kind, a, _b, rest in values if kind == "class" and not rest)
        automaton.add_word(f" {key} ", (len(key), key, values, plain if len(plain) == len(values) else None))
    automaton.make_automaton()
    return automaton


def _match_phrases(units: list[Unit], keys: list[str], lex: Lexicon):
    list_words = _list_words(lex) if lex.verb_second else None
    joined = " ".join(keys)
    # unit i spans joined[starts[i]:end]: cumulative key lengths plus one space per unit before;
    # one loop fills the list and both offset → unit maps
    starts: list[int] = []
    start_index: dict[int, int] = {}
    end_index: dict[int, int] = {}
    pos = 0
    for i, key in enumerate(keys):
        starts.append(pos)
        start_index[pos] = i
        pos += len(key)
        end_index[pos] = i
        pos += 1  # the space after the unit
    raw_cues: list[CueMatch] = []
    spans: dict[str, list[tuple[int, int]]] = {}
    tails: dict[tuple[int, tuple[str, ...]], tuple | None] = {}  # split-cue parts found, per place
    for end, (size, key, values, plain) in _bounded_automaton(lex).iter(f" {joined} "):
        # `end` is the closing space: the phrase spans joined[end - size - 1:end - 1]
        first = start_index.get(end - size - 1)
        if first is None:
            continue
        last = end_index.get(end - 1)
        if last is None:
            continue
        if plain is not None:
            for a in plain:
                spans.setdefault(a, []).append((first, last))
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
                if last + 1 >= len(starts) or joined.find(rest[0], starts[last + 1]) < 0:
                    continue  # the later part is nowhere after the first (most split cues' first parts)
                tail = tails.get((last, rest), False)
                if tail is False:
                    tail = tails[(last, rest)] = _find_rest(joined, starts, end_index, units, last, rest, list_words)
                passive = b == "SVO" and last + 1 < len(keys) and keys[last + 1] in lex.words.get("agent_words", ())
                if tail is not None and _sellerless(units, keys, last, tail, lex):
                    continue  # "compra X, la sfida passa dalle capsule": "from" names no seller, no purchase of goods
                if tail is not None and not passive and not _other_particle(keys, last, rest, lex):
                    # "has been approached by X about a merger": a passive verb, not the active split cue
                    raw_cues.append(CueMatch(a, b, first, last, key, tail))
    # "che il gruppo ha rilevato dall'americana X": after an auxiliary a passive participle is active
    # and its agent word names the seller ("ha rilevato da" buys from), so no passive cue starts there
    auxiliaries = lex.words.get("auxiliaries", frozenset())
    agents = lex.words.get("agent_words", frozenset())
    raw_cues = [c for c in raw_cues if c.frame != "OVS" or c.tail or c.first == 0
                or keys[c.first - 1] not in auxiliaries or keys[c.last] not in agents]
    # Longest cue wins where cues overlap ("le rachat de" over "rachat de").
    # A split cue counts with its tail: "bought ... from" (a purchase of goods) beats "bought"; of two
    # reaching as far, the one whose later parts hold more words ("werkt ... samen met" over "werkt ... met").
    raw_cues.sort(key=lambda c: (-((c.tail[-1][1] if c.tail else c.last) - c.first), -len(c.phrase),
                                 -sum(b - a for a, b in c.tail), c.first))
    cues: list[CueMatch] = []
    taken: set[int] = set()
    in_tails: set[int] = set()  # units of split cues' later parts of two words or more
    for c in raw_cues:
        span = set(range(c.first, c.last + 1))
        if span <= in_tails:
            continue  # "renunció el año pasado a comprar": "comprar" is the split cue's own word
        if span & taken:
            # a second reading of the very same words (e.g. NOUN and SVO) is kept too; so is a sector
            # verb that opens a split cue ("verkoopt stroom via X": X's customer, and in energy)
            if not any(o.first == c.first and o.last == c.last and (o.tail == c.tail or c.frame == "IND"
                                                                     and o.tail and o.relation == "customer_of")
                       for o in cues):
                continue
        if c.tail and any(o.tail and o.first < c.first and _parts(c) <= _parts(o) for o in cues):
            continue  # "lässt ... von ... abwickeln": "von ... abwickeln" is made of the longer cue's parts
        cues.append(c)
        taken |= span
        in_tails.update(i for a, b in c.tail if b > a for i in range(a, b + 1))
    # "nhận được lời đề nghị mua lại từ": a cue opening in a split cue's gap and holding its later
    # parts owns those words; the split reading ("được ... mua lại") is no cue
    cues = [c for c in cues if not c.tail or not any(
        not o.tail and o.relation != c.relation and c.last < o.first <= c.tail[0][0] and o.last > c.tail[-1][1]
        for o in cues)]
    # "dat met A en B als grootste concurrent van Y geldt": a relational noun holding a split cue's
    # last part and going on past it ("concurrent van") names the other party; the split reading goes
    cues = [c for c in cues if not c.tail or not any(
        not o.tail and o.frame == "NOUN" and o.first <= c.tail[-1][0] and o.last > c.tail[-1][1]
        for o in cues)]
    for c in cues:
        for i in range(c.first, c.last + 1):
            units[i].in_cue = True
            if units[i].mention is not None:
                units[i].mention = None  # a sector word read as part of a cue is not a sector
        for a, b in c.tail:
            for i in range(a, b + 1):
                units[i].in_cue = True
    if lex.verb_second:
        _adjective_anaphors(units, lex, spans)
    spans = _drop_contained(spans)
    if "role_titles" in spans and lex.words.get("homograph_titles"):
        spans["role_titles"] = [(a, b) for a, b in spans["role_titles"] if not _function_word(units, lex, a, b)]
    if "clause_breaks" in spans:
        spans["clause_breaks"] = [(a, b) for a, b in spans["clause_breaks"] if not _parenthetical(units, a, b)]
    at: dict[str, set[int]] = {}
    for cls, lst in spans.items():
        covered = at[cls] = set()
        for a, b in lst:
            for i in range(a, b + 1):
                covered.add(i)
                u = units[i]
                if u.classes is NO_CLASSES:
                    u.classes = {cls}
                else:
                    u.classes.add(cls)
    cues.sort(key=lambda c: c.first)
    return cues, spans, at
