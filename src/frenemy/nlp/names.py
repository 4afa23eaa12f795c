"""The shape of names in running text: capitalised runs, common nouns and adjectives that look
like names (German capitals, inflected adjectives), headlines in title case, and the words
around a span that make it a company, a person or neither (cues, appositions, role titles)."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from importlib import resources

from frenemy.knowledge.registry import first_names
from frenemy.lang import Lexicon, phrase_automaton
from frenemy.model import AnalysedDocument
from frenemy.nlp.tokens import token_key

CONNECTORS = frozenset({"of", "de", "van", "von", "der", "den", "di", "del", "y", "&", "la", "ter", "ten", "'t", "’t"})
NON_SPACE = re.compile(r"\S+")


NOUN_ENDINGS = ("er", "ers", "en", "ern", "ler", "eur", "eurs", "ent", "ents", "ist", "isten", "konzern",
                 "anbieter", "anbieters", "hersteller", "herstellers", "gruppe", "bank")


PLAIN_NOUN_ENDINGS = ("en", "ung", "ungen", "heit", "keit", "schaft", "ion", "ionen", "tät", "ismus",
                       "er", "el", "ern", "eln", "te", "ten", "ge")


@lru_cache(maxsize=16)
def name_words(lex: Lexicon):
    """The word sets name finding reads, built once per lexicon."""
    stop = lex.vocabulary
    roles = lex.words.get("role_titles", frozenset())
    honorifics = lex.words.get("honorifics", frozenset())
    not_names = stop | roles | honorifics
    markers = lex.words.get("noun_markers", frozenset())
    suffixes = tuple(lex.words.get("noun_suffixes", ()))
    return stop, not_names, markers, suffixes, roles, honorifics


# Zipf frequencies (lang/common/LANG.txt): a capitalised word at least this frequent is a word where
# every noun is capitalised ("das Werk", "die Strategie", "ein Mitglied": about the 4,000 most frequent
# German words); a compound's last part, which carries its meaning, may be rarer ("IT-Infrastruktur")
COMMON_WORD = 4.3
COMMON_HEAD = 3.5
# last parts that make a compound a company's name however frequent: "Zeppelin-Stiftung", "Msg-Gruppe"
_COMPANY_HEADS = frozenset({"gruppe", "group", "holding", "stiftung", "klinikum", "kliniken", "werke",
                            "bank", "konzern", "versicherung", "verlag", "bahn", "bahnen", "post", "werft"})


@lru_cache(maxsize=8)
def word_frequencies(lang: str) -> tuple[dict[str, float], frozenset[str]]:
    """The language's frequent words with their Zipf frequency, and those English uses as much
    ("on", "see", "module"); empty where no list is bundled."""
    path = resources.files("frenemy.lang").joinpath("common", f"{lang}.txt")
    if not path.is_file():
        return {}, frozenset()
    out, english = {}, set()
    for line in path.read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            word, zipf, *marks = line.split("\t")
            out[word] = float(zipf)
            if marks:
                english.add(word)
    return out, frozenset(english)


def frequent_noun(word: str, lang: str) -> bool:
    """German 'Werk', 'Strategie', 'IT-Infrastruktur', 'Kaufland-Eigentümers': a capitalised word among
    the language's most frequent, or a compound whose last part is one, is a noun, not a name."""
    freq, english = word_frequencies(lang)
    if not freq or not word[:1].isupper():
        return False
    if "-" not in word.strip("-"):
        # (not a word English uses as much: "Puma verliert Marktanteile an On")
        key = word.lower()
        return not name_shaped(word) and freq.get(key, 0.0) >= COMMON_WORD and key not in english
    first, head = word.strip("-").split("-", 1)[0], word.strip("-").rsplit("-", 1)[1]
    key = head.lower()
    if len(first) == 1 or not head[:1].isupper() or name_shaped(head) or key in _COMPANY_HEADS:
        return False  # "T-Systems", "E-Plus": a letter before makes a name; "Rhön-Klinikum" is one
    # a genitive's -s or -es: "des Northvolt-Projekts", "des Hensoldt-Umsatzes"
    stems = (key, key[:-1], key[:-2]) if key.endswith("es") else (key, key[:-1]) if key.endswith("s") else (key,)
    return max(freq.get(stem, 0.0) for stem in stems) >= COMMON_HEAD


