"""Turn the mentions of each sentence into claims.

Per sentence: units and cue phrases (units.py), slots (mentions and resolved anaphors), groups
(coordinated lists), candidates from each cue's frame (frames.py) and from role titles and
"in <industry>" phrases, coordination across clauses, then type checks and modality (hedges,
wishes, talks, negation, ended). Per document: sentences that continue the previous one's
list, and what the registry knows about the families of the entities mentioned.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from frenemy.knowledge.registry import Registry, unit_words
from frenemy.knowledge.sectors import INFRASTRUCTURE_SECTORS, SUPPLIER_SECTORS
from frenemy.lang import Lexicon
from frenemy.model import AnalysedDocument, Claim, Evidence
from frenemy.nlp.tokens import token_key
from frenemy.relations.frames import (
    FRAME_HANDLERS,
    ORG_KINDS,
    Candidate,
    Group,
    SentenceFrame,
    Slot,
    _after_preposition,
    _clause_start,
)
from frenemy.relations.units import build_units

ANAPHOR_CLASSES = ("latter", "group_anaphors", "anaphors", "pronouns")
_LIST_PUNCT = frozenset({",", "(", ")", "/", "«", "»", '"', "“", "”", "-"})


@dataclass(slots=True)
class Discourse:
    """What earlier sentences leave for later ones."""

    subjects: list[str] = field(default_factory=list)  # sentence subjects, in order
    listed: list[bool] = field(default_factory=list)  # per subject: one member of a list ("A, B und C")
    anaphoric_subject: bool = False  # the last subject was a description ("Der Berliner Konzern")
    last_list: Group | None = None  # the last list of two or more companies
    last_claims: list[tuple[Candidate, list[Claim]]] = field(default_factory=list)
    main_company: str = ""  # the company the article names most
    last_named: str = ""  # the last company named in earlier sentences
    clause_subjects: list[str] = field(default_factory=list)  # companies opening the last sentence's clauses
    named: list[str] = field(default_factory=list)  # the companies the last sentence named, in order
    last_companies: list[str] = field(default_factory=list)  # companies of the sentence just before
    fresh_claims: bool = False  # last_claims come from the sentence just before
    recent: list[list[str]] = field(default_factory=list)  # companies of the last three sentences


def extract_relations(ad: AnalysedDocument, registry: Registry, lex: Lexicon) -> None:
    state = Discourse(main_company=_main_company(ad))
    claims: list[Claim] = []
    by_sentence: dict[int, list] = {}
    for m in ad.mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    for index, sentence in enumerate(ad.sentences):
        if index not in by_sentence and not _counts_companies(sentence.text, lex):
            continue  # no name, no claim; and nothing for later sentences to refer back to
        su = build_units(ad.text, sentence, index, by_sentence.get(index, []), lex)
        sf = SentenceFrame(su, lex)
        sf.find_asides()
        slots = _slots(sf, ad, registry, state)
        counted = _collective_slots(sf, slots, ad, state)
        if counted:  # "les trois enseignes": the sector noun is the collective's, not a sector named
            slots = [s for s in slots if not (s.kind == "industry" and any(c.first <= s.first <= c.last
                                                                            for c in counted))]
            slots = sorted(slots + counted, key=lambda s: s.first)
        sf.groups = _collect(_groups(sf, slots))
        sf.index_groups()
        candidates = _candidates(sf, slots, state)
        sentence_claims: list[Claim] = []
        realised: list[tuple[Candidate, list[Claim]]] = []
        for cand in candidates:
            made = _realise(cand, sf, ad, registry)
            sentence_claims.extend(made)
            if made:
                realised.append((cand, made))
        state.fresh_claims = bool(sentence_claims)
        if not sentence_claims:
            sentence_claims = _continuation(sf, ad, registry, state)
        else:
            state.last_claims = realised
        claims.extend(sentence_claims)
        org_slots = [s for s in slots if s.kind in ORG_KINDS]
        quoted = quoted_units(sf)
        # «Non siamo interessati a X», ha detto ...: a name inside a quotation is not what the
        # sentence is about; a sentence naming companies only there leaves the topic as it was
        topical = [s for s in org_slots if s.first not in quoted]
        if topical:
            subject = _sentence_subject(sf, topical)
            state.subjects.append(subject.entity)
            g = sf.group_at(subject.first)
            state.listed.append(g is not None and len(g.entities) >= 2)
            state.anaphoric_subject = subject.anaphor in ("anaphors", "group_anaphors") and subject.kind == "company"
            state.last_named = org_slots[-1].entity
            state.clause_subjects = [x.entity for x in _clause_subjects(sf, org_slots)]
            state.named = [x.entity for x in org_slots if not x.anaphor]
        state.last_companies = list(dict.fromkeys(s.entity for s in org_slots if s.kind == "company"))
        state.recent = (state.recent + [state.last_companies])[-3:]
        lists = [g for g in sf.groups if g.kind == "org" and len(g.entities) >= 2]
        # "them" stands for a list of the sentence just before, not one named paragraphs ago
        state.last_list = lists[-1] if lists else None
    claims.extend(_knowledge_claims(ad, registry, claims))
    ad.claims = _dedupe(claims)


def _sentence_subject(sf: SentenceFrame, org_slots: list[Slot]) -> Slot:
    """The sentence's first company, or in a verb-second language its first company outside a
    fronted prepositional phrase ("Concurrentie op het gebied van EUV heeft ASML niet": ASML)."""
    first = org_slots[0]
    g = sf.group_at(first.first)
    if not sf.lex.verb_second or g is None or not _after_preposition(sf, g):
        return first
    units = sf.su.units
    for s in org_slots[1:]:
        if any(units[i].key in (",", ":", ";") or sf.is_break(i) for i in range(first.last + 1, s.first)):
            break  # "Voor Blue Yonder, dat ..., is Albert Heijn ...": the fronted name is the topic
        h = sf.group_at(s.first)
        if h is not None and not _after_preposition(sf, h):
            return s
    return first


def _main_company(ad: AnalysedDocument) -> str:
    counts: dict[str, int] = {}
    for m in ad.mentions:
        if m.kind == "company" and m.entity:
            counts[m.entity] = counts.get(m.entity, 0) + 1
    return max(counts, key=counts.get) if counts else ""


# -- slots and groups ---------------------------------------------------------------------------

def _slots(sf: SentenceFrame, ad: AnalysedDocument, registry: Registry, state: Discourse) -> list[Slot]:
    units = sf.su.units
    # "gli analisti di Equita ritengono che ...": a company that only comments is no party
    commentators = {_after_determiners(sf, b + 1) for _a, b in sf.su.spans.get("sources", [])}
    # ... but a person quoted ("Theo bà X, CEO của Y") still holds her role
    slots = [Slot(i, i, u.mention.entity, u.mention.kind, u.mention.confidence)
             for i, u in enumerate(units) if u.mention is not None and u.mention.entity
             and (i not in commentators or u.mention.kind == "person")]
    taken = {s.first for s in slots if s.kind != "industry"}
    det_spans = sf.su.spans.get("determiners", [])
    for cls in ANAPHOR_CLASSES:
        for a, b in sf.su.spans.get(cls, []) + _modified_anaphors(sf, cls):
            if any(i in taken for i in range(a, b + 1)):
                continue
            if any(s.kind == "industry" and a <= s.first <= b for s in slots) and a == b:
                continue  # a bare sector word ("banking") is no anaphor; "the bank" may be
            if _describes_name(sf, b):
                continue  # "le groupe Amazon", "la start-up nantaise Kelvora": a descriptor, not an anaphor
            if _modifies_noun(sf, b):
                continue  # "der Münchner Softwareanbieter": the town's adjective before a noun, not "die Münchner"
            if a > 0 and sf.word(a - 1, "articles") and not sf.word(a, "articles") \
                    and not _definite(sf, a - 1):
                continue  # "X, một công ty khởi nghiệp": an indefinite noun describes, it does not refer back
            if any(c <= a and b <= d and d - c > b - a
                   and (d + 1 >= len(units) or units[d + 1].mention is not None or b == d) for c, d in det_spans):
                continue  # "el grupo alemán Siemens": a description of the name after it
            visible = [s for s in slots if sf.visible(s.first, a)]
            entity = _resolve_anaphor(cls, a, visible, ad, registry, state)
            if cls in ("anaphors", "group_anaphors"):
                entity = _modified_antecedent(sf, b, ad, registry, state) or _clause_antecedent(
                    sf, a, visible, state) or entity
                named = _apposed(sf, a, slots) or _speaker_company(sf, a, slots) or _clause_subject(sf, a, b, slots) \
                    or (cls == "anaphors" and _opening_subject(sf, a, visible))
                entity = named or _of_sector(sf, a, b, _sized(sf, a, b, entity, ad, registry, state), slots, ad,
                                             registry, state)
            if cls in ("anaphors", "group_anaphors") and a > 0 and units[a - 1].key == "," \
                    and b + 1 < len(units) and units[b + 1].key == "'s" \
                    and not any(s.kind == "industry" and a <= s.first <= b for s in slots):
                # "Y, the company's president": an apposition speaks of the company this
                # sentence names first (not "the bank's": a sector says which one)
                first = next((s for s in visible if s.kind == "company" and s.last < a), None)
                if first is not None:
                    entity = first.entity
            if entity:
                slots = [s for s in slots if not (s.kind == "industry" and a <= s.first <= b)]
                kind = ad.entities[entity].kind if entity in ad.entities else "company"
                slots.append(Slot(a, b, entity, kind, 0.7, anaphor=cls))
                taken.update(range(a, b + 1))
    slots.sort(key=lambda s: s.first)
    return slots


def _describes_name(sf: SentenceFrame, b: int) -> bool:
    """The noun ending at unit b is followed by a name, directly or after at most two plain words
    no lexicon class or cue claims (adjectives: "la empresa sevillana Datanube")."""
    units = sf.su.units
    j = b + 1
    while j < len(units) and j <= b + 3 and units[j].mention is None:
        u = units[j]
        if j == b + 3 or u.classes or u.in_cue or not u.key.replace("-", "").isalpha():
            return False
        j += 1
    if j >= len(units) or units[j].mention is None:
        return False
    return j == b + 1 or units[j].mention.kind != "industry"


def _modified_antecedent(sf: SentenceFrame, b: int, ad: AnalysedDocument, registry: Registry,
                         state: Discourse) -> str:
    """"el grupo alemán", "la compañía argentina": the last company the previous sentence named,
    else the latest subject, else the main company, that the registry places in that country;
    "la firma de Buenos Aires", a description by a place the registry cannot check, speaks of the
    article's main company."""
    units = sf.su.units
    j = b + 1
    if j >= len(units) or units[j].mention is not None:
        return ""
    country = sf.lex.demonyms.get(units[j].key, "")
    if country:
        for e in [*reversed(state.named), *reversed(state.subjects), state.main_company]:
            entry = registry.entries.get(e)
            if entry is not None and entry.country == country and e in ad.entities:
                return e
        return ""
    if sf.word(j, "of_words") and j + 1 < len(units) and units[j + 1].mention is None \
            and sf.su.sentence.text[units[j + 1].start - sf.su.sentence.start].isupper():
        return state.main_company
    return ""


