"""Turn the mentions of each sentence into claims.

Per sentence: units and cue phrases (units.py), slots (mentions and resolved anaphors, anaphora.py),
groups (coordinated lists), candidates from each cue's frame (frames.py) with the owners it leaves
implicit (owners.py), from role titles (roles.py) and from sector descriptions and "in <industry>"
phrases (sectors.py), coordination across clauses (coordination.py), then type checks and
modality (claims.py: hedges, wishes, talks, negation, ended). Per document: sentences that continue
the previous one's list, and what the registry knows about the families of the entities mentioned.
"""

from __future__ import annotations

from frenemy.knowledge.registry import Registry, places
from frenemy.lang import Lexicon
from frenemy.model import SYMMETRIC_RELATIONS, AnalysedDocument, Claim
from frenemy.relations.anaphora import (
    LIST_PUNCT,
    Discourse,
    clause_openers,
    collect_groups,
    collective_slots,
    counts_companies,
    main_company_of,
    possessive_topic,
    remember_descriptions,
    sentence_slots,
    sentence_subject,
)
from frenemy.relations.claims import continuation_claims, dedupe, knowledge_claims, realise
from frenemy.relations.contests import (
    anaphoric_rival,
    announced_rivals,
    bid_on_last_target,
    contender_candidates,
    deals_of,
    named_rivals,
    recent_target,
    rival_bidders,
)
from frenemy.relations.coordination import _coordinate, _fronted_additive, _gapped_clauses
from frenemy.relations.frames import FRAME_HANDLERS, _after_preposition, _plain_word, apposed_or_predicated, svo
from frenemy.relations.owners import (
    _bid_on_target,
    _demonstrative_list,
    _described_owner,
    _genitive_unit,
    _goods_held,
    _named_venture,
    _offering_of,
    _opening_rivalry,
    _ordered_from_main,
    _possessed_products,
    _possessive_noun,
    _prefield_rivals,
    _subjects_unit,
    _supplied_to_main,
    _topic_goods,
    _topic_noun,
    _whose_noun,
    _with_pronoun_object,
    counted_rivals,
    other_rivals,
)
from frenemy.relations.roles import owned_by_person, quoted_units, role_candidates
from frenemy.relations.sectors import (
    _industry_phrases,
    _operated_sectors,
    _qualified_sector_heads,
    _sector_anaphors,
    _sector_copulas,
    _sector_descriptions,
)
from frenemy.relations.sentence import ORG_KINDS, Candidate, Group, SentenceFrame, Slot
from frenemy.relations.units import CueMatch, build_units


def extract_relations(ad: AnalysedDocument, registry: Registry, lex: Lexicon) -> None:
    state = Discourse(main_company=main_company_of(ad))
    claims: list[Claim] = []
    rumours: list[Claim] = []  # the previous sentence's hedged claims, which a denial may take back
    by_sentence: dict[int, list] = {}
    for m in ad.mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    for index, sentence in enumerate(ad.sentences):
        if index == 0 or "\n" in ad.text[ad.sentences[index - 1].end:sentence.start]:
            state.paragraph_open = True
        if index not in by_sentence and not counts_companies(sentence.text, lex):
            continue  # no name, no claim; and nothing for later sentences to refer back to
        state.index = index
        su = build_units(ad.text, sentence, index, by_sentence.get(index, []), lex)
        sf = SentenceFrame(su, lex)
        sf.find_asides()
        slots = [s for s in sentence_slots(sf, ad, registry, state) if not _dateline(sf, s)]
        counted = collective_slots(sf, slots, ad, state)
        if counted:  # "les trois enseignes": the sector noun is the collective's, not a sector named
            slots = [s for s in slots if not ((s.kind == "industry" or s.anaphor and s.first == s.last)
                                              and any(c.first <= s.first <= c.last for c in counted))]
            slots = sorted(slots + counted, key=lambda s: s.first)
        remember_descriptions(sf, slots, state)
        sf.groups = collect_groups(_groups(sf, slots))
        sf.index_groups()
        described = _described_young(sf, [s for s in slots if s.kind in ORG_KINDS])
        if described:
            state.young = (index, described)
        candidates = _candidates(sf, slots, state)
        sentence_claims: list[Claim] = []
        realised: list[tuple[Candidate, list[Claim]]] = []
        for cand in candidates:
            made = realise(cand, sf, ad, registry)
            sentence_claims.extend(made)
            if made:
                realised.append((cand, made))
        sentence_claims.extend(_ordered_goods(slots, sentence_claims, ad, claims))
        deals = deals_of(sentence_claims)
        if index == 0:
            state.headline_deals = deals
        for cand in contender_candidates(sf, deals, state.headline_deals) + bid_on_last_target(sf, state.targets,
                                                                                             index):
            sentence_claims.extend(realise(cand, sf, ad, registry))
        state.fresh_claims = bool(sentence_claims)
        if not sentence_claims:
            sentence_claims = continuation_claims(sf, ad, registry, state)
        else:
            state.last_claims = realised
        org_slots = [s for s in slots if s.kind in ORG_KINDS and not s.commentator]
        if rumours and su.spans.get("denials"):
            # "Có tin X muốn mua lại Y. Tuy nhiên, X đã phủ nhận": the next sentence denies the rumour
            named = {s.entity for s in org_slots}
            denied = {id(c) for c in rumours if c.subject in named or c.object in named}
            claims = [c for c in claims if id(c) not in denied]
        rumours = [c for c in sentence_claims if c.modality in ("hedged", "planned")]
        claims.extend(sentence_claims)
        for c in sentence_claims:
            if c.relation == "executive_of" and c.modality == "asserted":
                state.employers.setdefault(c.subject, c.object)
            elif c.relation in ("acquires", "bids_for"):
                state.targets.append((index, c.object))
                state.buyers.setdefault(c.object, set()).add(c.subject)
        quoted = quoted_units(sf)
        # «Non siamo interessati a X», ha detto ...: a name inside a quotation is not what the
        # sentence is about; a sentence naming companies only there leaves the topic as it was
        topical = [s for s in org_slots if s.first not in quoted]
        if topical:
            subject = sentence_subject(sf, topical)
            opener = sf.group_at(subject.first)
            if state.paragraph_open and subject.kind == "company" and not (
                    opener is not None and _after_preposition(sf, opener)):
                # ("Il risiko riparte dal Nordest. Unipol ha ...": a place read as a name is no topic)
                state.paragraph_subject, state.paragraph_open = subject.entity, False
            kept = possessive_topic(sf, topical, state)
            state.subjects.append(kept or subject.entity)
            g = sf.group_at(subject.first)
            state.listed.append(not kept and g is not None and len(g.entities) >= 2)
            state.anaphoric_subject = not kept and subject.anaphor in ("anaphors", "group_anaphors") \
                and subject.kind == "company"
            state.last_named = org_slots[-1].entity
            state.clause_subjects = [x.entity for x in clause_openers(sf, org_slots)]
            state.named = [x.entity for x in org_slots if not x.anaphor]
        state.rivals_announced = (index, announced_rivals(sf, state.subjects[-1]) if topical else "")
        state.last_companies = list(dict.fromkeys(s.entity for s in org_slots if s.kind == "company"))
        state.recent = (state.recent + [state.last_companies])[-3:]
        lists = [g for g in sf.groups if g.kind == "org" and len(g.entities) >= 2]
        # "them" stands for a list of the sentence just before, not one named paragraphs ago
        state.last_list = lists[-1] if lists else None
    claims = _settle_deals(claims)
    claims.extend(knowledge_claims(ad, registry, claims))
    claims = _own_members(claims)
    ad.claims = dedupe(claims)


