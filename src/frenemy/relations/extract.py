"""Turn the mentions of each sentence into claims.

Per sentence: units and cue phrases (units.py), slots (mentions and resolved anaphors, anaphora.py),
groups (coordinated lists), candidates from each cue's frame (frames.py), from role titles
(roles.py) and from "in <industry>" phrases, coordination across clauses, then type checks and
modality (claims.py: hedges, wishes, talks, negation, ended). Per document: sentences that continue
the previous one's list, and what the registry knows about the families of the entities mentioned.
"""

from __future__ import annotations

from frenemy.knowledge.registry import Registry
from frenemy.lang import Lexicon
from frenemy.model import AnalysedDocument, Claim
from frenemy.relations.anaphora import (
    LIST_PUNCT,
    Discourse,
    clause_openers,
    collect_groups,
    collective_slots,
    counts_companies,
    main_company_of,
    sentence_slots,
    sentence_subject,
    single_subject,
)
from frenemy.relations.claims import continuation_claims, dedupe, knowledge_claims, realise
from frenemy.relations.frames import FRAME_HANDLERS, _clause_start
from frenemy.relations.roles import owned_by_person, quoted_units, role_candidates
from frenemy.relations.sentence import ORG_KINDS, Candidate, Group, SentenceFrame, Slot
from frenemy.relations.units import build_units


def extract_relations(ad: AnalysedDocument, registry: Registry, lex: Lexicon) -> None:
    state = Discourse(main_company=main_company_of(ad))
    claims: list[Claim] = []
    by_sentence: dict[int, list] = {}
    for m in ad.mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    for index, sentence in enumerate(ad.sentences):
        if index not in by_sentence and not counts_companies(sentence.text, lex):
            continue  # no name, no claim; and nothing for later sentences to refer back to
        su = build_units(ad.text, sentence, index, by_sentence.get(index, []), lex)
        sf = SentenceFrame(su, lex)
        sf.find_asides()
        slots = sentence_slots(sf, ad, registry, state)
        counted = collective_slots(sf, slots, ad, state)
        if counted:  # "les trois enseignes": the sector noun is the collective's, not a sector named
            slots = [s for s in slots if not (s.kind == "industry" and any(c.first <= s.first <= c.last
                                                                            for c in counted))]
            slots = sorted(slots + counted, key=lambda s: s.first)
        sf.groups = collect_groups(_groups(sf, slots))
        sf.index_groups()
        candidates = _candidates(sf, slots, state)
        sentence_claims: list[Claim] = []
        realised: list[tuple[Candidate, list[Claim]]] = []
        for cand in candidates:
            made = realise(cand, sf, ad, registry)
            sentence_claims.extend(made)
            if made:
                realised.append((cand, made))
        state.fresh_claims = bool(sentence_claims)
        if not sentence_claims:
            sentence_claims = continuation_claims(sf, ad, registry, state)
        else:
            state.last_claims = realised
        claims.extend(sentence_claims)
        org_slots = [s for s in slots if s.kind in ORG_KINDS]
        quoted = quoted_units(sf)
        # «Non siamo interessati a X», ha detto ...: a name inside a quotation is not what the
        # sentence is about; a sentence naming companies only there leaves the topic as it was
        topical = [s for s in org_slots if s.first not in quoted]
        if topical:
            subject = sentence_subject(sf, topical)
            state.subjects.append(subject.entity)
            g = sf.group_at(subject.first)
            state.listed.append(g is not None and len(g.entities) >= 2)
            state.anaphoric_subject = subject.anaphor in ("anaphors", "group_anaphors") and subject.kind == "company"
            state.last_named = org_slots[-1].entity
            state.clause_subjects = [x.entity for x in clause_openers(sf, org_slots)]
            state.named = [x.entity for x in org_slots if not x.anaphor]
        state.last_companies = list(dict.fromkeys(s.entity for s in org_slots if s.kind == "company"))
        state.recent = (state.recent + [state.last_companies])[-3:]
        lists = [g for g in sf.groups if g.kind == "org" and len(g.entities) >= 2]
        # "them" stands for a list of the sentence just before, not one named paragraphs ago
        state.last_list = lists[-1] if lists else None
    claims.extend(knowledge_claims(ad, registry, claims))
    ad.claims = dedupe(claims)


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
                    units[i].key in LIST_PUNCT or sf.word(i, "conjunctions") or sf.word(i, "determiners")
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
    recent = [e for companies in reversed(state.recent) for e in companies]
    out.extend(role_candidates(sf, slots, state.main_company, state.subjects[-1] if state.subjects else "", topic,
                               recent))
    out.extend(owned_by_person(sf, slots))
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
    topic = single_subject(state)
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
    opening = [(a, b) for a, b in sf.su.spans.get("additives", []) if a == 0 or units[a - 1].key in LIST_PUNCT]
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

