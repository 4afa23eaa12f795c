"""Find mentions of companies, products, people and industries, and resolve them to entities.

Three sources, in order of trust: the registry's aliases (one Aho-Corasick pass over folded
text), capitalised spans no registry knows (discovered companies and people), and fuzzy matches
of those spans against the registry (misspellings such as "Cleverland Clinic").
The alias pass lives in nlp/aliases.py, place tests in nlp/places.py, typo resolution in nlp/fuzzy.py.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from frenemy.knowledge.registry import Registry, first_names, places, unit_words, world_places
from frenemy.lang import Lexicon
from frenemy.model import AnalysedDocument, Entity, Mention
from frenemy.nlp.aliases import registry_mentions
from frenemy.nlp.fuzzy import closest, fuzzy_resolve
from frenemy.nlp.names import (
    ADJECTIVE_STEMS,
    CONNECTORS,
    NON_SPACE,
    NOUN_ENDINGS,
    PLAIN_NOUN_ENDINGS,
    adjective_before,
    after_capital,
    apposition_follows,
    capitalised_spans,
    closed_compound,
    cue_follows,
    cue_precedes,
    free_spans,
    frequent_noun,
    headline_split,
    in_ranges,
    inflected_adjective,
    name_shaped,
    name_words,
    near_role,
    split_conjoined,
    title_case_sentences,
)
from frenemy.nlp.places import (
    demonym,
    ends_with_country,
    is_place,
    maybe_place,
    place_adjective,
    place_prefix,
    surname,
)
from frenemy.nlp.text import name_key, slug
from frenemy.nlp.tokens import token_key

# Words of a name: "Walmart", "HSBC", "Disney+", "3M", "7-Eleven", "Bristol-Myers", "Walmart+".
_WORD = re.compile(r"\w[\w&+.\-]*(?<![.\-])\+?|&")
# Lower-case words allowed inside a name ("Bank of America", "Banco de Sabadell", "Johnson & Johnson").
# An amount's tail after its decimal point: "8bn" in "$5.8bn", "30m", "2tn"
# a model designation: letters, then a number of three digits or more ("A321neo", "H200", "OB-214")
_MODEL_NAME = re.compile(r"(?<![\w-])[A-Z][A-Za-z]{0,3}[-:]?\d{3,}[A-Za-z]{0,4}(?![\w-])")
_MONEY = re.compile(r"^\d+(?:[.,]\d+)?[a-z]{1,3}$")
_CONNECTOR_SPLIT = re.compile(r"\s+(?:of|de|van|von|di|del)\s+")
_LEGAL = frozenset(
    "inc inc. corp corp. corporation co co. ltd ltd. llc plc sa s.a. s.a sas se ag gmbh nv n.v. n.v bv b.v "
    "b.v. spa s.p.a. s.p.a srl s.r.l s.l sl jsc kgaa ab asa oyj holdings group".split()
)


_DOTTED_FORM = re.compile(r"\s(?:[A-Za-z]\.){1,3}[A-Za-z]$")
_ROMAN = re.compile(r"(?=[IVX]{2})X{0,3}(?:IX|IV|V?I{0,3})")
_LEGAL_TAIL = re.compile(r"((?: [^\W\d_]\w*){1,4}) \([^\W\d_a-z][^\W_a-z]{1,7}\)")
_ACRONYM = re.compile(r"[^\W\d_a-z][^\W_a-z]{1,7}(?: [^\W\d_a-z][^\W_a-z]{1,5})?")


def find_mentions(ad: AnalysedDocument, registry: Registry, lex: Lexicon) -> None:
    """Fill ad.mentions and ad.entities."""
    text = ad.text
    starts = [s.start for s in ad.sentences]

    def sentence_of(pos: int) -> int:
        return max(0, bisect_right(starts, pos) - 1)

    mentions = registry_mentions(text, registry, ad.lang, lex, {s.start for s in ad.sentences})
    if lex.words.get("public_heads") and not lex.syllabic:  # (Vietnamese bodies' names are the registry's)
        mentions = _public_bodies(text, mentions, lex)
    mentions = _discovered_mentions(text, mentions, registry, lex, ad, sentence_of)
    terms = _term_abbreviations(text)
    if terms:
        mentions = [m for m in mentions if not (m.origin == "discovered" and m.text in terms)]
    if lex.words.get("genitive_endings"):
        mentions += _genitive_names(text, mentions, registry, lex)
    legal: dict[str, str] = {}
    if lex.words.get("legal_prefixes"):
        mentions = _legal_names(text, mentions, registry, lex, legal)
    mentions.sort(key=_start)
    _short_company_names(text, mentions, lex)
    for m in mentions:
        if text[m.end:m.end + 1] == "." and m.kind == "company" and _DOTTED_FORM.search(m.text) \
                and not text[m.end + 1:m.end + 3].strip()[:1].isupper():
            # "Heijmans N.V. en BAM": the legal form keeps its last period, no full stop (before a
            # capital it may be one: "... door Heijmans N.V. Dat meldt ...")
            m.end += 1
            m.text = text[m.start:m.end]
    # in text order, a mention's sentence is found by walking the sentence starts once
    i, last = 0, len(starts) - 1
    for m in mentions:
        while i < last and starts[i + 1] <= m.start:
            i += 1
        m.sentence = i
    _defined_acronyms(text, mentions)
    ad.mentions = mentions
    _build_entities(ad, registry)
    for eid, name in legal.items():  # "Công ty Cổ phần Lúa Vàng" is named "Lúa Vàng"
        if eid in ad.entities:
            ad.entities[eid].name = name
            ad.entities[eid].aliases.add(name)


_TERM_ABBREVIATION = re.compile(r"((?:[^\W\d_][\w-]*\s+){1,5})\(([^\W\d_]{2,8})\)")
_BRACKETED = re.compile(r"\([^\W\d_]{2,8}\)")


def _term_abbreviations(text: str) -> frozenset[str]:
    """"gallium nitride (GaN)", "nitrure de gallium (GaN)", "artificial intelligence (AI)": a short
    form in brackets whose capitals are the initials of the lower-case words just before it (in any
    order, small words aside) abbreviates a term, no company's name; the article's later "GaN"
    names none either."""
    out = set()
    for b in _BRACKETED.finditer(text):
        # the words before the bracket only, not a scan of the whole text from every word
        m = _TERM_ABBREVIATION.search(text, text.rfind(" ", 0, max(0, b.start() - 120)) + 1, b.end())
        while m is not None and m.end() < b.end():
            m = _TERM_ABBREVIATION.search(text, m.start() + 1, b.end())
        if m is None:
            continue
        words, short = m.group(1).split(), m.group(2)
        capitals = {c.lower() for c in short if c.isupper()}
        if len(capitals) < 2 or short.isupper() and len(short) > 4:
            continue
        for n in range(len(capitals), min(len(words), len(capitals) + 2) + 1):
            last = words[-n:]
            parts = [p for w in last for p in w.split("-") if p]
            content = {p[:1].lower() for p in parts if len(p) > 3}
            if all(w[:1].islower() for w in last) and capitals <= {p[:1].lower() for p in parts} \
                    and content <= capitals:
                out.add(short)
                break
    return frozenset(out)


def _capital_particle(words: list, start: int, sentence_starts: set[int], particles: frozenset[str],
                      not_names: frozenset[str] = frozenset()) -> bool:
    """The first word is a capitalised name particle ("Van") inside a sentence, before another
    capitalised word: the name's own first word."""
    first = words[0].group()
    return bool(particles) and len(words) >= 2 and first[:1].isupper() and token_key(first) in particles \
        and words[1].group()[:1].isupper() and (start + words[0].start() not in sentence_starts
                                                 or _opening_particle(words[1].group(), not_names))


def _opening_particle(second: str, not_names: frozenset[str]) -> bool:
    """"Van Lanschot Kempen neemt ...", "Ter Beke bouwt ...": at a sentence's start the particle
    still opens a name when the capitalised word after it is no place ("Van Amsterdam tot ..."),
    no vocabulary word and no sentence-opening adverb."""
    key = name_key(second)
    return second[:1].isupper() and not second.isupper() and key not in places() \
        and key not in world_places()[0] and token_key(second) not in not_names


# "Veldhoven, 3 december 2026 – ", "LONDON, Dec 3 (Reuters) - ": a place, a comma, a date, a dash
_DATELINE = re.compile(r"[A-ZÀ-Ý][\w .'-]{1,40}, [^,–—]{0,30}?\d[^,–—]{0,20}? [–—-] (?=\w)")