def closed_compound(word: str, lang: str) -> bool:
    """German 'Datenlinks', 'Vergleichsportale', 'Serienaufträgen': one word made of two of the
    language's frequent words (a linking -s- allowed), inflected for the plural or a case, the last a
    noun that no company name ends in. A made-up name that splits so ('Gleisblick', 'Frachtwerk')
    is written in the singular: a name takes no plural ending."""
    freq, english = word_frequencies(lang)
    if not freq or not word[:1].isupper() or not word.isalpha() or name_shaped(word) or len(word) < 9 \
            or not word.endswith(("en", "e", "n", "s")):
        return False
    low = word.lower()
    for i in range(4, len(low) - 3):
        first, head = low[:i], low[i:]
        stems = {head, head[:-1], head[:-2]} if head.endswith(("en", "es")) else \
            {head, head[:-1]} if head.endswith(("s", "n", "e")) else {head}
        stems = {x for x in stems if len(x) >= 4}
        if not stems or stems & _COMPANY_HEADS or head in english:
            continue
        if max(freq.get(x, 0.0) for x in stems) >= COMMON_HEAD and max(
                freq.get(first, 0.0), freq.get(first[:-1], 0.0) if first.endswith("s") else 0.0) >= COMMON_HEAD:
            return True
    return False


def name_shaped(word: str) -> bool:
    """'SAP', 'DeepL', 'N26', 'Zalando-Gruppe' look like names whatever the language."""
    return word.isupper() or any(c.isupper() for c in word[1:]) or any(c.isdigit() for c in word)


def inflected_adjective(prev_words: list[str]) -> bool:
    """A lower-case inflected word right before ('amerikanischen', 'Dortmunder' is caught as a name)."""
    return bool(prev_words) and prev_words[-1].islower() and prev_words[-1].endswith(("en", "er", "es", "em", "e"))


# endings only adjectives take ("zweistelligen", "öffentlichen", "chinesischer"); verbs before a name
# ("wurde Hella", "kauften Wolt") end otherwise
ADJECTIVE_STEMS = ("isch", "lich", "ig", "bar", "sam", "haft", "wert", "los")
_ADJECTIVE_ENDINGS = tuple(stem + end for stem in ("isch", "lich", "ig", "ell", "al", "iv", "är", "bar", "sam")
                           for end in ("e", "en", "er", "es", "em"))


def adjective_before(prev_words: list[str]) -> bool:
    """A lower-case adjective right before: the capitalised word after it is its noun."""
    return bool(prev_words) and prev_words[-1].islower() and prev_words[-1].endswith(_ADJECTIVE_ENDINGS)


# a word opening with a lower-case ASCII letter, after a space (the text's first word is counted
# apart): a pattern opening with a character class lets the scanner skip to candidates in C,
# about 3x faster than the plain (?<!\S)[a-z]
_LOWER_INITIAL = re.compile(r"\s[a-z]")


def title_case_sentences(ad: AnalysedDocument, nouns_capitalised: bool = False) -> list[tuple[int, int]]:
    """Headlines in Title Case ("Microsoft Buys Zorblax To Bolster Cloud"): every word is capitalised,
    so capitals say nothing about names there. Where every noun is capitalised anyway (German "Der
    Softwarekonzern Qantor meldet Zahlen"), only a line with no word in lower case is one."""
    out = []
    findall = _LOWER_INITIAL.findall
    for s in ad.sentences:
        text = s.text
        tokens = text.split()
        lower = len(findall(text)) + ("a" <= text[:1] <= "z")
        if 4 * lower > len(tokens) or nouns_capitalised and lower:
            continue  # more than a quarter of the words start in lower case: no headline
        words = [w for w in tokens if w[:1].isalpha()]
        if len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.75 * len(words):
            out.append((s.start, s.end))
    return out