def _clause_subjects(sf: SentenceFrame, slots: list[Slot]) -> list[Slot]:
    """Companies opening a clause: the sentence's first one, and one right after a clause break
    ("X did A, aunque Y did B")."""
    out: list[Slot] = []
    for s in slots:
        if s.kind not in ORG_KINDS or s.anaphor:
            continue
        j = s.first - 1
        while j >= 0 and (sf.word(j, "determiners") or sf.su.units[j].key == ",") and not sf.is_break(j):
            j -= 1
        if s is slots[0] or j >= 0 and sf.is_break(j):
            out.append(s)
    return out


def _clause_antecedent(sf: SentenceFrame, a: int, visible: list[Slot], state: Discourse) -> str:
    """"X estudia una oferta, aunque la entidad ...": after a clause break the description speaks of
    the company that opened the sentence. At a sentence's start, of the article's main company
    when it opened one of the previous sentence's clauses ("T le disputa cuota, aunque M ha
    firmado ... . La compañía ...")."""
    opening = [s for s in _clause_subjects(sf, visible) if s.last < a]
    if opening and any(sf.is_break(i) for i in range(opening[0].last + 1, a)):
        return opening[-1].entity
    if not any(s.last < a and s.kind in ORG_KINDS for s in visible) and state.main_company \
            and state.main_company in state.clause_subjects[1:] and state.subjects[-1] != state.main_company:
        return state.main_company
    return ""


def _speaker_company(sf: SentenceFrame, a: int, slots: list[Slot]) -> str:
    """"Mr Y, chief executive of X, said the company will ...": the company of the title the
    sentence opens with is the one the speaker's "the company" means."""
    units = sf.su.units
    titled = [s for s in slots if s.last < a and s.kind == "company" and not s.anaphor
              and s.first > 0 and sf.word(s.first - 1, "role_titles")]
    if len({s.entity for s in titled}) != 1:
        return ""
    between = [s for s in slots if titled[-1].last < s.first < a and s.kind in ORG_KINDS]
    if between or not any(units[i].key == "," for i in range(titled[-1].last + 1, a)):
        return ""  # another company named since, or no clause boundary: the usual reading
    return titled[-1].entity


def _clause_subject(sf: SentenceFrame, a: int, b: int, slots: list[Slot]) -> str:
    """"Hòa Phát cho biết sẽ không ..., dù có tin đồn hãng sẽ ...": a bare "the company" in a later
    clause of a sentence that opens with one company, and names no other before it, is that company."""
    units = sf.su.units
    if any(units[i].mention is not None for i in range(a, b + 1)):
        return ""  # "the bank", "nhà mạng": a sector word says which company (see _of_sector)
    before = [s for s in slots if s.last < a and s.kind in ORG_KINDS and not s.anaphor]
    if not before or len({s.entity for s in before}) != 1 or before[0].kind != "company":
        return ""
    first = before[0]
    if any(units[i].key not in _LIST_PUNCT and not sf.word(i, "determiners") for i in range(0, first.first)):
        return ""  # the company does not open the sentence: it may be an object or a circumstance
    if not any(units[i].key == "," or sf.is_break(i) for i in range(before[-1].last + 1, a)):
        return ""  # same clause: the usual reading
    return first.entity


def _modifies_noun(sf: SentenceFrame, b: int) -> bool:
    """The anaphor ends in a modifier ("der Münchner") and a capitalised noun follows: a description
    of what follows ("der Münchner Softwareanbieter X"), not a reference of its own."""
    units = sf.su.units
    if b + 1 >= len(units) or units[b + 1].mention is not None \
            or units[b].key not in sf.lex.words.get("noun_markers", frozenset()):
        return False
    nxt = units[b + 1]
    offset = sf.su.sentence.start
    return sf.su.sentence.text[nxt.start - offset:nxt.start - offset + 1].isupper()


def _definite(sf: SentenceFrame, i: int) -> bool:
    """The article at unit i is a definite one: it opens the language's own anaphors ("the", "la")."""
    key = sf.su.units[i].key
    return any(p.startswith(key + " ") for cls in ("anaphors", "group_anaphors") for p in sf.lex.words.get(cls, ()))


def _after_determiners(sf: SentenceFrame, j: int) -> int:
    """The first unit from j that is not a bare determiner ("volgens het FD": the FD)."""
    while j < len(sf.su.units) and sf.word(j, "determiners") and sf.su.units[j].mention is None:
        j += 1
    return j


def _apposed(sf: SentenceFrame, a: int, slots: list[Slot]) -> str:
    """"SFR, l'opérateur contrôlé par Altice", "OVHcloud, le champion de l'hébergement": a
    description right after a company name and its comma is that company."""
    units = sf.su.units
    if a < 2 or units[a - 1].key != "," or units[a].in_cue:
        return ""  # "S3ns, la société commune lancée par ...": the cue reads the description itself
    before = next((s for s in slots if s.last == a - 2 and not s.anaphor), None)
    if before is None or before.kind != "company":
        return ""
    if a >= 3 and sf.word(a - 3, "conjunctions"):
        return ""  # "A et B, le groupe ...": the description may speak of both
    return before.entity


def _of_sector(sf: SentenceFrame, a: int, b: int, entity: str, slots: list[Slot], ad: AnalysedDocument,
               registry: Registry, state: Discourse) -> str:
    """"la banca milanese", "la piattaforma di streaming": an anaphor naming a sector speaks of the
    nearest company in that sector, named earlier in this sentence or in the sentences before."""
    units = sf.su.units
    sector = next((units[i].mention.entity.split(":", 1)[1] for i in range(a, b + 1)
                   if units[i].mention is not None and units[i].mention.kind == "industry"), "")
    if not sector and b + 2 < len(units) and sf.word(b + 1, "of_words") and units[b + 2].mention is not None \
            and units[b + 2].mention.kind == "industry":
        sector = units[b + 2].mention.entity.split(":", 1)[1]
    if not sector or not entity:
        return entity

    def in_sector(e: str) -> bool:
        ent = ad.entities.get(e)
        return bool(ent) and any(sector in registry.industry_ancestors(i) for i in ent.industries)

    here = [s.entity for s in slots if s.last < a and s.kind == "company" and not s.anaphor and sf.visible(s.first, a)]
    earlier = [e for names in reversed(state.recent) for e in reversed(names)]
    for candidate in [*reversed(here), *earlier]:
        if in_sector(candidate):
            return candidate
    return entity


def _sized(sf: SentenceFrame, a: int, b: int, entity: str, ad: AnalysedDocument, registry: Registry,
           state: Discourse) -> str:
    """"le géant", "the giant" speak of a well-known company, "la start-up" of one the registry does
    not know: the latest sentence subject of that size when the last one is not."""
    spans = sf.su.spans
    big = any(c <= b and a <= d for c, d in spans.get("big_anaphors", []))
    small = any(c <= b and a <= d for c, d in spans.get("small_anaphors", []))
    if not (big or small) or not entity:
        return entity

    def known(e: str) -> bool:
        return e in registry.entries or bool(ad.entities.get(e) and ad.entities[e].known)

    if known(entity) == big:
        return entity
    for subject in reversed(state.subjects):
        if known(subject) == big:
            if big and subject in registry.entries and registry.root(subject) in ad.entities:
                return registry.root(subject)
            return subject
    return entity


def _collective_slots(sf: SentenceFrame, slots: list[Slot], ad: AnalysedDocument, state: Discourse) -> list[Slot]:
    """"Les deux groupes", "the three companies": as many companies as counted, from the sentence
    just before: the sides of its rivalry or partnership, its list, the sides of its relations,
    or the companies it names."""
    lex = sf.lex
    if not lex.collectives:
        return []
    units = sf.su.units
    nouns = {p.split(" ")[-1] for cls in ("anaphors", "group_anaphors") for p in lex.words.get(cls, ())}
    taken = {i for s in slots for i in range(s.first, s.last + 1)}
    out: list[Slot] = []
    taken -= {s.first for s in slots if s.kind == "industry"}
    for i in range(len(units)):
        for phrase, count in lex.collectives.items():
            words = phrase.split(" ")
            n = i + len(words)
            if n >= len(units) or [u.key for u in units[i:n]] != words or any(k in taken for k in range(i, n + 1)):
                continue
            noun = units[n]
            sector = noun.mention is not None and noun.mention.kind == "industry"  # "les trois enseignes"
            if noun.mention is not None and not sector or not noun.key.replace("-", "").isalpha() or not (
                    sector or sf.word(n, "determiners") or noun.key in nouns or noun.key[:-1] in nouns):
                continue  # "les deux dernières années" speaks of no companies
            entities = _counted(count, state)
            if entities:
                kinds = {e: (ad.entities[e].kind if e in ad.entities else "company") for e in entities}
                out += [Slot(i, n, e, kinds[e], 0.7, anaphor="collective") for e in entities]
                taken.update(range(i, n + 1))
    return out


def _counted(count: int, state: Discourse) -> list[str]:
    claims = [c for _, made in state.last_claims for c in made] if state.fresh_claims else []
    rivals = [x for c in claims if c.relation in ("partner_of", "competes_with") for x in (c.subject, c.object)]
    listed = state.last_list.entities if state.last_list is not None else []
    parties = [x for c in claims for x in (c.subject, c.object)]
    for source in (rivals, listed, parties, state.last_companies):
        entities = list(dict.fromkeys(source))
        if len(entities) == count:
            return entities
    return []