def _discovered_mentions(text, mentions, registry, lex, ad, sentence_of) -> list[Mention]:
    # a sentence starts at its first letter: «Abbiamo ...», "We ..." open with a quote
    sentence_starts = {s.start if s.text[:1].isalnum()
                       else s.start + next((i for i, c in enumerate(s.text) if c.isalnum()), 0) for s in ad.sentences}
    # ... and so does the text after a dateline ("Veldhoven, 3 december 2026 – Chipmachinefabrikant ASML ...")
    sentence_starts |= {s.start + m.end() for s in ad.sentences if (m := _DATELINE.match(s.text))}
    # A capitalised sector word right after a capitalised word is part of a name ("Zorblax Logistics").
    stop, not_names, markers, suffixes, roles, honorifics = name_words(lex)
    # ... and so is one right before a capitalised word ("Banca Ifis"), where capitals mark names only
    occupied = sorted((m.start, m.end) for m in mentions
                      if m.kind != "industry" or not (_name_part(text, m, markers, not_names)
                                                      or _sector_word_as_subject(text, m, markers, lex)))
    sectors_at = {m.start: m for m in mentions if m.kind == "industry" and m.text[:1].isupper()}
    owners, swallowed = _compound_owners(text, stop, mentions, roles)
    if swallowed:
        mentions = [m for m in mentions if m not in swallowed]
        occupied = sorted((m.start, m.end) for m in mentions if not _name_part(text, m, markers, not_names))
    if owners:
        occupied = sorted(occupied + [(m.start, m.end) for m in owners])
    tails = _compound_tails(stop, roles)
    agents = lex.words.get("agent_words", frozenset())
    relatives = lex.words.get("relatives", frozenset())
    product_nouns = lex.words.get("product_nouns", frozenset())
    by_start = {m.start: m for m in mentions}
    by_end = {m.end: m for m in mentions}
    out = list(mentions) + owners
    capital_words_mid: set[str] = set()
    spans: list[tuple[int, int]] = []
    compound_products: set[int] = set()  # starts of names cut from a compound with a product noun
    headlines = title_case_sentences(ad, nouns_capitalised=bool(markers))
    # "op Van Lanschot", "door Van Oord": a capitalised surname particle inside a sentence opens a name
    particles = lex.words.get("name_particles", frozenset())
    capitalised = capitalised_spans(text, lex.lang)
    occupied_spans = set(occupied)
    runs = headline_split(text, capitalised, headlines, stop) if headlines else capitalised
    glue = lex.words.get("name_glue", frozenset())
    if glue:
        runs = _glued_runs(text, runs, glue)
    runs = list(_split_at_titles(text, runs, roles, headlines, lex.words.get("post_titles", frozenset())))
    # a run that is one registry name ("Amazon", "Amazon Web Services") has nothing left to find,
    # nor has one word the vocabulary lists ("The", "Konzern"): the loop below drops both
    runs = [run for run in runs if run not in occupied_spans
            and not (" " not in text[run[0]:run[1]] and token_key(text[run[0]:run[1]]) in not_names)]
    for start, end in _person_particles(text, runs):
        if (start, end) in occupied_spans or not free_spans(start, end, occupied):
            continue  # wholly registry names ("Amazon Web Services"): nothing left to find in it
        if maybe_place(text[start:end]) and name_key(text[start:end]) in places():
            continue  # "New York": a place, even though "New" alone is a stop word
        words = list(NON_SPACE.finditer(text[start:end]))
        while words and (words[0].group()[:1].islower() or token_key(words[0].group()) in not_names) \
                and not _capital_particle(words, start, sentence_starts, particles, not_names) \
                and not _town_institution([w.group() for w in words], lex) \
                and not (len(words) > 1
                         and start + words[0].start() not in sentence_starts
                         and not in_ranges(start + words[0].start(), headlines)
                         and _opens_name(text, start + words[0].start(), text[start + words[0].start():end], lex)):
            words.pop(0)  # "Mais Walmart", "Le PDG Satya Nadella", a connector left in front
        if not words:
            continue
        start, end = start + words[0].start(), start + words[-1].end()
        if start in sentence_starts:
            # "Patients of Cleverland Clinic": a sentence's first word before a connector is
            # an ordinary word
            parts = _CONNECTOR_SPLIT.split(text[start:end], maxsplit=1)
            if len(parts) == 2 and " " not in parts[0] and parts[0] not in first_names():
                start = end - len(parts[1])  # (not "Steven van Rijswijk": a given name opens a person's name)
        listed = (token_key((text[max(0, start - 30):start].split() or [""])[-1]).split() or [""])[-1] in product_nouns
        pieces = [y for piece in split_conjoined(text, start, end, listed)
                  for y in (_split_maker(text, *piece, lex) if listed else [piece])]
        for a, b in [x for piece in pieces for x in free_spans(*piece, occupied)]:
            seg = text[a:b]
            a += len(seg) - len(seg.lstrip())
            seg = seg.strip()
            if seg[:2] in ("L'", "L’") and seg[2:3].isupper() and _without_article(text, seg[2:]):
                a, seg = a + 2, seg[2:]  # "L'Ospedale San Gerardo ... all'Ospedale San Gerardo": the article is no part
            if _MONEY.match(seg):
                continue  # "8bn" in "$5.8bn"
            if a >= 2 and text[a - 1] == "-" and text[a - 2].islower():
                continue  # "pay-TV", "non-EU": the capitalised tail of a lower-case compound is no name
            if markers and seg.endswith("-") and " " not in seg:
                head = _PLAIN_WORD.match(text, a + len(seg))
                if head is None or not _product_compound_head(head.group(), seg[:-1], lex, stop) \
                        or not _owner_beside(text, a, lex):
                    continue  # "Siliziumkarbid-Halbleiter": the first half of a compound whose head is a sector word
                seg = seg[:-1]  # "die Mireo-Plattform": the product's name before its noun
                compound_products.add(a)
            while seg and (token_key(seg.split()[0]) in not_names or seg[:1].islower()
                           or _role_compound_rest(token_key(seg.split()[0]), tails)
                           or _profession_before_name(seg, roles, stop)
                           or markers and _kind_compound(seg.split()[0])) and " " in seg \
                    and not _town_institution(seg.split(), lex) \
                    and not (particles and seg[:1].isupper() and token_key(seg.split()[0]) in particles
                             and (a not in sentence_starts or _opening_particle(seg.split()[1], not_names))
                             and not in_ranges(a, headlines)) \
                    and not (a not in sentence_starts and not in_ranges(a, headlines)
                             and _opens_name(text, a, seg, lex)):
                first = seg.split()[0]
                a += len(first) + 1
                seg = seg[len(first):].lstrip()
            while " " in seg and seg.rsplit(" ", 1)[1][:1].islower():
                seg = seg.rsplit(" ", 1)[0]  # "Entwicklung von" before a sector word: no trailing connector
            right = by_start.get(a + len(seg) + 1)
            if " " not in seg and right is not None and right.origin == "registry" and right in out \
                    and text[a + len(seg):a + len(seg) + 1] == " " and _town_institution([seg, right.text], lex):
                # "die Berliner Volksbank", "die Hamburger Sparkasse": a town's institution, not the
                # registry company of the generic word
                out.remove(right)
                out.append(Mention(a, right.end, text[a:right.end], "company", 0, "", 0.6, "discovered"))
                continue
            unit = _national_unit(text, a, seg, by_end)
            if unit is not None:  # "Vodafone Italia", "Crédit Agricole Italia": the owner's unit there
                if by_end[a - 1] in out:
                    out.remove(by_end[a - 1])
                out.append(unit)
                continue
            # "Enel X": one capital letter glued to a known company's name is the name's last word
            letter_unit = len(seg) == 1 and seg.isupper() and text[a - 1:a] == " " \
                and by_end.get(a - 1) is not None and by_end[a - 1].kind == "company" \
                and by_end[a - 1].origin == "registry" and not text[a + 1:a + 2].isalnum()
            if " " in seg and len(seg.split()) == 2 and token_key(seg.split()[0]) in lex.demonyms \
                    and token_key(seg.split()[1]) in stop:
                continue  # "an Dresdner Mittelständler": a town's adjective before a trade noun, no name
            if not seg or token_key(seg) in stop and not _subsidiary_named(text, a, by_end, lex) \
                    or token_key(seg) in roles or seg[:1].islower() \
                    or (len(seg) < 2 or _ROMAN.fullmatch(seg)) and not letter_unit:
                continue  # (a Roman numeral alone, "quý III", "fase II", is no name)
            if a in sentence_starts and " " not in seg and _opens_phrase(text, a, stop):
                continue  # "Grootste rivaal is Picnic": a capitalised cue's first word opens the sentence
            cut = place_prefix(seg, text, a, lex)  # "Manchester-based X", "Delftse X", "Monterrey y X"
            a, seg = a + cut, seg[cut:]
            first = seg.split(" ", 1)[0]
            if markers and " " in seg and first.endswith(tuple(lex.words.get("demonym_suffixes", ()))) \
                    and _described_name(text, a + len(first) + 1, seg[len(first) + 1:], not_names, lex):
                a, seg = a + len(first) + 1, seg[len(first) + 1:]  # "der Borkener Anbieter Deutsche Glasfaser"
            while _described_name(text, a, seg, not_names, lex):
                # the noun before a name opening with a capitalised adjective describes the name
                first = seg.split(" ", 1)[0]
                a, seg = a + len(first) + 1, seg[len(first) + 1:]
            heads = lex.words.get("noun_heads", ())
            if heads and a in sentence_starts and " " in seg and seg.split(" ", 1)[0].lower().endswith(tuple(heads)):
                # "Zuivelcoöperatie FrieslandCampina groeit": a common noun capitalised as the sentence's
                # first word describes the name after it
                first = seg.split(" ", 1)[0]
                a, seg = a + len(first) + 1, seg[len(first) + 1:]
            if markers and _place_genitive(seg.split(" ", 1)[0]):
                # German "Europas größter Stahlhersteller", "Deutschlands Liefermarkt": a place's
                # genitive, never a name's first word
                first = seg.split(" ", 1)[0]
                if " " not in seg:
                    continue
                a, seg = a + len(first) + 1, seg[len(first) + 1:]
            if markers and " " in seg and _place_genitive(seg.rsplit(" ", 1)[1]):
                seg = seg.rsplit(" ", 1)[0]  # "im Norden Schwedens"
            if is_place(seg, text, a, lex) and not (a in sectors_at and " " in seg) \
                    or (demonym(seg, lex) and not surname(seg, text, a, lex)):
                continue  # "Singapore", "Nhật Bản": a place, not a company ("Hôpital Saint-Louis" is one)
            if lex.syllabic and " " not in seg and token_key(seg) in lex.demonyms and a not in sentence_starts \
                    and (text[:a].split() or [""])[-1][:1].islower() and not surname(seg, text, a, lex):
                continue  # "các doanh nghiệp Hàn": a country word after a noun says whose, no company
            after = text[a + len(seg):a + len(seg) + 2]
            if lex.syllabic and " " not in seg and not seg.isascii() and seg[1:].islower() \
                    and after[:1] == " " and after[1:].islower():
                continue  # "Hệ thống", "Kỹ thuật": one capitalised syllable of a word whose next one is lower case
            if _place_described(text, a, seg, lex):
                continue  # "la società di Curno": a company described by its town, which is no company
            if place_adjective(seg, text, a, lex):
                continue  # "de Wageningse start-up", "het Deens-Zweedse concern": an adjective
            if "-" in seg.rsplit(" ", 1)[-1] and seg.rsplit("-", 1)[1].islower() \
                    and not _hyphenated_given_name(seg):
                continue  # "Seattle-based", "Amazon-backed", "Hong Kong-listed": an adjective
            if text[a + len(seg):a + len(seg) + 2] in ("- ", "-,"):
                continue  # German "Luft- und Seefracht": the first half of a compound, never a name
            if markers and "-" in seg and " " not in seg \
                    and _product_compound_head(seg.rsplit("-", 1)[1], seg.rsplit("-", 1)[0], lex, stop) \
                    and _owner_beside(text, a, lex):
                seg = seg.rsplit("-", 1)[0]  # "seines Avelia-Horizon-Zuges": the product Avelia-Horizon
                compound_products.add(a)
            b = a + len(seg)
            if not lex.genitive_s and text.startswith("'s", b) and (b + 2 == len(text) or not text[b + 2].isalnum()):
                seg += "'s"  # "JDE Peet's" outside English: the name's own "'s", not a genitive
            if " " not in seg and token_key(seg) in lex.words.get("institution_heads", ()):
                seg = text[a:_institution_end(text, a + len(seg), lex)]  # "Agence spatiale européenne"
            spans.append((a, a + len(seg)))
            if a not in sentence_starts and not in_ranges(a, headlines):
                capital_words_mid.add(seg)
                if " " in seg and seg.split(" ", 1)[0] in first_names():
                    # "Jitse Groen ... Groen blijft aan": a person's surname may open a later sentence
                    capital_words_mid.add(seg.rsplit(" ", 1)[1])
    # the first words of names of several words found mid-sentence ("Lumora" of "Lumora Bio")
    name_openers = {s.split(" ", 1)[0] for s in capital_words_mid
                    if " " in s and s.split(" ", 1)[0] not in first_names()}
    # a single word opening a sentence after the text named it as a company is that company again
    # ("Zorblax signed ... Zorblax also owns ...")
    named_before: set[str] = set()
    for a, b in spans:
        seg = text[a:b]
        right = by_start.get(b + 1)
        if a in sectors_at and " " not in seg and right is not None and right.kind == "company" \
                and right in out and text[b:b + 1] == " " \
                and not (markers and token_key((text[max(0, a - 20):a].split() or [""])[-1]) in markers) \
                and not ((a in sentence_starts or text[max(0, a - 2):a] in _DATELINE_DASHES)
                         and text.count(text[a:right.end]) < 2):
            # (nor "Veldhoven, 3 december – Chipmachinefabrikant ASML": a dateline's dash opens the sentence)
            # (not "Consultancy Accenture has ...": a sentence's first word is capitalised anyway)
            # (not German "der Mobilfunkanbieter 1&1": after an article the noun describes the name)
            # "Banca Generali": a capitalised sector word before a registry name is a company of
            # its own, of that name's family
            out.remove(right)
            joined = text[a:right.end]
            out.append(Mention(a, right.end, joined, "company", 0, f"new:{slug(joined)}|{right.entity}", 0.7,
                               "discovered"))
            continue
        if a in sentence_starts and markers and " " not in seg and not name_shaped(seg) \
                and seg.lower().endswith(ADJECTIVE_STEMS) and text.count(seg) < 2:
            continue  # German "Bemerkenswert ist, ...", "Fraglich ist, ...": an adjective opening a sentence
        if a in sentence_starts and " " not in seg and text[b:b + 1] == "," and len(seg) >= 7 \
                and not name_shaped(seg) and seg.lower().endswith(_ADVERB_ENDINGS):
            continue  # "Concrètement, la filiale ...", "Separately, ...": an adverb opening the sentence
        if (a in sentence_starts or in_ranges(a, headlines)) and " " not in seg and seg not in capital_words_mid \
                and seg not in named_before \
                and not cue_follows(text, b, lex) and not apposition_follows(text, b, lex) \
                and not (lex.genitive_s and text.startswith("'s ", b) and seg in name_openers) \
                and not _genitive_opening(text, b, seg, lex, stop):
            # (but "Lumora's chief executive" after "Lumora Bio": the genitive of a name's short form)
            continue  # a single capitalised word opening a sentence (or in a headline) is usually a word
        before = text[max(0, a - 40):a]
        prev_words = before.split()
        prev_key = token_key(prev_words[-1]) if prev_words else ""
        family = lex.words.get("family_words", frozenset())
        if family and (prev_key in family or (text[b:b + 20].split() or [""])[0].lower().rstrip(",.;:") in family):
            continue  # "eigendom van de familie Van Eerd", "the Wallenberg family": a family, no company
        # "Lufthansa Technik": a unit word glued to a company's name is the unit's name, not a noun
        unit_of_left = " " not in seg and seg.lower() in unit_words() and text[a - 1:a] == " " \
            and by_end.get(a - 1) is not None and by_end[a - 1].kind == "company"
        if " " not in seg and a not in compound_products and (
                prev_key in markers and not (name_shaped(seg) and len(seg) >= 3 and seg[-1].isalnum())
                               and not (_FOREIGN_LETTERS.search(seg) and len(seg) >= 6 and token_key(seg) not in stop)
                               or (suffixes and seg.lower().endswith(suffixes))) \
                and not seg.lower().endswith(_GROUP_COMPOUNDS) and not unit_of_left \
                and not _subsidiary_named(text, a, by_end, lex):
            # German "den Softwarehersteller": a capitalised noun, not a name ("die amerikanische PTC",
            # shaped like a name, stays one)
            continue
        if markers and " " not in seg and not name_shaped(seg) and prev_key[:1].isdigit() \
                and not (len(prev_key) == 4 and prev_key.isdigit()):
            continue  # German "60 Hochgeschwindigkeitszüge", "1.200 Mitarbeiter": a counted noun (not after a year)
        if markers and " " not in seg and not name_shaped(seg) and token_key(seg) in lex.words.get("goods_words", ()) \
                and not closest(registry, name_key(seg)):
            continue  # German "kauft Windstrom von RWE", "liefert Züge": goods, capitalised as every noun
        if markers and " " not in seg and not name_shaped(seg) and not unit_of_left and prev_key not in product_nouns \
                and (seg.lower().endswith(PLAIN_NOUN_ENDINGS) or adjective_before(prev_words)
                     or closed_compound(seg, lex.lang) and not _described_by_noun(prev_key, lex)) \
                and text.count(seg) < 2 and not closest(registry, name_key(seg)) \
                and (not cue_precedes(text, a, lex) or _examples_follow(text, b, lex)) \
                and not _subsidiary_named(text, a, by_end, lex) and not _after_trade_noun(text, a, seg, by_end, stop):
            # German capitalises every noun: "bezieht Batteriezellen", "im zweistelligen Milliardenbereich"
            # are nouns, "kauft Wolt" a name; after a cue too when examples follow: "mit Billigfliegern
            # wie Ryanair" names a kind of company, then its members
            continue
        if markers and " " not in seg and not unit_of_left and frequent_noun(seg, lex.lang) \
                and not closest(registry, name_key(seg)) and not _subsidiary_named(text, a, by_end, lex) \
                and not _company_described_before(prev_words, lex) \
                and not any(token_key(w) in lex.words.get("brand_words", ()) for w in prev_words[-3:]):
            # (but "unter den Marken O2 und Blau": a brand)
            continue  # German "das Werk", "die IT-Infrastruktur": a frequent noun, however often repeated
        if markers and _noun_of_noun(seg, lex) and text.count(seg) < 2 and not closest(registry, name_key(seg)):
            continue  # German "Ausfälle von Türen", "Analyse der Kundendaten": a noun phrase, no name
        if markers and len(prev_words) >= 3 and prev_key in ("und", "oder", "en", "of") \
                and prev_words[-2].endswith("-"):
            # "Die Eisenbahn- und Verkehrsgewerkschaft EVG": the article before the first compound half
            prev_words = prev_words[:-2]
            prev_key = token_key(prev_words[-1])
        if markers and " " in seg and (prev_key in markers or inflected_adjective(prev_words)
                                       or len(prev_words) > 1 and demonym(prev_words[-1], lex)
                                       and token_key(prev_words[-2]) in markers):
            # "den Dortmunder Softwareentwickler Kessler Dynamics": in a language that capitalises
            # nouns, the noun after an article or adjective describes the name that follows it
            first = seg.split()[0]
            words = seg.split()
            # (a given name is no noun: "sagte Jürgen Knobel", "wurde Carsten Meyer": a verb in -e before)
            # (nor a town's institution: "die Thüringer Aufbaubank", "die Kieler Stadtwerke")
            # (after a genitive article a word in -s is a declined noun: "des Waschmittels Persil")
            if (first.lower().endswith(suffixes + NOUN_ENDINGS + _CLOSED_KIND_TAILS) or "-" in first
                    or token_key(first) in lex.words.get("determiners", ())
                    or prev_key in lex.words.get("genitive_articles", ()) and first.endswith("s")
                    and not name_shaped(first)) and first not in first_names() \
                    and not _town_institution(words, lex):
                a += len(first) + 1
                seg = text[a:b]
                if " " in seg and seg[:1].islower():
                    while " " in seg and seg[:1].islower():
                        a += len(seg.split(" ", 1)[0]) + 1  # "die Mutter von Lumivo": the connector after the noun
                        seg = text[a:b]
                    if " " not in seg and not name_shaped(seg) and (
                            seg.lower().endswith(suffixes + NOUN_ENDINGS) or demonym(seg, lex)):
                        continue  # "Modelle der Wolfsburger", "von Händlern": nouns again
                second = seg.split()[0]
                if " " in seg and demonym(first, lex) and second.lower().endswith(
                        suffixes + NOUN_ENDINGS + _CLOSED_KIND_TAILS) and not name_shaped(second):
                    a += len(second) + 1  # "beim Dresdner Hersteller Sunfire": the town, then the noun
                    seg = text[a:b]
                if not seg[:1].isupper() and not seg[:1].isdigit():
                    continue
                if " " not in seg and not name_shaped(seg) and seg.lower().endswith(suffixes):
                    continue  # "künstlicher Intelligenz Schulungsinhalte": two nouns, no name
        cut = _country_opening(seg, lex)
        if cut:
            a += cut  # Vietnamese "tập đoàn Nhật Bản Taisho": the country after the noun describes the name
            seg = text[a:b]
        prev_mention = by_end.get(a - 1) or by_end.get(a)
        if prev_mention is not None and prev_mention not in out and text[prev_mention.end:a].strip() == "":
            # "Open Telekom Cloud": the known name is already inside a longer unknown one ("Open
            # Telekom"), which the capitals after it continue
            longer = next((m for m in out if m.end == prev_mention.end and m.start < prev_mention.start), None)
            if longer is not None:
                longer.end, longer.text = b, text[longer.start:b]
                continue
            prev_mention = None
        # "Amazon Lending", "Microsoft AI": a registry company followed by more capitals is one of
        # its products, unless the extra word is a legal suffix.
        if (prev_mention and prev_mention.kind == "company"
                and text[prev_mention.end:a].strip() == ""
                and not (" " in seg and seg.split()[0] in first_names())
                and not _stands_alone(text, seg, text[prev_mention.start:b], sectors_at)):
            tail = text[prev_mention.end:b]
            if markers and tail.startswith("-") and " " not in tail and not name_shaped(tail[1:]) \
                    and (_glued_noun(tail[1:].lower(), lex.words.get("outside_titles", frozenset()))
                         or _genitive_compound(text, prev_mention.start, tail[1:], lex)):
                continue  # German "Rheinmetall-Papiere", "ZF-Ingenieure": the company's shares, staff; a noun
            if token_key(seg) in _LEGAL:
                prev_mention.end = b
                prev_mention.text = text[prev_mention.start:b]
                continue
            owner = prev_mention.entity
            out.remove(prev_mention)
            entry = registry.get(owner)
            if entry is not None and prev_mention.text in entry.homonyms \
                    and entry.name.startswith(prev_mention.text + " "):
                # "United Launch Alliance": an ambiguous short name ("United") opening a longer
                # name is only the first word of another company's name
                joined = text[prev_mention.start:b]
                out.append(Mention(prev_mention.start, b, joined, "company", 0, "", 0.5, "discovered"))
                continue
            # "Telefónica Tech" is a unit of Telefónica, "Amazon Lending" one of its products
            # ("nền tảng VNPT Cloud", "la plateforme Orange Cloud": a product noun before makes it a product)
            kind = "company" if (seg.split()[-1].lower() in unit_words() or len(seg) == 1) \
                and not _after_product_noun(text, prev_mention.start, product_nouns) \
                or _subsidiary_named(text, a, by_end, lex) else "product"
            m = Mention(prev_mention.start, b, text[prev_mention.start:b], kind, 0, "", 0.7, "discovered")
            m.entity = f"new:{slug(m.text)}|{owner}"
            out.append(m)
            continue
        right = by_start.get(b + 1)
        if right is not None and right.kind != "industry" and text[b:b + 1] == " ":
            entry = registry.get(right.entity)
            if (not markers or seg[-1:] in "aiouy") and entry is not None and " " not in seg \
                    and " " not in right.text \
                    and len(right.text) < len(entry.name) and a not in sentence_starts and right in out:
                # "Velaro Novo": a capitalised word before a company's short name ("Novo" of Novo
                # Nordisk) makes one unknown name (in German, which capitalises its nouns, only a word
                # ending as German nouns do not: "vom Typ Velaro Novo")
                out.remove(right)
                kind = "product" if prev_key in product_nouns else "company"  # ("vom Typ Velaro Novo")
                out.append(Mention(a, right.end, text[a:right.end], kind, 0, "", 0.5, "discovered"))
            continue  # glued to a registry name on the right: part of a longer unknown name
        if " " in seg and _runs_into_title(seg, text, b, lex):
            continue  # "Tân Tổng giám đốc VNPT": "new" and a title's first word, no name
        kind = "company"
        first = seg.split()[0]
        # "dell'imprenditore X": an elided preposition glued to the honorific
        titled = prev_key in honorifics or prev_key.rsplit(" ", 1)[-1] in honorifics
        owner_id = _unit_owner(seg, registry) if not titled else ""
        if owner_id:
            # "Tim Enterprise": a known company's name and a unit word, whatever the first word
            out.append(Mention(a, b, seg, "company", 0, f"new:{slug(seg)}|{owner_id}", 0.5, "discovered"))
            continue
        if product_nouns and not titled and (prev_key in product_nouns or len(prev_words) >= 2 and (
                token_key(" ".join(prev_words[-2:])) in product_nouns) or _adjectives_after_product_noun(
                prev_words, product_nouns, stop)):  # (Vietnamese "thương hiệu": two words)
            kind = "product"  # "la marque Tom Ford Beauty", "le jeu Far Cry": a brand, not a person
        elif a in compound_products:
            kind = "product"
        elif not titled and _MODEL_NAME.search(seg):
            kind = "product"  # "A321XLR", "H200", "OB-214": a model's letters and number, no company's name
        elif not titled and " " not in seg and seg.isupper() and len(seg) <= 4 and prev_words \
                and _MODEL_NUMBER.fullmatch(prev_words[-1]) and text[a - 1:a] == " ":
            # "200 chiếc 737 MAX", "the 777 X": capitals after a model's number end the model's name
            a -= len(prev_words[-1]) + 1
            seg, kind = text[a:b], "product"
        elif titled or (" " in seg and first in first_names()
                        and not _company_described_before(prev_words, lex, bare_adjective=False)) \
                or _quoted_speaker(seg, prev_key, lex):
            kind = "person"
        elif " " in seg and len(seg.split()) <= 4 and near_role(text, a, b, roles, agents, relatives) \
                and not _after_of_word(prev_key, lex) and not ends_with_country(seg) \
                and prev_key not in lex.words.get("employer_words", frozenset()) \
                and not (len(prev_words) >= 2 and token_key(prev_words[-1]) in lex.words.get("articles", ())
                         and _after_of_word(token_key(prev_words[-2]), lex)) \
                and seg.rsplit(" ", 1)[1].lower() not in unit_words() and not _title_names_next(text, b, roles) \
                and not _owns_title(text, b, lex) and not _company_described_before(prev_words, lex) \
                and not (markers and _capital_adjective_opens_name(text, a, seg, lex)):
            # (not "Giám đốc điều hành Bảo An Tech": no person's name ends in a business word; nor
            # opens with a country's adjective: "ein Sprecher von Deutsche Glasfaser")
            kind = "person"
        m = Mention(a, b, seg, kind, 0, "", 0.8 if kind == "person" else 0.5, "discovered")
        out.append(m)
        if kind == "company":
            named_before.add(seg)
    out = _local_acronyms(text, out, registry)
    out = _named_runs(text, capitalised, out, lex)
    discovered = [(m.start, m.end) for m in out if m.origin == "discovered"]
    out = [m for m in out if not (m.kind == "industry" and any(a <= m.start and m.end <= b for a, b in discovered))]
    _link_surnames(out, text, lex)
    # "une coentreprise, baptisée CAWL": a name the text introduces is new, not a typo of "CATL"
    naming = lex.words.get("naming_words", frozenset())
    introduced = {m.start for m in out if naming and m.origin == "discovered"
                  and token_key((text[max(0, m.start - 30):m.start].split() or [""])[-1]) in naming}
    fuzzy_resolve(out, registry, introduced)
    return out