def _recent_target(state: Discourse) -> str:
    """The company the sentence just before (or the one before it) said was bought or bid for."""
    index, company = state.targets[-1] if state.targets else (-9, "")
    return company if state.index - index <= 2 else ""


def _described_young(sf: SentenceFrame, org_slots: list[Slot]) -> str:
    """The company the sentence describes as a start-up ("X, une start-up lyonnaise", "la startup X",
    "una joven empresa"): a founder titled later speaks for it."""
    units = sf.su.units
    starts = {s.first: s for s in org_slots if not s.anaphor}
    ends = {s.last: s for s in org_slots if not s.anaphor}
    for a, b in sf.su.spans.get("young_words", []):
        k = a - 1 if a >= 1 and sf.word(a - 1, "articles") else a
        named = ends.get(k - 2) if k >= 2 and units[k - 1].key == "," else None
        named = named or starts.get(b + 1) or starts.get(b + 2) if b + 1 < len(units) and units[b + 1].key != "," \
            else named
        if named is not None and named.kind == "company":
            return named.entity
    return ""


_DASHES = ("-", "–", "—")


def _dateline(sf: SentenceFrame, s: Slot) -> bool:
    """"NEW YORK, Nov 23 (Reuters) - X ...": the news agency in a dateline's brackets before its dash
    reports the story; it is no party of it."""
    units = sf.su.units
    return s.first > 0 and s.last + 2 < len(units) and units[s.first - 1].key == "(" \
        and units[s.last + 1].key == ")" and units[s.last + 2].key in _DASHES


def _ordered_goods(slots: list[Slot], claims: list[Claim], ad: AnalysedDocument, before: list[Claim]) -> list[Claim]:
    """"Iberia ha cerrado un pedido de 20 aviones A321XLR con Airbus": a sentence saying its subject
    buys from one supplier makes the new product it names (a model, a name after a product noun)
    that supplier's, unless an earlier sentence named its maker (a lessor also supplies it)."""
    bought = [c for c in claims if c.relation == "customer_of" and ad.entities[c.object].kind == "company"]
    if len({c.object for c in bought}) != 1:
        return []
    sale = bought[0]
    owned = {c.subject for c in claims + before if c.relation in ("product_of", "subsidiary_of")}
    parties = {x for c in claims for x in (c.subject, c.object) if c.relation != "customer_of" or c not in bought}
    goods = dict.fromkeys(s.entity for s in slots if s.kind == "product" and s.entity.startswith("new:")
                          and not ad.entities[s.entity].parent and s.entity not in owned
                          and s.entity not in parties - {sale.object})
    return [Claim(p, "product_of", sale.object, round(sale.confidence * 0.85, 3), sale.evidence, sale.modality,
                  "rules:GOODS") for p in goods]


def _own_members(claims: list[Claim]) -> list[Claim]:
    """"Novo sells through its own NovoCare Pharmacy": a company is no customer, partner or rival of
    a product the article says is its own."""
    owned = {frozenset((c.subject, c.object)) for c in claims if c.relation == "product_of" and c.confidence >= 0.5}
    if not owned:
        return claims
    return [c for c in claims if not (c.relation in ("customer_of", "partner_of", "competes_with")
                                      and frozenset((c.subject, c.object)) in owned)]


def _settle_deals(claims: list[Claim]) -> list[Claim]:
    """"ASML sluit recordcontract met TSMC ... TSMC bestelt machines": a contract whose sides' trades
    did not say who supplies whom reads as a partnership, unless the article says elsewhere that one
    side buys from the other."""
    buying = {frozenset((c.subject, c.object)) for c in claims
              if c.relation == "customer_of" and c.extractor != "rules:DEAL"}
    if not buying:
        return claims
    return [c for c in claims if not (c.relation == "partner_of" and c.extractor == "rules:DEAL"
                                      and frozenset((c.subject, c.object)) in buying)]


def _groups(sf: SentenceFrame, slots: list[Slot]) -> list[Group]:
    """Coordinated lists, built per kind: companies and products together, people, industries."""
    groups: list[Group] = []
    for family in (ORG_KINDS, ("person",), ("industry",)):
        groups += _lists(sf, [s for s in slots if s.kind in family])
    groups.sort(key=lambda g: g.first)
    return groups


def _truncation(units, i: int) -> bool:
    """"Solar- und Speicherspezialisten", "zonne- en windparken": a conjunction after a hyphen glued
    to its word joins two parts of compounds, not two names."""
    return i >= 2 and units[i - 1].key == "-" and units[i - 1].start == units[i - 2].end \
        and units[i].start > units[i - 1].end