def _counts_companies(text: str, lex: Lexicon) -> bool:
    """A sentence with no name may still speak of companies named before: "Les deux groupes ..."."""
    if not lex.collectives:
        return False
    key = f" {token_key(text)} "
    return any(f" {phrase} " in key for phrase in lex.collectives)


def _collect(groups: list[Group]) -> list[Group]:
    """The companies a collective stands for make one list at its place."""
    out: list[Group] = []
    for g in groups:
        prev = out[-1] if out else None
        if prev is not None and prev.first == g.first and prev.last == g.last and all(
                s.anaphor == "collective" for s in prev.slots + g.slots):
            prev.slots.extend(s for s in g.slots if s.entity not in prev.entities)
        else:
            out.append(g)
    return out


def _modified_anaphors(sf: SentenceFrame, cls: str) -> list[tuple[int, int]]:
    """"the California start-up", "the Chinese group", "the Baltimore-based group": an anaphor
    ("the start-up") with one or two proper modifiers between its article and its noun."""
    if cls not in ("anaphors", "group_anaphors"):
        return []
    phrases = sf.lex.words.get(cls, frozenset())
    articles = sf.su.spans.get("articles")
    if not phrases or not articles:
        return []
    units = sf.su.units
    text, offset = sf.su.sentence.text, sf.su.sentence.start
    out: list[tuple[int, int]] = []
    # the units an article covers, in order: those whose classes hold "articles"
    for i in sorted({i for a, b in articles for i in range(a, b + 1)}):
        u = units[i]
        for m in (1, 2):
            mods = units[i + 1:i + 1 + m]
            if len(mods) < m or not all(
                    x.mention is None and not x.in_cue and x.key.replace("-", "").isalpha()
                    and (text[x.start - offset].isupper() or x.key.endswith("-based")) for x in mods):
                break
            for h in (1, 2):
                head = units[i + 1 + m:i + 1 + m + h]
                if len(head) == h and " ".join([u.key, *(x.key for x in head)]) in phrases:
                    out.append((i, i + m + h))
    return out


def _resolve_anaphor(cls, at, slots, ad, registry, state) -> str:
    if cls == "latter":
        # "the latter", "cette dernière": the last company named before, here or just before
        before = [s for s in slots if s.last < at and s.kind in ORG_KINDS]
        if before:
            return before[-1].entity
        return state.last_named
    if cls == "pronouns":
        before = [s for s in slots if s.last < at and s.kind in ORG_KINDS]
        if before:
            return before[-1].entity
    if not state.subjects:
        return ""
    subject = _single_subject(state)
    if cls == "pronouns":
        return subject  # "In 2021 kocht het ...": "it" is the company itself, not its parent
    if subject in registry.entries and (cls == "group_anaphors" or _unit_of_family(subject, ad, registry)):
        # "le groupe", "công ty": the family behind the last subject; "the service" after a
        # company of its own (Wolt, DoorDash's unit) is that company
        root = registry.root(subject)
        if root in ad.entities:
            return root
    return subject


def _single_subject(state: Discourse, reach: int = 3) -> str:
    """The latest sentence subject that was not one member of a list: "Dassault, PTC und Autodesk gelten
    als Wettbewerber ... prüft der Konzern ein Gebot": "der Konzern" is not one of the three."""
    for k in range(len(state.subjects) - 1, max(-1, len(state.subjects) - 1 - reach), -1):
        if not (k < len(state.listed) and state.listed[k]):
            return state.subjects[k]
    return state.subjects[-1]


def _opening_subject(sf: SentenceFrame, at: int, slots: list[Slot]) -> str:
    """"Im Premiumsegment ringt BMW mit Audi um Kunden, in China machen dem Unternehmen ...": a
    description in a later clause speaks of the company the sentence opened with, its subject."""
    units = sf.su.units
    if not sf.lex.verb_second or units[at].in_cue or (at >= 2 and units[at - 1].key == "," and units[at - 2].mention):
        return ""  # "X, das Unternehmen, das ...": an apposition, read where it stands
    before = [s for s in slots if s.last < at and s.kind in ORG_KINDS and not s.anaphor]
    if not before or before[0].kind != "company":
        return ""
    first = before[0]
    if not any(units[i].key in (",", ";") for i in range(first.last + 1, at)):
        return ""  # the same clause: the usual reading applies
    j = first.first - 1
    while j >= 0 and sf.word(j, "determiners") and not any(sf.word(j, c) for c in _PREPOSITION_CLASSES):
        j -= 1
    if j >= 0 and any(sf.word(j, c) for c in _PREPOSITION_CLASSES):
        return ""  # "Für Siemens ist ...": a prepositional object is not the subject
    if any(units[i].key in (",", ";") for i in range(0, first.first)):
        return ""  # the name is not in the sentence's first clause
    return first.entity


_PREPOSITION_CLASSES = ("of_words", "agent_words", "with_words", "in_words", "purposes")


def _unit_of_family(entity: str, ad: AnalysedDocument, registry: Registry) -> bool:
    """A product, or a unit whose name carries its owner's ("Google Cloud", "AWS"): "the company" is the
    owner; a company with a name of its own ("Wolt", "Lieferando") is a company itself."""
    entry = registry.entries[entity]
    root = registry.root(entity)
    if entry.kind != "company" or root == entity:
        return True
    owner = registry.entries[root].name.lower().split()[0] if root in registry.entries else ""
    return bool(owner) and owner in entry.name.lower()


def _groups(sf: SentenceFrame, slots: list[Slot]) -> list[Group]:
    """Coordinated lists, built per kind: companies and products together, people, industries."""
    groups: list[Group] = []
    for family in (ORG_KINDS, ("person",), ("industry",)):
        groups += _lists(sf, [s for s in slots if s.kind in family])
    groups.sort(key=lambda g: g.first)
    return groups


def _lists(sf: SentenceFrame, slots: list[Slot]) -> list[Group]:
    groups: list[Group] = []
    units = sf.su.units
    for slot in slots:
        if groups:
            g = groups[-1]
            prev = g.slots[-1]
            gap = range(prev.last + 1, slot.first)
            keys = [units[i].key for i in gap]
            joined = len(keys) <= 8 and any(k in (",", "(", ")", "/") or sf.word(i, "conjunctions")
                                            for i, k in zip(gap, keys, strict=True))
            light = False
            if joined:  # the glue is read only where the members are joined at all
                # Only list glue may stand between members: punctuation, "and", "the", "such as",
                # and sector words ("and drugmakers such as").
                glue = [not units[i].in_cue and not sf.is_break(i) and (
                    units[i].key in _LIST_PUNCT or sf.word(i, "conjunctions") or sf.word(i, "determiners")
                    or sf.word(i, "includers") or sf.word(i, "articles")
                    or (sf.word(i, "anaphors") and i + 1 < len(units)
                        and (sf.word(i + 1, "anaphors") or i + 1 == slot.first))
                    or (units[i].mention is not None and units[i].mention.kind == "industry"))
                    for i in gap]
                # A member may bring a short description: "and the meal-kit company FreshCrate",
                # "der Landmaschinenkonzern Deere" (at most two such words, none of them a cue).
                described = [i for i, ok in zip(gap, glue, strict=True) if not ok]
                light = not described or (
                    len(described) <= 2 and all(units[i].key.isalpha() or "-" in units[i].key for i in described)
                    and not any(units[i].in_cue or sf.is_break(i) or units[i].mention is not None for i in described)
                    and any(sf.word(i, "articles") or sf.word(i, "conjunctions") for i in gap)
                    # right before the name: ", zu der auch Lidl", ", der IT-Sparte der X" are no glue
                    and described == list(range(slot.first - len(described), slot.first)))
                # out of an aside only bare list glue goes on: "which include A, B and C" is one
                # list, "X, which bundles its Copilot offering, and against Y" is not
                if not (sf.visible(prev.first, slot.first) and sf.visible(slot.first, prev.first)):
                    light = light and not described
                    # "A, a chain owned by B, and C": ", and" closes the aside; it goes on a list
                    # only where one stands ("which include A, B, and C")
                    if len(g.slots) < 2 and "," in keys:
                        light = False
                        outer = _before_aside(sf, groups, prev.first, slot.first)
                        if outer is not None and not described and keys[0] == ",":
                            outer.slots.append(slot)  # "A, a chain owned by B, and C": A and C
                            outer.last = slot.last
                            outer.comma_only = False
                            continue
            if joined and light:
                g.slots.append(slot)
                g.last = slot.last
                g.comma_only = g.comma_only and all(k == "," for k in keys) and prev.entity != slot.entity
                continue
        groups.append(Group([slot], slot.first, slot.last, comma_only=True))
    # "X, Y ..." with two names and a bare comma is an apposition or two clauses, not a list.
    out: list[Group] = []
    for g in groups:
        if len(g.slots) == 2 and len(g.entities) == 2 and not g.comma_only and _comma_without_conjunction(sf, g):
            g.comma_only = True  # "chuỗi Phúc An, ngân hàng Đông Á Phát": a descriptor, still no "and"
        if g.comma_only and len(g.entities) == 2 and len(g.slots) == 2:
            a, b = g.slots
            out += [Group([a], a.first, a.last), Group([b], b.first, b.last)]
        else:
            out.append(g)
    return out


def _before_aside(sf: SentenceFrame, groups: list[Group], inside: int, after: int) -> Group | None:
    """The group of the name right before the aside that holds unit `inside` (", chuỗi thuộc B,"),
    when the aside closes just before `after`."""
    hidden = sf._hidden
    if inside not in hidden or after in hidden:
        return None
    j = inside
    while j > 0 and j - 1 in hidden:
        j -= 1
    if sf.su.units[j].key != ",":
        return None
    return next((g for g in groups if g.last == j - 1 and g.kind == "org"), None)


def _comma_without_conjunction(sf: SentenceFrame, g: Group) -> bool:
    a, b = g.slots
    gap = range(a.last + 1, b.first)
    return any(sf.su.units[i].key == "," for i in gap) and not any(
        sf.word(i, "conjunctions") or sf.word(i, "includers") or sf.word(i, "additives") for i in gap)