_PLAIN_WORD = re.compile(r"\w+")


def _product_compound_head(head: str, rest: str, lex: Lexicon, stop: frozenset[str]) -> bool:
    """"Mireo-Plattform", "Avelia-Horizon-Zuges": a compound whose head is a product or offering noun
    (also in the genitive or plural) after a word no vocabulary lists names the product before it."""
    if not rest[:1].isupper() or token_key(rest) in stop or token_key(rest.split("-")[0]) in stop:
        return False
    nouns = lex.words.get("product_nouns", frozenset()) | lex.words.get("offering_nouns", frozenset())
    key = head.lower()
    return any(key[:len(key) - len(e)] in nouns for e in ("", "s", "es", "n", "en", "e") if key.endswith(e))


def _owner_beside(text: str, a: int, lex: Lexicon) -> bool:
    """An owner right before the compound at a: a possessive or a name's genitive apostrophe ("seines
    X-Zuges", "Siemens' X-Plattform"); without one, "Chipdesign-Software", "Siliziumkarbid-Halbleiter"
    are common nouns (and "die X-Lösung von Y" may be Y's offer for its client X)."""
    before = text[max(0, a - 20):a].split()
    return bool(before) and (token_key(before[-1]) in lex.words.get("possessives", ())
                             or before[-1].endswith("'"))