def _lists(sf: SentenceFrame, slots: list[Slot]) -> list[Group]:
    if len(slots) <= 1:  # (most kinds of most sentences: one name, or none, is no list)
        return [Group([slots[0]], slots[0].first, slots[0].last, comma_only=True)] if slots else []
    groups: list[Group] = []
    units = sf.su.units
    for slot in slots:
        # "X entra en la aerolínea, y ambas compañías ...": a collective already stands for its companies
        if groups and not (slot.anaphor == "collective" and groups[-1].slots[-1].anaphor != "collective"):
            g = groups[-1]
            prev = g.slots[-1]
            gap = range(prev.last + 1, slot.first)
            # members more than 8 units apart are never joined: their gap is not looked at
            keys = [units[i].key for i in gap] if len(gap) <= 8 else []
            if 1 <= len(gap) <= 2 and all(sf.word(i, "as_words") for i in gap) and len(g.slots) == 1 \
                    and g.first >= 1 and sf.word(g.first - 1, "correlatives"):
                # "zowel Jumbo als Albert Heijn", "sowohl BMW als auch Audi": a correlative pair joins its two names
                g.slots.append(slot)
                g.last = slot.last
                g.comma_only = False
                continue
            joined = len(gap) <= 8 and any(k in (",", "(", ")", "/") or "conjunctions" in units[i].classes
                                           and not _truncation(units, i) for i, k in zip(gap, keys, strict=True))
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
                if len(described) == 2 and described[1] == slot.first - 1 and _place_genitive(sf, described[0]):
                    described = []  # "STMicro, onsemi and Japan's Rohm": a country's "'s" before a member
                light = not described or (
                    len(described) <= 2 and all(units[i].key.rstrip("'’").isalpha() or "-" in units[i].key
                                                for i in described)  # (an elided preposition: "e dall'italiana X")
                    and not any(units[i].in_cue or sf.is_break(i) or units[i].mention is not None for i in described)
                    and (any(sf.word(i, "articles") or sf.word(i, "conjunctions") for i in gap)
                         or _repeated_preposition(sf, described, prev, slot))  # ("für A, für B")
                    # right before the name: ", zu der auch Lidl", ", der IT-Sparte der X" are no glue
                    and (described == list(range(slot.first - len(described), slot.first))
                         or _repeated_preposition(sf, described, prev, slot)))
                # out of an aside only bare list glue goes on: "which include A, B and C" is one
                # list, "X, which bundles its Copilot offering, and against Y" is not
                if not (sf.visible(prev.first, slot.first) and sf.visible(slot.first, prev.first)):
                    light = light and not described
                    # "A, a chain owned by B, and C": ", and" closes the aside; it goes on a list
                    # only where one stands ("which include A, B, and C")
                    # (also after a list closed by its own "and": "C, itself owned by A and B, and D")
                    closed = any(sf.word(k, "conjunctions") for k in range(g.first, g.last + 1))
                    if (len(g.slots) < 2 or closed) and "," in keys:
                        light = False
                        outer = _before_aside(sf, groups, prev.first, slot.first)
                        if outer is not None and not described and keys[0] == ",":
                            outer.slots.append(slot)  # "A, a chain owned by B, and C": A and C
                            outer.last = slot.last
                            outer.comma_only = False
                            continue
            if not (joined and light) and _parallel_purposes(sf, prev, slot):
                joined = light = True
            if joined and not light and _relative_aside_between(sf, gap):
                light = True  # "klanten als Qurion, dat er modellen traint, en het UMC Utrecht": past the aside
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
        if g.comma_only and len(g.entities) == 2 and len(g.slots) == 2 and _open_tail(sf, g):
            g.comma_only = False  # "A, B and many Japanese firms": a list closed by a common noun
        if g.comma_only and len(g.entities) == 2 and len(g.slots) == 2:
            a, b = g.slots
            out += [Group([a], a.first, a.last), Group([b], b.first, b.last)]
        else:
            out.append(g)
    return out


def _parallel_purposes(sf: SentenceFrame, prev: Slot, slot: Slot) -> bool:
    """"uses A for billing and B for claims": two names each with its own purpose phrase, the first
    closed by "and", the second opened by the same preposition, are one list."""
    units = sf.su.units
    a, b = prev.last + 1, slot.first - 1
    after = slot.last + 1
    if b - a < 2 or b - a > 8 or after >= len(units) or not sf.word(a, "purposes") \
            or units[after].key != units[a].key or not sf.word(b, "conjunctions"):
        return False
    return all(units[k].mention is None or units[k].mention.kind == "industry" for k in range(a + 1, b)) \
        and not any(sf.is_break(k) or units[k].key in (",", ";", ":") for k in range(a, b))


def _repeated_preposition(sf: SentenceFrame, described: list[int], prev: Slot, slot: Slot) -> bool:
    """"für Eurostar und für die SNCF", "für die Bahn, für Eurostar": the one word between the glue and
    the member (or its article) is the preposition said again before the earlier member, so both hang
    on it."""
    if len(described) != 1:
        return False
    units = sf.su.units
    between = range(described[0] + 1, slot.first)
    if not all(sf.word(i, "articles") for i in between) or not units[described[0]].key.isalpha():
        return False
    k = prev.first - 1
    while k > 0 and sf.word(k, "articles"):
        k -= 1
    return k >= 0 and units[k].key == units[described[0]].key


def _place_genitive(sf: SentenceFrame, i: int) -> bool:
    """Units i, i + 1 are a place's genitive: "Japan 's", "France 's"."""
    units = sf.su.units
    return i + 1 < len(units) and units[i + 1].key == "'s" and units[i].mention is None \
        and units[i].key.isalpha() and units[i].key in places()


def _relative_aside_between(sf: SentenceFrame, gap: range) -> bool:
    """The gap between two names is a relative clause in commas, then list glue: "A, das Modelle
    trainiert, und B", "A, dat er modellen traint, en het B". The clause names no company, breaks
    nothing; "und" and an article alone follow its closing comma (not "und verkauft an B")."""
    units = sf.su.units
    if len(gap) < 4 or units[gap[0]].key != "," or not sf.word(gap[1], "relatives"):
        return False
    closing = [i for i in gap[2:] if units[i].key == ","]
    if len(closing) != 1:
        return False
    inside, after = range(gap[2], closing[0]), range(closing[0] + 1, gap[-1] + 1)
    if any(units[i].mention is not None or sf.is_break(i) or units[i].key in LIST_PUNCT for i in inside):
        return False
    return any(sf.word(i, "conjunctions") for i in after) and all(
        sf.word(i, "conjunctions") or sf.word(i, "articles") or sf.word(i, "determiners") for i in after)


_TAIL_CLASSES = frozenset({"determiners", "articles", "of_words", "anaphors", "whole_words", "rival_groups"})


def _open_tail(sf: SentenceFrame, g: Group) -> bool:
    """"A, B and many Japanese firms", "A, B et de nombreuses entreprises": two names and a comma
    go on with a conjunction and a common noun phrase (no name, no cue, no break): one list."""
    units = sf.su.units
    k = g.last + 1
    if k + 1 >= len(units) or not sf.word(k, "conjunctions") or units[k].in_cue:
        return False
    if any(units[i].key not in (",",) for i in range(g.slots[0].last + 1, g.slots[1].first)):
        return False  # a bare comma between the two names only
    end = k + 1
    while end < len(units) and end <= k + 5 and units[end].key.isalpha() and units[end].mention is None \
            and not units[end].in_cue and not sf.is_break(end) and set(units[end].classes) <= _TAIL_CLASSES:
        end += 1
    return end > k + 1 and (end >= len(units) or units[end].key in (".", ",", ";", ":", ")"))


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


def _own_supplier(sf: SentenceFrame, c: Candidate) -> bool:
    """"sells its drug through its own NovoCare Pharmacy": a supplier the subject's own word
    (own_words after a possessive) marks as the subject's is no supplier of it."""
    if c.relation != "customer_of" or len(c.objects.slots) != 1:
        return False
    k = c.objects.slots[0].first - 1
    return sf.word(k, "own_words") and sf.word(k - 1, "possessives")


def _owned(c: Candidate) -> Candidate:
    """The own supplier is the subject's: its product (a name no registry knows) or unit."""
    owner = c.subjects.slots[0]
    return Candidate(c.objects, "product_of", Group([owner], owner.first, owner.last), "POSS", c.cue, c.base * 0.9,
                     c.scope)


def _from_quote_to_speaker(c: Candidate, quoted: set[int]) -> bool:
    """'"... its rivals have to rent," said X, founder of the research firm Y': a cue inside a
    quotation reaches no company named after the quotation closes, where the speaker is introduced."""
    if c.cue is None or c.cue.first not in quoted:
        return False
    end = max(quoted)
    return any(g.first > end for g in (c.subjects, c.objects))


