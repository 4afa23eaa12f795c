"""The registry alias pass: every registry name, alias and sector name found in the folded text,
kept where the case fits and the longest wins."""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

from frenemy.knowledge.registry import Registry, first_names
from frenemy.lang import Lexicon
from frenemy.model import Mention
from frenemy.nlp.places import may_open_place, opens_place
from frenemy.nlp.text import fold, lower
from frenemy.nlp.tokens import token_key


def registry_mentions(text: str, registry: Registry, lang: str, lex: Lexicon,
                       sentence_starts: set[int]) -> list[Mention]:
    folded = fold(text)
    low = lower(text)
    n = len(text)
    given = first_names()
    entries = registry.entries
    found: list[Mention] = []
    endings = tuple(sorted(lex.words.get("adjective_endings", ())))
    for end, (length, values) in registry.alias_automaton(lang, endings).iter(folded):
        start = end - length + 1
        end += 1
        # inline word-boundary test: most raw hits are short aliases inside longer words
        if (start > 0 and text[start - 1].isalnum() and text[start].isalnum()) or (
                end < n and text[end].isalnum() and text[end - 1].isalnum()):
            continue
        surface = text[start:end]
        for kind, target, form, vietnamese in values:
            if vietnamese and low[start:end] != _lower_form(form):
                continue  # Vietnamese accents are meaning, not decoration
            if kind == "industry":
                if surface.islower() and token_key(surface) in _function_words(lex):
                    break  # Italian "ai" (to the) is no "AI": a language's own small word wins
                found.append(Mention(start, end, surface, "industry", 0, f"industry:{target}", 0.9, "industry"))
                break
            entry = entries[target]
            if not _case_ok(surface, form, form in entry.homonyms):
                continue
            if start > 0 and text[start - 1] == " ":
                previous = text[max(0, start - 25):start].split()
                if previous and previous[-1] in given:
                    continue  # "Michael Dell", "Harrison Ford": a person named like a company
            found.append(Mention(start, end, surface, entry.kind, 0, target, 1.0, "registry"))
            break
    return _drop_places(text, _longest_first(found))


def _drop_places(text: str, found: list[Mention]) -> list[Mention]:
    """'United' in 'the United States' is no airline: a name that starts a longer place name is the place."""
    out = []
    for m in found:
        if m.kind != "industry" and text[m.end:m.end + 1] == " ":
            if may_open_place(m.text) and opens_place(m.text, *text[m.end + 1:m.end + 40].split()[:2]):
                continue
        out.append(m)
    return out


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
    # "AMAZON" in a headline or "Amazon web services" are fine; "amazon" the river is not.
    return surface[:1].isupper() or surface[:1].isdigit()


def _longest_first(found: list[Mention]) -> list[Mention]:
    found.sort(key=lambda m: (-(m.end - m.start), m.kind == "industry", m.start))
    taken: list[Mention] = []
    starts: list[int] = []  # sorted starts of taken spans; taken spans never overlap
    ends: list[int] = []
    for m in found:
        i = bisect_right(starts, m.start)
        if (i > 0 and ends[i - 1] > m.start) or (i < len(starts) and starts[i] < m.end):
            continue
        starts.insert(i, m.start)
        ends.insert(i, m.end)
        taken.append(m)
    return taken