# a model's number: three or four digits that are no year ("737", "A350" is a name already)
_MODEL_NUMBER = re.compile(r"(?!19\d\d|20\d\d)\d{3,4}")


# endings of the German common nouns glued to a company's name ("-Papiere", "-Ingenieure", "-Züge")
_GLUED_NOUN_ENDINGS = ("e", "en", "er", "ern", "ung", "ungen", "heit", "keit", "schaft", "ion", "ionen", "tät",
                       "el", "eln", "te", "ten", "nis", "nisse", "ik", "ie", "ien", "ur", "uren", "ment", "mente")


def _glued_noun(key: str, outside: frozenset[str]) -> bool:
    """"-Papiere", "-Analyst" (an outsider's title: who follows the company, not who works there): a
    common noun glued to a name."""
    return key.endswith(_GLUED_NOUN_ENDINGS) or key in outside


def _country_opening(seg: str, lex: Lexicon) -> int:
    """Where a language puts the country after the noun ("tập đoàn Nhật Bản Taisho", "hãng Hàn Quốc
    X"), a run opening with a country's name (its first word a demonym of the lexicon) and going on
    with more capitalised words holds the country, then the name: the length to cut, else 0."""
    words = seg.split(" ")
    if len(words) < 2 or token_key(words[0]) not in lex.demonyms:
        return 0
    # (countries of two syllables only: a one-syllable "Mỹ" also opens words such as "Mỹ phẩm")
    if len(words) > 2 and name_key(" ".join(words[:2])) in places() and words[2][:1].isupper() \
            and name_key(" ".join(words[2:])) not in places():
        return len(words[0]) + len(words[1]) + 2
    return 0


def _genitive_compound(text: str, start: int, tail: str, lex: Lexicon) -> bool:
    """German "des Hensoldt-Umsatzes", "des Dresdner Infineon-Standorts": a compound declined in the
    genitive after its article is a common noun (a site, a share, a project), not a brand of the name."""
    articles = lex.words.get("genitive_articles", frozenset())
    if not articles or not tail.endswith("s") or len(tail) < 5:
        return False
    return any(token_key(w) in articles for w in text[max(0, start - 40):start].split()[-3:])


# endings of adverbs (fr "-ment", es/it "-mente", en "-ly")
_ADVERB_ENDINGS = ("ment", "mente", "ly")
# compound tails saying what kind of company the first half's trade makes ("Drohnen-Start-up")
# lower-case tails after a hyphen that make an adjective of a name, though no "-ed" participle
_ADJECTIVE_TAILS = frozenset({"born", "run", "made", "built", "style", "era", "wide", "free", "rich", "sized",
                              "size", "scale", "class", "level", "type", "like", "only", "bound", "led", "grown",
                              "held", "linked", "friendly", "proof", "ready", "first", "focused", "heavy",
                              "centric", "native", "specific", "dominated", "speaking", "ish"})


def _hyphenated_given_name(seg: str) -> bool:
    """"Kim Sun-woo", "Kim Dong-myung": a family name and a hyphenated given name, whose second
    syllable is written in lower case; a participle ("Hong Kong-listed") or an adjective-forming
    tail ("Paris-born") makes an adjective instead."""
    words = seg.split(" ")
    # (romanised syllables are short: a longer word is a name's or a compound's, "Bayer Crop-science")
    if len(words) != 2 or not words[0].isalpha() or not 2 <= len(words[0]) <= 5 or not words[0][:1].isupper() \
            or words[0].isupper():
        return False
    head, _, tail = words[1].partition("-")
    return head.isalpha() and 2 <= len(head) <= 5 and head[1:].islower() and tail.isalpha() and 2 <= len(tail) <= 6 \
        and not tail.endswith("ed") and tail not in _ADJECTIVE_TAILS


_KIND_TAILS = frozenset({"start-up", "startup", "hersteller", "anbieter", "spezialist", "riese", "konzern",
                         "entwickler", "dienstleister", "unternehmen", "firma", "zulieferer"})
_CLOSED_KIND_TAILS = tuple(t for t in _KIND_TAILS if "-" not in t)
_TRADE_NOUN_ENDINGS = ("en", "ie", "ik", "ung", "ungen", "ien", "ion", "ionen", "tät", "heit", "keit", "ur")


def _town_institution(words: list[str], lex: Lexicon) -> bool:
    """German "Berliner Volksbank", "Thüringer Aufbaubank": a town's adjective and an institution's
    noun (lexicon institution_heads) are one name."""
    heads = lex.words.get("institution_heads")
    return bool(heads) and len(words) == 2 and words[1].lower().endswith(tuple(heads)) and demonym(words[0], lex)


def _kind_compound(word: str) -> bool:
    """'Drohnen-Start-up', 'Software-Hersteller': a compound ending in a kind of company describes the
    name after it."""
    parts = word.lower().split("-")
    if len(parts) >= 2:
        return any("-".join(parts[k:]) in _KIND_TAILS for k in range(1, len(parts)))
    # closed compounds: "Baufirma", "Softwarehersteller", "Autozulieferer" (a stem of three letters at least)
    return any(word.lower().endswith(t) and len(word) >= len(t) + 3 for t in _CLOSED_KIND_TAILS)


_LOWER_WORD = re.compile(r" ([^\W\d_A-Z][\w\-]*)")


def _institution_end(text: str, end: int, lex: Lexicon) -> int:
    """Where the name of a public body opening with a capitalised head ends: its lowercase
    adjectives ("Agence spatiale européenne"), then at most one "of" complement with its own
    adjectives ("Direction générale de l'armement", "Autorité des marchés financiers")."""
    suffixes = tuple(lex.words.get("institution_suffixes", ()))
    of_words = lex.words.get("of_words", frozenset())

    def adjectives(pos: int) -> int:
        while (m := _LOWER_WORD.match(text, pos)) and m.group(1).lower().endswith(suffixes) \
                and m.group(1).lower() not in of_words:
            pos = m.end()
        return pos

    pos = adjectives(end)
    rest = text[pos:pos + 40]
    for word in sorted(of_words, key=len, reverse=True):  # "de l'", "de la" before "de"
        glued = word.endswith("'")
        if rest.lower().startswith(" " + word + ("" if glued else " ")):
            start = pos + 1 + len(word) + (0 if glued else 1)
            m = re.match(r"([^\W\d_A-Z][\w\-]*)", text[start:start + 30])
            if m and m.group(1).lower() not in lex.vocabulary and len(m.group(1)) > 2:
                return adjectives(start + m.end())
            break
    return pos


def _glued_runs(text: str, runs: list[tuple[int, int]], glue: frozenset[str]) -> list[tuple[int, int]]:
    """"Airbus Defence and Space", "Assassin's Creed" in a French text: where "and" or "'s" is no
    word of the language, it joins the capitalised words around it into one (English) name."""
    out: list[tuple[int, int]] = []
    for a, b in runs:
        between = text[out[-1][1]:a] if out else ""
        if between and len(between) <= 5 and between.endswith(" ") and between.strip().replace("’", "'") in glue:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


_GENITIVE_WORD = re.compile(r"(?<![\w'’-])[A-ZÄÖÜ][\w&-]*[A-Za-z0-9](?= [A-ZÄÖÜ])")
# Dutch writes its nouns in lower case: "Valves winkelplatform", "Shells grootste klant"
_GENITIVE_WORD_LOWER = re.compile(r"(?<![\w'’-])[A-Z][\w&-]*[A-Za-z0-9](?= [a-z])")