def _goods_maker(sf: SentenceFrame, g: Group) -> bool:
    """The group names goods by their maker: "accelerators from AMD", "its Nvidia fleet", "Nvidia
    chips". Two such makers side by side ("AMD chips alongside its Nvidia fleet") are no partners."""
    units = sf.su.units
    after = g.last + 1
    return after < len(units) and (sf.word(after, "goods_words") or sf.word(after, "fleet_words")) \
        or g.first >= 2 and sf.word(g.first - 1, "seller_words") and sf.word(g.first - 2, "goods_words")


def _possessed_made_by(sf: SentenceFrame, c: Candidate) -> bool:
    """"Corvane's chips are made by TSMC", "Corvane's VoltEdge chips are made by TSMC": what is made
    is the possessor's goods (or its named product); the maker after the agent word is the
    possessor's supplier, not the goods' owner."""
    if c.relation != "product_of" or len(c.subjects.slots) != 1 or c.cue is None \
            or c.objects.first < c.cue.first \
            or not any(sf.word(i, "agent_words") for i in range(c.cue.first, c.objects.first)):
        return False
    units = sf.su.units
    k = c.subjects.last + 1
    if k + 1 < c.cue.first and units[k].key == "'s" and units[k + 1].key.isalpha() \
            and (units[k + 1].mention is None or units[k + 1].mention.kind == "industry"):
        return True
    return _possessor_before(sf, c.subjects) is not None


def _possessor_before(sf: SentenceFrame, g: Group) -> Group | None:
    """The company whose "'s" stands right before g ("Corvane's VoltEdge")."""
    if g.first < 2 or sf.su.units[g.first - 1].key != "'s":
        return None
    owner = sf.group_at(g.first - 2)
    return owner if owner is not None and owner.kind == "org" and owner is not g else None


def _maker_of_possessed(sf: SentenceFrame, c: Candidate) -> Candidate:
    customer = _possessor_before(sf, c.subjects) or c.subjects
    return Candidate(customer, "customer_of", c.objects, c.frame, c.cue, c.base * 0.9, c.scope)


def _maker_orders(sf: SentenceFrame) -> list[Candidate]:
    """"Ryanair ordered 150 Boeing jets", "Air France a commandé 40 avions Airbus": an order word no
    cue covers, with goods named by their maker after it, makes the one ordering the maker's
    customer (read as a purchase of the goods, which frames.svo knows)."""
    units = sf.su.units
    out: list[Candidate] = []
    for k in sorted(sf.su.at.get("order_words", ())):
        u = units[k]
        if not u.in_cue and u.mention is None:
            cue = CueMatch("acquires", "SVO", k, k, u.key)
            out.extend(c for c in svo(sf, cue, 0.8) if c.relation == "customer_of")
    return out


def _possessed_goods(sf: SentenceFrame, j: int) -> Group | None:
    """The company whose goods start at unit j: "Zorvane's store-brand yogurts", "les lunettes de
    Cartier", "die Züge der Bahn", "máy bay của Vietjet" (a few plain words, an "of" word, an
    article, the company); None when the words there are no company's goods."""
    units = sf.su.units
    while j < len(units) and (sf.word(j, "articles") or sf.word(j, "contracted_articles")) \
            and not sf.word(j, "of_words"):
        j += 1
    g = sf.group_at(j)
    if g is not None and g.first == j and g.kind == "org":
        k = g.last + 1
        if k + 1 < len(units) and units[k].key == "'s" and _plain_noun(units[k + 1]) \
                and not sf.word(k + 1, "not_goods_words") and not sf.word(k + 2, "not_goods_words") \
                and not units[k + 1].in_cue and units[k + 1].key.replace("-", "").isalpha():
            return g
        return None
    k = j
    while k < len(units) and k - j < 4 and _plain_noun(units[k]) and not units[k].in_cue \
            and not sf.word(k, "of_words") and units[k].key.replace("-", "").isalpha() \
            and not sf.word(k, "possessives") and not sf.word(k, "determiners"):
        k += 1
    if k == j or k >= len(units) or not sf.word(k, "of_words") \
            or any(sf.word(i, "not_goods_words") for i in range(j, k)):
        return None  # "les actions de X", "die Aktien der Y": no goods made for anyone
    while k < len(units) and sf.word(k, "of_words"):
        k += 1
    while k < len(units) and k - j < 7 and (sf.word(k, "articles") or sf.word(k, "determiners")):
        k += 1  # "của hãng Vietjet", "de la compagnie X"
    g = sf.group_at(k)
    return g if g is not None and g.first == k and g.kind == "org" else None


def _plain_noun(u) -> bool:
    """No name: a plain word or a sector word ("trains", "lunettes"), not a title ("Zorvane's CEO")."""
    return (u.mention is None or u.mention.kind == "industry") and not (
        u.classes and u.classes & {"role_titles", "founder_titles", "outside_titles", "kin_words", "percent_words"})


def _client_goods(sf: SentenceFrame) -> tuple[list[Candidate], set[tuple[int, int]]]:
    """"Kestrix makes Zorvane's yogurts", "X fabrique les lunettes de Cartier", "X wartet die Züge der
    Bahn": a verb of making, building, servicing or delivering (client_goods_verbs) whose object is a
    company's goods names that company as the maker's client, not as its product. Returns the
    customer claims and, for each, (verb, possessor) to drop the product reading of the same words."""
    units = sf.su.units
    out: list[Candidate] = []
    seen: set[tuple[int, int]] = set()
    for a, b in sf.su.spans.get("client_goods_verbs", ()):
        owner = _possessed_goods(sf, b + 1)
        end = b
        if owner is None:
            # "fabrique sous licence les lunettes de X", "produit à Longarone les montures de X": an
            # adverbial before the goods; the cue reaches over it to the goods' article
            end = _adverbial_end(sf, b + 1)
            owner = _possessed_goods(sf, end + 1) if end > b else None
        if owner is None:
            continue
        cue = CueMatch("customer_of", "OVS", a, end, " ".join(u.key for u in units[a:b + 1]))
        # the maker right before the verb (or after it, inverted): "nhà máy lắp ráp pin của X" is a
        # plant, its verb no clause of a company named further back
        found = [c for c in svo(sf, cue, 0.8) if c.subjects.first == owner.first
                 and not set(c.subjects.entities) & set(c.objects.entities)
                 and (c.objects.first > b or a - c.objects.last <= 3)]
        out.extend(found)
        if found:
            seen.add((a, owner.first))
    return out, seen


def _adverbial_end(sf: SentenceFrame, j: int) -> int:
    """The last unit of a short adverbial starting at unit j and ending right before an article: plain
    words ("sous licence", "déjà") or a place word and its town ("à Longarone"); j - 1 when there is
    none (no comma, no "of", no name but the town, no cue word)."""
    units = sf.su.units
    k = j
    while k < len(units) and k - j < 4:
        u = units[k]
        if sf.word(k, "articles"):
            return k - 1 if k > j else j - 1
        if u.mention is None and u.key.isalpha() and u.classes and u.classes <= _PLACE_PREPOSITIONS:
            g = sf.group_at(k + 1)
            if g is not None and g.first == k + 1 and len(g.slots) == 1 and g.slots[0].entity.startswith("new:") \
                    and sf.word(g.last + 1, "articles"):
                k = g.last + 1  # a town the registry does not know as a company
                continue
        if u.mention is not None or u.in_cue or not u.classes <= _ADVERBIAL_CLASSES or not u.key.isalpha() \
                or sf.is_break(k):
            break
        k += 1
    return j - 1


