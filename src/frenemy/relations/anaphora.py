"""Slots of a sentence: its company mentions and the anaphors resolved to companies ("the group",
"la firme", "der Konzern", "hãng", "les deux groupes"), and the discourse state earlier sentences
leave for later ones (subjects, lists, the main company)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from frenemy.knowledge.registry import Registry
from frenemy.lang import Lexicon
from frenemy.model import AnalysedDocument, Claim
from frenemy.nlp.names import COMMON_HEAD, word_frequencies
from frenemy.nlp.tokens import token_key
from frenemy.relations.frames import _PREPOSITIONS, _after_preposition, opening_family_noun
from frenemy.relations.roles import quoted_units
from frenemy.relations.sentence import ORG_KINDS, Candidate, Group, SentenceFrame, Slot

ANAPHOR_CLASSES = ("latter", "group_anaphors", "anaphors", "pronouns")
LIST_PUNCT = frozenset({",", "(", ")", "/", "«", "»", '"', "“", "”", "-"})


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
    employers: dict[str, str] = field(default_factory=dict)  # person -> the company a title said she works for
    targets: list[tuple[int, str]] = field(default_factory=list)  # (sentence, company) bought or bid for
    buyers: dict[str, set[str]] = field(default_factory=dict)  # a company bought or bid for -> its buyers, bidders
    young: tuple[int, str] = (-9, "")  # (sentence, company) last described as a start-up
    rivals_announced: tuple[int, str] = (-9, "")  # (sentence, company) whose unnamed rivals it spoke of
    index: int = 0  # the sentence being read
    # the subject of the first sentence naming a company in the latest paragraph that has one
    paragraph_subject: str = ""
    paragraph_open: bool = False  # a new paragraph has named no company yet
    headline_deals: list[tuple[str, str, str]] = field(default_factory=list)  # the headline's orders, purchases
    # company -> the words earlier descriptions of it used ("das Leipziger Start-up X", "X, la fintech milanese")
    described: dict[str, set[str]] = field(default_factory=dict)
    places: dict[str, set[str]] = field(default_factory=dict)  # company -> the place words among them


def sentence_subject(sf: SentenceFrame, org_slots: list[Slot]) -> Slot:
    """The sentence's first company, or in a verb-second language its first company outside a
    fronted prepositional phrase ("Concurrentie op het gebied van EUV heeft ASML niet": ASML)."""
    first = org_slots[0]
    g = sf.group_at(first.first)
    if g is None or not _after_preposition(sf, g):
        return first
    units = sf.su.units
    if not sf.lex.verb_second:
        # "Fondata da X, ex manager di Amazon, Sprinta conta ...", "Con Miralar, Calvo controlará":
        # a name after a preposition in an opening phrase is not the subject; the name opening the
        # main clause right after its comma is
        for s in org_slots[1:]:
            if any(sf.is_break(i) for i in range(first.last + 1, s.first)):
                break
            j = s.first - 1
            while j > first.last and sf.word(j, "determiners") and units[j].key != ",":
                j -= 1
            h = sf.group_at(s.first)
            if j > first.last and units[j].key == "," and h is not None and not _after_preposition(sf, h):
                return s
        return first
    for s in org_slots[1:]:
        if any(units[i].key in (",", ":", ";") or sf.is_break(i) for i in range(first.last + 1, s.first)):
            break  # "Voor Blue Yonder, dat ..., is Albert Heijn ...": the fronted name is the topic
        h = sf.group_at(s.first)
        if h is not None and not _after_preposition(sf, h):
            return s
    return first


def possessive_topic(sf: SentenceFrame, topical: list[Slot], state: Discourse) -> str:
    """"Its biggest customer is Walmart", "Tra i suoi clienti figurano X", "Khách hàng lớn nhất của
    hãng là X": a sentence opening with a phrase a singular possessive owns, before any name, is
    still about the company the one before was about; that company stays the topic, not the name
    the possessive's noun introduces (but "Its rival Y bought Z": a name right after its noun is the
    sentence's own subject)."""
    if not state.subjects or not topical:
        return ""
    units = sf.su.units
    first = topical[0].first
    # "Su marca principal, Movistar, sigue ...": the possessed thing's name in an apposition
    # (not "Son grand rival, Havas, ...": a rival or a partner acts for itself)
    apposed = sf.word(0, "possessives") and first >= 2 and units[first - 1].key == "," \
        and topical[0].last + 1 < len(units) and units[topical[0].last + 1].key == "," \
        and not any(c.last < first and c.relation in ("competes_with", "partner_of") for c in sf.su.cues)
    if any(sf.is_break(i) or units[i].key in (",", ";", ":") and not (apposed and i == first - 1)
           or units[i].mention is not None for i in range(first)):
        return ""  # "Para reforzar su negocio, Amadeus ...": the possessive's phrase is no subject
    for i in range(min(first, 6)):
        if sf.word(i, "possessives"):
            if sf.word(i, "plural_pronouns") or first - i <= 2:
                return ""
            return single_subject(state)
    return ""


def main_company_of(ad: AnalysedDocument) -> str:
    counts: dict[str, int] = {}
    for m in ad.mentions:
        if m.kind == "company" and m.entity:
            counts[m.entity] = counts.get(m.entity, 0) + 1
    return max(counts, key=counts.get) if counts else ""


# -- slots and groups ---------------------------------------------------------------------------