def _genitive_names(text: str, mentions: list[Mention], registry: Registry, lex: Lexicon) -> list[Mention]:
    """German "BMWs Partner", "Teslas Rivale": a registry name with a genitive ending glued on (no
    apostrophe; lexicon genitive_endings) before a capitalised noun names that company."""
    endings = tuple(lex.words.get("genitive_endings", ()))
    out: list[Mention] = []
    if not endings:
        return out
    # a discovered name of exactly the word ("Valves" unknown) gives way to the genitive
    same = {(m.start, m.end): m for m in mentions if m.origin == "discovered"}
    taken = [(m.start, m.end) for m in mentions if (m.start, m.end) not in same]
    pattern = _GENITIVE_WORD if lex.words.get("noun_markers") else _GENITIVE_WORD_LOWER
    for hit in pattern.finditer(text):
        a, b = hit.start(), hit.end()
        word = hit.group()
        ending = next((e for e in endings if word.endswith(e) and len(word) - len(e) >= 2), None)
        if ending is None or any(x < b and a < y for x, y in taken):
            continue
        stem = word[:-len(ending)]
        # a homonym ("Valve") in exact case inside a sentence is the company, not the ordinary word
        inside = text[:a].rstrip()[-1:] not in ("", ".", "!", "?", ":", "\n", "\"", "„", "«", "“")
        entries = [e for e in registry.lookup(stem) if stem in e.names and (inside or stem not in e.homonyms)]
        if len(entries) != 1 or entries[0].kind != "company":
            continue
        if (a, b) in same:
            mentions.remove(same[(a, b)])
        out.append(Mention(a, b, word, "company", 0, entries[0].id, 0.8, "registry"))
    return out


def _place_genitive(word: str) -> bool:
    """'Europas', 'Schwedens': a country's or region's name with the genitive -s."""
    if len(word) < 5 or not word.endswith("s"):
        return False
    key = name_key(word[:-1])
    return key in places() or key in world_places()[0]


def _capitalised_hits(text: str, low: str, prefix: str):
    """(start, end) of each capitalised occurrence of a lower-case legal form ("Công ty" for "công
    ty") standing alone before a space and a capital: plain str.find over the lowered text, far
    cheaper than a case-insensitive pattern (lower() keeps Vietnamese text's length; else the pattern)."""
    if len(low) != len(text):
        for m in re.finditer(r"(?<!\w)" + re.escape(prefix) + r"(?= [^\W\d_])", text, re.IGNORECASE):
            if text[m.start()].isupper() and text[m.end() + 1].isupper():
                yield m.start(), m.end()
        return
    n = len(prefix)
    i = low.find(prefix)
    while i >= 0:
        e = i + n
        if text[i].isupper() and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")) \
                and low.startswith(" ", e) and e + 1 < len(text) and text[e + 1].isupper():
            yield i, e
        i = low.find(prefix, i + 1)


def _legal_names(text: str, mentions: list[Mention], registry: Registry, lex: Lexicon,
                 legal: dict[str, str]) -> list[Mention]:
    """"Công ty Suất ăn Hàng không Nội Bài", "Công ty Điện máy Gia dụng Hòa Phát": a capitalised
    legal form (lexicon legal_prefixes) opens a registered name that runs over capitalised words and
    the lower-case syllables of their compounds ("Suất ăn", "Vận tải biển") up to the last capital.
    The pieces found inside (a sector word, a short name) become one company named by what follows
    the legal form, a unit of the known company whose name it holds ("Công ty Nhựa Hoa Sen"); `legal`
    receives each one's name without the legal form."""
    prefixes = sorted(lex.words["legal_prefixes"], key=len, reverse=True)
    breaks = set(lex.words.get("name_breaks", ()))
    conjunctions = lex.words.get("conjunctions", frozenset())
    for cls in ("conjunctions", "of_words", "with_words", "agent_words", "relatives", "have_words", "seller_words",
                "purposes", "in_words", "place_words"):
        breaks |= lex.words.get(cls, frozenset())
    out = mentions
    registry_ends = {m.end for m in mentions if m.origin == "registry"}
    registry_starts = {m.start for m in mentions if m.origin == "registry"}
    handled: list[tuple[int, int]] = []  # legal forms read already: "Công ty" in "Tổng Công ty", "Công ty Cổ phần"
    low = text.lower()
    for prefix in prefixes:
        for a, hit_end in _capitalised_hits(text, low, prefix):
            if any(x <= a < y for x, y in handled):
                continue
            handled.append((a, hit_end))
            if any(m.start <= a < m.end and m.kind == "company" for m in out):
                continue  # inside a name found already (a registry alias, a longer legal form)
            rest = hit_end + 1
            end, capitals, lower, pos = 0, 0, 0, rest
            for w in _WORD.finditer(text, rest):
                if w.start() != pos:
                    break  # punctuation or a line break ends the name
                word = w.group()
                if word[:1].isupper() or word[:1].isdigit() and not word.replace(".", "").replace(",", "").isdigit():
                    capitals, lower, end = capitals + 1, 0, w.end()
                elif capitals and lower < 2 and token_key(word) not in breaks and w.start() - 1 not in registry_ends:
                    lower += 1  # a compound's syllable ("Hàng không"): kept only where a capital follows
                elif capitals and token_key(word) in conjunctions and (bracket := _LEGAL_TAIL.match(text, w.end())) \
                        and w.end() + 1 not in registry_starts:
                    # "Công ty CP Di chuyển Xanh và Thông minh (GSM)": a name with its own short name in
                    # brackets runs up to the bracket over "và" (not "... cho Công ty A và Vietjet (VJC)")
                    end = bracket.end(1)
                    break
                else:
                    break
                pos = w.end() + 1
                if text[w.end():pos] != " ":
                    break
            if not end or capitals < 2 and " " not in text[rest:end]:
                continue  # "Tập đoàn FLC": one word is found as a name already
            name = text[rest:end]
            if is_place(name, text, rest, lex) or demonym(name, lex):
                continue  # "Công ty Singapore này": a description, not a name
            inside = [m for m in out if a <= m.start and m.end <= end]
            if any(m.origin == "registry" and m.kind == "company" and m.start <= rest and m.end >= end for m in inside):
                continue  # "Công ty Cổ phần Sữa Việt Nam": the registry knows the name
            owners = [m.entity for m in inside if m.origin == "registry" and m.kind == "company"]
            if any(m.start < a < m.end or m.start < end < m.end for m in out):
                continue  # a name straddling the span's edge: leave both as found
            out = [m for m in out if m not in inside]
            owner = owners[-1] if owners else ""
            # the mention holds the legal form, so that its words read as no description of their own
            out.append(Mention(a, end, text[a:end], "company", 0, f"new:{slug(name)}|{owner}", 0.7, "discovered"))
            legal.setdefault(f"new:{slug(name)}", name)
    return out


_NAME_WORD = re.compile(r"[^\W\d_][\w\-]*")


@lru_cache(maxsize=16)
def _public_head_pattern(lex: Lexicon) -> re.Pattern:
    """The lexicon's public_heads as whole words in any case: one scan finds them all."""
    heads = sorted(lex.words["public_heads"], key=len, reverse=True)
    return re.compile(r"(?<![\w\-])(?:" + "|".join(map(re.escape, heads)) + r")(?![\w\-])", re.IGNORECASE)