# the word classes a preposition before a town may carry ("à", "in", "en"), and those of the plain words
# of an adverbial ("sous licence", "da anni")
_PLACE_PREPOSITIONS = frozenset({"place_words", "seller_words", "with_words", "in_words", "time_prepositions"})
_ADVERBIAL_CLASSES = frozenset({"agreement_nouns", "tender_words", "in_words", "time_prepositions"})


def _made_for_owner(c: Candidate, seen: set[tuple[int, int]]) -> bool:
    """A product claim read off a verb whose object is a company's goods (see _client_goods)."""
    # (a name between the verb and the goods is the adverbial's town: "produit à Longarone les montures de X")
    return c.relation == "product_of" and c.cue is not None and any(
        c.cue.first <= a <= c.cue.last + 1 and (first in (c.subjects.first, c.objects.first)
                                                 or a < c.subjects.first < first)
        for a, first in seen)


def _goods_owner_before(sf: SentenceFrame, a: int) -> Group | None:
    """The company whose goods end right before unit a: "Kestrix's memory chips", "les puces de
    Kestrix", "die Motoren von Kestrix", "chip của Kestrix"."""
    units = sf.su.units
    g = sf.group_at(a - 1)
    if g is not None and g.kind == "org" and g.last == a - 1:
        k = g.first - 1
        while k > 0 and g.first - k <= 3 and (sf.word(k, "articles") or sf.word(k, "determiners")) \
                and not sf.word(k, "of_words"):
            k -= 1
        if k > 0 and sf.word(k, "of_words") and not sf.word(k, "possessives"):
            while k > 0 and sf.word(k, "of_words"):
                k -= 1
            if _plain_noun(units[k]) and not units[k].in_cue and units[k].key.replace("-", "").isalpha() \
                    and not sf.word(k, "determiners") and not sf.word(k, "not_goods_words"):
                return g
        return None
    k = a - 1
    while k > 0 and a - k <= 3 and _plain_noun(units[k]) and units[k].key.replace("-", "").isalpha() \
            and not sf.word(k, "not_goods_words"):
        k -= 1
    if k == a - 1 or units[k].key != "'s":
        return None
    g = sf.group_at(k - 1)
    return g if g is not None and g.kind == "org" and g.last == k - 1 else None


def _goods_in_goods(sf: SentenceFrame) -> list[Candidate]:
    """"Kestrix's chips go into Zorvane's phones", "les puces de X équipent les smartphones de Y":
    goods of one company inside (powering, equipping) the goods of another make the second its
    customer, whatever the verb's voice."""
    units = sf.su.units
    out: list[Candidate] = []
    for a, b in sf.su.spans.get("goods_inside_verbs", ()):
        maker = _goods_owner_before(sf, a)
        client = _possessed_goods(sf, b + 1) if maker is not None else None
        if client is None or set(maker.entities) & set(client.entities):
            continue
        cue = CueMatch("customer_of", "SVO", a, b, " ".join(u.key for u in units[a:b + 1]))
        out.append(Candidate(client, "customer_of", maker, "SVO", cue, 0.8, (maker.first, client.last + 1)))
    return out


def _other_reading(c: Candidate, found: list[Candidate]) -> bool:
    """Another claim between the two companies of a goods-in-goods claim, read off the same words."""
    pair = {e for g in (c.subjects, c.objects) for e in g.entities}
    return any(c is not f and c.cue is not None and f.objects.first <= c.cue.first <= f.subjects.last + 1
               and {e for g in (f.subjects, f.objects) for e in g.entities} == pair for f in found)


def _hired_by_main(sf: SentenceFrame, state: Discourse) -> list[Candidate]:
    """"Accenture has been hired to manage the migration", "Accenture a été retenu pour ...": a
    company engaged in the passive with no one named as the one engaging it, and a purpose (or the
    sentence's end) after, works for the article's main company, its customer."""
    units = sf.su.units
    out: list[Candidate] = []
    main = state.main_company
    if not main:
        return out
    keys = sf.su.keys
    firsts = sf.lex.hired_passives
    spans = [(a, a + len(p) - 1) for a in range(1, len(units)) if keys[a] in firsts for p in firsts[keys[a]]
             if tuple(keys[a:a + len(p)]) == p]
    for a, b in spans:
        hired = sf.left(a, limit=2)
        if hired is None or hired.kind != "org" or hired.last != a - 1 or main in hired.entities \
                or any(s.kind != "company" for s in hired.slots):
            continue
        k = b + 1
        if k < len(units) and not (sf.word(k, "purposes") or sf.word(k, "as_words") or units[k].key in (",", ".", ";")):
            continue  # "was chosen as Europe's best employer" reads on; "by X" names who chose
        if sf.word(k, "agent_words") or any(g.kind == "org" and g.first > b and main not in g.entities
                                            and g.first - b <= 3 for g in sf.groups):
            continue
        buyer = Group([Slot(a, a, main, "company", 0.7, anaphor="anaphors")], a, a)
        out.append(Candidate(buyer, "customer_of", hired, "SVO", None, 0.68, (hired.first, b + 1)))
    return out


def _bid_on_last_target(c: Candidate, state: Discourse) -> Candidate:
    """"X übernimmt Gleisblick. Auch Wabtec hatte Interesse an dem Start-up gezeigt": a bid for a
    description read as the buyer of the company the article last spoke of as bought or bid for (in
    its last ten sentences) is a bid for that company: a rival bids for the target, not its buyer."""
    if c.relation != "bids_for" or not c.objects.anaphoric or len(c.objects.slots) != 1 or not state.targets:
        return c
    target = recent_target(state.targets, state.index)
    if not target or target in c.subjects.entities or c.objects.entities[0] not in state.buyers.get(target, ()):
        return c  # only a description read as the buyer itself ("la entidad catalana" may well be right)
    s = c.objects.slots[0]
    obj = Group([Slot(s.first, s.last, target, "company", s.confidence, anaphor=s.anaphor)], s.first, s.last)
    return Candidate(c.subjects, c.relation, obj, c.frame, c.cue, c.base, c.scope, c.pairwise)


def _lost_to_rival(sf: SentenceFrame, cue: CueMatch) -> bool:
    """The cue lies in the gap of a rivalry cue whose first part is a negation ("lost ... to")."""
    negated = {i for a, b in sf.su.spans.get("negations", ()) for i in range(a, b + 1)}
    return any(o.relation == "competes_with" and o.tail and o.first in negated
               and o.last < cue.first and cue.last < o.tail[0][0] for o in sf.su.cues)