# -- candidates ---------------------------------------------------------------------------------

def _candidates(sf: SentenceFrame, slots: list[Slot], state: Discourse) -> list[Candidate]:
    out: list[Candidate] = []
    for cue in sf.su.cues:
        if cue.frame == "DEAL" and cue.tail and any(
                o.frame != "DEAL" and cue.first < o.first < cue.tail[-1][0] for o in sf.su.cues):
            continue  # "hat Kooperationen mit X geschlossen": the inner cue says what the deal is
        handler, base = FRAME_HANDLERS[cue.frame]
        if cue.frame == "NOUN" or cue.frame == "NOUN_INV":
            found = handler(sf, cue, base) or _possessive_noun(sf, cue, base, slots, state) \
                or _topic_noun(sf, cue, base, state) or _prefield_rivals(sf, cue, base)
        else:
            found = handler(sf, cue, base)
        if cue.frame in ("SVO", "OVS", "DEAL", "IND") and not found:
            found = _with_pronoun_object(sf, cue, base, state)
        out.extend(found)
    _coordinate(sf, out)
    _fronted_additive(sf, out)
    topic = state.subjects[-1] if state.subjects and state.anaphoric_subject else ""
    out.extend(_roles(sf, slots, state.main_company, state.subjects[-1] if state.subjects else "", topic))
    out.extend(_owned_by_person(sf, slots))
    out.extend(_industry_phrases(sf, out))
    out.extend(_possessed_products(sf, slots, state))
    out.extend(_sector_descriptions(sf, slots))
    out.extend(_qualified_sector_heads(sf, slots))
    return out


def _sector_heads(lex: Lexicon) -> frozenset[tuple[str, ...]]:
    """The nouns of "géant de", "leader in", "spécialiste du": sector cues ending in a preposition."""
    heads = _HEADS.get(id(lex))
    if heads is None:
        preps = lex.words.get("of_words", frozenset()) | lex.words.get("in_words", frozenset())
        heads = frozenset(tuple(c.phrase.split(" ")[:-1]) for c in lex.cues
                          if c.frame == "IND" and not c.rest and " " in c.phrase
                          and c.phrase.split(" ")[-1] in preps)
        _HEADS[id(lex)] = heads
    return heads


_HEADS: dict[int, frozenset[tuple[str, ...]]] = {}


def _sector_heads_by_first(lex: Lexicon) -> dict[str, list[tuple[str, ...]]]:
    """_sector_heads indexed by first word: a unit is tried against its own few heads, not all."""
    index = _HEADS_BY_FIRST.get(id(lex))
    if index is None:
        index = {}
        for head in _sector_heads(lex):
            if head:
                index.setdefault(head[0], []).append(head)
        _HEADS_BY_FIRST[id(lex)] = index
    return index


_HEADS_BY_FIRST: dict[int, dict[str, list[tuple[str, ...]]]] = {}


def _qualified_sector_heads(sf: SentenceFrame, slots: list[Slot]) -> list[Candidate]:
    """"Nvidia, géant américain des semi-conducteurs,", "le spécialiste du paiement Worldline",
    "LVMH, numéro un mondial du luxe": a sector noun with its adjectives, apposed to a name or
    right before one, says the company is in that sector."""
    out: list[Candidate] = []
    units = sf.su.units
    by_first = _sector_heads_by_first(sf.lex)
    n = len(units)
    for i in range(n):
        # only the heads opening with this unit's word, in the order the whole set iterates them
        for head in by_first.get(units[i].key, ()):
            h = len(head)
            if i + h >= n or tuple(u.key for u in units[i:i + h]) != head \
                    or any(u.mention is not None for u in units[i:i + h]):
                continue
            j = i + h
            while j < n and j - i - h < 2 and units[j].mention is None and not units[j].classes \
                    and units[j].key.isalpha():
                j += 1  # "mondial", "américain", "européen"
            if not (sf.word(j, "of_words") or sf.word(j, "in_words")):
                continue
            while j < n and (sf.word(j, "of_words") or sf.word(j, "in_words") or sf.word(j, "articles")) \
                    and units[j].mention is None:
                j += 1
            g = sf.group_at(j)
            if g is None or g.kind != "industry" or g.first != j:
                continue
            k = i - 1
            while k >= 0 and sf.word(k, "articles"):
                k -= 1
            company = None
            if k >= 1 and units[k].key == "," and sf.group_at(k - 1) is not None:
                company = sf.group_at(k - 1)  # "Nvidia, géant américain des semi-conducteurs"
            elif g.last + 1 < n and sf.group_at(g.last + 1) is not None and sf.group_at(g.last + 1).first == g.last + 1:
                company = sf.group_at(g.last + 1)  # "le spécialiste du paiement Worldline"
            if company is None or company.kind != "org" or company.anaphoric:
                continue
            if company.last == k - 1 and len(company.slots) > 1:
                last = company.slots[-1]
                company = Group([last], last.first, last.last)
            out.append(Candidate(company, "operates_in", g, "DESC", None, 0.7, (i, g.last)))
    return out


def _sector_descriptions(sf: SentenceFrame, slots: list[Slot]) -> list[Candidate]:
    """"le géant de la publicité", "OVHcloud, le champion français de l'hébergement", "la société de
    services informatiques": a description of a company naming its sector after "of" (at most two
    adjectives between) says the company is in that sector."""
    out: list[Candidate] = []
    units = sf.su.units
    for slot in slots:
        if slot.anaphor not in ("anaphors", "group_anaphors") or slot.kind != "company":
            continue
        if slot.first > 0 and units[slot.first - 1].key not in (",", ":", "«", '"', "“"):
            continue  # only a subject or an apposition: "utilise la plateforme de paiement" is no description
        j = slot.last + 1
        while j < len(units) and j - slot.last <= 2 and units[j].mention is None and not units[j].in_cue \
                and units[j].key.isalpha() and not any(sf.word(j, c) for c in _NOT_ADJECTIVES):
            j += 1  # "français", "américain", "européen"
        if not sf.word(j, "of_words"):
            continue
        while j < len(units) and (sf.word(j, "of_words") or sf.word(j, "articles")) and units[j].mention is None:
            j += 1
        g = sf.group_at(j)
        if g is None or g.kind != "industry" or g.first != j:
            continue
        k = g.last + 1
        while k < len(units) and (sf.word(k, "of_words") or sf.word(k, "articles")) and units[k].mention is None:
            k += 1
        if k > g.last + 1 and sf.group_at(k) is not None and sf.group_at(k).kind == "org":
            continue  # "la plateforme d'IA de Google Cloud": another company's offering
        subj = Group([slot], slot.first, slot.last)
        out.append(Candidate(subj, "operates_in", g, "DESC", None, 0.6, (slot.first, g.last)))
    return out


# words that end a description rather than qualify its noun
_NOT_ADJECTIVES = ("of_words", "articles", "conjunctions", "relatives", "in_words", "with_words", "agent_words",
                   "purposes", "have_words", "negations", "hedges", "clause_breaks")


def _possessive_noun(sf, cue, base, slots, state) -> list[Candidate]:
    """'sa filiale AWS', 'khách hàng riêng của mình': the owner is the clause's company."""
    shared = _shared_possession(sf, cue, base)
    if shared:
        return shared
    if not (sf.word(cue.first, "possessives") or sf.word(cue.first - 1, "possessives")
            or sf.word(cue.last, "possessives")):
        return _opening_noun(sf, cue, base, slots, state)
    before = [s for s in slots if s.last < cue.first and s.kind in ORG_KINDS and sf.visible(s.first, cue.first)]
    owner = before[-1] if before else None
    first = next((s for s in before if s.kind == "company"), None)
    if owner is not None and first is not None and first is not owner and any(
            c.frame in ("SVO", "OVS") and first.last < c.first < owner.first for c in sf.su.cues):
        # "Renault a dévoilé la Twingo, ... après que son rival Stellantis": the object of a verb
        # is not who "son" speaks of; the clause's subject is
        owner = first
    units = sf.su.units
    pos = cue.first if sf.word(cue.first, "possessives") else cue.first - 1
    apposed = None
    if owner is not None and pos >= 2 and units[pos - 1].key == "," and owner.last == pos - 2 \
            and sf.word(pos, "possessives"):
        # "Renault ... avec Mobilize, sa marque de services, ...": the name before the comma is
        # the member; the owner is the clause's company before it, else the previous subject
        apposed = Group([owner], owner.first, owner.last)
        owner = first if first is not None and first is not owner else None
        if owner is None and state.subjects and state.subjects[-1] != apposed.slots[0].entity:
            owner = Slot(cue.first, cue.first, state.subjects[-1], "company", 0.7, anaphor="possessive")
        if owner is None:
            return []
    if owner is None and state.subjects:
        # "Its customers include ...": the company the previous sentence was about
        owner = Slot(cue.first, cue.first, state.subjects[-1], "company", 0.7, anaphor="possessive")
    if owner is None:
        return []
    possessor = Group([owner], owner.first, owner.last)
    member = apposed or sf.after_word(cue.last, "includers", reach=9, gap=4) or sf.right(cue.last, limit=2)
    if member is None or owner.entity in member.entities:
        return []
    scope = (owner.last, cue.last + 3)
    if cue.frame == "NOUN_INV":
        return [Candidate(possessor, cue.relation, member, "NOUN_INV", cue, base * 0.9, scope)]
    return [Candidate(member, cue.relation, possessor, "NOUN", cue, base * 0.9, scope)]


def _shared_possession(sf: SentenceFrame, cue, base: float) -> list[Candidate]:
    """"A et B ont fondé Symbio, leur coentreprise": the name before "their" noun belongs to the
    list named before it."""
    units = sf.su.units
    if not sf.word(cue.first, "plural_pronouns") or cue.first < 2 or units[cue.first - 1].key != ",":
        return []
    member = sf.group_at(cue.first - 2)
    if member is None or member.kind != "org" or len(member.entities) != 1:
        return []
    owners = sf.left(member.first)
    if owners is None or len(owners.entities) < 2:
        return []
    scope = (owners.last, cue.last + 3)
    return [Candidate(member, cue.relation, owners, "NOUN", cue, base * 0.9, scope)]