def in_ranges(pos: int, ranges: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in ranges)


def headline_split(text: str, spans, headlines: list[tuple[int, int]], stop: frozenset[str]):
    """In a Title Case headline, a known word ("Buys", "To") ends a name."""
    for start, end in spans:
        if not in_ranges(start, headlines):
            yield start, end
            continue
        piece_start = None
        last_end = start
        for m in NON_SPACE.finditer(text[start:end]):
            a, b = start + m.start(), start + m.end()
            if token_key(m.group()) in stop:
                if piece_start is not None:
                    yield piece_start, last_end
                piece_start = None
            else:
                if piece_start is None:
                    piece_start = a
                last_end = b
        if piece_start is not None:
            yield piece_start, last_end


def cue_follows(text: str, pos: int, lex: Lexicon) -> bool:
    """'Cabify ha elegido Google Cloud': a relation cue right after the word makes it a name."""
    following = token_key(text[pos:pos + 60])
    if not following:
        return False
    # ... or after a copula: "Brembo è fornitore di Tesla" (a short word: è, is, est, ist)
    first = following.split(" ", 1)[0]
    # ... or after its comma: "Autogrill, ora parte di Avolta, ..."
    # (an article is no copula: "Ausgerechnet die Konzerntochter ..." opens with an adverb)
    starts = {0, len(first) + 1} if len(first) <= 3 and (first.isalpha() or first == ",") \
        and first not in lex.words.get("articles", frozenset()) \
        and (not lex.syllabic or first == "," or first in lex.words.get("copulas", frozenset())
             or first in lex.words.get("name_breaks", frozenset())) else {0}
    for end, (key, values) in phrase_automaton(lex).iter(following):
        if end - len(key) + 1 not in starts:
            continue
        if any(v[0] == "cue" for v in values) and (end + 1 == len(following) or following[end + 1] == " "):
            return True
    return False


def apposition_follows(text: str, pos: int, lex: Lexicon) -> bool:
    """'Noovle, la società di ...', 'Safilo, il gruppo padovano, ...': a description of a company
    in apposition right after the word makes it a name."""
    if text[pos:pos + 2] != ", ":
        return False
    following = token_key(text[pos + 2:pos + 50])
    words = following.split()
    nouns = lex.words.get("anaphors", frozenset()) | lex.words.get("group_anaphors", frozenset())
    if any(" ".join(words[:n]) in nouns for n in (2, 3) if len(words) >= n):
        return True
    # "Marvelo, società milanese di software, ...": the noun of a description without its article
    articles = lex.words.get("articles", frozenset())
    if len(words) >= 2 and words[1] != "," and any(f"{a} {words[0]}" in nouns for a in articles):
        return True
    # "Orbiteck, a Colorado maker of antennas, ...": an article, a few words, then a company noun
    # (the head of an anaphor: "maker", "company", "firm")
    heads = {n.rsplit(" ", 1)[-1] for n in nouns if " " in n}
    if words and words[0] in lex.words.get("articles", frozenset()) and not token_key(text[:pos]).endswith("ly") \
            and any(w in heads for w in words[1:5]) and "," not in words[1:5]:
        return True
    # "Adecco, dat zijn hoofdkantoor in Zürich heeft, koos ...": a relative clause describes a
    # noun; after a sentence's first word (no adverb takes one) that noun is a name
    if words and words[0] in lex.words.get("relatives", frozenset()):
        return True
    # "Sacyr, en cambio, ha descartado ...", "Sabre, por su parte, niega ...": a connective set off
    # by commas right after the word makes the word the clause's subject, a name
    breaks = lex.words.get("clause_breaks", frozenset())
    if any(" ".join(words[:n]) in breaks and len(words) > n and words[n] == ","
           for n in (1, 2, 3) if len(words) > n):
        return True
    # "Transavia, onderdeel van Air France-KLM, ...": a relational noun with its "of" opens the apposition
    # (after an article too: "Lipton, een merk van Unilever, ...")
    starts = {0}
    if words and words[0] in lex.words.get("articles", frozenset()):
        starts.add(len(words[0]) + 1)
    for end, (key, values) in phrase_automaton(lex).iter(following):
        if end - len(key) + 1 in starts and (end + 1 == len(following) or following[end + 1] == " ") and any(
                v[0] == "cue" and v[2] in ("NOUN", "NOUN_INV") and not v[3] for v in values) and any(
                key.endswith(" " + w) for w in lex.words.get("of_words", frozenset())):
            return True
    return False