def _apposed_owned_compound(sf: SentenceFrame) -> list[Candidate]:
    """"Zorblax, the Comcast-owned streamer,": an owner glued to a one-word ownership cue inside an
    apposition whose noun names no one describes the name before the apposition."""
    units = sf.su.units
    out: list[Candidate] = []
    for cue in sf.su.cues:
        if cue.relation != "subsidiary_of" or cue.frame != "OVS" or cue.first != cue.last or cue.first < 3:
            continue
        glued = cue.first - 2 if units[cue.first - 1].key == "-" else cue.first - 1
        owner = sf.group_at(glued)
        if owner is None or owner.kind != "org" or owner.last != glued or len(owner.slots) != 1 \
                or units[cue.first].start - units[glued].end > 1:
            continue  # ("Comcast-owned": the owner and the cue are one word)
        k = owner.first - 1
        while k > 0 and owner.first - k <= 2 and (sf.word(k, "articles") or sf.word(k, "determiners")):
            k -= 1
        if k == owner.first - 1 or units[k].key != ",":
            continue  # an article or determiner opens the apposition
        member = sf.group_at(k - 1)
        end = cue.last + 1
        while end < len(units) and end - cue.last <= 3 and not units[end].in_cue \
                and (units[end].mention is None or units[end].mention.kind == "industry") \
                and units[end].key.replace("-", "").isalpha():
            end += 1
        if member is None or member.kind != "org" or member.last != k - 1 or end == cue.last + 1 \
                or end < len(units) and units[end].key not in (",", ".", ";", ")") \
                or set(member.entities) & set(owner.entities):
            continue
        out.append(Candidate(member, "subsidiary_of", owner, "OVS", cue, 0.8, (member.last, end)))
    return out


def _contract_lost(sf: SentenceFrame, deal: CueMatch) -> list[Candidate]:
    """"X lost a contract with Rogers to SpaceX": the client of the contract lost now buys from the
    winner, and the loser competes with it."""
    rival_cue = next(o for o in sf.su.cues if o.relation == "competes_with" and o.tail
                     and o.last < deal.first and deal.last < o.tail[0][0])
    client = sf.right(deal.last, limit=3)
    winner = sf.right(rival_cue.tail[-1][1], limit=3)
    loser = sf.left(rival_cue.first, limit=3)
    if client is None or winner is None or client.last >= rival_cue.tail[0][0] or client.kind != "org" \
            or winner.kind != "org" or set(client.entities) & set(winner.entities):
        return []
    out = [Candidate(client, "customer_of", winner, "SVO", rival_cue, 0.75, (client.last, winner.last))]
    if loser is not None and loser.kind == "org" and not set(loser.entities) & set(winner.entities):
        out.append(Candidate(loser, "competes_with", winner, "SVO", rival_cue, 0.75, (loser.last, winner.last)))
    return out


def _made_for_client(sf: SentenceFrame, c: Candidate) -> bool:
    """A purpose word ("for", "pour", "für", "per") and a company right after one side of a product
    claim: the goods are made for that client."""
    for g in (c.subjects, c.objects):
        k = g.last + 1
        if not sf.word(k, "purposes"):
            continue
        j = k + 1
        while sf.word(j, "articles"):
            j += 1
        client = sf.group_at(j)
        if client is not None and client.first == j and client.kind == "org" \
                and client is not c.subjects and client is not c.objects:
            return True
    return False


def _part_of_named(sf: SentenceFrame, c: Candidate) -> bool:
    """"Marelli produce i gruppi ottici della Fiat Grande Panda", "makes the engines of the X": a plain
    noun and "of" between the verb and the name make the goods a part for the name, not the name."""
    cue, product = c.cue, c.subjects
    if cue is None or product.first <= cue.last + 2 or not sf.word(product.first - 1, "of_words"):
        return False
    k = product.first - 2
    while k > cue.last and sf.word(k, "articles"):
        k -= 1
    u = sf.su.units[k]
    if k <= cue.last or u.mention is not None or u.in_cue or not u.key.replace("-", "").isalpha():
        return False
    return not any(sf.word(k, cls) for cls in ("product_nouns", "offering_nouns", "brand_words"))


def _participle_of_noun(sf: SentenceFrame, c: Candidate, cue: CueMatch) -> bool:
    """"X uses an app developed by Y", "X dùng ứng dụng do Y phát triển": the maker after the verb,
    the product named before it behind a plain noun that the participle describes instead (no comma,
    no copula in between: "Zorbo, developed by Y", "Zorbo was developed by Y" name Zorbo)."""
    product, maker = c.subjects, c.objects
    return product.last < cue.first <= maker.first and not apposed_or_predicated(sf, product.last + 1, cue.first)


def _rival_of_object(sf: SentenceFrame, cue: CueMatch, base: float) -> list[Candidate]:
    """"X supplies Y and also competes with it", "X fournit Y tout en lui faisant concurrence": a
    singular object pronoun (lexicon object_it) right after the cue, or a clitic (object_clitics) right before it,
    stands for the one other company the sentence named before, and the sentence's first company
    is the doer."""
    words = sf.lex.words.get("object_it", frozenset())
    if not words:
        return []
    units = sf.su.units
    end = cue.tail[-1][1] if cue.tail else cue.last
    after = [k for k in range(end + 1, min(len(units), end + 4))]
    at = next((k for k in after if units[k].mention is None and (units[k].key in words or k + 1 < len(units)
                                                                  and f"{units[k].key} {units[k + 1].key}" in words)),
              None)
    if at is not None and any(units[k].mention is not None or units[k].key in (",", ";", ".")
                              for k in range(end + 1, at)):
        at = None
    clitics = sf.lex.words.get("object_clitics", ())
    for k in (cue.first - 1, cue.first - 2):
        if at is None and k >= 0 and units[k].key in clitics and all(
                units[j].key.isalpha() and units[j].mention is None for j in range(k + 1, cue.first)):
            at = k  # the clitic before the verb ("lui faisant concurrence", "gli fa concorrenza")
    if at is None:
        return []
    orgs = [g for g in sf.groups if g.kind == "org" and g.last < min(at, cue.first)]
    if len(orgs) != 2 or len(orgs[0].entities) != 1 or len(orgs[1].entities) != 1 \
            or set(orgs[0].entities) & set(orgs[1].entities):
        return []
    doer, other = orgs
    return [Candidate(doer, cue.relation, other, "SYM" if cue.frame == "SYM" else "SVO", cue, base * 0.85,
                      (doer.last, max(at, end) + 2))]