def _opening_noun(sf, cue, base, slots, state) -> list[Candidate]:
    """'Tra i primi clienti figurano A e B': a relational noun opening the sentence, with no owner
    named, lists the members of the company the previous sentence was about."""
    if cue.frame != "NOUN" or cue.relation not in ("customer_of", "competes_with", "partner_of") \
            or not state.subjects or sf.ends_with(cue, "of_words"):
        return []
    if not all(any(sf.word(i, c) for c in ("determiners", "articles", "includers")) for i in range(cue.first)):
        return []  # only the sentence's opening words stand before the noun
    member = sf.after_word(cue.last, "includers", reach=3, gap=4)
    owner = state.subjects[-1]
    if member is None or owner in member.entities:
        return []
    possessor = Group([Slot(cue.first, cue.first, owner, "company", 0.7, anaphor="possessive")],
                      cue.first, cue.first)
    return [Candidate(member, cue.relation, possessor, "NOUN", cue, base * 0.85, (cue.first, cue.last + 3))]


def _topic_noun(sf: SentenceFrame, cue, base: float, state: Discourse) -> list[Candidate]:
    """A relational noun with no owner named speaks of the company the article is about:
    "Dassault und PTC gelten als wichtigste Wettbewerber" (of the topic), "die Sparte Digital
    Industries" (the topic's unit)."""
    if not state.subjects or cue.frame != "NOUN":
        return []
    topic = _single_subject(state)
    units = sf.su.units
    member: Group | None = None
    if cue.relation == "competes_with":
        member = sf.left(cue.first, limit=4)
        if member is None or len(member.entities) < 2 or sf.right(cue.last, limit=3, anaphors=True) is not None \
                or any(units[k].key in (",", ":", ";") for k in range(member.last + 1, cue.first)) \
                or not all(sf.word(k, "determiners") for k in range(_clause_start(sf, member.first), member.first)):
            return []  # only a list opening the clause is the noun's subject; another party may be named
    elif cue.relation == "subsidiary_of" and sf.word(cue.first - 1, "articles") and cue.first == cue.last:
        member = sf.right(cue.last, limit=1)  # "die Sparte Digital Industries", "die Tochter Audi"
    if member is None or member.kind != "org" or topic in member.entities:
        return []
    owner = Group([Slot(cue.first, cue.last, topic, "company", 0.7, anaphor="anaphors")], cue.first, cue.last)
    scope = (min(member.last, cue.first), cue.last + 3)
    return [Candidate(member, cue.relation, owner, "NOUN", cue, base * 0.85, scope)]


def _prefield_rivals(sf: SentenceFrame, cue, base: float) -> list[Candidate]:
    """"Workday und Oracle gelten im Geschäft mit Finanzsoftware als die wichtigsten Wettbewerber der
    Walldorfer": in a verb-second clause the list before the finite verb is what the rival noun describes,
    however long the adverbial between."""
    if not sf.lex.verb_second or cue.relation != "competes_with" or not sf.ends_with(cue, "of_words"):
        return []
    possessor = sf.group_at(cue.last) or sf.right(cue.last, limit=2, anaphors=True)  # "der Walldorfer" holds the "der"
    start = _clause_start(sf, cue.first)
    j = start
    while j < cue.first and sf.word(j, "determiners") and sf.group_at(j) is None:
        j += 1
    member = sf.group_at(j)
    if possessor is None or member is None or member.kind != "org" or member.first != j \
            or set(member.entities) & set(possessor.entities):
        return []
    if any(sf.group_at(k) is not None and sf.group_at(k).kind == "org" for k in range(member.last + 1, cue.first)):
        return []  # another company between: the usual reading
    return [Candidate(member, cue.relation, possessor, "NOUN", cue, base * 0.9, (member.last, cue.last + 3))]


def _with_pronoun_object(sf, cue, base, state) -> list[Candidate]:
    """'Amazon pourrait leur faire concurrence': a plural pronoun stands for the last list."""
    if cue.frame != "SVO":
        return []
    subj = sf.left(cue.first)
    if subj is None:
        return []
    if state.last_list is None and not _list_in_sentence(sf, cue.first):
        return _with_singular_object(sf, cue, base, state, subj)
    lo, hi = subj.last + 1, min(len(sf.su.units) - 1, cue.last + 2)
    if not any(sf.word(i, "plural_pronouns") for i in range(lo, hi + 1)):
        return _with_singular_object(sf, cue, base, state, subj)
    pronoun = next(i for i in range(lo, hi + 1) if sf.word(i, "plural_pronouns"))
    antecedent = _list_in_sentence(sf, subj.first)
    if antecedent is None and state.last_list is not None:
        # the list of an earlier sentence stands where the pronoun is: its own unit indices
        # belong to that sentence, not this one
        antecedent = Group([Slot(pronoun, pronoun, s.entity, s.kind, s.confidence, "plural")
                            for s in state.last_list.slots], pronoun, pronoun)
    if antecedent is None or set(antecedent.entities) & set(subj.entities):
        return []
    return [Candidate(subj, cue.relation, antecedent, cue.frame, cue, base * 0.85, (subj.last, cue.last + 3))]


def _with_singular_object(sf, cue, base, state, subj: Group) -> list[Candidate]:
    """"Temu y Shein le disputan cuota": an object clitic inside the cue stands for the company the
    previous sentence was about."""
    if not state.subjects or state.subjects[-1] in subj.entities:
        return []
    clitics = sf.lex.words.get("object_pronouns", frozenset())
    if not clitics or not any(w in clitics for w in cue.phrase.split(" ")):
        return []
    at = cue.first
    obj = Group([Slot(at, at, state.subjects[-1], "company", 0.7, "pronoun")], at, at)
    return [Candidate(subj, cue.relation, obj, cue.frame, cue, base * 0.85, (subj.last, cue.last + 3))]


def _list_in_sentence(sf: SentenceFrame, before: int) -> Group | None:
    lists = [g for g in sf.groups if g.kind == "org" and len(g.entities) >= 2 and g.last < before]
    return lists[-1] if lists else None


def _coordinate(sf: SentenceFrame, cands: list[Candidate]) -> None:
    """Share subjects across coordination: joint actions, coordinated verbs, 'as well as'."""
    partners = [c for c in cands if c.relation == "partner_of" and c.frame == "SYM" and not c.pairwise]
    for i, c in enumerate(cands):
        if c.frame not in ("SVO", "OVS", "DEAL", "IND", "SYM") or c.cue is None:
            continue
        # "Walmart teams up with Microsoft on a bid for TikTok": both bid.
        if c.frame == "SVO" and c.relation in ("bids_for", "acquires", "customer_of", "competes_with"):
            for p in partners:
                if p is not c and p.objects is c.subjects:
                    c.subjects = _merge(p.subjects, c.subjects)
        # "X bought Y and launched Z": the second verb keeps the first one's subject.
        j = c.cue.first - 1
        while j > c.cue.first - 3 and j >= 0 and not _links_verbs(sf, j) and sf.group_at(j) is None:
            j -= 1  # adverbs between "and" and the verb
        if j >= 0 and _links_verbs(sf, j):
            earlier = [e for e in cands[:i] if e.cue is not None and e.cue.last < c.cue.first
                       and e.frame in ("SVO", "OVS", "IND", "SYM", "DEAL") and not e.pairwise]
            subj = None
            if earlier:
                first = earlier[-1]
                subj = first.objects if first.frame == "OVS" else first.subjects
            else:
                # "Grab left AWS to move to Google Cloud": no earlier cue, the clause's subject
                # is its first company
                opening = [g for g in sf.groups if g.kind == "org" and g.last < j]
                if len(opening) >= 2 and _same_clause(sf, opening[0].first, c.cue.first):
                    subj = opening[0]
            if subj is not None:
                if c.frame == "OVS":
                    c.objects = subj
                else:
                    c.subjects = subj
        elif c.frame in ("SVO", "SYM", "DEAL", "IND"):
            serial = _serial_subject(sf, c, cands[:i])
            if serial is not None:
                c.subjects = serial
    # "as well as Z" continues a list: the members of a relational noun ("customers of Y are
    # A and B, as well as Z"); after a comma the clause's subject ("X is a customer of Y, as
    # well as Z"); without one the nearest list ("X uses Y as well as Z").
    for c in cands:
        if c.frame not in ("SVO", "NOUN", "NOUN_INV", "SYM"):
            continue
        right = c.objects if c.objects.last >= c.subjects.last else c.subjects
        extra = sf.after_word(right.last, "additives", reach=3, gap=8)
        # "..., as well as Z." ends the clause; "..., just as Z is for W" is a comparison
        if extra is None or not _clause_ends(sf, extra.last + 1):
            continue
        if c.frame == "NOUN":
            c.subjects = _merge(c.subjects, extra)
        elif c.frame == "NOUN_INV":
            c.objects = _merge(c.objects, extra)
        elif sf.su.units[right.last + 1].key == "," and not sf.su.spans.get("correlatives"):
            left_side = "subjects" if c.subjects.first <= c.objects.first else "objects"
            setattr(c, left_side, _merge(getattr(c, left_side), extra))
        else:
            setattr(c, "objects" if right is c.objects else "subjects", _merge(right, extra))


def _serial_subject(sf: SentenceFrame, c: Candidate, earlier: list[Candidate]) -> Group | None:
    """"X signed a contract with Y, competing hard with Z": a verb right after the comma that
    closes an earlier verb's object goes on with that verb's subject, not with its object."""
    j = c.cue.first - 1
    while j > c.cue.first - 3 and j > 0 and sf.su.units[j].key != "," and sf.group_at(j) is None \
            and not sf.is_break(j):
        j -= 1  # adverbs between the comma and the verb
    if j <= 0 or sf.su.units[j].key != "," or c.subjects.last != j - 1:
        return None
    if sf.ends_with(c.cue, "agent_words") or sf.ends_with(c.cue, "of_words") \
            or any(sf.su.units[k].classes for k in range(j + 1, c.cue.first)):
        return None  # ", launched by Y", ", which is part of Y", ", the company ...": an aside, no second verb
    for e in reversed(earlier):
        if e.cue is not None and e.frame in ("SVO", "DEAL", "SYM") and not e.pairwise \
                and e.objects.last == j - 1 and e.subjects.last < e.objects.first:
            return e.subjects
    return None