def _public_bodies(text: str, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """"Ministerio de Defensa", "the Department of Health and Social Care", "le ministère des Armées",
    "het ministerie van Defensie", "de gemeente Groningen", "Bundesministerium für Wirtschaft und
    Klimaschutz": a public body's head noun (lexicon public_heads) and the capitalised words joined
    to it by "of" words and conjunctions are one name, though a word inside names a sector
    ("Defensa", "Health") or a place ("Groningen"). A head said in lower case needs an article
    before it. Public bodies buy, regulate and own as companies do (FORMAT.md counts them)."""
    links = sorted(lex.words.get("of_words", frozenset()) | lex.words.get("conjunctions", frozenset())
                   | {f"{c} {o}" for c in lex.words.get("conjunctions", ()) for o in lex.words.get("of_words", ())},
                   key=len, reverse=True)
    articles = lex.words.get("articles", frozenset()) | lex.words.get("determiners", frozenset())
    companies = [(m.start, m.end) for m in mentions if m.kind in ("company", "product")]
    out = mentions
    for h in _public_head_pattern(lex).finditer(text):
        head = h.group()
        if not head[:1].isupper() and token_key((text[max(0, h.start() - 12):h.start()].split() or [""])[-1]) \
                not in articles:
            continue  # a lower-case head is a body only after an article: "le ministère", "de gemeente"
        end, pos, named = h.end(), h.end(), False
        while True:
            rest = text[pos:pos + 30]
            link = next((w for w in links if rest.lower().startswith(" " + w + ("" if w.endswith("'") else " "))), None)
            start = pos + 1 + (len(link) + (0 if link.endswith("'") else 1) if link else 0)
            m = _NAME_WORD.match(text, start)
            if m is None or not m.group()[:1].isupper() or text[pos:pos + 1] != " " \
                    or any(a <= m.start() < b for a, b in companies):
                break  # (not "with the Ministry of Defence and Airbus": a company ends the name)
            end = pos = m.end()  # "Autoridad Portuaria de Valencia": capitals, with or without a link
            named = True
        if not named or any(a <= h.start() < b for a, b in companies):
            continue  # a registry name holds it ("Department of Justice" listed)
        inside = [m for m in out if h.start() <= m.start and m.end <= end]
        out = [m for m in out if m not in inside]
        name = text[h.start():end]
        out.append(Mention(h.start(), end, name, "company", 0, f"new:{slug(name)}|", 0.7, "discovered"))
    return out


def _place_described(text: str, a: int, seg: str, lex: Lexicon) -> bool:
    """The name at `a` follows a description by place ("la società di", "il gruppo di piazza"), and
    is no person's."""
    words = lex.words.get("place_descriptions")
    if not words or seg.split(" ", 1)[0] in first_names():
        return False
    before = " " + token_key(" ".join(text[max(0, a - 40):a].split()[-4:]))
    return any(before.endswith(" " + w) for w in words)


def _after_product_noun(text: str, start: int, product_nouns) -> bool:
    """A product noun of one or two words right before `start`."""
    words = text[max(0, start - 30):start].split()
    return bool(words) and (token_key(words[-1]) in product_nouns
                            or len(words) >= 2 and token_key(" ".join(words[-2:])) in product_nouns)


def _opens_phrase(text: str, start: int, stop) -> bool:
    """The words from start, lower-cased, are a phrase of the lexicon of two or three words."""
    words = text[start:start + 80].split()
    return any(token_key(" ".join(words[:n])) in stop for n in (3, 2) if len(words) >= n)


def _adjectives_after_product_noun(prev_words: list[str], product_nouns, stop) -> bool:
    """'il sistema frenante elettronico Sensify': a product noun, then one or two lowercase adjectives
    (no function word of the lexicon between), right before the name."""
    for n in (1, 2):
        if len(prev_words) <= n:
            return False
        word = prev_words[-n]
        if not (word.isalpha() and word.islower() and len(word) > 3) or token_key(word) in stop:
            return False
        if token_key(prev_words[-n - 1]) in product_nouns:
            return True
    return False


def _examples_follow(text: str, pos: int, lex: Lexicon) -> bool:
    """'Billigfliegern| wie Ryanair': an includer ("wie", "such as") and a capitalised word right after."""
    following = text[pos:pos + 40]
    if not following.startswith(" "):
        return False
    words = following.split()
    for n in (1, 2):
        if len(words) > n and token_key(" ".join(words[:n])) in lex.words.get("includers", frozenset()) \
                and words[n][:1].isupper():
            return True
    return False


_DATELINE_DASHES = ("– ", "— ", "- ")


def _after_trade_noun(text: str, a: int, seg: str, by_end: dict[int, Mention], stop: frozenset[str]) -> bool:
    """German "vom Netzbetreiber Amprion", "beim Versicherer Kestrion": a word right after a capitalised
    trade noun (an industry mention) names the company of that trade, whatever its ending."""
    m = by_end.get(a - 1)
    return m is not None and m.kind == "industry" and m.text[:1].isupper() and text[a - 1] == " " \
        and token_key(seg) not in stop


def _after_of_word(prev_key: str, lex: Lexicon) -> bool:
    """'amministratore delegato di Banca Ifis', 'eigenaar van het Algemeen Dagblad' (called with the
    word before the article): a name after a title's "of" is the firm, not a
    person ("geleitet von X", where "von" also marks an agent, may be either)."""
    return prev_key in lex.words.get("of_words", frozenset()) - lex.words.get("agent_words", frozenset())


def _unit_owner(seg: str, registry: Registry) -> str:
    """The registry company whose name opens `seg` when a unit word ends it ("Tim| Enterprise")."""
    if " " not in seg:
        return ""
    head, last = seg.rsplit(" ", 1)
    if last.lower() not in unit_words():
        return ""
    owner = registry.lookup(head)
    return owner[0].id if owner and owner[0].kind == "company" else ""


def _name_part(text: str, m: Mention, markers: frozenset[str], stop: frozenset[str]) -> bool:
    """A capitalised sector word inside a name: after a capitalised word that is no ordinary word
    ("Zorblax Logistics"), or, where capitals mark names only, before one ("Banca Ifis")."""
    if m.kind != "industry" or not m.text[:1].isupper():
        return False
    if after_capital(text, m.start) and (markers or not _after_stop_word(text, m.start, stop)):
        return True
    if text[max(0, m.start - 3):m.start] == " & " and after_capital(text, m.start - 2):
        return True  # "Escribano Mechanical & Engineering": "&" joins the words of one name
    # "Servicio Andaluz de Salud", "Instituto Catalán de Finanzas": a capitalised sector word after
    # "de" that follows a name's capitalised words ends a public body's name
    before = text[max(0, m.start - 40):m.start]
    for connector in (" de ", " del "):
        if before.endswith(connector) and not markers:
            k = m.start - len(connector) + 1
            words = text[max(0, k - 40):k].split()
            if after_capital(text, k) and len(words) >= 2 and words[-2][:1].isupper():
                return True
    return not markers and _before_capital(text, m.end)


def _sector_word_as_subject(text: str, m: Mention, markers: frozenset[str], lex: Lexicon) -> bool:
    """"Sul fronte delle alleanze, Engineering ha interrotto ...": where capitals mark names only, a
    capitalised sector word inside a sentence, after a comma and before "has", is a company's name."""
    if markers or " " in m.text or not m.text[:1].isupper() or not text[max(0, m.start - 2):m.start] == ", ":
        return False
    following = text[m.end:m.end + 20].split()
    return bool(following) and token_key(following[0]) in lex.words.get("have_words", frozenset())


def _after_stop_word(text: str, pos: int, stop: frozenset[str]) -> bool:
    """'Che Banca!': the capitalised word before is an ordinary word of the language, no name."""
    words = text[max(0, pos - 40):pos].split()
    return bool(words) and token_key(words[-1]) in stop


def _before_capital(text: str, pos: int) -> bool:
    """True when a capitalised word follows `pos` after one space ("Banca| Ifis")."""
    return text[pos:pos + 1] == " " and text[pos + 1:pos + 2].isupper()


# last words of the names of countries of several words ("South Africa", "Saudi Arabia")
_COUNTRY_TAILS = frozenset({"africa", "afrika", "afrique", "sudáfrica", "korea", "corea", "corée", "arabia", "arabien",
                            "zealand", "kingdom", "states", "emirates", "america", "amerika", "lanka", "rica"})


def _national_unit(text: str, a: int, seg: str, by_end: dict[int, Mention]) -> Mention | None:
    """'Vodafone Italia': a registry company glued to a country (a unit word such as "Italia") names
    its national unit, a company of its family, even though the country alone is a place."""
    if text[a - 1:a] != " " or (seg.lower() not in unit_words() if " " not in seg else not (
            len(seg.split()) <= 3 and seg.rsplit(" ", 1)[1].lower() in _COUNTRY_TAILS and name_key(seg) in places())):
        return None  # ("Hensoldt South Africa": a country of several words)
    owner = by_end.get(a - 1)
    if owner is None or owner.kind != "company" or owner.origin != "registry" or not seg[:1].isupper():
        return None
    if name_key(seg) not in places() and name_key(seg) not in world_places()[0]:
        return None  # "Google Cloud": an ordinary unit word, read by the usual path
    joined = text[owner.start:a + len(seg)]
    return Mention(owner.start, a + len(seg), joined, "company", 0, f"new:{slug(joined)}|{owner.entity}", 0.7,
                   "discovered")


def _without_article(text: str, rest: str) -> bool:
    """'L'Ospedale San Gerardo' ... 'all'Ospedale San Gerardo': the text writes the name elsewhere
    without the capitalised article, which is then no part of it."""
    return re.search(r"(?<!L['’])(?<![\w-])" + re.escape(rest) + r"(?![\w-])", text) is not None


def _named_runs(text: str, runs: list[tuple[int, int]], out: list[Mention], lex: Lexicon) -> list[Mention]:
    """"a venture provisionally named Tata Nokia Systems", "une coentreprise baptisée Renault Ampere
    Cells": the capitalised run a naming word introduces is one new name, whatever registry names
    it holds."""
    # (words only: an opening quote introduces a name to fuzzy matching, but quotes whole sentences too)
    naming = frozenset(w for w in lex.words.get("naming_words", frozenset()) if w[:1].isalpha())
    if not naming:
        return out

    lasts = frozenset(w.rsplit(" ", 1)[-1] for w in naming)

    def named(pos: int) -> bool:
        window = text[max(0, pos - 40):pos]
        last = window.rsplit(None, 1)  # the word before, without splitting the whole window
        if not last or last[-1].lower() not in lasts:
            return False  # (most runs: the word before is no naming word's last word)
        before = window.split()
        return any(token_key(" ".join(before[-k:])) in naming for k in (1, 2, 3) if len(before) >= k)

    def merge(a: int, b: int) -> bool:
        inside = [m for m in out if a <= m.start and m.end <= b]
        if not any(m.origin == "registry" and m.kind == "company" for m in inside) \
                or any((m.start, m.end) == (a, b) for m in inside) \
                or any(m.start < b and a < m.end and not (a <= m.start and m.end <= b) for m in out) \
                or any(m.kind == "person" for m in inside):
            return False
        out[:] = [m for m in out if m not in inside]
        out.append(Mention(a, b, text[a:b], "company", 0, "", 0.6, "discovered"))
        return True

    out = list(out)
    introduced = set()
    for a, b in runs:
        if not named(a):  # (German "mit dem Namen Bosch ...": the capitalised noun opens the run)
            a = next((a + w.end() + 1 for w in list(NON_SPACE.finditer(text[a:b]))[:2] if named(a + w.end() + 1)), b)
        if " " in text[a:b] and merge(a, b):
            introduced.add(text[a:b])
    for name in introduced:  # the name the text introduced, written again later
        for hit in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text):
            merge(hit.start(), hit.end())
    return out


_TOWN_BEFORE = re.compile(r"(?<![\w-])([^\W\d_][\w'-]*) $")
_TOWN_AFTER = re.compile(r" ([^\W\d_][\w'-]*)(?![\w-])")


def _local_acronyms(text: str, out: list[Mention], registry: Registry) -> list[Mention]:
    """'Amsterdam UMC', 'UMC Utrecht', 'TU Delft': a town glued to an acronym that is only a short
    alias of some registry company ("UMC" of United Microelectronics) names the town's own
    hospital or university, a new company, not that registry company."""
    taken = {(m.start, m.end) for m in out}
    for acro in list(out):
        if acro.origin != "registry" or acro.kind != "company" or not acro.text.isupper() \
                or not 2 <= len(acro.text) <= 5:
            continue
        entry = registry.get(acro.entity)
        if entry is None or name_key(entry.name) == name_key(acro.text):
            continue  # ("IBM Paris": the acronym is the company's own name)
        before = _TOWN_BEFORE.search(text, max(0, acro.start - 40), acro.start)
        after = _TOWN_AFTER.match(text, acro.end)
        sides = ((before, before and before.start(1), acro.end), (after, acro.start, after and after.end(1)))
        for town, start, end in sides:
            if town is None or not town.group(1)[:1].isupper() or town.group(1).lower() in unit_words():
                continue  # (a country is a national unit: "Vodafone Italia")
            key = name_key(town.group(1))
            if key not in places() and key not in world_places()[0]:
                continue
            if any(a < end and start < b and (a, b) != (acro.start, acro.end) for a, b in taken):
                continue  # the word is part of another name
            joined = text[start:end]
            out = [m for m in out if m is not acro]
            out.append(Mention(start, end, joined, "company", 0, "", 0.6, "discovered"))
            break
    return out


@lru_cache(maxsize=16)
def _title_openings(lex: Lexicon) -> frozenset[str]:
    """The first two words of the lexicon's role titles of several words ("tổng giám", "giám đốc")."""
    return frozenset(" ".join(t.split()[:2]) for t in lex.words.get("role_titles", ()) if " " in t)


def _title_names_next(text: str, b: int, roles: frozenset[str]) -> bool:
    """A role title after the name that a capitalised name follows at once ("Halvard Nuclear boss
    Marisa Okafor", "X said its chief executive Marisa Okafor ..."): the title is that other
    name's, so it makes no person of this one."""
    words = _SENTENCE_CUT.split(text[b:b + 80], 1)[0].split()[:8]
    for i in range(len(words)):
        for n in (4, 3, 2, 1):
            if i + n < len(words) and token_key(" ".join(words[i:i + n])) in roles \
                    and words[i + n][:1].isupper() and words[i + n - 1][-1:].isalpha():
                return True
    return False


_SENTENCE_CUT = re.compile(r"[.!?;:]\s")


def _owns_title(text: str, b: int, lex: Lexicon) -> bool:
    """"Leo Quinn, Balfour Beatty's chief executive": a name with a genitive 's before the title owns
    the title: a company, not the person."""
    return lex.genitive_s and text[b:b + 3] in ("'s ", "’s ", "' ", "’ ")


def _runs_into_title(seg: str, text: str, b: int, lex: Lexicon) -> bool:
    """The capitalised run ends in the first word of a role title that the lower-case text after it
    goes on ("Tân Tổng giám đốc"): the run is a title's opening, not a name."""
    if b >= len(text) or text[b] != " ":
        return False
    rest = text[b + 1:b + 30].split(" ", 1)
    if not rest or not rest[0][:1].islower():
        return False
    return token_key(seg.rsplit(" ", 1)[1] + " " + rest[0]) in _title_openings(lex)


def _person_particles(text: str, runs):
    """'Jan de Vries van Exact': a run opening with a given name has one particle group ('de',
    'van den') before the surname; a later connector starts the next name ('van Exact')."""
    given = first_names()
    for start, end in runs:
        if " " not in text[start:end]:
            yield start, end  # one word (a run's words are joined by single spaces)
            continue
        words = list(NON_SPACE.finditer(text[start:end]))
        k = next((i for i, w in enumerate(words[:2]) if w.group() in given), None)  # "Directeur Jan ..."
        if k is None:
            # "Talpa Network van John de Mol": a connector before a given name starts a person's name
            cut = next((j for j in range(1, len(words) - 1)
                        if words[j].group() in CONNECTORS and words[j + 1].group() in given), None)
            if cut is None:
                yield start, end
            else:
                yield start, start + words[cut - 1].end()
                yield start + words[cut + 1].start(), end
            continue
        if len(words) - k < 5:
            yield start, end
            continue
        k += 1
        while k < len(words) and words[k].group() in given:
            k += 1  # "Jan Peter de Vries"
        while k < len(words) and words[k].group() in CONNECTORS:
            k += 1
        cut = next((j for j in range(k + 1, len(words) - 1) if words[j].group() in CONNECTORS), None)
        if cut is None:
            yield start, end
            continue
        yield start, start + words[cut - 1].end()
        yield start + words[cut + 1].start(), end


