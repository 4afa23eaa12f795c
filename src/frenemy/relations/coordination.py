"""Coordination across the candidates of one sentence: subjects shared by joint actions,
coordinated verbs and serial clauses, "as well as" continuing a list, and an opening "besides"."""

from __future__ import annotations

from frenemy.relations.anaphora import LIST_PUNCT
from frenemy.relations.sentence import ORG_KINDS, Candidate, Group, SentenceFrame


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
        if j >= 0 and _links_verbs(sf, j) and any(sf.word(k, "relatives") for k in range(j + 1, c.cue.first)):
            pass  # "X, dat Y overnam en dat nu onderdeel is van Z": the second relative's subject is X
        elif j >= 0 and _links_verbs(sf, j):
            earlier = [e for e in cands[:i] if e.cue is not None and e.cue.last < c.cue.first
                       and e.frame in ("SVO", "OVS", "IND", "SYM", "DEAL") and not e.pairwise]
            subj = None
            if earlier and earlier[-1].frame == "OVS" and earlier[-1].objects.first > earlier[-1].cue.first:
                earlier = []  # "X sold Y to Z and now uses W": both parties of a sale follow its verb
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
        if c.frame == "OVS" and c.cue is not None and c.relation == "customer_of":
            _gap_additive(sf, c)
        if c.frame == "NOUN" and c.subjects.first > c.objects.last:
            _besides_also(sf, c)
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
        elif sf.su.units[right.last + 1].key == "," and not sf.su.spans.get("correlatives") \
                and not _repeats_preposition(sf, c, extra):
            left_side = "subjects" if c.subjects.first <= c.objects.first else "objects"
            setattr(c, left_side, _merge(getattr(c, left_side), extra))
        else:
            setattr(c, "objects" if right is c.objects else "subjects", _merge(right, extra))


def _gap_additive(sf: SentenceFrame, c: Candidate) -> None:
    """"X counts A and B among its customers, as well as C": the customers a split cue holds in its
    gap go on after the comma that closes the cue, with an additive that ends the clause; so do those
    after a cue that ends in a customer noun ("compte parmi ses clients A, ainsi que B")."""
    if c.cue.tail:
        end = c.cue.tail[-1][1]
        if not (c.cue.last < c.subjects.first and c.subjects.last < c.cue.tail[0][0]):
            return
    else:
        end = c.subjects.last
        if c.subjects.first <= c.cue.last or c.cue.phrase.split(" ")[-1] not in _customer_nouns(sf.lex):
            return
    if end + 1 >= len(sf.su.units) or sf.su.units[end + 1].key != ",":
        return
    extra = sf.after_word(end + 1, "additives", reach=2, gap=4)
    if extra is None or not _clause_ends(sf, extra.last + 1) or set(extra.entities) & set(c.objects.entities):
        return
    c.subjects = _merge(c.subjects, extra)


def _besides_also(sf: SentenceFrame, c: Candidate) -> None:
    """"Zu den Kunden von X gehören neben A auch B": the members a relational noun lists after it
    go on past "besides A" with "also B"."""
    k = c.subjects.first - 1
    while k >= 0 and (sf.word(k, "determiners") or sf.word(k, "articles")) and sf.group_at(k) is None:
        k -= 1
    if k < 0 or not sf.word(k, "additives") or k <= c.objects.last:
        return
    after = c.subjects.last
    start = next((a for a, b in sf.su.spans.get("additives", []) if a <= k <= b), k)
    if after + 1 < len(sf.su.units) and sf.su.units[after + 1].key == "," and start > 0 \
            and sf.su.units[start - 1].key == ",":
        after += 1  # ", outre A, aussi B": the aside closes before "also"
    extra = sf.after_word(after, "continuation", reach=1, gap=3)
    if extra is None or not _clause_ends(sf, extra.last + 1):
        return
    c.subjects = _merge(c.subjects, extra)


def _customer_nouns(lex) -> frozenset[str]:
    """The one-word customer nouns of a lexicon ("clients", "Kunden"): its one-word customer_of NOUN cues."""
    got = _CUSTOMER_NOUNS.get(id(lex))
    if got is None:
        got = frozenset(cue.phrase for cue in lex.cues if cue.relation == "customer_of" and cue.frame == "NOUN"
                        and not cue.rest and " " not in cue.phrase)
        _CUSTOMER_NOUNS[id(lex)] = got
    return got


_CUSTOMER_NOUNS: dict[int, frozenset[str]] = {}


def _gapped_clauses(sf: SentenceFrame, cands: list[Candidate]) -> list[Candidate]:
    """"X is advised by A; Y by B", "X wird von A beraten, Y von B": a clause that drops the verb
    keeps only its two parties around the agent word, and says of them what the clause before said."""
    out: list[Candidate] = []
    units = sf.su.units
    for c in cands:
        if c.frame not in ("SVO", "OVS") or c.cue is None or c.pairwise:
            continue
        parts = [(c.cue.first, c.cue.last), *c.cue.tail]
        if not any(sf.word(k, "agent_words") for a, b in parts for k in range(a, b + 1)):
            continue  # only a passive's agent ("by A") is repeated without its verb
        left_first = c.subjects.first < c.objects.first
        right = c.objects if left_first else c.subjects
        end = max(c.subjects.last, c.objects.last, c.cue.tail[-1][1] if c.cue.tail else c.cue.last)
        last = right.slots[-1]
        if len(right.slots) > 1 and _agent_party(sf, last.last + 1) is not None:
            # "advised by A, and Y by B": the list glue took the gapped clause's first party
            kept = right.slots[:-1]
            shrunk = Group(kept, kept[0].first, kept[-1].last)
            if left_first:
                c.objects = shrunk
            else:
                c.subjects = shrunk
            end = last.first - 2
        while True:
            k = end + 1
            if k >= len(units) or units[k].key not in (",", ";") and not sf.word(k, "conjunctions"):
                break
            k += 1
            while k < len(units) and (sf.word(k, "conjunctions") or units[k].key == ",") and sf.group_at(k) is None:
                k += 1
            near = sf.group_at(k)
            if near is not None and near.first != k:
                near = next((Group([x], x.first, x.last) for x in near.slots if x.first == k), None)
            far = _agent_party(sf, near.last + 1) if near is not None and near.kind == "org" else None
            if far is None or set(near.entities) & set(far.entities):
                break
            subj, obj = (near, far) if left_first else (far, near)
            # the first clause's negation or hedge holds for the clause that shares its verb
            out.append(Candidate(subj, c.relation, obj, c.frame, c.cue, c.base * 0.9, (c.scope[0], far.last + 1)))
            end = far.last
    return out


