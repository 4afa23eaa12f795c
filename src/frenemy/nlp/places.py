"""Places among capitalised spans: a country, region or city ("Singapore", "Bình Dương"), a place
glued in front of a name ("Manchester-based X", "Delftse X"), a demonym, and the surname that a
one-word world place may also be ("Carlo Messina" ... "Messina said")."""

from __future__ import annotations

from functools import lru_cache

from frenemy.knowledge.registry import first_names, places, world_places
from frenemy.lang import Lexicon
from frenemy.nlp.names import NOUN_ENDINGS
from frenemy.nlp.text import key_head, key_tail, name_key
from frenemy.nlp.tokens import token_key


@lru_cache(maxsize=65536)
def may_open_place(name: str) -> bool:
    """False when no key of places() (the one opens_place reads) starts with the first word of
    name_key(name) ("Amazon ...")."""
    head = key_head(name)
    return head is None or head in _listed_tails()[2]


@lru_cache(maxsize=65536)
def opens_place(name: str, *following: str) -> bool:
    """Whether the name and its next one or two words name a place. Cached: a name comes back
    with the same next words ("Amazon said") across a corpus."""
    tails = [" ".join(following[:k]) for k in (1, 2) if len(following) >= k]
    listed = _listed_tails()
    return any(_maybe_in(name + " " + t.rstrip(".,;:"), listed) and name_key(name + " " + t.rstrip(".,;:")) in places()
               for t in tails)


def _tails(keys) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    return (frozenset(key.rsplit(" ", 1)[-1] for key in keys),
            frozenset(" ".join(key.split(" ")[-2:]) for key in keys if " " in key),
            frozenset(key.split(" ", 1)[0] for key in keys))


@lru_cache(maxsize=1)
def _place_tails() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The last word of every place key (places, world places, small towns), the last two words
    of every place key of two words or more, and the first word of every place key."""
    common, towns = world_places()
    return _tails(places() | common | towns)


@lru_cache(maxsize=1)
def _listed_tails() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """_place_tails of places() alone: what a key of places() may end and start with."""
    return _tails(places())


@lru_cache(maxsize=65536)
def maybe_place(name: str) -> bool:
    """False only when name_key(name) is surely no place key: its last words end none.
    Most capitalised spans ("Amazon said") are rejected so, without computing name_key.
    Cached: the same spans come back across a corpus."""
    return _maybe_in(name, _place_tails())


def _maybe_in(name: str, tails: tuple[frozenset[str], frozenset[str], frozenset[str]]) -> bool:
    """False only when name_key(name) is surely none of the keys whose `tails` these are."""
    last_words, last_pairs, heads = tails
    head = key_head(name)
    if head is not None and head not in heads:
        return False
    pair = key_tail(name, 2)
    if pair is not None:
        return pair in last_pairs
    last = key_tail(name, 1)
    return last is None or last in last_words


def is_place(seg: str, text: str, a: int, lex: Lexicon) -> bool:
    """A country, region or city, not a company: "Singapore", "Bình Dương", "Reggio Emilia".

    World places (GeoNames) of one word give way to a surname ("Carlo Messina" ... "Messina said");
    a small town's name is a place only after a locative word ("con sede a Sassuolo")."""
    origins = lex.words.get("origin_words", ())
    if origins and " " not in seg:
        words = token_key(" ".join(text[max(0, a - 40):a].split()[-3:])).split()
        if len(words) >= 2 and words[-1] in origins and any(
                (" " + " ".join(words[:-1])).endswith(" " + noun) for noun in _company_nouns(lex)):
            return True  # "das Unternehmen aus Bussnang", "het bedrijf uit Veghel": where the company is from
    if not maybe_place(seg):
        return False
    key = name_key(seg)
    if key in places():
        return True
    if seg.isupper() and " " not in seg and len(seg) >= 3:
        return False  # "la OCU": an acronym, not the town GeoNames spells alike ("Ocu")
    common, towns = world_places()
    before = " " + token_key(" ".join(text[max(0, a - 40):a].split()[-4:]))
    if key not in common and key not in towns:
        return False
    if any(before.endswith(" " + w) for w in _company_nouns(lex)):
        return False  # "el grupo Tempe", "công ty Long An": a noun for a company names it
    if " " in seg:
        return True
    if surname(seg, text, a, lex):
        return False
    if key in common:
        return True
    return any(before.endswith(" " + w) for w in lex.words.get("place_words", ()))


@lru_cache(maxsize=16)
def _company_nouns(lex: Lexicon) -> tuple[str, ...]:
    """The lexicon's anaphors without their article: "grupo", "société", "công ty", "the company"."""
    articles = lex.words.get("determiners", frozenset()) | lex.words.get("articles", frozenset())
    nouns = set()
    for phrase in lex.words.get("anaphors", frozenset()) | lex.words.get("group_anaphors", frozenset()):
        words = phrase.split()
        while len(words) > 1 and words[0] in articles:
            words.pop(0)
        nouns.add(" ".join(words))
    return tuple(sorted(nouns))