def _fronted_additive(sf: SentenceFrame, cands: list[Candidate]) -> None:
    """"Además de HM y Ribera, Quirónsalud rivaliza con Vithas": the names an opening "besides"
    brings are more rivals (partners) of the subject, not more subjects."""
    units = sf.su.units
    opening = [(a, b) for a, b in sf.su.spans.get("additives", []) if a == 0 or units[a - 1].key in _LIST_PUNCT]
    if not opening or opening[0][0] > 1:
        return
    end = opening[0][1]
    comma = next((i for i in range(end + 1, len(units)) if units[i].key == "," and units[i].mention is None), None)
    if comma is None:
        return
    for c in cands:
        if c.frame not in ("SVO", "SYM") or c.relation not in ("competes_with", "partner_of"):
            continue
        lead = [x for x in c.subjects.slots if end < x.first < comma]
        rest = [x for x in c.subjects.slots if x.first > comma]
        if lead and rest:
            c.subjects = Group(rest, rest[0].first, rest[-1].last)
            c.objects = _merge(c.objects, Group(lead, lead[0].first, lead[-1].last))


def _same_clause(sf: SentenceFrame, a: int, b: int) -> bool:
    return not any(sf.is_break(i) for i in range(a, b))


def _links_verbs(sf: SentenceFrame, j: int) -> bool:
    """'and' or 'in order to' before a verb: the verb shares the previous verb's subject."""
    return sf.word(j, "conjunctions") or sf.word(j, "purposes")


def _clause_ends(sf: SentenceFrame, i: int) -> bool:
    units = sf.su.units
    return i >= len(units) or units[i].key in (".", ",", ";", ":", "!", "?", ")") or sf.is_break(i)


def _merge(a: Group, b: Group) -> Group:
    return Group(a.slots + [s for s in b.slots if s.entity not in a.entities], min(a.first, b.first),
                 max(a.last, b.last))


def _roles(sf: SentenceFrame, slots: list[Slot], main_company: str, subject: str = "",
           topic: str = "") -> list[Candidate]:
    out: list[Candidate] = []
    units = sf.su.units
    plural = sf.lex.words.get("plural_pronouns", frozenset())
    for a, b in _outermost(sf.su.spans.get("role_titles", [])):
        # "Snowflake's (former) chief executive": the company before "'s"
        k = a - 1
        while k > 0 and sf.word(k, "ended") and units[k].mention is None:
            k -= 1
        org = _of_chain(sf, b)
        if org is None and not (k >= 0 and sf.word(k, "possessives")):
            org = sf.left(a, limit=1)
        if org is None and k > 0 and units[k].key == "'s" and sf.group_at(k - 1) is not None:
            org = sf.group_at(k - 1)
        if org is None and k >= 0 and sf.word(k, "possessives") and units[k].key not in plural:
            # "X runs on AWS, its chief executive Y said": the title belongs to the clause's
            # company, the first one named in the sentence, else the previous sentence's subject
            first = next((s for s in slots if s.kind == "company" and s.last < k), None)
            if first is not None:
                org = Group([first], first.first, first.last)
            elif subject:
                org = Group([Slot(k, k, subject, "company", 0.7, anaphor="possessive")], k, k)
        if org is not None and org.last < a and units[org.last + 1].key == "'s":
            # "Frank Slootman, Snowflake's chief executive" / "Snowflake's chief executive Frank Slootman"
            person = sf.right(b, kind="person", limit=2) or sf.left(org.first, kind="person", limit=2)
        elif org is not None and org.last == a - 1:
            # "Siemens-Chef Roland Busch": the company is glued to the title, the person follows
            person = sf.right(b, kind="person", limit=2) or sf.left(org.first, kind="person", limit=2)
        else:
            person = sf.left(a, kind="person", limit=2) or sf.right(b, kind="person", limit=2)
        if person is None and org is not None:
            person = sf.right(org.last, kind="person", limit=3)
        if person is None:
            person = _opening_person(sf, a)
        if person is None:
            continue
        base = 0.8
        if org is None:
            # "Het bedrijf, geleid door medeoprichter X,": an aside opening with the title (or an
            # agent role before it) describes the company before its comma, an anaphor included
            j = a - 1
            while j > 0 and sf.word(j, "role_titles"):
                j -= 1
            before = sf.group_at(j - 1) if j > 0 and units[j].key == "," else None
            if before is not None and before.kind == "org":
                org = Group([before.slots[-1]], before.slots[-1].first, before.slots[-1].last)
        if org is None and sf.word(b, "agent_words") and not sf.word(b, "of_words"):
            continue  # "La banca guidata da X ha lanciato un'offerta su Y": only what is led, before the title
        if org is None:
            # No company named with the title: one named in the sentence, else the article's main one.
            quoted = quoted_units(sf) if a not in quoted_units(sf) else set()
            orgs = [s for s in slots if s.kind in ORG_KINDS and not s.anaphor and s.first not in quoted]
            young = _founded(sf, a, b, orgs, subject)
            if young is not None:
                org, base = young, 0.6
            elif orgs:
                nearest = min(orgs, key=lambda s: abs(s.first - a))
                org = Group([nearest], nearest.first, nearest.last)
                base = 0.6
            elif quoted and min(quoted) < a and subject:
                # «...», ha detto l'amministratore delegato X: the speaker after a quotation speaks for
                # the company the article spoke of just before
                org = Group([Slot(a, a, subject, "company", 0.6)], a, a)
                base = 0.6
            elif main_company or topic:
                # the company the sentences before kept speaking of ("Der Berliner Konzern ...
                # Vorstandschef X"), else the article's main one
                org = Group([Slot(a, a, topic or main_company, "company", 0.6)], a, a)
                base = 0.6
        if org is not None:
            # "the former CEO" — a title's own modifiers sit just before it
            out.append(Candidate(person, "executive_of", org, "ROLE", None, base, (max(0, a - 2), b)))
    return out


def _founder_title(sf: SentenceFrame, a: int, b: int) -> bool:
    """The title span, or a title joined to it ("oprichter en directeur"), names a founder."""
    lo, hi = a, b
    if lo >= 2 and sf.word(lo - 1, "conjunctions") and sf.word(lo - 2, "role_titles"):
        lo -= 2
    if sf.word(hi + 1, "conjunctions") and sf.word(hi + 2, "role_titles"):
        hi += 2
    return any(sf.word(i, "founder_titles") for i in range(lo, hi + 1))


def _founded(sf: SentenceFrame, a: int, b: int, orgs: list[Slot], subject: str) -> Group | None:
    """A founder named with no company of its own founded a young company, one no registry
    knows: the nearest such in the sentence, else the previous sentence's subject if it is one
    ("Frachtwerk won DSV as an investor. Founder and CEO Z said ...": Frachtwerk, not DSV)."""
    if not _founder_title(sf, a, b):
        return None
    young = [s for s in orgs if s.entity.startswith("new:")]
    if young:
        nearest = min(young, key=lambda s: abs(s.first - a))
        return Group([nearest], nearest.first, nearest.last)
    if not orgs and subject.startswith("new:"):
        return Group([Slot(a, a, subject, "company", 0.6)], a, a)
    return None


_OPENING = {'"': '"', "«": "»", "“": "”", "„": "“"}


def quoted_units(sf: SentenceFrame) -> set[int]:
    """Units inside quotation marks (the marks excluded)."""
    out: set[int] = set()
    close = ""
    for i, u in enumerate(sf.su.units):
        if close and u.key == close:
            close = ""
        elif close:
            out.add(i)
        elif u.key in _OPENING:
            close = _OPENING[u.key]
    return out if not close else set()  # an unclosed quote says nothing sure


def _opening_person(sf: SentenceFrame, a: int) -> Group | None:
    """'Luca de Meo, ex ceo di Renault, è il nuovo amministratore delegato di Kering': the person
    opening the sentence, then an apposition, then a short copula before the title."""
    units = sf.su.units
    first = sf.group_at(0)
    if first is None or first.kind != "person" or first.first != 0 or first.last + 1 >= a \
            or units[first.last + 1].key != ",":
        return None
    comma = max((i for i in range(first.last + 2, a) if units[i].key == ","), default=None)
    if comma is None or a - comma > 5 or any(units[i].mention is not None or sf.is_break(i) for i in range(comma, a)):
        return None
    return first


def _owned_by_person(sf: SentenceFrame, slots: list[Slot]) -> list[Candidate]:
    """"Talpa Network van John de Mol", "Wonder Group, het bedrijf van ondernemer Marc Lore": a
    named company of a person (its founder or owner) is the person's company."""
    out: list[Candidate] = []
    units = sf.su.units
    for p in slots:
        if p.kind != "person" or p.anaphor:
            continue
        j = p.first - 1
        while j > p.first - 4 and j > 0 and units[j].mention is None and not units[j].classes & {
                "of_words", "role_titles", "agent_words"} and units[j].key.isalpha():
            j -= 1  # "van de Amerikaanse ondernemer Marc Lore"
        if j <= 0 or not sf.word(j, "of_words") or sf.word(j, "role_titles") or units[j].in_cue:
            continue
        org = sf.group_at(j - 1)
        if org is not None and org.anaphoric:
            # "Wonder Group, het bedrijf van ...": the description's company before its comma
            a = org.first
            org = sf.group_at(a - 2) if a > 1 and units[a - 1].key == "," else None
        if org is None or org.kind != "org" or org.anaphoric or len(org.entities) != 1:
            continue
        person = sf.group_at(p.first)
        out.append(Candidate(person, "executive_of", Group([org.slots[-1]], org.slots[-1].first, org.slots[-1].last),
                             "ROLE", None, 0.75, (org.last, p.last)))
    return out


