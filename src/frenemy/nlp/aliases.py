"""The registry alias pass: every registry name, alias and sector name found in the folded text,
kept where the case fits and the longest wins."""

from __future__ import annotations

import re
from functools import lru_cache

from frenemy.knowledge.registry import AliasIndex, Registry, first_names, unit_words
from frenemy.lang import Lexicon
from frenemy.model import Mention
from frenemy.nlp.places import may_open_place, opens_place
from frenemy.nlp.text import EDGE, fold, lower, word_edges
from frenemy.nlp.tokens import token_key

_STOP, _INDUSTRY, _ENTRY = 0, 1, 2


def registry_mentions(text: str, registry: Registry, lang: str, lex: Lexicon,
                      sentence_starts: set[int]) -> list[Mention]:
    """Registry names, aliases and sector names standing as whole words in `text`, the longest of
    overlapping ones, places dropped; in text order.

    Python works per whole-word hit only: one automaton pass over the word-edge copy of the folded
    text (AliasIndex) skips keys inside longer words, and what a surface string may become is
    worked out once (_Choices) and reused across the corpus."""
    folded = fold(text)
    index = registry.alias_index(lang, _adjective_endings(lex), lex.home_countries)
    table = index.table
    choices = _choices(index, lex, registry)
    get = choices.get
    given = first_names()
    low = None
    found: list[tuple] = []
    append = found.append
    for p, ends in index.automaton.iter(EDGE + word_edges(folded) + EDGE):
        for back, trail, plain in ends:
            start = p - back
            end = p - trail
            surface = text[start:end]
            if plain:
                # an ASCII key of letters and digits: the hit is that key, the surface tells it
                options = get(surface)
                if options is None:
                    options = choices.add(plain, surface, surface)
            else:
                key = folded[start:end]
                if key not in table:
                    continue  # another key of the same word-edge form ("at-t" for "at&t")
                slot = (key, surface)
                options = get(slot)
                if options is None:
                    options = choices.add(key, surface, slot)
            given_before = None
            for action, kind, target, viet, opens in options:
                if viet is not None:
                    if low is None:
                        low = lower(text)
                    if low[start:end] != viet:
                        continue  # Vietnamese accents are meaning, not decoration
                if action == _ENTRY:
                    if given_before is None:
                        given_before = False
                        if start > 0 and text[start - 1] == " ":
                            previous = text[max(0, start - 25):start].rsplit(None, 1)
                            given_before = bool(previous) and previous[-1] in given
                    if given_before:
                        continue  # "Michael Dell", "Harrison Ford": a person named like a company
                    if surface.islower() and text[max(0, start - 2):start].strip()[-1:].isdigit():
                        continue  # "3 dm": after a number a lower-case name is a unit
                    if surface.isupper() and _in_acronym_compound(text, start, end):
                        continue  # "AP-HP" is one name, neither Associated Press nor HP
                    if surface in choices.registry.entries[target].homonyms and not surface.isupper() \
                            and _possessed(text, start, lex):
                        continue  # "unser zweitgrößter Carrier", "its main carrier": a possessed noun, no company
                    if surface in given and _surname_follows(text, end) and _after_title(text, start, lex):
                        continue  # "oprichter Lotte Brinkman": a given name, also a company, opens a person's name
                    append((start, end, surface, kind, target, opens))
                elif action == _INDUSTRY:
                    append((start, end, surface, "industry", target, False))
                break
    out = []
    add = out.append
    for start, end, surface, kind, target, opens in _longest_first(found):
        # 'United' in 'the United States' is no airline: a name that starts a longer place name is the place
        if opens and text[end:end + 1] == " " and opens_place(surface, *text[end + 1:end + 40].split()[:2]):
            continue
        if kind == "industry":
            add(Mention(start, end, surface, kind, 0, target, 0.9, "industry"))
        else:
            add(Mention(start, end, surface, kind, 0, target, 1.0, "registry"))
    return out


def _possessed(text: str, start: int, lex: Lexicon) -> bool:
    """A possessive right before `start`, or before one lower-case word there ("unser zweitgrößter")."""
    raw = text[max(0, start - 40):start].split()[-2:]
    previous = [token_key(w) for w in raw]
    owners = lex.words.get("possessives", frozenset()) | lex.words.get("first_person", frozenset())
    if not previous:
        return False
    if previous[-1] in owners:
        return True
    # (not "unser Partner Carrier": a capitalised noun before the name describes it)
    return len(previous) == 2 and previous[0] in owners and raw[1].isalpha() and raw[1].islower()


def _in_acronym_compound(text: str, start: int, end: int) -> bool:
    """The hit is one part of a hyphenated run of acronyms ("AP-HP", "SNCF-RATP"): not a name alone."""
    a, b = start, end
    while a > 1 and text[a - 1] == "-" and text[a - 2].isupper():
        a -= 2
        while a > 0 and (text[a - 1].isupper() or text[a - 1].isdigit()):
            a -= 1
    while b + 1 < len(text) and text[b] == "-" and text[b + 1].isupper():
        b += 2
        while b < len(text) and (text[b].isupper() or text[b].isdigit()):
            b += 1
    if (a, b) == (start, end) or b < len(text) and text[b].isalpha():
        return False
    return all(part.isupper() for part in text[a:b].split("-"))


def _surname_follows(text: str, end: int) -> bool:
    """A capitalised word, not a business-unit word ("Lotte Chemical"), right after `end`, maybe
    after surname particles ("Lotte de Vries")."""
    m = _SURNAME.match(text, end)
    return m is not None and m.group(1).lower() not in unit_words()