def sentence_slots(sf: SentenceFrame, ad: AnalysedDocument, registry: Registry, state: Discourse) -> list[Slot]:
    units = sf.su.units
    # "gli analisti di Equita ritengono che ...": a company that only comments is no party
    sources = sf.su.spans.get("sources", [])
    commentators = {_after_determiners(sf, b + 1): a for a, b in sources}
    titled = {_after_determiners(sf, b + 1) for a, b in sources if "role_titles" in units[a].classes}
    # ... but a person quoted ("Theo bà X, CEO của Y") still holds her role, and so does one whose
    # title is the source phrase ("Paul Roux, analyste de BNP Paribas"): her employer stays, for her
    # role only
    # ("Volgens ING-bestuursvoorzitter X": a company glued to the title after the source word is hers too)
    employers = {i for i, a in commentators.items() if a >= 2 and units[a - 1].key == ","
                 and units[a - 2].mention is not None and units[a - 2].mention.kind == "person"
                 or i + 1 < len(units) and "role_titles" in units[i + 1].classes
                 or i in titled}  # "Đại diện Vinamilk, ông X": the source phrase is a title
    # a regulator or central bank approves and supervises: named, but no party and no topic
    slots = [Slot(i, i, u.mention.entity, u.mention.kind, u.mention.confidence, commentator=i in employers)
             for i, u in enumerate(units) if u.mention is not None and u.mention.entity
             and (i not in commentators or i in employers or u.mention.kind == "person")
             and not _authority(registry, u.mention.entity)]
    taken = {s.first for s in slots if s.kind != "industry"}
    det_spans = sf.su.spans.get("determiners", [])
    runs = _modifier_runs(sf)
    for cls in ANAPHOR_CLASSES:
        people = _town_people(sf, ad, state) if cls == "anaphors" else {}
        for a, b in sf.su.spans.get(cls, []) + _modified_anaphors(sf, cls, runs) + _contracted_anaphors(sf, cls) \
                + sorted(people):
            if any(i in taken for i in range(a, b + 1)):
                continue
            if (a, b) in people:
                entity = _company_of_town(people[a, b], sf.su.units[b].key, ad, state) \
                    or _earlier_clause_company(sf, a, slots) or state.main_company
                if entity:
                    kind = ad.entities[entity].kind if entity in ad.entities else "company"
                    # (read as the company's name: "bei den Taufkirchenern" is as good as "bei Hensoldt")
                    slots.append(Slot(a, b, entity, kind, 0.7))
                    taken.update(range(a, b + 1))
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
            entity = _resolve_anaphor(cls, a, _past_list(sf, a, visible) if cls == "pronouns" else visible,
                                      ad, registry, state)
            modified = named = apposed = ""
            if cls in ("anaphors", "group_anaphors") and units[a].key in sf.lex.words.get("contracted_articles", ()):
                # "la filiale ... du groupe italien": a description glued to "of" refers back only
                # where a demonym says which company ("les rivaux du groupe de Clichy" do not)
                entity = _modified_antecedent(sf, a, b, ad, registry, state) \
                    if sf.lex.demonyms.get(units[b + 1].key if b + 1 < len(units) else "") else ""
                if not entity:
                    continue
            elif cls in ("anaphors", "group_anaphors"):
                modified = _modified_antecedent(sf, a, b, ad, registry, state)
                entity = modified or _clause_antecedent(sf, a, visible, state) or entity
                apposed = _apposed(sf, a, slots)
                named = apposed or _speaker_company(sf, a, slots) or _clause_subject(sf, a, b, slots) \
                    or (cls == "anaphors" and _opening_subject(sf, a, visible))
                entity = named or _of_sector(sf, a, b, _sized(sf, a, b, entity, ad, registry, state), slots, ad,
                                             registry, state)
            antecedent = _relative_antecedent(sf, a, slots) if entity and cls in ("anaphors", "group_anaphors") \
                and sf.lex.verb_second else ""
            if antecedent and (entity == antecedent or state.main_company not in ("", antecedent)):
                # "Workday, dat de salarisadministratie van het concern verzorgt": inside the relative,
                # the description is not its antecedent (that would be "zijn"), but the company
                # the article is about (else the one it spoke of last)
                entity = next((e for e in (state.main_company, single_subject(state) if state.subjects else "")
                               if e and e != antecedent), "")
            if cls in ("anaphors", "group_anaphors") and a > 0 and units[a - 1].key == "," \
                    and b + 1 < len(units) and units[b + 1].key == "'s" \
                    and not any(s.kind == "industry" and a <= s.first <= b for s in slots):
                # "Y, the company's president": an apposition speaks of the company this
                # sentence names first (not "the bank's": a sector says which one)
                first = next((s for s in visible if s.kind == "company" and s.last < a), None)
                if first is not None:
                    entity = first.entity
            if entity and cls != "pronouns" and entity in ad.entities and ad.entities[entity].kind == "product" \
                    and not any(s.entity == entity and s.last < a for s in visible):
                # "De software draait op Azure. Eerder kocht het bedrijf X": a company description
                # refers back to a company, not to the product a sentence was about
                entity = next((e for e in reversed(state.subjects) if e in ad.entities
                               and ad.entities[e].kind == "company"), state.main_company)
            if cls in ("anaphors", "group_anaphors") and not named and a > 0 and units[a - 1].key == "," \
                    and sf.su.keys[b] in sf.lex.words.get("near_demonstratives", ()):
                # "WinMart do WinCommerce vận hành, công ty này ...": "this company" opening a clause is the
                # company the sentence named last, also inside an aside (the word itself: a longer class
                # covers it; not "Shopee vượt mặt công ty này": the verb's object is another company)
                last = next((s for s in reversed(slots) if s.last < a and s.kind == "company" and not s.anaphor), None)
                if last is not None:
                    entity = last.entity
            country = anaphor_country(sf, a, b) or _described_town(sf, b) \
                if cls in ("anaphors", "group_anaphors") and entity else ""
            if country and not _may_be_in(registry, entity, country):
                # "het Franse adviesbureau" is no Dutch company, whatever came last: the company of
                # that country named just before, else the one the article described by that place
                # ("Zorvix, ein Leipziger Start-up ... das Leipziger Start-up")
                entity = modified or _described_there(sf, a, b, country, ad, registry, state)
            if cls in ("anaphors", "group_anaphors") and not named:
                entity = _agreeing(sf, a, b, entity, ad, registry, state)
            if entity:
                inside = [s for s in slots if s.kind == "industry" and a <= s.first <= b]
                slots = [s for s in slots if not (s.kind == "industry" and a <= s.first <= b)]
                kind = ad.entities[entity].kind if entity in ad.entities else "company"
                qualified = cls in ("anaphors", "group_anaphors") and _qualified(sf, a, b, entity, state)
                sector = inside[0].entity if len(inside) == 1 and cls in ("anaphors", "group_anaphors") \
                    and not (b + 1 < len(units) and units[b + 1].key == "'s") \
                    and not (a > 0 and sf.word(a - 1, "employer_words")) else ""
                trade = sector.split(":", 1)[1] if sector else ""
                if sector and entity != apposed and (not _known_in(ad, registry, entity, trade) or any(
                        o.kind == "company" and o.entity != entity and not o.anaphor
                        and _known_in(ad, registry, o.entity, trade) for o in slots)):
                    # only what the registry knows of it, and only where no other company of the sentence
                    # is in that sector ("Ford ... with LG ..., the carmaker said": the reference may be amiss);
                    # an apposition ("Darktrace, the security group,") names its company's trade itself
                    sector = ""
                slots.append(Slot(a, b, entity, kind, 0.7, anaphor=cls, qualified=qualified, sector=sector))
                taken.update(range(a, b + 1))
    slots += _first_person_slots(sf, slots, state)
    slots += _opening_possessive(sf, slots, state)
    slots += _opening_family_noun(sf, slots, ad, registry)
    slots += _continued_subject(sf, slots, state)
    slots.sort(key=lambda s: s.first)
    return slots


def _town_people(sf: SentenceFrame, ad: AnalysedDocument, state: Discourse) -> dict[tuple[int, int], str]:
    """"bestellt bei den Taufkirchenern", "die Salzgitteraner": a town's people after an article, in
    the languages that form them by a suffix (town_people_suffixes), for a town the article names
    ("in Salzgitter") or described a company by ("der Taufkirchener Konzern"); the span with its town."""
    suffixes = sf.lex.words.get("town_people_suffixes")
    if not suffixes:
        return {}
    units = sf.su.units
    text, offset = sf.su.sentence.text, sf.su.sentence.start
    frequent = word_frequencies(sf.lex.lang)[0]
    out: dict[tuple[int, int], str] = {}
    for i in range(1, len(units)):
        u = units[i]
        if u.mention is not None or u.in_cue or not u.key.isalpha() or not sf.word(i - 1, "articles") \
                or not text[u.start - offset].isupper() or frequent.get(u.key, 0) >= COMMON_HEAD:
            continue
        for suffix in sorted(suffixes, key=len, reverse=True):
            stem = u.key[:-len(suffix)] if u.key.endswith(suffix) else ""
            town = next((t for t in (stem, stem + "en", stem + "n") if len(stem) >= 4 and (
                _town_named(ad, t) or any(f"{t}er" in words for words in state.places.values()))), "")
            if not town and len(stem) >= 4 and f"{stem}er" != u.key \
                    and _town_adjective(ad, f"{stem}er", sf.lex.words.get("articles", frozenset())):
                town = stem  # "bei den Taufkirchenern" after "der Taufkirchener Sensorspezialist"
            if town:
                # (the adjective's form before a noun or a name: "die Taufkirchener Werke", "die Duisburger
                # Hafen AG"; not "den Taufkirchenern Zellen")
                nxt = units[i + 1] if i + 1 < len(units) else None
                if not (suffix in sf.lex.words.get("demonym_suffixes", ()) and nxt is not None and (
                        nxt.mention is not None or text[nxt.start - offset].isupper())):
                    out[i, i] = town
                break
    return out