def cue_precedes(text: str, pos: int, lex: Lexicon) -> bool:
    """'ein Kaufangebot für Altair': a relation cue (or "of"/"with") right before the word."""
    preceding = token_key(text[max(0, pos - 60):pos])
    if not preceding:
        return False
    last = len(preceding) - 1
    # a lone preposition opening a verb-final split cue ("auf ... setzt") stands before any noun:
    # "auf Eis", "für Aufsehen"
    openers = lex.words.get("split_prepositions", frozenset())
    for end, (key, values) in phrase_automaton(lex).iter(preceding):
        # only a cue ending in a preposition ("Angebot für", "Kunde von"): after a verb a
        # capitalised German word is its object noun ("bezieht Batteriezellen")
        if end == last and (end - len(key) < 0 or preceding[end - len(key)] == " ") and len(
                key.rsplit(" ", 1)[-1]) <= 4 and any(
                v[0] == "cue" and not (v[3] and key in openers) or v[1] in ("of_words", "with_words", "agent_words")
                for v in values):
            return True
    return False


def after_capital(text: str, pos: int) -> bool:
    """True when the word before `pos` (on the same line) is capitalised."""
    before = text[max(0, pos - 40):pos]
    if not before.endswith(" ") or "\n" in before[-2:]:
        return False
    words = before.split()
    # an opening quote or bracket is no part of the word: "„Industrial AI Cloud“" is one name
    return bool(words) and words[-1].lstrip("„“\"«‚'(")[:1].isupper()


def _upper_class() -> str:
    """A regex character class of every upper-case letter (Python's re has no \\p{Lu})."""
    ranges: list[list[int]] = []
    for code in range(0x10000):
        if chr(code).isupper():
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1][1] = code
            else:
                ranges.append([code, code])
    return "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in ranges)


_UP = _upper_class()
# "O'Hare", "D'Amico": an apostrophe before a capital stays inside the word
_NAME_WORD = rf"(?:[{_UP}]|\d+-?[^\W\d_])[\w&+.\-]*(?:['’][{_UP}][\w\-]*)?(?<![.\-])\+?"
# Runs of capitalised words on one line, joined by single spaces or lower-case connectors.
# two-word particles of surnames: "Dolf van den Brink", "Ursula von der Leyen", "Sander van 't Noordende"
_PARTICLE_PAIRS = ("van den", "van der", "von der", "de la", "de los", "de las", "van de", "van 't", "van ’t", "in 't")
# The first word is _NAME_WORD written to open with one character class (a capital or a digit, then
# no word character before it; after a digit, more digits and a letter), so the scanner skips to
# candidates in C instead of trying the look-behind at every position.
_FIRST_NAME_WORD = (rf"[{_UP}\d](?<!\w.)(?:(?<=[{_UP}])|\d*-?[^\W\d_])"
                    rf"[\w&+.\-]*(?:['’][{_UP}][\w\-]*)?(?<![.\-])\+?")