def surname(word: str, text: str, a: int, lex: Lexicon) -> bool:
    """'Messina' after 'Carlo Messina' (anywhere in the article) or after 'ông', 'Herr'."""
    prev = text[max(0, a - 40):a].split()
    if prev and (token_key(prev[-1]) in lex.words.get("honorifics", ()) or prev[-1] in first_names()):
        return True
    return _after_given_name(word, text)


def _after_given_name(word: str, text: str) -> bool:
    r"""Whether a match of `(\w+) <word>(?!\w)` in `text` has a given name for its first group.

    The matches a regex would find, left to right and without overlap, found with str.find: the
    regex tries `\w+` at every position of the article, and this runs for many capitalised words."""
    names = first_names()
    pattern = " " + word
    n = len(text)
    pos = 0  # where the next match may start: the end of the last one
    while True:
        i = text.find(pattern, pos)
        if i < 0:
            return False
        end = i + len(pattern)
        if end < n and (text[end].isalnum() or text[end] == "_"):
            pos = i + 1  # (?!\w) fails; a later match's \w+ starts after this space
            continue
        j = i
        while j > pos and (text[j - 1].isalnum() or text[j - 1] == "_"):
            j -= 1
        if j == i:
            pos = i + 1
            continue
        if text[j:i] in names:
            return True
        pos = end


def place_prefix(seg: str, text: str, a: int, lex: Lexicon) -> int:
    """Length of a place phrase glued in front of a name: "Manchester-based ", "Delftse ",
    "Münchner ", "Monterrey y " (a list the connector joined into one span)."""
    if " " not in seg:
        return 0
    first, rest = seg.split(" ", 1)
    words = seg.split(" ")
    for k, word in enumerate(words[:3]):
        if k + 1 < len(words) and "-" in word and word.rsplit("-", 1)[1].islower() and words[k + 1][:1].isupper() and (
                word.endswith("ed") or is_place(" ".join([*words[:k], word.rsplit("-", 1)[0]]), text, a, lex)
                or k == 0 and len(word.rsplit("-", 1)[1]) >= 6):
            # "Seattle-based", "Amazon-backed", "Hong Kong-listed": an adjective; "IT-detacheringsbureau
            # Yacht": a compound common noun before the name it describes
            return len(" ".join(words[:k + 1])) + 1
    if demonym(first, lex) and rest[:1].isupper() and not any(w.lower().endswith(
            (*lex.words.get("noun_suffixes", ()), *NOUN_ENDINGS, "ung")) for w in rest.split()):
        return len(first) + 1  # "Delftse Zorbix"; not "Berliner Volksbank", a name of its own
    for joint in (" y ", " & ", " e ", " et ", " und ", " en ", " and ", " và "):
        head, sep, tail = seg.partition(joint)
        if sep and tail[:1].isupper() and is_place(head, text, a, lex):
            return len(head) + len(sep)
    return 0


def place_adjective(seg: str, text: str, a: int, lex: Lexicon) -> bool:
    """'de Wageningse start-up', 'met Goudse kaas': one capitalised word with a demonym ending,
    between a determiner (or preposition) and a lower-case noun, is an adjective even when the
    place is unknown to the gazetteer; a name there would not take the article."""
    if " " in seg or not any(seg.endswith(x) for x in lex.words.get("demonym_suffixes", ())):
        return False
    after = text[a + len(seg):a + len(seg) + 2]
    if len(after) < 2 or after[0] != " " or not after[1].islower():
        return False
    before = text[max(0, a - 30):a].split()
    lead = frozenset().union(*(lex.words.get(c, frozenset()) for c in (
        "articles", "determiners", "possessives", "of_words", "with_words", "in_words")))
    return bool(before) and token_key(before[-1]) in lead


@lru_cache(maxsize=65536)
def demonym(word: str, lex: Lexicon) -> bool:
    """'Delftse', 'Münchner', 'Groningse': a place name made an adjective (lexicon demonym_suffixes).
    Cached per word and language."""
    if " " in word or not word[:1].isupper():
        return False
    common = world_places()[0]
    for suffix in lex.words.get("demonym_suffixes", ()):
        if word.endswith(suffix) and len(word) > len(suffix) + 3:
            stem = name_key(word[:-len(suffix)])
            for key in (stem, stem + "en", stem[:-1] + "en", stem + "e"):
                if key in places() or key in common:
                    return True
    return False


def ends_with_country(seg: str) -> bool:
    """"FWD Việt Nam", "Samsung Vietnam": a company's local arm carries the country; a person's
    name never ends with one (a two-word place, or a one-word one of more than one syllable)."""
    words = seg.split()
    if len(words) < 2:
        return False
    two = len(words) >= 3 and name_key(" ".join(words[-2:])) in places()
    return two or (len(words[-1]) > 4 and name_key(words[-1]) in places())