def _town_named(ad: AnalysedDocument, town: str) -> bool:
    """The article names the town, capitalised, as a word of its own ("in Salzgitter"), and not at a
    sentence's start only (not "Konzernsprech" for "ein Konzernsprecher")."""
    name = town[:1].upper() + town[1:]
    return any(m.start() > 0 and ad.text[m.start() - 1] in " (/–-" and not ad.text[:m.start()].rstrip().endswith(".")
               for m in re.finditer(rf"\b{re.escape(name)}\b", ad.text))


def _town_adjective(ad: AnalysedDocument, word: str, articles: frozenset[str]) -> bool:
    """The article uses a town's adjective before a noun after an article ("der Taufkirchener
    Sensorspezialist"), not before a name ("der Autozulieferer Bosch")."""
    name = word[:1].upper() + word[1:]
    opening = "|".join(re.escape(x) for x in sorted(articles, key=len, reverse=True) if x.isalpha())
    if not opening:
        return False
    return any(m.group(1)[0].isupper() and not any(x.start <= m.start(1) < x.end for x in ad.mentions)
               for m in re.finditer(rf"\b(?i:{opening}) {re.escape(name)} (\w+)", ad.text))


def _company_of_town(town: str, people: str, ad: AnalysedDocument, state: Discourse) -> str:
    """The company a town's people stand for: the one earlier descriptions placed there, else the
    company the sentences naming the town name most often, else the article's main company."""
    placed = [e for e, words in state.places.items() if e in ad.entities and ad.entities[e].kind == "company"
              and any(_same_word(w, people) or w.startswith(town) for w in words)]
    if len(placed) == 1:
        return placed[0]
    town_name = town[:1].upper() + town[1:]  # (not a company of that name: "in Salzgitter" is the town)
    pattern = re.compile(rf"\b{re.escape(town_name)}\b")
    counts: dict[str, int] = {}
    for m in ad.mentions:
        if m.kind == "company" and m.entity and m.sentence < len(ad.sentences) and m.text != town_name \
                and pattern.search(ad.sentences[m.sentence].text):
            counts[m.entity] = counts.get(m.entity, 0) + 1
    if counts:
        best = max(counts.values())
        top = [e for e, c in counts.items() if c == best]
        return state.main_company if state.main_company in top else top[0] if len(top) == 1 else ""
    return ""


def _earlier_clause_company(sf: SentenceFrame, a: int, slots: list[Slot]) -> str:
    """"Der Chef von Hensoldt verkündet: Airbus bestellt bei den Taufkirchenern": the last company
    named before the anaphor's own clause (after a colon or semicolon), not one of that clause."""
    units = sf.su.units
    k = next((i for i in range(a - 1, -1, -1) if units[i].key in (":", ";")), -1)
    before = [x for x in slots if x.kind == "company" and not x.anaphor and x.last < k]
    return before[-1].entity if before else ""


def _authority(registry: Registry, entity: str) -> bool:
    entry = registry.entries.get(entity)
    return entry is not None and entry.authority


def _opening_family_noun(sf: SentenceFrame, slots: list[Slot], ad: AnalysedDocument, registry: Registry) -> list[Slot]:
    """"Le propriétaire de Gucci a confié ...", "La filiale logistique de la SNCF l'a emporté ...": a
    family noun opening the sentence describes its subject by a relative the article names: the
    possessor's owner, or the one unit of the possessor the article names."""
    found = next(((cue, s) for s in slots if s.kind == "company"
                  for cue in [opening_family_noun(sf, s.first)] if cue is not None), None)
    if found is None:
        return []
    cue, possessor = found
    present = set(ad.entities)
    if cue.frame == "NOUN_INV":
        related = [a for a in registry.ancestors(possessor.entity) if a in present][:1]
    else:
        related = [e for e in present if e != possessor.entity and possessor.entity in registry.ancestors(e)]
    if len(related) != 1:
        return []
    head = cue.last - 1 if sf.ends_with(cue, "of_words") else cue.last
    return [Slot(head, head, related[0], "company", 0.7, anaphor="family")]


def _opening_possessive(sf: SentenceFrame, slots: list[Slot], state: Discourse) -> list[Slot]:
    """"Its $16bn purchase of X closed in May": a singular possessive opening the sentence right
    before a noun cue is that noun's agent, the company the text was about just before."""
    units = sf.su.units
    if not units or not sf.word(0, "possessives") or sf.word(0, "plural_pronouns") or not state.subjects:
        return []
    cue = next((c for c in sf.su.cues if c.frame in ("SVO", "SYM", "DEAL") and 1 <= c.first <= 5), None)
    if cue is None or any(s.first < cue.first for s in slots):
        return []
    # a noun cue, ending in its preposition ("purchase of", "partnership with"; "its planned takeover
    # of"): not a verb whose subject is a noun the possessive opens ("Its rival bought X")
    if not (cue.first <= 3 and (sf.word(cue.last, "of_words") or sf.word(cue.last, "with_words"))
            or _passive_of_possessed(sf, cue)):
        return []
    return [Slot(0, 0, single_subject(state), "company", 0.7, anaphor="possessive")]


def _passive_of_possessed(sf: SentenceFrame, cue) -> bool:
    """"Its catalogue is hosted by X", "Son catalogue est hébergé par X": a passive cue, ending in its
    agent word, whose subject is a thing the possessive owns; its owner is the one the relation is
    about, as with a named owner ("Kestrix's catalogue is hosted by X"). Not when the possessed noun is
    a company of its own ("Its rival is advised by X": the rival is)."""
    if cue.frame != "SVO" or not sf.word(cue.last, "agent_words") or cue.first < 2:
        return False
    if any(c is not cue and c.first < cue.first for c in sf.su.cues):
        return False  # "Its rival ...", "Its parent company ...": a noun cue names a company of its own
    return not any(sf.word(k, cls) for k in range(1, cue.first)
                   for cls in ("generic_heads", "role_titles", "unit_heads", "rival_groups"))


def _continued_subject(sf: SentenceFrame, slots: list[Slot], state: Discourse) -> list[Slot]:
    """"Además, firmó un contrato con Meta", "También ha cerrado la compra de X": a sentence opening
    with a word that goes on from the one before ("además", "también") and then its verb names no
    subject (a dropped one): the company the text was about just before does it."""
    units = sf.su.units
    if not units or not state.subjects or sf.lex.verb_second:
        return []
    # ("También abastece a X": a cue whose object stands first, the supplier, is dropped as well)
    cue = next((c for c in sf.su.cues if c.frame in ("SVO", "OVS", "SYM", "DEAL") and c.first <= 5), None)
    if cue is None or cue.first == 0 or any(s.first < cue.first for s in slots):
        return []
    if not all(sf.word(k, "continuation") or units[k].key == "," for k in range(cue.first)):
        # "En marzo, adquirió X": a short adverbial of plain words and its comma before the verb
        if units[cue.first - 1].key != "," or not all(
                units[k].mention is None and units[k].key.replace(",", "").isalnum()
                and not sf.word(k, "clause_breaks") and not sf.word(k, "pronouns") for k in range(cue.first - 1)):
            return []
    return [Slot(0, 0, single_subject(state), "company", 0.7, anaphor="possessive")]