def _agent_party(sf: SentenceFrame, k: int) -> Group | None:
    """The company after the agent word at unit k ("by A", "von der B"), when the clause ends there."""
    if not sf.word(k, "agent_words"):
        return None
    j = k + 1
    while j < len(sf.su.units) and sf.word(j, "determiners") and sf.group_at(j) is None:
        j += 1
    far = sf.group_at(j)
    if far is None or far.first != j or far.kind != "org" or not _clause_ends(sf, far.last + 1):
        return None
    return far


def _repeats_preposition(sf: SentenceFrame, c: Candidate, extra: Group) -> bool:
    """"X competes with Y, as well as with Z": the cue's preposition said again before the added
    name puts it beside the object, not the subject."""
    units = sf.su.units
    if c.cue is None or extra.first == 0:
        return False
    preposition = c.cue.tail[-1][1] if c.cue.tail else c.cue.last  # a split cue's preposition ends its last part
    return units[extra.first - 1].key == units[preposition].key


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
    if any(opening[0][0] <= k <= end for a, b in sf.su.spans.get("likeness_words", []) for k in range(a, b + 1)):
        # "Al igual que Iberdrola, Endesa utiliza SAP": a name the opening "like" brings does what the
        # subject does
        lead = [g for g in sf.groups if end < g.first and g.last < comma and g.kind == "org"]
        if len(lead) != 1 or any(units[k].mention is None and not sf.word(k, "determiners")
                                 for k in range(end + 1, lead[0].first)):
            return
        for c in cands:
            if c.frame in ("SVO", "OVS", "SYM", "DEAL") and not c.pairwise and c.subjects.first == comma + 1 \
                    and c.subjects.last < (c.cue.first if c.cue else c.objects.first):
                c.subjects = _merge(c.subjects, lead[0])
        return
    for c in cands:
        if c.frame == "NOUN" and c.cue is not None and c.cue.first > comma and c.objects.first > comma:
            _fronted_members(sf, c, end, comma)
            continue
        if c.frame not in ("SVO", "SYM") or c.relation not in ("competes_with", "partner_of"):
            continue
        lead = [x for x in c.subjects.slots if end < x.first < comma]
        rest = [x for x in c.subjects.slots if x.first > comma]
        if lead and rest:
            c.subjects = Group(rest, rest[0].first, rest[-1].last)
            c.objects = _merge(c.objects, Group(lead, lead[0].first, lead[-1].last))


def _fronted_members(sf: SentenceFrame, c: Candidate, end: int, comma: int) -> None:
    """"Outre Lumeo, les clients de Norvex comprennent A et B", "Ngoài X, khách hàng của Y còn có A, B":
    the names an opening "besides" brings are more members of the relational noun after the comma,
    not a name the noun describes in apposition; the members listed after the noun's owner stay."""
    units = sf.su.units
    lead = [x for g in sf.groups if g.kind == "org" for x in g.slots if end < x.first and x.last < comma]
    if len(lead) != 1 or any(units[k].mention is None and not sf.word(k, "determiners")
                             for k in range(end + 1, lead[0].first)):
        return
    members = c.subjects
    if all(end < x.first < comma for x in members.slots):
        after = sf.right(c.objects.last, limit=4)
        if after is None or not _same_clause(sf, c.objects.last, after.first) \
                or set(after.entities) & set(c.objects.entities):
            return
        members = _described_list(sf, Group([after.slots[0]], after.slots[0].first, after.slots[0].last))
    elif not all(x.first > c.objects.last for x in members.slots):
        return
    c.subjects = _merge(Group(lead, lead[0].first, lead[0].last), members)


def _described_list(sf: SentenceFrame, g: Group) -> Group:
    """"A, ví điện tử B và chuỗi bán lẻ C": a list whose later members each carry a sector word or
    product noun before them; it ends at a plain word, a break or an "of" (C's owner is no member)."""
    units = sf.su.units
    slots = list(g.slots)
    k = g.last + 1
    while k < len(units) and not sf.is_break(k):
        u = units[k]
        if u.mention is not None and u.mention.kind in ORG_KINDS:
            slot = sf.group_at(k)
            found = next((x for x in slot.slots if x.first == k), None) if slot is not None else None
            if found is None or found.entity in {x.entity for x in slots}:
                break
            slots.append(found)
            k = found.last + 1
            continue
        if not (u.key == "," or sf.word(k, "conjunctions") or sf.word(k, "determiners")
                or sf.word(k, "product_nouns") or u.mention is not None and u.mention.kind == "industry"):
            break
        k += 1
    return Group(slots, slots[0].first, slots[-1].last)


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