_SURNAME = re.compile(r" (?:(?:van|de|der|den|ter|ten|'t|von|di|da|le) )*([A-ZÀ-Ý][a-zà-ÿ]+)(?![\w-])")


def _after_title(text: str, start: int, lex: Lexicon) -> bool:
    """The word before `start` is a role title or honorific, alone or as a compound's tail
    ("Proteyn-oprichter", "topvrouw")."""
    previous = text[max(0, start - 40):start].split()
    if not previous:
        return False
    word = token_key(previous[-1]).rsplit("-", 1)[-1]
    return word in lex.words.get("role_titles", frozenset()) or word in lex.words.get("honorifics", frozenset())


class _Choices(dict):
    """What a hit of a surface may become, by (folded key, surface), or by the surface alone where
    it tells the key: in the table's order, (action, kind, target, lower-cased Vietnamese form or
    None, may open a place name). What depends only on the surface (its case against the form, a
    language's own small word) is settled once; the Vietnamese accents and a given name before
    the hit are read per hit."""

    def __init__(self, index: AliasIndex, lex: Lexicon, registry: Registry):
        super().__init__()
        self.index, self.lex, self.registry = index, lex, registry

    def add(self, key: str, surface: str, slot: str | tuple[str, str]) -> tuple:
        values = self.index.table[key]
        options = []
        for kind, target, form, vietnamese in values:
            viet = _lower_form(form) if vietnamese else None
            if kind == "industry":
                if surface.islower() and token_key(surface) in _function_words(self.lex):
                    # Italian "ai" (to the) is no "AI": a language's own small word wins
                    options.append((_STOP, "", "", viet, False))
                else:
                    options.append((_INDUSTRY, "industry", f"industry:{target}", viet, False))
                if viet is None:
                    break  # what follows is never reached
                continue
            entry = self.registry.entries[target]
            if surface.casefold() != form.casefold() and token_key(surface) in self.lex.words.get(
                    "stop_capitals", frozenset()):
                continue  # German "Über" (about) is no "Uber": only the folding made them equal
            if _case_ok(surface, form, form in entry.homonyms):
                options.append((_ENTRY, entry.kind, target, viet, may_open_place(surface)))
        if len(self) > 200_000:
            self.clear()  # a bound on memory for endless streams of odd surfaces
        self[slot] = options = tuple(options)
        return options


@lru_cache(maxsize=16)
def _choices(index: AliasIndex, lex: Lexicon, registry: Registry) -> _Choices:
    return _Choices(index, lex, registry)


@lru_cache(maxsize=16)
def _adjective_endings(lex: Lexicon) -> tuple[str, ...]:
    return tuple(sorted(lex.words.get("adjective_endings", ())))


@lru_cache(maxsize=16)
def _function_words(lex: Lexicon) -> frozenset[str]:
    """Articles, prepositions and other small words of the language: never a sector name."""
    classes = ("articles", "of_words", "in_words", "agent_words", "with_words", "conjunctions")
    # determiners also hold descriptive nouns ("banques"): only their short words are function words
    short = {w for w in lex.words.get("determiners", frozenset()) if len(w) <= 3}
    return frozenset(short).union(*(lex.words.get(c, frozenset()) for c in classes))


@lru_cache(maxsize=65536)
def _lower_form(form: str) -> str:
    return lower(form)


def _case_ok(surface: str, form: str, homonym: bool) -> bool:
    if surface == form:
        return True
    if homonym:
        return False
    if form.isupper() and len(form) <= 5 and not surface.isupper():
        return False  # "Ses concurrents" is not SES: an acronym is written in capitals
    last = form.rsplit(" ", 1)[-1]
    if " " in form and last.isupper() and len(last) <= 3 and not surface.rsplit(" ", 1)[-1].isupper():
        return False  # "Airbus se lance", "Orange sa filiale": a legal suffix is written in capitals
    # "AMAZON" in a headline or "Amazon web services" are fine; "amazon" the river is not.
    return surface[:1].isupper() or surface[:1].isdigit()


def _longest_first(found: list[tuple]) -> list[tuple]:
    """Of overlapping hits (start, end, ...) the longest wins, a company over a sector of the same
    length, then the leftmost; in text order. Hits overlap in small groups, so the rule runs per
    group of hits chained by overlaps: a hit overlapping none (most) stands as it is."""
    found.sort()  # by start first: tuples compare in C
    out: list[tuple] = []
    append = out.append
    i, n = 0, len(found)
    while i < n:
        hit = found[i]
        j, reach = i + 1, hit[1]
        while j < n and found[j][0] < reach:
            if found[j][1] > reach:
                reach = found[j][1]
            j += 1
        if j == i + 1:
            append(hit)
        elif j == i + 2:
            # two overlapping hits (most groups): the one _longest_of_group would rank first
            other = found[i + 1]
            append(other if _rank(other) < _rank(hit) else hit)
        else:
            out.extend(_longest_of_group(found[i:j]))
        i = j
    return out


def _rank(hit: tuple) -> tuple:
    """The longest first, a company before a sector of the same length, then the leftmost."""
    return hit[0] - hit[1], hit[3] == "industry", hit[0]


def _start(hit: tuple) -> int:
    return hit[0]


def _longest_of_group(group: list[tuple]) -> list[tuple]:
    group.sort(key=_rank)
    taken: list[tuple] = []
    for hit in group:
        if all(hit[1] <= t[0] or t[1] <= hit[0] for t in taken):
            taken.append(hit)
    return sorted(taken, key=_start)