def _first_person_slots(sf: SentenceFrame, slots: list[Slot], state: Discourse) -> list[Slot]:
    """„Amazon is onze klant", zegt PostNL-topman X: "we", "our" inside a quotation stand for the
    company the speaker works for, named with her title or earlier in the article."""
    spans = sf.su.spans.get("first_person")
    if not spans:
        return []
    quoted = quoted_units(sf)
    inside = [(a, b) for a, b in spans if a in quoted and not any(s.first <= a <= s.last for s in slots)]
    if not inside:
        return []
    company = _speaker_employer(sf, slots, quoted, state)
    return [Slot(a, b, company, "company", 0.6, anaphor="first_person") for a, b in inside] if company else []


def _speaker_employer(sf: SentenceFrame, slots: list[Slot], quoted: set[int], state: Discourse) -> str:
    units = sf.su.units
    outside = [s for s in slots if s.first not in quoted]
    persons = {s.entity for s in outside if s.kind == "person"}
    if len(persons) > 1:
        return ""  # two speakers: which one's "we" is not said
    titles = [(a, b) for a, b in sf.su.spans.get("role_titles", []) if a not in quoted]
    for a, b in titles:
        glued = next((s for s in outside if s.last == a - 1 and s.kind == "company"), None)
        # "topman van PostNL", "topman X van PostNL": the "of" after the title or its person
        j = b + 1
        if j < len(units) and units[j].mention is not None and units[j].mention.kind == "person":
            j += 1
        if glued is None and sf.word(j, "of_words"):
            glued = next((s for s in outside if s.first == j + 1 and s.kind == "company"), None)
        if glued is None and sf.lex.bare_titles:
            glued = next((s for s in outside if s.first == j and s.kind == "company"), None)  # "Giám đốc X"
        if glued is not None:
            return glued.entity  # "PostNL-topman X"
    if persons:
        known = state.employers.get(next(iter(persons)), "")
        if known:
            return known
    if persons and titles and not any(s.kind in ORG_KINDS for s in outside) and min(quoted) < titles[0][0]:
        # „...", zegt financieel directeur X: the company the article is about, unless the quote names it
        # (not a bare "zei een woordvoerder": whose spokesman is not said)
        a, b = titles[0]
        if a > 0 and sf.word(a - 1, "possessives"):
            return ""  # "said its co-founder X": "its" says whose, read with the title
        if any(sf.word(k, "founder_titles") for k in range(a, b + 1)):
            # "sagt Gründerin X": a founder speaks for the start-up just described, if any
            young_at, young = state.young
            return young if young and state.index - young_at <= 3 else ""
        if state.main_company not in {s.entity for s in slots if s.first in quoted}:
            return state.main_company
    return ""


def _relative_antecedent(sf: SentenceFrame, a: int, slots: list[Slot]) -> str:
    """The company a relative clause holding unit a hangs on: ", dat/die" right after its name."""
    units = sf.su.units
    j = a - 1
    joined = False  # "X, dat ... en dat ... het concern": a second relative on the same antecedent
    while j > 1 and (a - j <= 8 or joined) and units[j].key not in (".", ";", ":"):
        if units[j].key == "," and not (sf.word(j + 1, "relatives")):
            return ""
        if units[j].mention is not None and not joined:
            return ""
        if sf.word(j, "relatives") and units[j - 1].key == ",":
            before = next((s for s in slots if s.last == j - 2 and s.kind in ORG_KINDS and not s.anaphor), None)
            return before.entity if before is not None else ""
        if sf.word(j, "relatives") and sf.word(j - 1, "conjunctions") and not joined:
            joined, j = True, j - 1
        j -= 1
    return ""


def _describes_name(sf: SentenceFrame, b: int) -> bool:
    """The noun ending at unit b is followed by a name, directly or after at most two plain words
    no lexicon class or cue claims (adjectives: "la empresa sevillana Datanube"), or after an "of"
    and two plain words ("la aerolínea de bajo coste Volotea")."""
    units = sf.su.units
    j = b + 1
    reach = b + 3
    if j + 1 < len(units) and set(units[j].classes) == {"of_words"} and units[j + 1].mention is None:
        j, reach = j + 1, b + 4  # (not "la empresa de Amancio Ortega": whose it is, a reference back)
    while j < len(units) and j <= reach and units[j].mention is None:
        u = units[j]
        if j == reach or u.classes or u.in_cue or not u.key.replace("-", "").isalpha():
            return False
        j += 1
    if j >= len(units) or units[j].mention is None:
        return False
    if reach == b + 4:
        return units[j].mention.kind == "company"  # not "tập đoàn của tỷ phú X": whose it is
    return j == b + 1 or units[j].mention.kind != "industry"


def _modified_antecedent(sf: SentenceFrame, a: int, b: int, ad: AnalysedDocument, registry: Registry,
                         state: Discourse) -> str:
    """"el grupo alemán", "la compañía argentina": the last company the previous sentence named,
    else the latest subject, else the main company, that the registry places in that country;
    "la firma de Buenos Aires", a description by a place the registry cannot check, speaks of the
    article's main company."""
    units = sf.su.units
    j = b + 1
    country = anaphor_country(sf, a, b) or _described_town(sf, b)
    if country:
        candidates = [*reversed(state.named), *reversed(state.subjects), state.main_company]
        # a region ("el grupo cántabro") names the company the registry places there, else one of
        # its country whose region the registry does not know
        for strict in ((True, False) if "-" in country else (False,)):
            for e in candidates:
                entry = registry.entries.get(e)
                if entry is not None and e in ad.entities and (
                        bool(entry.region) and _within(entry.region, country) if strict else (
                        entry.country == country.partition("-")[0] and (not entry.region
                                                                        or _within(entry.region, country))
                        if "-" in country else entry.country == country)):
                    return e
        return ""
    if j >= len(units) or units[j].mention is not None:
        return ""
    # ("der Konzern aus Walldorf": a place word before the town, in the languages that list one alone)
    if (sf.word(j, "of_words") or units[j].key in sf.lex.words.get("place_words", ())) \
            and j + 1 < len(units) and units[j + 1].mention is None \
            and sf.su.sentence.text[units[j + 1].start - sf.su.sentence.start].isupper():
        return state.main_company
    return ""


def _described_there(sf: SentenceFrame, a: int, b: int, place: str, ad: AnalysedDocument, registry: Registry,
                     state: Discourse) -> str:
    """The one company the article described by the place word of the anaphor a..b, and which the
    registry does not place elsewhere."""
    qualifiers = _description_words(sf, a, b)[1]
    found = [e for e, words in state.places.items() if e in ad.entities and ad.entities[e].kind == "company"
             and _may_be_in(registry, e, place) and any(_same_word(w, q) for w in words for q in qualifiers)]
    return found[0] if len(found) == 1 else ""


def _described_town(sf: SentenceFrame, b: int) -> str:
    """"le groupe de Clichy", "il gruppo di Maranello", "der Konzern aus Walldorf": the place code of
    a town the lexicon knows (towns), named right after the anaphor's noun by an "of" or place word."""
    units = sf.su.units
    j = b + 1
    if j + 1 >= len(units) or units[j].mention is not None or units[j + 1].mention is not None:
        return ""
    if not (sf.word(j, "of_words") or units[j].key in sf.lex.words.get("place_words", ())):
        return ""
    if not sf.su.sentence.text[units[j + 1].start - sf.su.sentence.start].isupper():
        return ""
    return sf.lex.towns.get(units[j + 1].key, "")


def anaphor_country(sf: SentenceFrame, a: int, b: int) -> str:
    """The country a demonym gives the anaphor a..b: after its noun ("le groupe italien"), or
    between its article and its noun ("het Amerikaanse techbedrijf")."""
    units = sf.su.units
    demonyms = sf.lex.demonyms
    j = b + 1
    while j < len(units) and units[j].mention is None and "anaphors" in units[j].classes:
        j += 1  # "hãng xe Việt": the rest of a longer description comes before its country
    if j < len(units) and units[j].mention is None and units[j].key in demonyms:
        return demonyms[units[j].key]
    return next((demonyms[u.key] for u in units[a + 1:b] if u.key in demonyms), "")