def _cap_run(connectors: frozenset[str]) -> re.Pattern:
    return re.compile(
        rf"{_FIRST_NAME_WORD}(?:(?: (?:{'|'.join(_PARTICLE_PAIRS + tuple(sorted(connectors)))}) | ){_NAME_WORD})*")


_CAP_RUN = _cap_run(CONNECTORS)
# German "der", "den" are articles before capitalised nouns ("überholt Kestrix den Rivalen Zorvane"),
# never a name's connector alone (a surname's "von der" is a particle pair)
_CAP_RUN_BY_LANG = {"de": _cap_run(CONNECTORS - {"der", "den"})}
_span = re.Match.span


# "Jens H. Lund": a given name, a middle initial and a surname are one name
_INITIAL_RUN = re.compile(rf"(?<!\w)([{_UP}][^\W\d_]+) ([{_UP}])\. (?={_NAME_WORD})")


def capitalised_spans(text: str, lang: str = "") -> list[tuple[int, int]]:
    spans = list(map(_span, _CAP_RUN_BY_LANG.get(lang, _CAP_RUN).finditer(text)))
    if ". " not in text or _INITIAL_RUN.search(text) is None and "St. " not in text:
        return spans
    return _join_initials(text, spans)


def _join_initials(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A run ending in a given name and a one-letter initial joins the run after the initial's full
    stop ("Jens H. Lund"); after any other word the initial stays apart ("Klasse A. Die ...").
    A run ending in the abbreviated "St." (Saint) always joins the next: "Marty St. George", "St. Louis"."""
    given = first_names()
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and a == out[-1][1] + 2 and text[out[-1][1]:a] == ". ":
            pa, pb = out[-1]
            m = _INITIAL_RUN.search(text, max(pa, pb - 40), b)
            if m is not None and m.end() == a and m.group(1) in given:
                out[-1] = (pa, b)
                continue
            if text[pb - 2:pb] == "St" and (pb - 2 == pa or text[pb - 3] == " "):
                out[-1] = (pa, b)
                continue
        out.append((a, b))
    return out


def split_conjoined(text: str, a: int, b: int, listed: bool = False) -> list[tuple[int, int]]:
    """"Además de HM Hospitales y Ribera": a run joined by "y" is two names when the article names
    each part on its own elsewhere ("Comisión Nacional de los Mercados y la Competencia" is one), or,
    after a product noun ("sus marcas Yoigo y Simyo"), when the parts are short names."""
    seg = text[a:b]
    if " y " not in seg:
        return [(a, b)]
    parts = seg.split(" y ")
    # each part named on its own elsewhere; for short parts ("Sanitas y Adeslas") one of them is enough
    named = [bool(p) and text.count(p) > text.count(seg) for p in parts]
    short = all(p and p.count(" ") <= 1 and p[:1].isupper() for p in parts)
    # "sus marcas Yoigo y Simyo", "entre Orange y MásMóvil": after a plural noun or "entre", two names
    before = text[max(0, a - 30):a].split()
    after_plural = bool(before) and (before[-1] == "entre" or before[-1].islower() and before[-1].endswith("s")
                                     and len(before[-1]) > 4 and len(parts) == 2 and all(" " not in p for p in parts))
    # "EM&E y Santa Bárbara Sistemas": an acronym and a name of several words are two names
    acronym = len(parts) == 2 and all(p[:1].isupper() for p in parts) and any(
        " " not in p and p.isupper() and len(p) <= 8 for p in parts) and any(" " in p for p in parts)
    if not (all(named) or short and (any(named) or listed) or after_plural or acronym):
        return [(a, b)]
    spans, pos = [], a
    for p in parts:
        spans.append((pos, pos + len(p)))
        pos += len(p) + 3
    return spans


def free_spans(start: int, end: int, occupied: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """What split_by_occupied yields, as a list: most runs overlap no registry name, and those
    come back whole without a generator."""
    i = bisect_right(occupied, (start, start))
    first = i - 1 if i else 0
    if first < len(occupied):
        a, b = occupied[first]
        # the spans after `first` open at or after start: the next one tells whether any overlaps
        if (a < end and b > start) or (first + 1 < len(occupied) and occupied[first + 1][0] < end):
            return list(split_by_occupied(start, end, occupied))
    return [(start, end)] if start < end else []


def split_by_occupied(start: int, end: int, occupied: list[tuple[int, int]]):
    pos = start
    first = max(0, bisect_right(occupied, (start, start)) - 1)
    for a, b in occupied[first:]:
        if a >= end:
            break
        if b <= pos:
            continue
        if a > pos:
            yield pos, a
        pos = max(pos, b)
    if pos < end:
        yield pos, end


_SENTENCE_END = re.compile(r"[.!?][\"”»']?\s+(?=[\"„“«]?[A-Z]|$)")


@lru_cache(maxsize=16)
def _roles_after(roles: frozenset[str], relatives: frozenset[str]) -> frozenset[str]:
    """Titles that may follow a person's name anywhere in reach: not one opened by a relative,
    which may name the person after it ("... Eurocaja Rural, aunque la entidad que preside X")."""
    return frozenset(r for r in roles if r.split(" ")[0] not in relatives)


def near_role(text: str, a: int, b: int, roles: frozenset[str], agents: frozenset[str] = frozenset(),
               relatives: frozenset[str] = frozenset()) -> bool:
    # only this sentence: "..., zei een woordvoerder. Voor Blue Yonder, ..." names no person
    before = token_key(_SENTENCE_END.split(text[max(0, a - 60):a])[-1]).split()[-6:]
    after = token_key(text[b:b + 60]).split()[:6]
    # «... Credito Lombardo», ha dichiarato il consigliere delegato X: a title after a closing
    # quote names the speaker, not a name inside the quote
    quote = next((i for i, w in enumerate(after) if w in _QUOTE_MARKS or w in (".", "!", "?")), None)
    if quote is not None:
        after = after[:quote]
    # "Prosus-Chef Fabricio Bloisi", "Lieferando-Geschäftsführerin Katharina Hauke": a compound's last part
    before += [w.rsplit("-", 1)[1] for w in before if "-" in w.strip("-")]
    # "geleitet von X", "dirigée par X": a role ending in an agent word names the person after it
    # "X, who heads ...": a title opened by a relative speaks of the name only right after it
    lead = after[1:] if after[:1] == [","] else after
    return _has_phrase(before, roles) or _has_phrase(after, _roles_after(roles, relatives), agents) \
        or any(lead[:1] and lead[0] in relatives and " ".join(lead[:n]) in roles for n in range(2, 5))


_QUOTE_MARKS = frozenset({'"', "»", "«", "”", "“", "’"})


def _has_phrase(words: list[str], phrases: frozenset[str], not_last: frozenset[str] = frozenset()) -> bool:
    """Whether a phrase (whose last word is not in `not_last`) is a run of whole words of `words`:
    the word n-grams are looked up, rather than every phrase searched for."""
    if not words:
        return "" in phrases and "" not in not_last
    longest = _longest_phrase(phrases)
    n = len(words)
    for i in range(n):
        for j in range(i + 1, min(n, i + longest) + 1):
            if j - i == 1:
                gram = words[i]
                if gram in phrases and gram not in not_last:
                    return True
            else:
                gram = " ".join(words[i:j])
                if gram in phrases and words[j - 1] not in not_last:
                    return True
    return False


@lru_cache(maxsize=64)
def _longest_phrase(phrases: frozenset[str]) -> int:
    return max((p.count(" ") + 1 for p in phrases), default=0)


# "die Schwarz-Gruppe": a compound ending in a group word is a company name, article or not