def _stands_alone(text: str, seg: str, joined: str, sectors_at: dict[int, Mention]) -> bool:
    """'DoorDash Wolt' where the article also names Wolt on its own: two names side by side (not
    where the word alone is a sector: "Beauté : ..." heading an article on "Kering Beauté")."""
    joined_at = {m.end() - len(seg) for m in re.finditer(re.escape(joined), text)}
    return any(m.start() not in joined_at and m.start() not in sectors_at and not _inside_name(text, m.start())
               for m in re.finditer(rf"(?<!\w){re.escape(seg)}(?!\w)", text))


def _split_maker(text: str, a: int, b: int, lex: Lexicon) -> list[tuple[int, int]]:
    """"l'application Zorbo de Brelio", "die App Zorbo von Brelio": after a product noun, a name of
    one word, "of" and a capitalised name are the product and its maker."""
    words = text[a:b].split(" ")
    if len(words) >= 3 and token_key(words[1]) in lex.words.get("of_words", ()) and words[2][:1].isupper():
        first_end = a + len(words[0])
        return [(a, first_end), (first_end + len(words[1]) + 2, b)]
    return [(a, b)]


def _inside_name(text: str, start: int) -> bool:
    """The word at `start` closes another capitalised name ("Cloud" of "FPT Smart Cloud"): it does
    not stand alone there."""
    before = text[max(0, start - 40):start]
    return before.endswith(" ") and bool(before.split()) and before.split()[-1][:1].isupper()


_GROUP_COMPOUNDS = ("-gruppe", "-group", "-holding", "-stiftung")
_COMPOUND = re.compile(r"(?<![\w\-])[^\W\d_][\w&+.]*(?:-[\w&+.]+)+(?![\w\-])")
_RUN = re.compile(r"[\w&+.\-]*")  # the characters a compound is made of
_RUN_CHARS = frozenset("_&+.-")


def _compounds(text: str):
    """_COMPOUND.finditer(text), read only in the runs of compound characters that hold a hyphen:
    a match lies inside one such run, and most words hold none (the pattern tried at every letter
    of the article was most of the time of name finding)."""
    i = text.find("-")
    while i >= 0:
        start = i
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] in _RUN_CHARS):
            start -= 1
        end = _RUN.match(text, i).end()
        yield from _COMPOUND.finditer(text, start, end)
        i = text.find("-", end)


def _split_at_titles(text: str, runs, roles: frozenset[str], headlines, posts: frozenset[str] = frozenset()):
    """'Kickline Chief Executive Dana Poole', 'Chief Technology Officer Dana Poole': a capitalised role
    title inside a run of capitalised words, before two more of them (a person's name), is no part of
    either name; the run splits around it as around a title in lower case ("Kickline chief executive")."""
    for start, end in runs:
        words = list(NON_SPACE.finditer(text[start:end]))
        if len(words) < 3 or in_ranges(start, headlines):
            yield start, end
            continue
        keys = [token_key(w.group()) for w in words]
        piece, i, cut = 0, 0, False
        while i < len(words) - 1:
            j = next((j for j in range(min(len(words) - 1, i + 5), i, -1)
                      if " ".join(keys[i:j]) in roles and (j - i > 1 or keys[i] in posts)), None)
            if j is None or not words[i].group()[:1].isupper() \
                    or j + 1 >= len(words) or not words[j].group()[:1].isupper():
                i += 1
                continue
            if i > piece:
                yield start + words[piece].start(), start + words[i - 1].end()
            piece, i, cut = j, j, True
        if not cut:
            yield start, end
        else:
            yield start + words[piece].start(), end


@lru_cache(maxsize=16)
def _compound_tails(stop: frozenset[str], roles: frozenset[str] = frozenset()) -> frozenset[str]:
    """The compound tails a vocabulary lists ('- chef', '- gründer') and its one-word role titles
    ('deutschlandchef', 'co-chef'), built once per lexicon."""
    listed = {w[2:] for w in stop if w.startswith("- ")} - {"gruppe", "aktie", "aktien", "übernahme"}
    return frozenset(listed | {r for r in roles if " " not in r})


# languages writing their adjectives, days, months and demonyms in lower case: a capitalised
# vocabulary word inside a sentence there is a name's own word
_LOWER_CASE_LANGS = frozenset({"fr", "es", "it"})


# letters German words do not use: "die Charité", "der Crédit Mutuel" after an article are names
_FOREIGN_LETTERS = re.compile(r"[éèêàâçñíóúìòåøæ]")
# nouns saying the name after them is a company's unit ("die Wartungstochter Lufthansa Technik")
_SUBSIDIARY_NOUNS = ("tochter", "tochterfirma", "tochtergesellschaft", "sparte", "einheit", "dochter",
                     "dochterbedrijf", "divisie", "filiale", "filiaal", "controllata", "subsidiary")


def _subsidiary_named(text: str, a: int, by_end: dict[int, Mention], lex: Lexicon) -> bool:
    """'die Wartungstochter Lufthansa Technik': after a subsidiary noun, a registry company and the
    capitalised word after it ("Technik", a common noun alone) make the unit's name."""
    owner = by_end.get(a - 1)
    if owner is None or owner.origin != "registry" or owner.kind != "company" or text[a - 1:a] != " ":
        return False
    before = text[max(0, owner.start - 40):owner.start].split()
    return bool(before) and token_key(before[-1]).endswith(_SUBSIDIARY_NOUNS)


_OF_WORDS = frozenset({"von", "vom", "der", "des", "zur", "zum"})


def _noun_of_noun(seg: str, lex: Lexicon) -> bool:
    """'Ausfälle von Türen', 'Sensordaten der Triebwerke': two common nouns (by their endings) around
    "von" or a genitive article, in a language capitalising its nouns (not "Gesellschaft für ...",
    "Gewerkschaft der ...": a body's name; nor "Carl von Linde": a person's)."""
    words = seg.split()
    if len(words) != 3 or words[1] not in _OF_WORDS or words[0] in first_names():
        return False
    first, last = words[0].lower(), words[2].lower()
    if first.endswith("schaft") or first in lex.words.get("institution_heads", ()) or "-" in first:
        return False
    # (the first word by the plain endings only: "Dominik von Achten" is a person)
    return not name_shaped(words[0]) and not name_shaped(words[2]) and first.endswith(PLAIN_NOUN_ENDINGS + ("e",)) \
        and last.endswith(PLAIN_NOUN_ENDINGS + _GLUED_NOUN_ENDINGS)


def _genitive_opening(text: str, b: int, seg: str, lex: Lexicon, stop: frozenset[str]) -> bool:
    """"Quorvane's customers include ...": an unknown word opening the sentence in the genitive of
    a common noun is a name (an ordinary word, a given name, a place or a month is not: "Today's",
    "Europe's")."""
    if not lex.genitive_s or text[b:b + 3] not in ("'s ", "’s ") or len(seg) < 3 or not seg.isalpha():
        return False
    nxt = text[b + 3:b + 30].split()
    if not nxt or not nxt[0][:1].islower() or token_key(seg) in stop or seg in first_names():
        return False
    return name_key(seg) not in places() and name_key(seg) not in world_places()[0] \
        and token_key(seg) not in lex.months and not demonym(seg, lex)


def _quoted_speaker(seg: str, prev_key: str, lex: Lexicon) -> bool:
    """"..., sagte Sopna Sury", "zei Joris Veenstra": a first and a last name right after a verb of
    saying name a person, even when the list of given names lacks the first (no unit word ends it)."""
    words = seg.split()
    return len(words) == 2 and prev_key in lex.words.get("speech_verbs", frozenset()) \
        and words[1].lower() not in unit_words() and all(w[:1].isupper() and w[1:].islower() for w in words)


def _opens_name(text: str, a: int, seg: str, lex: Lexicon) -> bool:
    """Mid-sentence, the capitalised ordinary word opening `seg` is the first word of a name."""
    if lex.lang in _LOWER_CASE_LANGS:
        return _capital_word_opens_name(text, a, seg, lex)
    return bool(lex.words.get("noun_markers")) and _capital_adjective_opens_name(text, a, seg, lex)


def _described_name(text: str, a: int, seg: str, not_names: frozenset[str], lex: Lexicon) -> bool:
    """`seg` opens with an ordinary noun before a name that opens with a capitalised adjective."""
    parts = seg.split(" ", 1)
    if len(parts) < 2 or " " not in parts[1] or token_key(parts[0]) not in not_names:
        return False
    return _opens_name(text, a + len(parts[0]) + 1, parts[1], lex)


def _capital_adjective_opens_name(text: str, a: int, seg: str, lex: Lexicon) -> bool:
    """German "für Deutsche Glasfaser", "bei Europäische Flugwerke": nouns are capitalised, but an
    inflected adjective of a country ("deutsche", "französischen") is so only inside a name, mid-sentence
    (not after a quote or a colon, where a sentence of its own opens, nor after an article)."""
    opening = _capitalised_opening(text, a, seg)
    if opening is None:
        return False
    key, nxt = opening
    if key not in lex.demonyms or not key.endswith(("e", "en")):
        return False
    before = text[max(0, a - 30):a].split()
    if before and token_key(before[-1]) in lex.words.get("articles", frozenset()):
        return False  # "die Österreichischen Bundesbahnen": after an article, the registry's inflected names
    return nxt[:1].isupper() and nxt[1:2].islower()


def _capital_word_opens_name(text: str, a: int, seg: str, lex: Lexicon) -> bool:
    """Italian "la società Grandi Stazioni Retail", French "chez Grands Moulins Paris": mid-sentence,
    a capitalised ordinary word ("grandi") before more capitals opens the name (a role title or
    honorific before a name still does not: "l'ad Carlo Messina")."""
    stop, not_names, _, _, roles, honorifics = name_words(lex)
    opening = _capitalised_opening(text, a, seg)
    if opening is None:
        return False
    key, nxt = opening
    if key not in stop or key in roles or key in honorifics:
        return False
    return nxt[:1].isupper() and token_key(nxt) not in not_names


def _capitalised_opening(text: str, a: int, seg: str) -> tuple[str, str] | None:
    """The key of `seg`'s first word and the word after it, when the first is an ordinary word written
    with a capital (letters only, one capital) not right after a colon or a quote, where a sentence
    of its own opens; else None."""
    first, rest = seg.split(" ", 1)
    if not first[:1].isupper() or not first[1:].islower() or not first.isalpha() \
            or text[max(0, a - 2):a].strip()[-1:] in ':«"“„':
        return None
    return token_key(first), rest.split()[0]


def _profession_before_name(seg: str, roles: frozenset[str], stop: frozenset[str]) -> bool:
    """'Analystin Petra Vogt', 'Energieanalist Joris Bakker': a capitalised profession noun (a role
    title, a compound ending in one, its feminine form) before a given name and a surname says who
    the person is; it is no part of the name."""
    words = seg.split()
    if len(words) < 3 or words[1] not in first_names() or words[0] in first_names():
        return False
    key = token_key(words[0])
    forms = {key} | {key[:-len(end)] for end in ("in", "innen", "e") if key.endswith(end) and len(key) > len(end) + 3}
    return any(f in roles or f in stop and f in _PROFESSIONS or any(f.endswith(r) for r in _role_tails(roles))
               for f in forms)


# profession words the vocabularies list among their stop words rather than among role titles
_PROFESSIONS = frozenset({"analyst", "analist", "analyste", "analista", "economist", "ökonom", "econoom",
                          "économiste", "economista", "experte", "expert", "experto", "esperto"})