def _may_be_in(registry: Registry, e: str, place: str) -> bool:
    """The registry does not place company e outside a country ("FR") or a region ("ES-CT")."""
    country, _, sub = place.partition("-")
    if country_of(registry, e) not in ("", country):
        return False
    entry = registry.entries.get(e)
    return not sub or entry is None or not entry.region or _within(entry.region, place)


def _within(a: str, b: str) -> bool:
    """Two place codes of which one holds the other: "ES-CT" and "ES-CT-B" (Barcelona), "IT" and "IT-45"."""
    return f"{a}-".startswith(f"{b}-") or f"{b}-".startswith(f"{a}-")


def country_of(registry: Registry, e: str) -> str:
    """The registry's country of a company, else of the family it belongs to."""
    for x in (e, registry.root(e)):
        entry = registry.entries.get(x)
        if entry is not None and entry.country:
            return entry.country
    return ""


def clause_openers(sf: SentenceFrame, slots: list[Slot]) -> list[Slot]:
    """Companies opening a clause: the sentence's first one, and one right after a clause break
    ("X did A, aunque Y did B")."""
    out: list[Slot] = []
    for s in slots:
        if s.kind not in ORG_KINDS or s.anaphor:
            continue
        j = s.first - 1
        while j >= 0 and (sf.word(j, "determiners") or sf.su.units[j].key == ",") and not sf.is_break(j):
            j -= 1
        if s is slots[0] or j >= 0 and sf.is_break(j) or _inverted_opener(sf, s, slots):
            out.append(s)
    return out


def _inverted_opener(sf: SentenceFrame, s: Slot, slots: list[Slot]) -> bool:
    """"..., mientras que el mantenimiento lo realizará la propia Iberia": in a language that is not
    verb-second, the first company of a clause after a break, with no preposition before it, is
    that clause's subject standing after its verb."""
    if sf.lex.verb_second:
        return False
    brk = next((j for j in range(s.first - 1, -1, -1) if sf.is_break(j)), None)
    g = sf.group_at(s.first)
    return brk is not None and g is not None and not _after_preposition(sf, g) \
        and not any(brk < o.first < s.first and o.kind in ORG_KINDS for o in slots)


def _clause_antecedent(sf: SentenceFrame, a: int, visible: list[Slot], state: Discourse) -> str:
    """"X estudia una oferta, aunque la entidad ...": after a clause break the description speaks of
    the company that opened the sentence. At a sentence's start, of the article's main company
    when it opened one of the previous sentence's clauses ("T le disputa cuota, aunque M ha
    firmado ... . La compañía ...")."""
    opening = [s for s in clause_openers(sf, visible) if s.last < a]
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
    if any(units[i].key not in LIST_PUNCT and not sf.word(i, "determiners") for i in range(0, first.first)):
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
    if a < 2 or units[a - 1].key != "," or units[a].in_cue and not any(
            c.first == a and c.frame in ("NOUN", "NOUN_INV") for c in sf.su.cues):
        # "S3ns, la société commune lancée par ...": the cue reads the description itself; a
        # relational noun ("MFE, la holding della famiglia X che ...") still describes the name
        return ""
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
    sector = _description_sector(sf, a, b)
    if not sector or not entity:
        return entity

    def in_sector(e: str) -> bool:
        ent = ad.entities.get(e)
        return bool(ent) and any(sector in registry.industry_ancestors(i) for i in ent.industries)

    # "Turkish Airlines entra en el capital de la aerolínea": after a preposition, the description is not
    # the subject of its own clause
    object_of = a > 0 and any(sf.word(a - 1, c) for c in _PREPOSITIONS)
    here = [s.entity for s in slots if s.last < a and s.kind == "company" and not s.anaphor and sf.visible(s.first, a)
            and not (object_of and not any(sf.su.units[k].key == "," or sf.is_break(k) for k in range(s.last + 1, a)))]
    earlier = [e for names in reversed(state.recent) for e in reversed(names)]
    for candidate in [*reversed(here), *earlier]:
        if in_sector(candidate):
            return candidate
    return entity


def _known_in(ad: AnalysedDocument, registry: Registry, entity: str, sector: str) -> bool:
    """The registry places the company in the sector or in one of its branches (not only in a wider
    sector: "the airline" may be no travel-software maker)."""
    ent = ad.entities.get(entity)
    return bool(ent) and any(sector in registry.industry_ancestors(i) for i in ent.industries)


def _sized(sf: SentenceFrame, a: int, b: int, entity: str, ad: AnalysedDocument, registry: Registry,
           state: Discourse) -> str:
    """"le géant", "the giant" speak of a well-known company, "la start-up" of one the registry does
    not know: the latest sentence subject of that size when the last one is not."""
    spans = sf.su.spans
    big = any(c <= b and a <= d for c, d in spans.get("big_anaphors", []))
    small = any(c <= b and a <= d for c, d in spans.get("small_anaphors", [])) or (
        a > 0 and sf.su.units[a - 1].key in sf.lex.articulated and _contracted_phrase(sf, a, b, "small_anaphors"))
    if not (big or small) or not entity:
        return entity
    young_at, young = state.young
    if small and young and young != entity and young in ad.entities and state.index - young_at <= 6:
        return young  # "Fatturando, start-up bolognese ... I fondatori della start-up": the one described so

    def known(e: str) -> bool:
        return e in registry.entries or bool(ad.entities.get(e) and ad.entities[e].known)

    if known(entity) == big:
        return entity
    # the latest subject of that size, else a company of that size the last sentence named ("X koopt
    # brouwerij Y. Het familiebedrijf ...": Y)
    for subject in [*reversed(state.subjects), *reversed(state.named)]:
        if known(subject) == big:
            if big and subject in registry.entries and registry.root(subject) in ad.entities:
                return registry.root(subject)
            return subject
    return entity


def collective_slots(sf: SentenceFrame, slots: list[Slot], ad: AnalysedDocument, state: Discourse) -> list[Slot]:
    """"Les deux groupes", "the three companies": as many companies as counted, from the sentence
    just before: the sides of its rivalry or partnership, its list, the sides of its relations,
    or the companies it names."""
    lex = sf.lex
    if not lex.collectives:
        return []
    units = sf.su.units
    by_first, nouns = _collective_phrases(lex)
    keys = sf.su.keys
    if by_first.keys().isdisjoint(keys):
        return []  # no counting phrase opens here: most sentences
    taken = {i for s in slots for i in range(s.first, s.last + 1)}
    out: list[Slot] = []
    taken -= {s.first for s in slots if s.kind == "industry"}
    # "hai hãng": a noun with no plural (Vietnamese) is read as an anaphor of its own; counted, it is the collective's
    taken -= {s.first for s in slots if s.anaphor and s.anaphor != "collective" and s.first == s.last}
    for i in [i for i, key in enumerate(keys) if key in by_first]:
        for words, count in by_first[keys[i]]:
            n = i + len(words)
            if n >= len(units) or [u.key for u in units[i:n]] != words or any(k in taken for k in range(i, n + 1)):
                continue
            noun = units[n]
            sector = noun.mention is not None and noun.mention.kind == "industry"  # "les trois enseignes"
            word = noun.key.replace("-", "").replace(" ", "")  # ("nhà mạng": a syllabic noun's spaces)
            if noun.mention is not None and not sector or not word.isalpha() or not (
                    sector or sf.word(n, "determiners") or noun.key in nouns or noun.key[:-1] in nouns):
                if not _bare_collective(sf, i, n):
                    continue  # "les deux dernières années" speaks of no companies
                n -= 1  # "compite con ambos": the counting word alone, after a preposition
            entities = _parties_here(sf, i, slots, count) or _listed_here(sf, i, slots, count) \
                or _others_here(sf, i, slots, count) or _counted(count, state)
            if entities:
                kinds = {e: (ad.entities[e].kind if e in ad.entities else "company") for e in entities}
                out += [Slot(i, n, e, kinds[e], 0.7, anaphor="collective") for e in entities]
                taken.update(range(i, n + 1))
    return out