def _shared_possessor(sf: SentenceFrame, unread: list[CueMatch], found: list[Candidate]) -> list[Candidate]:
    """"X is the biggest supplier and the fiercest rival of Y", "le premier fournisseur et le principal
    concurrent de Y": a relational noun with no possessor of its own, coordinated (articles and
    adjectives between) with a later one, shares the later one's possessor ("of Y" after it) and the
    member before the first noun (after a copula or a comma)."""
    units = sf.su.units
    out: list[Candidate] = []
    for cue in unread:
        k = cue.last + 1
        while k < len(units) and k - cue.last <= 3 and not sf.word(k, "conjunctions") and units[k].key.isalpha() \
                and units[k].mention is None and not units[k].in_cue:
            k += 1
        if k >= len(units) or not sf.word(k, "conjunctions") or units[k].key == ",":
            continue
        second = next((c for c in sf.su.cues if c is not cue and c.frame in ("NOUN", "NOUN_INV")
                       and k < c.first <= k + 4 and all(units[j].key.isalpha() and units[j].mention is None
                                                        for j in range(k + 1, c.first))), None)
        if second is None:
            continue
        later = next((c for c in found if c.cue is not None and c.cue.first == second.first
                      and c.relation == second.relation), None)
        if later is not None:
            member, possessor = _member_possessor(later)
            pairs = [(cue, member, possessor)]
        else:
            possessor = sf.right(second.last, limit=1) if sf.ends_with(second, "of_words") \
                else sf.after_word(second.last, "of_words", reach=2, gap=1)
            member = sf.left(cue.first, limit=5)
            gap = range(member.last + 1, cue.first) if member is not None else range(0)
            if possessor is None or member is None or member.kind != "org" \
                    or not any(units[j].key == "," or sf.word(j, "copulas") for j in gap) \
                    or any(units[j].in_cue and not sf.word(j, "copulas") for j in gap) \
                    or not apposed_or_predicated(sf, member.last + 1, cue.first):
                continue  # (a copula or an apposition's comma: not "X bought the supplier and the rival of Y")
            pairs = [(cue, member, possessor), (second, member, possessor)]
        for c, m, p in pairs:
            if m.last > cue.first or p.first < k or set(m.entities) & set(p.entities):
                continue  # the member before the first noun, the possessor after the second
            out.append(_noun_candidate(c, m, p, FRAME_HANDLERS[c.frame][1] * 0.9, (m.last, p.last + 1)))
    return out


def _member_possessor(c: Candidate) -> tuple[Group, Group]:
    """A relational noun's candidate as (member, possessor): the inverse noun ("supplier of Y") has
    the possessor as its subject."""
    return (c.objects, c.subjects) if c.frame == "NOUN_INV" else (c.subjects, c.objects)


def _noun_candidate(cue: CueMatch, member: Group, possessor: Group, base: float,
                    scope: tuple[int, int]) -> Candidate:
    """The candidate a relational noun gives its member and possessor (the inverse of _member_possessor)."""
    if cue.frame == "NOUN_INV" and cue.relation not in SYMMETRIC_RELATIONS:
        return Candidate(possessor, cue.relation, member, "NOUN_INV", cue, base, scope)
    return Candidate(member, cue.relation, possessor, "NOUN", cue, base, scope)


def _second_possessed_noun(sf: SentenceFrame, cue: CueMatch, base: float, found: list[Candidate]) -> list[Candidate]:
    """"X is both Y's biggest supplier and its fiercest rival", "X est le premier fournisseur de Y et
    son principal concurrent": a relational noun after "and" and a singular possessive (two
    modifiers at most between) speaks of the member and the possessor of the relational noun the
    conjunction closes, already read."""
    units = sf.su.units
    pos = next((k for k in range(cue.first, max(-1, cue.first - 4), -1) if sf.word(k, "possessives")), None)
    if pos is None or pos < 3 or sf.word(pos, "plural_pronouns") or not all(
            units[k].mention is None and units[k].key.isalpha() and not units[k].in_cue
            for k in range(pos + 1, cue.first)):
        return []
    k = pos - 1
    while k > 0 and (sf.word(k, "articles") or sf.word(k, "determiners")) and not sf.word(k, "conjunctions"):
        k -= 1
    if not sf.word(k, "conjunctions") or units[k].key == ",":
        return []
    # the first noun's candidate: its cue ends within the four units before the conjunction
    first = next((c for c in reversed(found) if c.cue is not None and c.cue is not cue
                  and c.frame in ("NOUN", "NOUN_INV") and 0 < k - max(c.cue.last, c.scope[1] - 3) <= 4
                  and c.cue.last < k), None)
    if first is None:
        return []
    member, possessor = _member_possessor(first)
    if member.last > k or possessor.last > k or set(member.entities) & set(possessor.entities):
        return []
    return [_noun_candidate(cue, member, possessor, base * 0.9, (min(member.first, possessor.first), cue.last + 3))]


_MODIFIER_CLASSES = frozenset({"determiners", "asides"})  # "main", "listed": words that may modify a noun


def _possessed_plural(sf: SentenceFrame, cue: CueMatch) -> int | None:
    """Where a symmetric cue read as a possessed noun starts: right after "its"/"seine" one to three
    plain words (adjectives, a count) before it, with the names right after it or after its comma
    ("Its main listed rivals, A and B,"); None when not so."""
    units = sf.su.units
    at = cue.last + 2 if cue.last + 1 < len(units) and units[cue.last + 1].key == "," else cue.last + 1
    named_after = sf.group_at(at) is not None and sf.group_at(at).first == at
    j = cue.first - 1
    while j >= 0 and cue.first - j <= 4 and not sf.word(j, "possessives") and not _first_person(sf, j):
        u = units[j]
        if u.in_cue or u.mention is not None or not u.key.replace("-", "").isalpha() \
                or not u.classes <= _MODIFIER_CLASSES:
            return None
        j -= 1
    if _first_person(sf, j):
        return j + 1  # „Maersk ist unser härtester Wettbewerber": the speaker's company owns the noun
    if not named_after or j < 0 or not sf.word(j, "possessives") or sf.word(j, "plural_pronouns"):
        return None
    return j + 1


def _possessive_before(sf: SentenceFrame, cue: CueMatch) -> bool:
    """A possessive right before the cue or before its one or two adjectives ("ses concurrents historiques")."""
    j = cue.first - 1
    while j >= 0 and cue.first - j <= 3 and not sf.word(j, "possessives") and _plain_word(sf, j):
        j -= 1
    # (not "Eneco zijn elkaars concurrenten": after a name a possessive may be a verb)
    return j >= 0 and sf.word(j, "possessives") and not sf.word(j, "plural_pronouns") and not sf.word(j, "copulas") \
        and not (j > 0 and sf.su.units[j - 1].mention is not None)


def _first_person(sf: SentenceFrame, j: int) -> bool:
    g = sf.group_at(j) if j >= 0 else None
    return g is not None and all(s.anaphor == "first_person" for s in g.slots)