@lru_cache(maxsize=16)
def _role_tails(roles: frozenset[str]) -> tuple[str, ...]:
    """One-word role titles long enough to end a compound ('energie|analist')."""
    return tuple(r for r in roles | _PROFESSIONS if " " not in r and len(r) >= 5)


def _role_compound_rest(key: str, tails: frozenset[str]) -> bool:
    """'-Co-Chef', '-Deutschlandchef': what a registry name leaves of a role compound."""
    return key.startswith("- ") and key[2:] in tails


def _split_compound(word: str, tails: frozenset[str]) -> tuple[str, str] | None:
    """'United-Internet-Chef' → ('United-Internet', 'chef'), 'Zalando-Co-Chef' → ('Zalando', 'co-chef'):
    the longest tail the lexicon lists, the capitalised name before it."""
    parts = word.split("-")
    for k in range(1, len(parts)):
        prefix, tail = "-".join(parts[:k]), "-".join(parts[k:]).lower()
        if tail in tails and all(p[:1].isupper() or p[:1].isdigit() for p in parts[:k]):
            return prefix, tail
    return None


def _compound_owners(text: str, stop: frozenset[str], mentions: list[Mention],
                     roles: frozenset[str] = frozenset()) -> tuple[list[Mention], list[Mention]]:
    """'Lieferando-Chefin', 'Altair-Gründer', 'Wolt-Rivale', 'United-Internet-Chef': a name glued to a
    relational noun the lexicon lists as a compound tail ('- chef', '- gründer') is a company name.
    Returns the new names and the registry mentions a longer name swallows ('United' of
    'United-Internet-Chef')."""
    tails = _compound_tails(stop, roles)
    if not tails:
        return [], []
    out: list[Mention] = []
    swallowed: list[Mention] = []
    for m in _compounds(text):
        split = _split_compound(m.group(), tails)
        if split is None:
            continue
        prefix = split[0]
        if split[1] in _KIND_TAILS and "-" not in prefix and not name_shaped(prefix) \
                and prefix.lower().endswith(_TRADE_NOUN_ENDINGS):
            continue  # "Drohnen-Start-up", "Logistik-Spezialist": the trade of a company, no name
        a, b = m.start(), m.start() + len(prefix)
        if not prefix[:1].isupper() or len(prefix) < 3 or token_key(prefix) in stop or name_key(prefix) in places():
            continue  # "Japanese-owned": a place or its people own nothing as a company
        inside = [x for x in mentions if x.start < m.end() and a < x.end]
        if "-" in prefix and inside and all(a <= x.start and x.end <= b and x.end - x.start < b - a
                                            for x in inside):
            swallowed += inside  # "United-Internet-Chef": "United" alone is another company
            inside = []
        if inside:
            continue  # a registry name ("VW-Tochter") or a sector word is there already
        a = _name_start(text, a, stop)  # "Zilveren Kruis-directeur": the name's earlier words
        if any(x < b and a < y for x, y in ((x.start, x.end) for x in mentions if x not in swallowed)):
            continue
        out.append(Mention(a, b, text[a:b], "company", 0, "", 0.5, "discovered"))
    return out, swallowed


def _name_start(text: str, a: int, stop: frozenset[str], most: int = 3) -> int:
    """Where a name ending in the word at `a` begins: up to `most` capitalised words before it on
    the same line that the vocabulary does not list ("Zilveren Kruis", not "Volgens Zilveren Kruis")."""
    for _ in range(most):
        before = text[max(0, a - 40):a]
        if not before.endswith(" ") or "\n" in before[-2:]:
            break
        words = before.split()
        if not words or not words[-1][:1].isupper() or not words[-1].isalpha() or token_key(words[-1]) in stop:
            break
        a -= len(words[-1]) + 1
    return a


def _short_company_names(text: str, mentions: list[Mention], lex: Lexicon) -> None:
    """"Công ty Cáp quang Sông Hàn ... Giám đốc Sông Hàn, ông X": a name read as a person's after a
    title, with no honorific or given name of its own, that a company named before bears (alone or
    ending its longer name) is that company."""
    honorifics = lex.words.get("honorifics", frozenset())
    given = first_names()
    companies = [m for m in mentions if m.kind == "company" and " " in m.text and m.origin != "industry"]
    if not companies:
        return
    for m in mentions:
        if m.kind != "person" or m.origin != "discovered" or " " not in m.text or m.text.split()[0] in given:
            continue
        before = text[max(0, m.start - 30):m.start].split()
        if before and (token_key(before[-1]) in honorifics
                       or len(before) >= 2 and token_key(" ".join(before[-2:])) in honorifics):
            continue
        named = next((c for c in companies if c.start < m.start
                      and (c.text == m.text or c.text.endswith(" " + m.text))), None)
        if named is not None:
            m.kind, m.entity = "company", named.entity


def _link_surnames(mentions: list[Mention], text: str = "", lex: Lexicon | None = None) -> None:
    """A lone 'Althoff' after 'Judson Althoff' is the same person; so is a lone 'Janssen' after 'Eva
    Janssen' that the registry knows as a company, when the article named no such company before her.

    A lone name described as a company before the person is first named in full ("il rivale
    Zucchetti, il gruppo di Lodi fondato da Domenico Zucchetti") is the family's company."""
    people: dict[str, list[Mention]] = {}  # by the last word of the name, in order
    first_full: dict[str, int] = {}
    for m in mentions:
        if m.kind == "person":
            surname = m.text.split()[-1]
            people.setdefault(surname, []).append(m)
            if " " in m.text:
                first_full[surname] = min(first_full.get(surname, m.start), m.start)
    if not people:
        return
    namesakes = {m.text for m in mentions if m.kind == "company" and m.origin == "discovered" and " " not in m.text
                 and m.start < first_full.get(m.text, -1) and lex is not None and _described_company(text, m.end, lex)}
    # "Grupo Calvo ... Manuel Calvo ... Calvo cierra la compra": the article names the family's company in
    # full, its lone name being that company's short form (the same entity), not the person's surname
    heads = frozenset(p.split(" ")[-1] for cls in ("anaphors", "group_anaphors")
                      for p in (lex.words.get(cls, ()) if lex is not None else ()))
    families = {m.text.split()[1] for m in mentions if m.kind == "company" and m.origin == "discovered"
                and len(m.text.split()) == 2 and token_key(m.text.split()[0]) in heads}
    for m in mentions:
        if m.kind != "company" or " " in m.text or m.origin not in ("discovered", "registry") or m.text in namesakes \
                or m.origin == "discovered" and m.text in families:
            continue
        for p in people.get(m.text, ()):
            if m.origin == "registry" and (p.start >= m.start or any(
                    o.entity == m.entity and o.start < p.start for o in mentions)):
                continue  # "Heineken ... Freddy Heineken ... Heineken": the company was there first
            m.kind = "person"
            m.entity = "person:" + slug(p.text)
            break


def _described_by_noun(prev_key: str, lex: Lexicon) -> bool:
    """The word before is a noun for a company ("Start-up", "Batteriehersteller", "US-Unternehmen"):
    the capitalised word after it is the company's name, however much it looks like a compound noun."""
    nouns = _company_noun_words(lex)
    tail = prev_key.rsplit("-", 1)[-1]
    return prev_key in nouns or tail in nouns or any(tail.endswith(n) for n in nouns if len(n) >= 6)


@lru_cache(maxsize=16)
def _company_noun_words(lex: Lexicon) -> frozenset[str]:
    words = lex.words
    last = {p.rsplit(" ", 1)[-1] for cls in ("anaphors", "group_anaphors", "small_anaphors", "big_anaphors")
            for p in words.get(cls, ())}
    return frozenset(last | words.get("generic_heads", frozenset()) | words.get("company_nouns", frozenset()))


def _company_described_before(prev_words: list[str], lex: Lexicon, bare_adjective: bool = True) -> bool:
    """"la multinacional tailandesa Thai Union", "la francesa Petit Navire": a company's description (an
    anaphor's noun, a country's adjective after an article) right before the name calls it a company."""
    words = [token_key(w) for w in prev_words[-4:]]
    while words and words[-1] in lex.demonyms:
        words.pop()
    if bare_adjective and len(words) < len(prev_words[-4:]) and words and words[-1] in lex.words.get("articles", ()):
        return True  # "la francesa X": an article and a country's adjective only (not before a given name)
    phrases = _description_phrases(lex)
    return any(" ".join(words[i:]) in phrases for i in range(len(words) - 1))


@lru_cache(maxsize=16)
def _description_phrases(lex: Lexicon) -> frozenset[str]:
    """The anaphors' descriptions of more than one word ("la multinacional", "il gruppo")."""
    return frozenset(p for cls in ("anaphors", "group_anaphors") for p in lex.words.get(cls, ()) if " " in p)


def _described_company(text: str, end: int, lex: Lexicon) -> bool:
    """", il gruppo ...", ", la società ..." right after a name: an apposition calling it a company."""
    after = token_key(text[end:end + 40])
    nouns = (phrase for cls in ("anaphors", "group_anaphors") for phrase in lex.words.get(cls, ()))
    return after.startswith(", ") and any(after[2:].startswith(phrase + " ") for phrase in nouns)


def _defined_acronyms(text: str, mentions: list[Mention]) -> None:
    """"Zorblax Cloud Systems (ZCS)", "Công ty CP Vận tải Sao Mai (SMT)": an acronym the registry does
    not know, in brackets right after a company's name of several words, is that company's short name
    (its letters need not be the initials: writers coin them freely)."""
    renamed: dict[str, str] = {}
    for k, (m, n) in enumerate(zip(mentions, mentions[1:], strict=False)):
        if k and mentions[k - 1].end + 1 >= m.start:
            continue  # "Vinamilk Del Monte (VDP)": the name in brackets is of the whole run, not its tail
        if m.kind == "company" == n.kind and n.origin == "discovered" and " " in m.text \
                and text[m.end:n.start] == " (" and text[n.end:n.end + 1] == ")" and _ACRONYM.fullmatch(n.text) \
                and n.text.upper() == n.text:
            short, long = n.entity or f"new:{slug(n.text)}|", m.entity or f"new:{slug(m.text)}|"
            if short != long:
                renamed[short] = renamed.get(long, long)
    if renamed:
        for m in mentions:
            eid = m.entity or (f"new:{slug(m.text)}|" if m.kind == "company" else "")
            if eid in renamed:
                m.entity = renamed[eid]


def _start(m: Mention) -> int:
    return m.start


def _build_entities(ad: AnalysedDocument, registry: Registry) -> None:
    entities: dict[str, Entity] = {}
    get = entities.get
    for m in ad.mentions:
        eid = m.entity
        if m.kind == "industry":
            ent = get(eid)
            if ent is None:
                ent = entities[eid] = Entity(eid, eid.split(":", 1)[1], "industry", known=True)
        elif eid.startswith("new:"):
            base, owner = eid[4:].split("|", 1)
            m.entity = eid = "new:" + base
            ent = get(eid)
            if ent is None:
                ent = entities[eid] = Entity(eid, m.text, m.kind, parent=owner)
        elif eid and not eid.startswith("person:"):
            ent = get(eid)
            if ent is None:  # built once per entity, not once per mention
                entry = registry.entries[eid]
                ent = entities[eid] = Entity(entry.id, entry.name, entry.kind, set(), True, entry.parent,
                                             entry.industries)
        else:
            if not eid:
                m.entity = eid = ("person:" if m.kind == "person" else "new:") + slug(m.text)
            ent = get(eid)
            if ent is None:
                ent = entities[eid] = Entity(eid, m.text, m.kind)
        ent.aliases.add(m.text)
    ad.entities = entities