def _parties_here(sf: SentenceFrame, at: int, slots: list[Slot], count: int) -> list[str]:
    """"X entra en el capital de la aerolínea, y ambas compañías firman una alianza": when the clauses
    before the collective, outside their asides, name exactly as many companies as counted, it
    stands for them."""
    before = [s for s in slots if s.last < at and s.kind == "company" and sf.visible(s.first, at)]
    # a new clause after a comma: "and", or "although" ("X teamed up with Y, although the two compete")
    # (or "..., un mercato in cui i due gruppi ...": a prepositional relative opening the clause)
    if not before or not any((sf.word(k, "conjunctions") or sf.word(k, "clause_breaks"))
                             and sf.su.units[k - 1].key == "," or sf.word(k, "oblique_relatives")
                             for k in range(before[-1].last + 1, at)):
        return []  # (not "A y B": a list, see _listed_here)
    seen = {s.entity for s in before}
    return list(dict.fromkeys(s.entity for s in before)) if len(seen) == count else []


def _others_here(sf: SentenceFrame, at: int, slots: list[Slot], count: int) -> list[str]:
    """"Repsol, rival de Moeve, ..., mientras que Iberdrola compite con ambas petroleras": after "with",
    the collective stands for the companies named before in the sentence other than the subject of
    its own clause (the last company before it), when they are as many as counted."""
    if at == 0 or not sf.word(at - 1, "with_words") or not sf.su.units[at - 1].in_cue:
        return []  # only a cue's own "with" ("compite con"), not any preposition
    before = [s for s in slots if s.last < at and s.kind == "company" and not s.anaphor]  # asides too
    if len(before) <= count:
        return []
    subject = before[-1].entity
    others = list(dict.fromkeys(s.entity for s in before if s.entity != subject))
    return others if len(others) == count else []


def _listed_here(sf: SentenceFrame, at: int, slots: list[Slot], count: int) -> list[str]:
    """"A and B dominate ..., and C competes with the two leaders": a list of as many companies as
    counted, earlier in the same sentence, is what the collective stands for."""
    orgs = [s for s in slots if s.last < at and s.kind in ORG_KINDS and not s.anaphor]
    for k in range(len(orgs) - count + 1):
        run = orgs[k:k + count]
        if all(_joined(sf, x, y) for x, y in zip(run, run[1:], strict=False)) and not (
                k > 0 and _joined(sf, orgs[k - 1], run[0])) and not (
                k + count < len(orgs) and _joined(sf, run[-1], orgs[k + count])):
            return list(dict.fromkeys(x.entity for x in run)) if len({x.entity for x in run}) == count else []
    return []


def _joined(sf: SentenceFrame, x: Slot, y: Slot) -> bool:
    """Two names side by side in a list: "A and B", "A, B"."""
    return x.last + 2 == y.first and (sf.word(y.first - 1, "conjunctions") or sf.su.units[y.first - 1].key == ",")


def _bare_collective(sf: SentenceFrame, i: int, n: int) -> bool:
    """"con ambos", "a los dos": a collective pronoun (the lexicon's collective_pronouns) with no
    noun, right after a preposition and before no noun of its own."""
    phrase = " ".join(u.key for u in sf.su.units[i:n])
    if phrase not in sf.lex.words.get("collective_pronouns", ()) or i == 0:
        return False
    if not any(sf.word(i - 1, c) for c in ("with_words", "of_words", "agent_words")):
        return False
    nxt = sf.su.units[n] if n < len(sf.su.units) else None
    return nxt is None or not nxt.key.isalpha() or bool(nxt.classes) or nxt.in_cue


@lru_cache(maxsize=16)
def _collective_phrases(lex: Lexicon) -> tuple[dict[str, list[tuple[list[str], int]]], frozenset[str]]:
    """The lexicon's counting phrases by first word (in lexicon order), and its anaphor head nouns:
    built once, as every unit of every sentence is tried against them."""
    by_first: dict[str, list[tuple[list[str], int]]] = {}
    for phrase, count in lex.collectives.items():
        words = phrase.split(" ")
        by_first.setdefault(words[0], []).append((words, count))
    nouns = frozenset(p.split(" ")[-1] for cls in ("anaphors", "group_anaphors") for p in lex.words.get(cls, ()))
    return by_first, nouns


def _counted(count: int, state: Discourse) -> list[str]:
    claims = [c for _, made in state.last_claims for c in made] if state.fresh_claims else []
    rivals = [x for c in claims if c.relation in ("partner_of", "competes_with") for x in (c.subject, c.object)]
    listed = state.last_list.entities if state.last_list is not None else []
    parties = [x for c in claims for x in (c.subject, c.object)]
    # "A se alía con B y colabora con C. D compite con ambos": the objects of one subject's claims
    ties = [c for c in claims if c.relation not in ("product_of", "operates_in", "executive_of")]
    objects = [c.object for c in ties] if len({c.subject for c in ties}) == 1 else []
    # "A supplies B, while C serves D. The two distributors ...": the companies opening its clauses
    openers = state.clause_subjects if state.fresh_claims else []
    for source in (rivals, objects, listed, parties, openers, state.last_companies):
        entities = list(dict.fromkeys(source))
        if len(entities) == count:
            return entities
    return []


def counts_companies(text: str, lex: Lexicon) -> bool:
    """A sentence with no name may still speak of companies named before: "Les deux groupes ..."."""
    if not lex.collectives:
        return False
    key = f" {token_key(text)} "
    return any(f" {phrase} " in key for phrase in lex.collectives)


def collect_groups(groups: list[Group]) -> list[Group]:
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