def _outermost(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    spans = sorted(set(spans), key=lambda s: (s[0], -s[1]))
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _of_chain(sf: SentenceFrame, i: int, reach: int = 10) -> Group | None:
    """The company after 'of' following a title, across nested 'of' phrases."""
    n = len(sf.su.units)
    for j in range(i + 1, min(n, i + 1 + reach)):
        if sf.is_break(j) or sf.su.units[j].key in (".", ";"):
            return None
        g = sf.group_at(j)
        if g is not None:
            # "su homólogo en Sabadell": a title ending in "in" names the company right after it
            return g if g.kind == "org" and (sf.word(j - 1, "of_words")
                                             or j == i + 1 and sf.word(i, "in_words")) else None
    return None


def _possessed_products(sf: SentenceFrame, slots: list[Slot], state: Discourse) -> list[Candidate]:
    """"Uber's Cornershop", "its RouteWise app", "sa plateforme Lumo": a name no registry knows,
    owned by the company before it, is that company's product."""
    out: list[Candidate] = []
    units = sf.su.units
    for slot in slots:
        if slot.anaphor or not slot.entity.startswith("new:") or slot.kind not in ORG_KINDS:
            continue
        j = slot.first - 1
        apposed = False
        while j >= 0 and j > slot.first - 3 and units[j].mention is None and sf.word(j, "determiners") \
                and not sf.word(j, "possessives"):
            j -= 1  # "its new grocery app X": articles and descriptors between
        if j == slot.first - 1 and j >= 2 and units[j].key == "," and (
                slot.last + 1 >= len(units) or units[slot.last + 1].key in (",", ".", ";")):
            # "Its flagship product, Veil,", "Harborline's routing software, RouteWise,": the name
            # in apposition to a possessed noun of at most three plain words
            k = j - 1
            while k > j - 4 and k >= 0 and not units[k].in_cue and not sf.is_break(k) and (
                    units[k].mention is None and units[k].key.replace("-", "").isalpha()
                    and not sf.word(k, "possessives") or (units[k].mention is not None
                                                          and units[k].mention.kind == "industry")):
                k -= 1
            if k < j - 1 and (units[k].key == "'s" or sf.word(k, "possessives")):
                j, apposed = k, True
        owner: Group | None = None
        if j >= 1 and units[j].key == "'s" and units[j - 1].mention is not None:
            owner = sf.group_at(j - 1)
        elif j >= 0 and sf.word(j, "possessives") and units[j].key not in ("their", "leur", "leurs"):
            owners = [s for s in slots if s.last < j and s.kind in ORG_KINDS and s is not slot
                      and sf.visible(s.first, j)]
            if apposed:  # "Banorte, que ... Soriana, ha creado su propia aplicación, Bineo": the subject's
                owners = [s for s in owners if s.kind == "company" and sf.visible(s.first, j)][:1]
            if owners:
                owner = Group([owners[-1]], owners[-1].first, owners[-1].last)
            elif apposed and j == 0 and state.subjects and state.subjects[-1] != slot.entity:
                # "Its flagship product, Veil, ...": the company the previous sentence was about
                prev = Slot(0, 0, state.subjects[-1], "company", 0.7, anaphor="possessive")
                owner = Group([prev], 0, 0)
        if owner is not None and owner.kind == "org" and slot.entity not in owner.entities:
            out.append(Candidate(Group([slot], slot.first, slot.last), "product_of", owner, "POSS", None, 0.65,
                                 (slot.first, slot.last)))
    return out


def _industry_phrases(sf: SentenceFrame, cands: list[Candidate]) -> list[Candidate]:
    """'Amazon ... in healthcare': a company followed by in + industry, with nothing else between."""
    out: list[Candidate] = []
    covered = {id(c.objects) for c in cands if c.relation == "operates_in"}
    consumers = set()
    for c in cands:
        if c.relation == "customer_of":
            consumers.update(c.objects.entities)
    for g in sf.groups:
        if g.kind != "industry" or id(g) in covered:
            continue
        j = g.first - 1
        while j >= 0 and sf.word(j, "determiners"):
            j -= 1
        if j < 0 or not sf.word(j, "in_words"):
            continue
        k = g.last + 1
        if sf.word(k, "of_words") and (sf.right(k, limit=2) is not None):
            continue  # "runs in the cloud of Microsoft": the sector is the other company's
        subj = sf.left(j, limit=8)
        if subj is None or set(subj.entities) & consumers:
            continue
        if any(c.cue is not None and c.relation == "customer_of" and subj.last < c.cue.first < g.first
               for c in cands):
            continue
        out.append(Candidate(subj, "operates_in", g, "IN", None, 0.55, (subj.last, g.last)))
    out.extend(_descriptors(sf, covered))
    return out


def _descriptors(sf: SentenceFrame, covered: set[int]) -> list[Candidate]:
    """'the pharmacy chain CVS', 'drugmakers such as Merck', 'Coolblue, the online retailer,':
    a sector word that describes a company says the company is in that sector."""
    out: list[Candidate] = []
    units = sf.su.units
    for g in sf.groups:
        if g.kind != "industry" or id(g) in covered or len(g.entities) != 1:
            continue
        # sector word, then (articles, nouns like "chain", "such as") the company
        j = g.last + 1
        while j < len(units) and j - g.last <= 3 and (sf.word(j, "determiners") or sf.word(j, "includers")):
            j += 1
        company = sf.group_at(j)
        if company is not None and len(company.slots) > 1:
            # "Unilever, Delta and the insurer Allianz": the sector word describes its own member
            member = next((s for s in company.slots if s.first == j), None)
            company = Group([member], member.first, member.last) if member else None
        if (company is None or company.kind != "org" or company.first != j) and not (
                g.last + 1 < len(units) and units[g.last + 1].mention is not None):
            # apposition: "Company, the [adjective] sector-noun"
            k = g.first - 1
            while k >= 0 and g.first - k <= 3 and units[k].mention is None and not units[k].in_cue and (
                    sf.word(k, "articles") or sf.word(k, "determiners") or units[k].key.isalpha()):
                k -= 1
            if k >= 1 and units[k].key == "," and units[k - 1].mention is not None:
                company = sf.group_at(k - 1)
            else:
                company = None
        if company is not None and company.kind == "org":
            out.append(Candidate(company, "operates_in", g, "DESC", None, 0.45, (g.first, g.last)))
    return out


# -- from candidates to claims ------------------------------------------------------------------

def _realise(c: Candidate, sf: SentenceFrame, ad: AnalysedDocument, registry: Registry) -> list[Claim]:
    modality, factor, relation = _modality(c, sf)
    if modality == "drop":
        return []
    pairs: list[tuple[str, str]]
    if c.pairwise:
        ents = c.subjects.entities
        pairs = [(x, y) for i, x in enumerate(ents) for y in ents[i + 1:]]
    else:
        pairs = [(s, o) for s in c.subjects.entities for o in c.objects.entities]
    conf_groups = min(c.subjects.confidence, c.objects.confidence)
    base = c.base * factor * (0.6 + 0.4 * conf_groups)
    s_ = sf.su.sentence
    evidence = Evidence(ad.doc.id, s_.text, s_.start, s_.end, ad.lang, ad.date, ad.doc.source)
    out: list[Claim] = []
    for s, o in pairs:
        rel = relation
        if rel == "deal":
            rel, s, o = _deal_direction(s, o, ad, registry)
        if rel == "partner_of":
            s, o = _maker(s, ad, registry), _maker(o, ad, registry)
        rel = _typed(rel, s, o, ad, registry, c.frame)
        if rel == "product_of" and relation == "subsidiary_of" and _unit_cue(c, sf, s, ad):
            rel = "subsidiary_of"
        if rel:
            out.append(Claim(s, rel, o, round(min(base, 0.99), 3), evidence, modality, f"rules:{c.frame}"))
    owners = c.objects.entities
    units = sf.su.units
    # a continued candidate keeps a side of the previous sentence, whose unit indices are not this one's
    paired = (relation == "subsidiary_of" and c.frame != "CONT" and len(owners) == 2
              and not any(units[i].key == "," for i in range(c.objects.first, c.objects.last)))
    if paired and out:
        # "the joint venture of Orange and Capgemini": its owners are partners
        for i, a in enumerate(owners):
            for b in owners[i + 1:]:
                if _typed("partner_of", a, b, ad, registry):
                    out.append(Claim(a, "partner_of", b, round(min(base, 0.99) * 0.9, 3), evidence, modality,
                                     f"rules:{c.frame}+jv"))
    return out


def _maker(entity: str, ad: AnalysedDocument, registry: Registry) -> str:
    """"die Produktion des Mini Cooper erfolgt in einem Gemeinschaftsunternehmen mit Great Wall": a
    product makes no alliance; its maker, when the article names it, does."""
    ent = ad.entities.get(entity)
    if ent is None or ent.kind != "product":
        return entity
    lineage = registry.ancestors(entity) if entity in registry.entries else [ent.parent] if ent.parent else []
    return next((a for a in lineage if a in ad.entities), entity)


def _modality(c: Candidate, sf: SentenceFrame) -> tuple[str, float, str]:
    units = sf.su.units
    lo, hi = max(0, c.scope[0]), min(len(units) - 1, c.scope[1])
    clause = lo
    while clause > 0 and not sf.is_break(clause - 1):
        clause -= 1
    cue_first = c.cue.first if c.cue else lo
    if cue_first in sf._hidden:
        # "la banca, che ha completato l'acquisizione di X, potrà ...": the main clause's words
        # after the aside say nothing of the aside's own verb
        end = cue_first
        while end + 1 in sf._hidden:
            end += 1
        hi = min(hi, end)

    spans = sf.su.spans

    def has(cls: str, a: int, b: int) -> bool:
        # an aside the cue is outside of (", founded by former Google engineers,") lends it no modality
        return any(a <= i <= b and not units[i].in_cue and sf.visible(i, cue_first)
                   for s, e in spans.get(cls, ()) for i in range(s, e + 1))

    segment = cue_first
    while segment > 0 and units[segment - 1].key != "," and not sf.is_break(segment - 1):
        segment -= 1
    # "did not buy Y and partnered with Z": a negation before "and" belongs to the first verb
    neg_from = lo
    for i in range(cue_first - 1, lo - 1, -1):
        if sf.word(i, "conjunctions") and sf.group_at(i - 1) is None and sf.group_at(i + 1) is None:
            neg_from = i
            break
    if has("negations", neg_from, hi) or has("conditionals", segment, cue_first) or has("denials", clause, cue_first):
        return "drop", 0.0, c.relation  # negated, or hypothetical ("if X bought Y")
    if sf.word(segment, "hedges") and segment > 0 and units[segment - 1].key == ",":
        # "Berichte, wonach X an Y interessiert sei, wies er zurück": the main clause denies the report
        end = next((i for i in range(max(hi, cue_first), len(units)) if units[i].key == ","), None)
        if end is not None and has("negations", end, len(units) - 1):
            return "drop", 0.0, c.relation
    relation = c.relation
    talks = has("talks", clause, hi) or has("wishes", clause, cue_first) or has(
        "purposes", max(lo, cue_first - 2), cue_first)
    hedged = has("hedges", clause, hi)
    if relation == "competes_with" and c.cue is not None and _minority_stake(sf, c, any_share=True):
        return "drop", 0.0, relation  # "ha superato il 75% di X": a share crossed, no rivalry
    if relation in ("acquires", "bids_for", "subsidiary_of") and _minority_stake(sf, c):
        return "drop", 0.0, relation  # "bought 10% of X" is a stake, not an acquisition
    if relation == "acquires" and (talks or hedged):
        return "planned", 0.9, "bids_for"
    if relation in ("customer_of", "partner_of", "subsidiary_of", "product_of") and has("wishes", clause, cue_first):
        return "drop", 0.0, relation
    if has("ended", lo, hi):
        return "ended", 0.5, relation
    if hedged:
        return "hedged", 0.85, relation
    return "asserted", 1.0, relation


_NUMBER = re.compile(r"^\d+(?:[.,]\d+)?$")


def _minority_stake(sf: SentenceFrame, c: Candidate, any_share: bool = False) -> bool:
    """A percentage below 50 (any percentage with `any_share`) between the cue and its object: a
    stake, not control."""
    if c.cue is None:
        return False
    units = sf.su.units
    # the side after the cue: the object, or the subject of an inverted cue ("X controlla il 24% di Y")
    after = max(c.objects.first if c.frame != "OVS" else c.subjects.first, c.cue.last)
    first, last = c.cue.first, min(len(units) - 1, after + 1)
    for i in range(first, last + 1):
        if units[i].key == "%" or sf.word(i, "percent_words"):
            j = i - 1
            if j >= 0 and _NUMBER.match(units[j].key):
                return any_share or float(units[j].key.replace(",", ".")) < 50
    return False


def _kind(entity: str, ad: AnalysedDocument) -> str:
    ent = ad.entities.get(entity)
    return ent.kind if ent else "company"


def _root(entity: str, ad: AnalysedDocument, registry: Registry) -> str:
    """The family root, also for a product discovered under a known owner ("Microsoft AI")."""
    if entity in registry.entries:
        return registry.root(entity)
    ent = ad.entities.get(entity)
    if ent and ent.parent in registry.entries:
        return registry.root(ent.parent)
    return entity


def _unit_cue(c: Candidate, sf: SentenceFrame, subject: str, ad: AnalysedDocument) -> bool:
    """'Vinci Autoroutes, la filiale de Vinci': a name guessed a product only from its shape
    (owner's name + a word) is a company when the text calls it a subsidiary, unit or division;
    a cue the lexicon also lists for product_of ("marque de") leaves it a product."""
    if c.cue is None or _known(subject, ad):
        return False
    return not any(q.phrase == c.cue.phrase and q.relation == "product_of" for q in sf.lex.cues)


def _known(entity: str, ad: AnalysedDocument) -> bool:
    ent = ad.entities.get(entity)
    return bool(ent and ent.known)


def _typed(rel: str, s: str, o: str, ad: AnalysedDocument, registry: Registry, frame: str = "") -> str:
    """Check the types of both sides; pick product_of or subsidiary_of by the subject's kind."""
    if s == o:
        return ""
    ks, ko = _kind(s, ad), _kind(o, ad)
    if rel == "executive_of":
        return rel if ks == "person" and ko in ORG_KINDS else ""
    if ks not in ORG_KINDS:
        return ""
    if rel == "operates_in":
        return rel if ko == "industry" else ""
    if ko not in ORG_KINDS:
        return ""
    same_family = _root(s, ad, registry) == _root(o, ad, registry)
    if rel in ("subsidiary_of", "product_of"):
        if ko == "product" and ks == "company":
            return ""
        if rel == "product_of" and frame in ("SVO", "OVS") and ks != "product" and _known(s, ad):
            return ""  # "X launches Y": Y must be a product, not a known company
        if frame in ("POSS", "SVO", "OVS") and rel == "product_of" and not _known(s, ad):
            return "product_of"  # "X launched Zorbo": a name no registry knows, launched, is a product
        return "product_of" if ks == "product" else "subsidiary_of"
    if rel in ("competes_with", "partner_of", "customer_of") and same_family:
        return ""
    return rel


def _deal_direction(a: str, b: str, ad: AnalysedDocument, registry: Registry) -> tuple[str, str, str]:
    """Who supplies whom in a contract: the party in a supplier sector; between two suppliers,
    the one providing infrastructure (a software house runs on a cloud, not the reverse)."""
    def sectors(x: str) -> set[str]:
        ent = ad.entities.get(x)
        industries = ent.industries if ent else ()
        if ent is not None and not industries and ent.parent in registry.entries:
            # "Telefónica Tech", a unit the registry does not know: its owner's trade
            industries = tuple(registry.entries[ent.parent].industries)
        out: set[str] = set()
        for ind in industries:
            out.update(registry.industry_ancestors(ind))
        return out

    sa, sb = sectors(a), sectors(b)
    for tier in (SUPPLIER_SECTORS, INFRASTRUCTURE_SECTORS):
        a_supplies, b_supplies = bool(sa & tier), bool(sb & tier)
        if a_supplies and not b_supplies:
            return "customer_of", b, a
        if b_supplies and not a_supplies:
            return "customer_of", a, b
    return "partner_of", a, b


def _continuation(sf: SentenceFrame, ad, registry, state: Discourse) -> list[Claim]:
    """'Another example: Nike, Zulily and Instacart.' repeats the previous list's relation."""
    lists = [g for g in sf.groups if g.kind == "org" and len(g.entities) >= 2]
    if len(lists) != 1 or not state.last_claims or not sf.su.spans.get("continuation"):
        return []
    if len([g for g in sf.groups if g.kind == "org"]) != 1:
        return []
    new = lists[0]
    out: list[Claim] = []
    for cand, _ in state.last_claims:
        for side in ("subjects", "objects"):
            g = getattr(cand, side)
            if len(g.entities) >= 2 and not cand.pairwise:
                clone = Candidate(cand.subjects, cand.relation, cand.objects, "CONT", None, cand.base * 0.7,
                                  (0, -1))
                setattr(clone, side, new)
                out.extend(_realise(clone, sf, ad, registry))
    return out


def _knowledge_claims(ad: AnalysedDocument, registry: Registry, claims: list[Claim]) -> list[Claim]:
    """Families the text names but does not spell out: a product and its owner both mentioned."""
    first_sentence: dict[str, int] = {}
    for m in ad.mentions:
        if m.entity:
            first_sentence.setdefault(m.entity, m.sentence)
    out: list[Claim] = []
    present = set(ad.entities)
    acquired = {c.object for c in claims if c.relation == "acquires" and c.confidence >= 0.5}
    for eid, ent in ad.entities.items():
        owner = ""
        if ent.known:
            owner = next((a for a in registry.ancestors(eid) if a in present), "")
        elif ent.parent:
            # "Sky Italia" (Sky's unit) in an article naming Comcast but not Sky alone
            lineage = [ent.parent, *registry.ancestors(ent.parent)] if ent.parent in registry.entries else [ent.parent]
            owner = next((a for a in lineage if a in present and a != eid), "")
        if not owner:
            continue
        if any(c.subject == eid and c.object == owner and c.relation in ("product_of", "subsidiary_of")
               and c.confidence >= 0.5 for c in claims):
            continue  # the text says how the two belong together ("dịch vụ VNPT Cloud" is a product)
        unit = ent.name.split()[-1].lower() in unit_words() if " " in ent.name else False
        # a brand the text says was bought ("its takeover of Slack") is a company now owned
        rel = "product_of" if ent.kind == "product" and not unit and eid not in acquired else "subsidiary_of"
        s = ad.sentences[first_sentence.get(eid, 0)]
        ev = Evidence(ad.doc.id, s.text, s.start, s.end, ad.lang, ad.date, ad.doc.source)
        # A brand carries its owner's name ("Amazon Care"); a subsidiary that does not is often
        # recent or past news the article does not state, so it stays below the default cut-off.
        owner_words = set(ad.entities[owner].name.lower().split())
        shared = rel == "product_of" or owner_words & set(ent.name.lower().split())
        out.append(Claim(eid, rel, owner, 0.6 if shared else 0.5, ev, "asserted", "registry"))
    # A company that launches or buys into a sector the article talks about operates in it.
    industries_here = {e.name: e.id for e in ad.entities.values() if e.kind == "industry"}
    sentence_industries: dict[int, set[str]] = {}
    for m in ad.mentions:
        if m.kind == "industry":
            sentence_industries.setdefault(m.sentence, set()).add(m.entity.split(":", 1)[1])
    member_sentences: dict[str, set[int]] = {}
    for m in ad.mentions:
        member_sentences.setdefault(m.entity, set()).add(m.sentence)
    for claim in [*claims, *out]:
        if claim.relation not in ("acquires", "product_of") or claim.confidence < 0.5:
            continue
        owner, member = (claim.subject, claim.object) if claim.relation == "acquires" else (claim.object,
                                                                                           claim.subject)
        ent = ad.entities.get(member)
        nearby = set().union(*(sentence_industries.get(i, set()) for i in member_sentences.get(member, ())))
        for ind in (ent.industries if ent else ()):
            # the broadest sector the article names: "retail" rather than "grocery"
            for sector in reversed(registry.industry_ancestors(ind)):
                if sector in industries_here and sector in nearby:
                    out.append(Claim(owner, "operates_in", industries_here[sector], 0.55, claim.evidence,
                                     "asserted", "inferred"))
                    break
    return out


def _dedupe(claims: list[Claim]) -> list[Claim]:
    best: dict[tuple, Claim] = {}
    for c in claims:
        key = (*c.key, c.evidence.start)
        if key not in best or c.confidence > best[key].confidence:
            best[key] = c
    return list(best.values())