def _candidates(sf: SentenceFrame, slots: list[Slot], state: Discourse) -> list[Candidate]:
    out: list[Candidate] = []
    unread: list[CueMatch] = []  # relational nouns that found no possessor of their own
    # "Other rivals are A and B": the topic's rivals; the noun's other readings (A and B each
    # other's rivals) are not read
    othered: set[tuple[int, int]] = set()
    for cue in sf.su.cues:
        base = FRAME_HANDLERS[cue.frame][1]
        found = other_rivals(sf, cue, base, state) or counted_rivals(sf, cue, base, state) \
            if (cue.first, cue.last) not in othered else []
        if found:
            othered.add((cue.first, cue.last))
            out.extend(found)
    for cue in sf.su.cues:
        if (cue.first, cue.last) in othered:
            continue
        if cue.frame == "DEAL" and cue.tail and any(
                o.frame != "DEAL" and cue.first < o.first < cue.tail[-1][0] for o in sf.su.cues):
            continue  # "hat Kooperationen mit X geschlossen": the inner cue says what the deal is
        if cue.relation != "competes_with" and _lost_to_rival(sf, cue):
            out.extend(_contract_lost(sf, cue))
            continue  # "lost a contract with Ryanair to Airbus": the deal inside is the one lost
        handler, base = FRAME_HANDLERS[cue.frame]
        second = _second_possessed_noun(sf, cue, base, out)
        if second:
            out.extend(second)
            continue
        if cue.frame == "NOUN" or cue.frame == "NOUN_INV":
            found = _whose_noun(sf, cue, base) or handler(sf, cue, base) \
                or _possessive_noun(sf, cue, base, slots, state) \
                or _topic_noun(sf, cue, base, state) or _prefield_rivals(sf, cue, base)
        elif cue.frame == "SYM" and cue.relation == "competes_with" and not cue.tail \
                and _possessive_before(sf, cue) and _possessed_plural(sf, cue) is None:
            # "qui est l'un de ses concurrents historiques": a rival noun of "its" names no rivals of
            # each other (whose rival it is, the noun's own cue reads, or sym's "two of its rivals")
            found = [c for c in handler(sf, cue, base) if c.frame != "SYM"]
        elif cue.frame == "SYM" and not cue.tail and _possessed_plural(sf, cue) is not None:
            # "maar zijn concurrenten Stripe en Mollie", "Its main listed rivals, A and B,": a plural
            # relational noun after "his" (and its adjectives), the names right after it, names the
            # owner's rivals, not rivals of each other
            first = _possessed_plural(sf, cue)
            noun_cue = CueMatch(cue.relation, "NOUN", first, cue.last, " ".join(sf.su.keys[first:cue.last + 1]))
            if _first_person(sf, first - 1):
                found = FRAME_HANDLERS["NOUN"][0](sf, noun_cue, base) or handler(sf, cue, base)
            else:
                found = _possessive_noun(sf, noun_cue, base, slots, state) or handler(sf, cue, base)
            if cue.relation == "competes_with":
                found = [c for c in found if c.frame != "SYM" or not c.pairwise]
        elif cue.frame == "OVS" and cue.relation == "subsidiary_of":
            found = _whose_noun(sf, cue, base) or handler(sf, cue, base)  # "X, dont Y détient le capital"
        else:
            found = handler(sf, cue, base)
            if cue.relation == "product_of" and cue.frame in ("SVO", "OVS"):
                found = [c for c in found if not _participle_of_noun(sf, c, cue)]
        if cue.relation == "bids_for":
            # (a bid for "den Auftrag der Deutschen Bahn" is for the order, not for the company)
            found = rival_bidders(sf, cue, base) or found
        if cue.frame in ("SVO", "OVS", "DEAL", "IND") and not found:
            found = _with_pronoun_object(sf, cue, base, state) or _ordered_from_main(sf, cue, base, state) \
                or _topic_goods(sf, cue, base, state) \
                or _supplied_to_main(sf, cue, base, state) or _bid_on_target(sf, cue, base, state) \
                or _opening_rivalry(sf, cue, base, state) or anaphoric_rival(sf, cue, base, state.main_company)
        if cue.relation in ("competes_with", "partner_of") \
                and all(set(c.subjects.entities) & set(c.objects.entities) for c in found):
            # (a pronoun read as the doer itself is no reading: "cạnh tranh với hãng này")
            found = _rival_of_object(sf, cue, base) or found
        if cue.frame in ("SVO", "SYM"):
            found = found + _demonstrative_list(sf, cue, base, state)
        if not found and cue.frame in ("NOUN", "NOUN_INV"):
            unread.append(cue)
        out.extend(found)
    out.extend(_shared_possessor(sf, unread, out))
    out.extend(_maker_orders(sf))
    client_goods, made_for = _client_goods(sf)
    if made_for:
        out = [c for c in out if not _made_for_owner(c, made_for)]
    out.extend(client_goods)
    inside = _goods_in_goods(sf)
    if inside:
        out = [c for c in out if not _other_reading(c, inside)] + inside
    out.extend(_apposed_owned_compound(sf))
    out.extend(_hired_by_main(sf, state))
    out.extend(named_rivals(sf, state.rivals_announced, state.index))
    out = [_bid_on_last_target(c, state) for c in out]
    _coordinate(sf, out)
    _fronted_additive(sf, out)
    out.extend(_gapped_clauses(sf, out))
    out = [_owned(c) if _own_supplier(sf, c) else c for c in out]
    out = [_maker_of_possessed(sf, c) if _possessed_made_by(sf, c) else c for c in out]
    out = [c for c in out if not (c.relation == "partner_of" and _goods_maker(sf, c.subjects)
                                  and _goods_maker(sf, c.objects))]
    quoted = quoted_units(sf)
    if quoted:
        out = [c for c in out if not _from_quote_to_speaker(c, quoted)]
    topic = state.subjects[-1] if state.subjects and state.anaphoric_subject else ""
    recent = [e for companies in reversed(state.recent) for e in companies]
    # "Foxconn assembles iPhones for Apple": goods made for a client are the client's, not the maker's
    out = [c for c in out if not (c.relation == "product_of" and c.frame in ("SVO", "OVS") and _made_for_client(sf, c))]
    out = [c for c in out if not (c.relation == "product_of" and c.frame == "OVS" and _part_of_named(sf, c))]
    young = state.young[1] if state.index - state.young[0] <= 2 else ""
    paragraph = state.paragraph_subject if state.paragraph_open else ""  # only for a paragraph's opening
    out.extend(role_candidates(sf, slots, state.main_company, state.subjects[-1] if state.subjects else "", topic,
                               state.last_named, recent, young, paragraph, _recent_target(state)))
    out.extend(owned_by_person(sf, slots))
    out.extend(_industry_phrases(sf, out))
    out.extend(_possessed_products(sf, slots, state))
    out.extend(_offering_of(sf, slots))
    out.extend(_described_owner(sf))
    out.extend(_named_venture(sf, slots))
    out.extend(_genitive_unit(sf))
    out.extend(_subjects_unit(sf, slots))
    out.extend(_goods_held(sf))
    out.extend(_sector_descriptions(sf, slots))
    out.extend(_sector_anaphors(sf, slots))
    out.extend(_qualified_sector_heads(sf, slots))
    out.extend(_sector_copulas(sf, slots))
    out.extend(_operated_sectors(sf, slots))
    if any(s.commentator for s in slots):
        out = [c for c in out if c.relation == "executive_of" or not any(
            s.commentator for s in c.subjects.slots + c.objects.slots)]
    return out