def _modified_anaphors(sf: SentenceFrame, cls: str, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """"the California start-up", "the Chinese group", "the Baltimore-based group": an anaphor
    ("the start-up") with one or two proper modifiers between its article and its noun; `runs`
    are the sentence's articles with their modifiers (_modifier_runs)."""
    if cls not in ("anaphors", "group_anaphors"):
        return []
    phrases = sf.lex.words.get(cls, frozenset())
    if not phrases or not runs:
        return []
    units = sf.su.units
    out: list[tuple[int, int]] = []
    for i, modifiers in runs:
        u = units[i]
        for m in range(1, modifiers + 1):
            for h in (1, 2):
                head = units[i + 1 + m:i + 1 + m + h]
                if len(head) == h and " ".join([u.key, *(x.key for x in head)]) in phrases:
                    out.append((i, i + m + h))
    return out


def _contracted_anaphors(sf: SentenceFrame, cls: str) -> list[tuple[int, int]]:
    """"il fondatore della start-up": a young company's description after a preposition contracted
    with its article; the span is the noun alone, the preposition stays a preposition. (Only the
    young company's: "del gruppo" after a title or a noun is read better by the role and noun frames.)"""
    lex = sf.lex
    if cls != "anaphors" or not lex.articulated:
        return []
    units = sf.su.units
    out: list[tuple[int, int]] = []
    for i in range(len(units) - 1):
        if units[i].key not in lex.articulated:
            continue
        for h in (1, 2):
            if i + h < len(units) and _contracted_phrase(sf, i + 1, i + h, "small_anaphors"):
                out.append((i + 1, i + h))
    return out


def _contracted_phrase(sf: SentenceFrame, a: int, b: int, cls: str) -> bool:
    """Units a..b, with an article before them, are a phrase of `cls` ("start-up" → "la start-up")."""
    return " ".join(u.key for u in sf.su.units[a:b + 1]) in _without_article(sf.lex, cls)


@lru_cache(maxsize=64)
def _without_article(lex: Lexicon, cls: str) -> frozenset[str]:
    """The phrases of `cls` that open with an article, without it: built once per lexicon."""
    articles = lex.words.get("articles", frozenset())
    return frozenset(p.split(" ", 1)[1] for p in lex.words.get(cls, ()) if " " in p and p.split(" ", 1)[0] in articles)


def _modifier_runs(sf: SentenceFrame) -> list[tuple[int, int]]:
    """Each unit an article covers, in order, with the number (1 or 2) of proper modifiers after it
    ("the California", "the Baltimore-based") or sector words ("the search group", whose sector then
    says which company); read once per sentence for both anaphor classes."""
    articles = sf.su.spans.get("articles")
    if not articles:
        return []
    units = sf.su.units
    n = len(units)
    text, offset = sf.su.sentence.text, sf.su.sentence.start
    out: list[tuple[int, int]] = []
    for i in sorted({i for a, b in articles for i in range(a, b + 1)}):
        m = 0
        while m < 2 and i + 1 + m < n:
            x = units[i + 1 + m]
            sector = x.mention is not None and x.mention.kind == "industry"  # "the search group"
            if not (sector or x.mention is None and not x.in_cue and x.key.replace("-", "").isalpha()
                    and (text[x.start - offset].isupper() or x.key.endswith("-based"))):
                break
            m += 1
        if m:
            out.append((i, m))
    return out


def _past_list(sf: SentenceFrame, at: int, slots: list[Slot]) -> list[Slot]:
    """"X signs up A and B as it ...": a singular pronoun after a list of companies stands for none
    of its members but for the company named before the list; the slots without the list's members."""
    before = [s for s in slots if s.last < at and s.kind in ORG_KINDS]
    k = len(before) - 1
    while k >= 1 and _joined(sf, before[k - 1], before[k]):
        k -= 1
    if k == len(before) - 1 or k == 0:
        return slots  # no list, or a list opening the sentence: read as usual
    listed = {id(s) for s in before[k:]}
    return [s for s in slots if id(s) not in listed]


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
    subject = single_subject(state)
    if cls == "pronouns":
        return subject  # "In 2021 kocht het ...": "it" is the company itself, not its parent
    if subject in registry.entries and (cls == "group_anaphors" or _unit_of_family(subject, ad, registry)):
        # "le groupe", "công ty": the family behind the last subject; "the service" after a
        # company of its own (Wolt, DoorDash's unit) is that company
        root = registry.root(subject)
        if root in ad.entities:
            return root
    return subject


def single_subject(state: Discourse, reach: int = 3) -> str:
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
    if sf.word_before(first.first, _PREPOSITION_CLASSES) >= 0:
        return ""  # "Für Siemens ist ...": a prepositional object is not the subject
    if any(units[i].key in (",", ";") for i in range(0, first.first)):
        return ""  # the name is not in the sentence's first clause
    return first.entity


_PREPOSITION_CLASSES = ("of_words", "agent_words", "with_words", "in_words", "purposes", "additives")


def _unit_of_family(entity: str, ad: AnalysedDocument, registry: Registry) -> bool:
    """A product, or a unit whose name carries its owner's ("Google Cloud", "AWS"): "the company" is the
    owner; a company with a name of its own ("Wolt", "Lieferando") is a company itself."""
    entry = registry.entries[entity]
    root = registry.root(entity)
    if entry.kind != "company" or root == entity:
        return True
    owner = registry.entries[root].name.lower().split()[0] if root in registry.entries else ""
    return bool(owner) and owner in entry.name.lower()


# -- descriptions the article gave each company -----------------------------------------------

def _same_word(x: str, y: str) -> bool:
    """Two forms of one word: "bonner"/"bonnern", "emiliano"/"emiliana", "start-up"/"start-ups"; a
    short word only itself ("mỹ")."""
    if x == y:
        return True
    k = 0
    for p, q in zip(x, y, strict=False):
        if p != q:
            break
        k += 1
    return k >= 4 and k >= max(len(x), len(y)) - 3  # (not "versicherer"/"versicherungskonzern")


def _description_words(sf: SentenceFrame, a: int, b: int) -> tuple[str, list[str]]:
    """The head noun of the description a..b and its qualifiers: the words between its article and
    its head ("das Leipziger Start-up": leipziger), a demonym after it ("il gruppo emiliano"); a head
    that is itself a town's people ("den Bonnern") is a qualifier."""
    units = sf.su.units
    words = [u.key for u in units[a:b + 1] if not (sf.lex.words.get("articles") and u.key in sf.lex.words["articles"])
             and (u.mention is None or u.mention.kind == "industry") and u.key.replace("-", "").isalpha()]
    if b + 1 < len(units) and units[b + 1].mention is None and units[b + 1].key in sf.lex.demonyms:
        words.append(units[b + 1].key)
    if not words:
        return "", []
    head = units[b].key
    text, offset = sf.su.sentence.text, sf.su.sentence.start
    # a qualifier names a place: a demonym, "Leeds-based", a capitalised modifier ("the California start-up")
    qualifiers = [u.key for k, u in enumerate(units[a + 1:b + 2], a + 1) if u.mention is None and (
        u.key in sf.lex.demonyms or k <= b and (u.key.endswith("-based") or (
            u.key.isalpha() and u.key != head and text[u.start - offset].isupper())))]
    if head in sf.lex.demonyms or head not in words:
        return "", list(dict.fromkeys(qualifiers + ([head] if head in sf.lex.demonyms else [])))
    return head, [q for q in qualifiers if q != head]


def _agreeing(sf: SentenceFrame, a: int, b: int, entity: str, ad: AnalysedDocument, registry: Registry,
              state: Discourse) -> str:
    """"il gruppo emiliano" after "Satispay, la fintech milanese" and "l'istituto emiliano" (Credem),
    "dem Start-up" after "das Leipziger Start-up Gleisblick": a description whose qualifiers (else
    its head noun) agree with the earlier descriptions of exactly one company is that company,
    unless the company it was read as agrees as well."""
    if not state.described:
        return entity
    head, qualifiers = _description_words(sf, a, b)
    small = any(c <= b and a <= d for c, d in sf.su.spans.get("small_anaphors", [])) or (
        a > 0 and sf.su.units[a - 1].key in sf.lex.articulated and _contracted_phrase(sf, a, b, "small_anaphors"))
    # a head noun says which company when it is a young company's ("dem Start-up") or a trade's
    # ("the contractor"), not "the group"
    probe = qualifiers or ([head] if head and (small or _specific_head(sf, head)) else [])
    if not probe:
        return entity

    def agrees(e: str) -> bool:
        return any(_same_word(w, q) for w in state.described.get(e, ()) for q in probe)

    if entity and agrees(entity):
        return entity

    def agreeing() -> list[str]:
        return [e for e in state.described if e in ad.entities and ad.entities[e].kind == "company" and agrees(e)]

    if not qualifiers:  # "dem Start-up": the one company the article introduced as a start-up
        matching = agreeing()
        return matching[0] if len(matching) == 1 else entity

    def other_place(e: str) -> bool:  # described by another place only ("la fintech milanese")
        known = state.places.get(e, ())
        return not any(_same_word(w, q) for w in known for q in qualifiers) and any(
            _other_places(sf.lex, w, q) for w in known for q in qualifiers)

    if not entity:
        return entity  # a description read as no company ("nhiều doanh nghiệp Nhật Bản") stays so
    matching = agreeing()
    if not other_place(entity):
        # nothing said against the company it was read as: only a company the article described by
        # both the place and the head ("das Leipziger Start-up") is read instead
        both = [e for e in matching if any(_same_word(w, head) for w in state.described[e])] if head else []
        if len(both) == 1:
            return both[0]
        # "la compañía valenciana" after "Ciberaxis, una firma valenciana": the one company the article
        # placed there by a demonym, when neither the article nor the registry places the other there
        codes = [sf.lex.demonyms[q] for q in qualifiers if q in sf.lex.demonyms]
        placed = [e for e in matching if any(_same_word(w, q) for w in state.places.get(e, ()) for q in qualifiers)]
        entry = registry.entries.get(entity)
        if codes and len(placed) == 1 and placed[0] != entity and not state.places.get(entity) \
                and not (entry is not None and any(entry.region and _within(entry.region, c)
                                                   or "-" not in c and entry.country == c for c in codes)):
            return placed[0]
        return entity
    if len(matching) == 1:
        return matching[0]
    others = [e for e in dict.fromkeys([*reversed(state.named), *reversed(state.subjects), state.main_company])
              if e and e != entity and e in ad.entities and ad.entities[e].kind == "company" and not other_place(e)]
    # "für den Bonner Logistikkonzern": of those, one in the description's sector
    sector = _description_sector(sf, a, b)
    chosen = next((e for e in others if sector and any(sector in registry.industry_ancestors(i)
                                                       for i in ad.entities[e].industries)),
                  others[0] if others else "")
    root = registry.root(chosen) if chosen in registry.entries else ""
    if root and root in ad.entities and _unit_of_family(chosen, ad, registry):
        return root  # "DHL Supply Chain": the group behind it
    return chosen


def _description_sector(sf: SentenceFrame, a: int, b: int) -> str:
    """The sector a description names ("den Bonner Logistikkonzern", "la piattaforma di streaming")."""
    units = sf.su.units
    sector = next((units[i].mention.entity.split(":", 1)[1] for i in range(a, b + 1)
                   if units[i].mention is not None and units[i].mention.kind == "industry"), "")
    if not sector and b + 2 < len(units) and sf.word(b + 1, "of_words") and units[b + 2].mention is not None \
            and units[b + 2].mention.kind == "industry":
        sector = units[b + 2].mention.entity.split(":", 1)[1]
    return sector


def _apposition_words(sf: SentenceFrame, last: int, articles: frozenset[str]) -> list[str]:
    """"X, a Leeds-based contractor,", "X, une start-up lyonnaise qui": the plain words of an
    indefinite or definite description right after a name and its comma, up to the next break."""
    units = sf.su.units
    k = last + 2
    if k >= len(units) or units[last + 1].key != "," or units[k].key not in articles:
        return []
    out: list[str] = []
    for u in units[k + 1:k + 5]:
        if u.mention is not None and u.mention.kind != "industry" or u.in_cue or not u.key.replace("-", "").isalpha() \
                or "relatives" in u.classes or "conjunctions" in u.classes:
            break
        out.append(u.key)
    return out


def _qualified(sf: SentenceFrame, a: int, b: int, entity: str, state: Discourse) -> bool:
    """The description a..b says which company by a place or a young company's head that the
    article's earlier descriptions gave `entity` and no other company."""
    head, qualifiers = _description_words(sf, a, b)
    small = any(c <= b and a <= d for c, d in sf.su.spans.get("small_anaphors", []))
    probe = qualifiers or ([head] if head and (small or _specific_head(sf, head)) else [])
    if not probe:
        return False
    agreeing = [e for e, words in state.described.items()
                if any(_same_word(w, q) for w in words for q in probe)]
    return agreeing == [entity]


def _specific_head(sf: SentenceFrame, head: str) -> bool:
    """A head no company may carry as well as any other: not the lexicon's generic_heads ("the group",
    "der Logistikkonzern"), not a pronoun-like word."""
    generic = sf.lex.words.get("generic_heads", frozenset())
    return bool(generic) and len(head) >= 5 and head.isalpha() and not any(
        head == g or head.endswith(g) or _same_word(head, g) for g in generic)


def _other_places(lex: Lexicon, w: str, q: str) -> bool:
    """Two place words that cannot both be right: demonyms of two countries ("dänische", "Bonner"),
    of two regions or towns ("milanese" IT-25-MI, "emiliano" IT-45), two "-based" towns; not a
    country and a town in it ("italiana", "milanese")."""
    cw, cq = lex.demonyms.get(w, ""), lex.demonyms.get(q, "")
    if cw and cq:  # codes run from country to region to town: "IT", "IT-45", "IT-25-MI"
        return not (f"{cw}-".startswith(f"{cq}-") or f"{cq}-".startswith(f"{cw}-"))
    return w.endswith("-based") and q.endswith("-based") and w != q


def _place_word(sf: SentenceFrame, w: str) -> bool:
    """A description's word that names a place: a demonym ("milanese", "Bonner"), "Leeds-based",
    a town's adjective capitalised before a noun ("the California start-up")."""
    if w in sf.lex.demonyms or w.endswith("-based"):
        return True
    nouns = _collective_phrases(sf.lex)[1]
    k = next((i for i, u in enumerate(sf.su.units) if u.key == w and u.mention is None), None)
    if k is None or w in nouns or not w.isalpha():
        return False
    u = sf.su.units[k]
    if not sf.su.sentence.text[u.start - sf.su.sentence.start].isupper() or k == 0:
        return False
    # (where every noun is capitalised, only a town's adjective ending: "Eindhovense", "Leipziger")
    return not sf.lex.verb_second or any(w.endswith(e) for e in sf.lex.words.get("demonym_suffixes", ()))


def remember_descriptions(sf: SentenceFrame, slots: list[Slot], state: Discourse) -> None:
    """Keep the words this sentence described each company by: a resolved description ("der Bonner
    Logistikkonzern"), the words between an article and a name ("das Leipziger Start-up Gleisblick"),
    an apposition ("X, a Leeds-based contractor,")."""
    units = sf.su.units
    articles = sf.lex.words.get("articles", frozenset())
    for s in slots:
        if s.kind != "company" or not s.entity or s.anaphor not in ("", None, "anaphors", "group_anaphors"):
            continue
        words: list[str] = []
        if s.anaphor:
            head, qualifiers = _description_words(sf, s.first, s.last)
            words = [head, *qualifiers] if head else qualifiers
        else:
            nouns = _collective_phrases(sf.lex)[1]
            j, run = s.first - 1, []
            while j >= 0 and len(run) < 3 and (not units[j].in_cue or units[j].key in nouns) \
                    and units[j].key not in articles \
                    and (units[j].mention is None and units[j].key.replace("-", "").isalpha()
                         or units[j].mention is not None and units[j].mention.kind == "industry"):
                run.append(units[j].key)
                j -= 1
            # only a description: after an article, with a company noun or a sector ("la fintech X")
            if run and j >= 0 and units[j].key in articles and any(
                    w in nouns or units[s.first - 1 - k].mention is not None for k, w in enumerate(run)):
                words = run
            words += _apposition_words(sf, s.last, articles)
        if words:
            state.described.setdefault(s.entity, set()).update(w for w in words if w)
            places = [w for w in words if w and _place_word(sf, w)]
            if places:
                state.places.setdefault(s.entity, set()).update(places)
