"""Owners the frames leave implicit: a possessive noun ("sa filiale AWS", "its customers
include"), a relational noun with no owner named (the topic's), a verb-second prefield list, plural
and clitic object pronouns, and a possessed product name ("Uber's Cornershop", "its RouteWise app")."""

from __future__ import annotations

from functools import lru_cache

from frenemy.lang import Lexicon
from frenemy.relations.anaphora import Discourse, single_subject
from frenemy.relations.contests import recent_target, target_object
from frenemy.relations.frames import _clause_start, _goods_object, _member_after_copula, described_supplier
from frenemy.relations.sentence import ORG_KINDS, Candidate, Group, SentenceFrame, Slot
from frenemy.relations.units import CueMatch, _inflected


def _possessive_before_modifiers(sf: SentenceFrame, i: int) -> int | None:
    """"its rare-disease unit", "seine neue Software-Tochter": a possessive one to three plain words
    (or a sector) before the noun at unit i owns it as if right before it; where it is."""
    units = sf.su.units
    j = i - 1
    while j >= 0 and i - j <= 3:
        u = units[j]
        if sf.word(j, "possessives"):
            return j if j < i - 1 else None
        if u.in_cue or u.classes or (u.mention is not None and u.mention.kind != "industry") \
                or not (u.key.replace("-", "").isalpha() or u.key == "-"):
            return None
        j -= 1
    return None


def _possessive_noun(sf, cue, base, slots, state) -> list[Candidate]:
    """'sa filiale AWS', 'khách hàng riêng của mình': the owner is the clause's company."""
    shared = _shared_possession(sf, cue, base)
    if shared:
        return shared
    modified = _possessive_before_modifiers(sf, cue.first)
    if not (sf.word(cue.first, "possessives") or sf.word(cue.first - 1, "possessives")
            or sf.word(cue.last, "possessives") or modified is not None):
        return _opening_noun(sf, cue, base, slots, state)
    # (not the possessive itself, read as a pronoun: "from Kestrix, its biggest rival")
    before = [s for s in slots if s.last < cue.first and s.kind in ORG_KINDS and sf.visible(s.first, cue.first)
              and not (s.anaphor and s.first >= cue.first - 3 and sf.word(s.first, "possessives"))]
    owner = before[-1] if before else None
    first = next((s for s in before if s.kind == "company"), None)
    units = sf.su.units
    apposed_owner = owner is not None and owner.first > 0 and units[owner.first - 1].key == "," \
        and owner.last + 1 < len(units) and units[owner.last + 1].key == ","
    if owner is not None and first is not None and first is not owner and not apposed_owner and any(
            c.frame in ("SVO", "OVS", "SYM", "DEAL") and first.last < c.first < owner.first for c in sf.su.cues):
        # "Renault a dévoilé la Twingo, ... après que son rival Stellantis": the object of a verb
        # is not who "son" speaks of; the clause's subject is
        owner = first
    elif owner is not None and first is not None and first is not owner and not apposed_owner \
            and owner.first > 0 and sf.word(owner.first - 1, "agent_words") \
            and cue.first - owner.last > 3:
        # "X's chips are made by Y, and its customers include Z": a passive's agent is not who
        # "its" speaks of either (one right before ", its unit" is that unit: the apposition below)
        owner = first
    units = sf.su.units
    pos = cue.first if sf.word(cue.first, "possessives") else cue.first - 1
    if modified is not None and not sf.word(pos, "possessives"):
        pos = modified
    apposed = None
    # a possessive closing the noun ("NCS, đơn vị thành viên của hãng") stands where "sa" would
    # "(NCS), đơn vị ...": a short name in brackets is the name
    named_at = cue.first - 3 if cue.first >= 3 and units[cue.first - 2].key == ")" else cue.first - 2
    if sf.word(cue.last, "possessives") and not sf.word(pos, "possessives") and cue.first >= 2 \
            and units[cue.first - 1].key == "," and before and before[-1].last == named_at \
            and _closes_phrase(sf, cue.last):
        owner, pos = before[-1], cue.first
    if owner is not None and len({s.entity for s in before}) == 2 and before[-1] is not owner and pos >= 2 \
            and units[pos - 1].key == "," and before[-1].last in (pos - 2, named_at):
        # "Y buys its chips from X, its biggest rival": the apposition is X's, set aside above as the
        # verb's object; "its" is Y's (with a third company named, whose it is the sentence does not say)
        owner = before[-1]
    if owner is not None and pos >= 2 and units[pos - 1].key == "," and owner.last in (pos - 2, named_at) \
            and (sf.word(pos, "possessives") or pos == cue.first and sf.word(cue.last, "possessives")):
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
    subject = None
    # "Microsoft remains its biggest customer": the copula's subject is the member, "its" the
    # company the previous sentence was about (the article's, when that one named none)
    topic = state.subjects[-1] if state.subjects and state.subjects[-1] in state.last_companies \
        else state.main_company
    if apposed is None and topic and topic != owner.entity and _copula_to(sf, owner, pos):
        subject = Group([owner], owner.first, owner.last)
        owner = Slot(pos, pos, topic, "company", 0.7, anaphor="possessive")
    elif apposed is None and cue.relation == "competes_with" and before and before[-1] is not owner \
            and before[-1].entity != owner.entity and _copula_to(sf, before[-1], pos):
        # "Walmart chose Microsoft's cloud because Amazon is its biggest rival": the name before the
        # copula is the member, "its" the clause's company the verb's object was not
        subject = Group([before[-1]], before[-1].first, before[-1].last)
    elif apposed is None and before:
        # (the apposition is an aside, hidden from what the possessive sees: all names before count)
        described = _apposition_before_copula(
            sf, [s for s in slots if s.last < pos and s.kind in ORG_KINDS and not s.anaphor], pos)
        if described is not None:
            # "X, Y's biggest supplier, is also its fiercest rival": the apposition's company is "its"
            subject, owner = Group([described[0]], described[0].first, described[0].last), described[1]
    possessor = Group([owner], owner.first, owner.last)
    right = sf.right(cue.last, limit=2)
    if right is not None and any(units[k].in_cue for k in range(cue.last + 1, right.first)):
        right = None  # "verkauft seine Tiersparte an Elanco": the name after another cue's part is that cue's
    # "Its biggest customer in Spain is X": the member after a copula and a short place phrase
    member = subject or apposed or sf.after_word(cue.last, "includers", reach=9, gap=4) or right \
        or _qualified_apposition(sf, cue.last) or _member_after_copula(sf, cue.last)
    if member is None:
        # "La PME a repoussé l'offre de X, qui reste son principal concurrent": the relative's
        # antecedent is the member, "son" the company opening the sentence
        antecedent = sf.relative_antecedent(cue.first, to_end=True)
        opening = next((x for x in slots if x.kind == "company" and antecedent is not None
                        and x.last < antecedent.first and x.entity not in antecedent.entities), None)
        if opening is not None:
            possessor, member = Group([opening], opening.first, opening.last), antecedent
            owner = opening
    if member is None or owner.entity in member.entities:
        return []
    # an apposition speaks for itself: what the clause's verb says (", which ended ...") is not its
    scope = (apposed.first if apposed is not None else owner.last, cue.last + 3)
    if cue.frame == "NOUN_INV":
        return [Candidate(possessor, cue.relation, member, "NOUN_INV", cue, base * 0.9, scope)]
    return [Candidate(member, cue.relation, possessor, "NOUN", cue, base * 0.9, scope)]


def _apposition_before_copula(sf: SentenceFrame, before: list[Slot], pos: int) -> tuple[Slot, Slot] | None:
    """"X, Y's biggest supplier, is also its ...", "X, premier fournisseur de Y, est aussi son ...": a
    name, an apposition in commas naming one other company, then a copula (an adverb at most) and
    the possessive at pos. The name and the apposition's company, or None."""
    units = sf.su.units
    k = pos - 1
    while k > 0 and not sf.word(k, "copulas") and units[k].key.isalpha() and units[k].mention is None \
            and pos - k <= 2:
        k -= 1  # one adverb ("also", "aussi") between the copula and the possessive
    if not sf.word(k, "copulas") or k < 3 or units[k - 1].key != ",":
        return None
    close = k - 1
    opening = next((i for i in range(close - 1, max(-1, close - 10), -1) if units[i].key == ","), None)
    if opening is None or opening < 1:
        return None
    name = next((s for s in before if s.last == opening - 1), None)
    inside = [s for s in before if opening < s.first and s.last < close]
    if name is None or len({s.entity for s in inside}) != 1 or inside[0].entity == name.entity:
        return None
    return name, inside[0]


def _copula_to(sf: SentenceFrame, owner: Slot, pos: int) -> bool:
    """A named company, then a copula and at most one adverb, then the possessive at pos ("is
    still its"; not "ist der Erfolg ihrer": the possessive of another noun)."""
    units = sf.su.units
    # an aside after the name ("Microsoft, which ..., remains its ...") is read past
    between = [k for k in range(owner.last + 1, pos) if sf.visible(k, pos)]
    while between and units[between[0]].key == "," and len(between) > 1:
        between = between[1:]
    return not owner.anaphor and sf.word(pos, "possessives") and 1 <= len(between) <= 2 \
        and sf.word(between[0], "copulas") and all(
            units[k].mention is None and not units[k].in_cue and units[k].key.isalpha()
            and not sf.word(k, "articles") and not sf.word(k, "determiners") for k in between[1:])


def _whose_noun(sf: SentenceFrame, cue, base: float) -> list[Candidate]:
    """"Airbus, dont Safran est le principal fournisseur,": a relational noun closing a relative
    clause opened by "whose" (the lexicon's possessive_relatives) has the antecedent as possessor
    and the clause's subject as member."""
    units = sf.su.units
    held = cue.frame == "OVS" and cue.relation == "subsidiary_of" and not cue.tail and _holds_capital(sf, cue)
    if not held and (cue.frame not in ("NOUN", "NOUN_INV") or cue.tail or sf.ends_with(cue, "of_words")):
        return []
    if not held and cue.last + 1 < len(units) and units[cue.last + 1].key not in (",", ".", ";", ")") \
            and not _plain_tail(sf, cue.last + 1):
        return []  # "dont Y est le fournisseur de Z": the noun has its own possessor
    near = sf.left(cue.first, limit=4)
    before = [s for s in near.slots if s.last < cue.first] if near is not None and near.kind == "org" else []
    if not before:
        return []
    member = Group([before[-1]], before[-1].first, before[-1].last)  # "X, dont Y" reads as a list too
    if held:  # "X, dont A et B détiennent le capital": the whole list after "dont"
        listed = [t for t in before if sf.word(t.first - 1, "possessive_relatives")
                  or sf.word(t.first - 1, "conjunctions") or units[t.first - 1].key == ","]
        while len(listed) > 1 and not sf.word(listed[0].first - 1, "possessive_relatives"):
            listed = listed[1:]
        member = Group(listed, listed[0].first, listed[-1].last) if listed else member
    if cue.first - member.last > 4 or any(units[k].mention is not None or not units[k].key[:1].isalpha()
                                          for k in range(member.last + 1, cue.first)):
        return []
    d = member.first - 1
    while held and d > 1 and member.first - d <= 3 and units[d].mention is None and units[d].key.isalpha() \
            and not sf.word(d, "possessive_relatives") and not units[d].in_cue \
            and (not units[d].classes or any(sf.word(d, c) for c in ("articles", "determiners", "anaphors"))
                 or units[d].key in sf.lex.demonyms):
        d -= 1  # "dont le fonds Y détient", "di cui il fondo emiratino Y detiene": the holder's description
    if d < 2 or not sf.word(d, "possessive_relatives"):
        return []
    d = next((a for a, b in sf.su.spans.get("possessive_relatives", []) if a <= d <= b), d)  # "di cui"
    comma = d >= 2 and units[d - 1].key == ","
    if not comma and not held:
        return []
    owner = sf.group_at(d - 2 if comma else d - 1)
    named = [s for s in owner.slots if s.last == (d - 2 if comma else d - 1)] \
        if owner is not None and owner.kind == "org" else []
    if not named:
        return []
    owner = Group(named, named[0].first, named[0].last)
    if not comma:  # "X, filiale de Y dont Z détient le reste du capital": the unit X is held
        owner = _apposed_unit(sf, owner)
        if owner is None:
            return []
    scope = (owner.first, cue.last + 1)
    if cue.frame == "NOUN":
        return [Candidate(member, cue.relation, owner, "NOUN", cue, base, scope)]
    if held:  # each holder on its own: holders of shares are no partners for that
        return [Candidate(owner, cue.relation, Group([t], t.first, t.last), "NOUN_INV", cue, base, scope)
                for t in member.slots]
    return [Candidate(owner, cue.relation, member, "NOUN_INV", cue, base, scope)]


def _plain_tail(sf: SentenceFrame, k: int) -> bool:
    """"dont Geodis est devenu client l'an dernier,": after the noun a short phrase with no name, no
    cue and no "of" before it, up to the end of the relative clause (a date, a place)."""
    units = sf.su.units
    if sf.word(k, "of_words"):
        return False
    for j in range(k, min(len(units), k + 12)):
        if units[j].key in (",", ".", ";", ")"):
            return True
        if units[j].mention is not None and units[j].mention.kind in ("company", "product", "person") \
                or units[j].in_cue or sf.is_break(j):
            return False
    return False


def _apposed_unit(sf: SentenceFrame, owner: Group) -> Group | None:
    """"Framatome, filiale d'EDF dont ...": a name right after a unit noun ("filiale de") in
    apposition is that unit's owner; "dont" speaks of the unit, the name before the comma."""
    units = sf.su.units
    noun = next((c for c in sf.su.cues if c.frame == "NOUN" and c.relation == "subsidiary_of" and not c.tail
                 and c.last + 1 == owner.first and sf.ends_with(c, "of_words")), None)
    if noun is None or noun.first < 2 or units[noun.first - 1].key != ",":
        return None
    unit = sf.group_at(noun.first - 2)
    named = [s for s in unit.slots if s.last == noun.first - 2] if unit is not None and unit.kind == "org" else []
    return Group(named, named[0].first, named[0].last) if named else None


def _holds_capital(sf: SentenceFrame, cue) -> bool:
    """"dont Y détient le reste du capital,", "di cui Y detiene la maggioranza,": after a holding verb (or
    in its phrase), only the whole (the lexicon's whole_words) held and no other name, up to the end of
    the relative clause."""
    units = sf.su.units
    k = cue.last
    whole = any(sf.word(j, "whole_words") for j in range(cue.first + 1, k + 1))
    for j in range(k + 1, min(len(units), k + 9)):
        if units[j].key in (",", ".", ";", ")"):
            return whole
        if units[j].mention is not None or units[j].in_cue or sf.is_break(j):
            return False
        whole = whole or sf.word(j, "whole_words")
    return False


def _closes_phrase(sf: SentenceFrame, i: int) -> bool:
    """The possessive holding unit i ends its phrase ("đơn vị thành viên của hãng,"), no name
    going on after it ("của Tập đoàn Công nghiệp X": a name the lexicon did not read whole)."""
    units = sf.su.units
    end = next((b for a, b in sf.su.spans.get("possessives", ()) if a <= i <= b), i)
    if end + 1 >= len(units):
        return True
    nxt = units[end + 1]
    offset = sf.su.sentence.start
    return nxt.mention is None and not sf.su.sentence.text[nxt.start - offset:nxt.start - offset + 1].isupper()


def _qualified_apposition(sf: SentenceFrame, i: int) -> Group | None:
    """"su principal rival en España, American Tower,": a name in apposition after a short
    qualifier of the possessed noun (no cue, break or other name between)."""
    units = sf.su.units
    for k in range(i + 1, min(len(units) - 1, i + 7)):
        if units[k].in_cue or sf.is_break(k) or sf.group_at(k) is not None:
            return None
        if units[k].key == ",":
            g = sf.group_at(k + 1)
            if g is None or g.kind != "org" or g.first != k + 1 or len(g.entities) != 1:
                return None
            end = g.last + 1
            return g if end >= len(units) or units[end].key in (",", ".", ";") else None
    return None


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
    if cue.frame != "NOUN":
        return []
    titled = cue.relation in ("competes_with", "subsidiary_of") and _titled_name(sf, cue)
    if not state.subjects and not (titled and _coordinated_owner(sf, cue)):
        return []  # (the first sentence: "Jumbo en concurrent Lidl" names the owner itself)
    topic = single_subject(state) if state.subjects else ""
    units = sf.su.units
    member: Group | None = None
    if titled and (state.main_company or _coordinated_owner(sf, cue)):
        # "de Deens-Zweedse rivaal Arla Foods", "Dochterbedrijf X": the noun names its member right
        # after it, and the article's main company is the owner (the last subject is often another)
        member = sf.right(cue.last, limit=1)
        topic = _coordinated_owner(sf, cue) or _clause_owner(sf, cue) or state.main_company
        if member is not None and len(member.entities) > 1:
            return []  # a title names one company; "die Rivalen A und B" may be each other's
    elif cue.relation in ("competes_with", "customer_of") and state.main_company and _opening_examples(sf, cue):
        # "Concurrenten als Adecco en Manpower hebben het ook lastig", "Klanten als X en Y ...": a plural
        # noun holding its own "such as" opens the sentence; its names are the article's company's
        member = sf.right(cue.last, limit=1)
        topic = state.main_company
        if member is not None and sf.right(member.last, limit=len(units)) is not None:
            return []  # "Klanten als Uber gebruiken ook Stripe": another company named is theirs
    elif cue.relation == "competes_with" and _counted_among(sf, cue):
        # "obwohl Amazon im Modehandel zu den härtesten Wettbewerbern zählt": one of the rivals, of the topic
        member = sf.left(cue.first, limit=4)
        topic = state.main_company or topic
        if member is None or sf.right(cue.last, limit=3, anaphors=True) is not None \
                or any(units[k].key in (",", ":", ";") for k in range(member.last + 1, cue.first)):
            return []
    elif cue.relation == "competes_with":
        member = sf.left(cue.first, limit=4)
        # "Ook het Amerikaanse GE HealthCare is een geduchte rivaal", "Volgens Jakobs is X de
        # belangrijkste concurrent": one name is enough when a copula ties it to the noun
        copula = member is not None and any(sf.word(k, "copulas")
                                            for k in range(_clause_start(sf, member.first), cue.first))
        opening = member is not None and all(
            sf.word(k, "determiners") or copula and _prefield_word(sf, k)
            for k in range(_clause_start(sf, member.first), member.first))
        if member is None or len(member.entities) < 2 and not copula \
                or sf.right(cue.last, limit=3, anaphors=True) is not None \
                or any(units[k].key in (",", ":", ";") for k in range(member.last + 1, cue.first)) or not opening:
            return []  # only a list opening the clause is the noun's subject; another party may be named
        if len(member.entities) == 1 and state.main_company:
            topic = state.main_company  # one rival named: the article's company's, not the last subject's
    elif cue.relation == "subsidiary_of" and sf.word(cue.first - 1, "articles") and cue.first == cue.last:
        member = sf.right(cue.last, limit=1)  # "die Sparte Digital Industries", "die Tochter Audi"
    if member is None or member.kind != "org" or topic in member.entities:
        return []
    if cue.relation == "subsidiary_of" and any(
            o.relation == "subsidiary_of" and o.frame in ("SVO", "OVS") for o in sf.su.cues):
        return []  # "der Versicherer, zu dem auch die Tochter Ergo gehört": the sentence names the owner itself
    owner = Group([Slot(cue.first, cue.last, topic, "company", 0.7, anaphor="anaphors")], cue.first, cue.last)
    scope = (min(member.last, cue.first), cue.last + 3)
    return [Candidate(member, cue.relation, owner, "NOUN", cue, base * 0.85, scope)]


def _opening_examples(sf: SentenceFrame, cue) -> bool:
    """The cue opens the sentence (after articles at most), holds a word of its own after the noun
    ("concurrenten als") and the names follow it at once."""
    units = sf.su.units
    return sf.lex.verb_second and " " in cue.phrase and not sf.ends_with(cue, "of_words") \
        and all(sf.word(k, "articles") or units[k].key in ('"', "„", "“") for k in range(cue.first)) \
        and sf.group_at(cue.last + 1) is not None


def _counted_among(sf: SentenceFrame, cue) -> bool:
    """"X zählt zu den Wettbewerbern", "... zu den härtesten Konkurrenten gehört": a verb of membership
    (an includer) right before or after a plural rival noun opening with its preposition."""
    return " " in cue.phrase and (sf.word(cue.last + 1, "includers") or sf.word(cue.first - 1, "includers"))


def other_rivals(sf: SentenceFrame, cue, base: float, state: Discourse) -> list[Candidate]:
    """"Other rivals in the segment are Veeco and Nuflare", "Weitere Rivalen sind X und Y": a plural
    rival noun after "other" (the lexicon's other_words) opening its clause, with no owner named, adds
    rivals of the company the article is about; the names after it are not each other's rivals."""
    if cue.relation != "competes_with" or cue.frame not in ("SYM", "NOUN") or cue.tail \
            or sf.ends_with(cue, "of_words") or not state.main_company:
        return []
    units = sf.su.units
    j = cue.first - 1
    while j >= 0 and cue.first - j <= 2 and not sf.word(j, "other_words") and units[j].mention is None \
            and units[j].key.replace("-", "").isalpha() and not units[j].in_cue:
        j -= 1  # an adjective between ("weitere große Rivalen")
    if j < 0 or not sf.word(j, "other_words"):
        return []
    start = _clause_start(sf, j)
    if any(not (sf.word(k, "determiners") or sf.word(k, "articles") or sf.word(k, "other_words"))
           for k in range(start, j)):
        return []  # "X und andere Rivalen": the list before is named by the sentence itself
    member = sf.right(cue.last, limit=6)
    if member is None or member.kind != "org" or member.anaphoric or state.main_company in member.entities \
            or any(sf.group_at(k) is not None and sf.group_at(k).kind == "org" for k in range(start, cue.first)):
        return []
    owner = Group([Slot(cue.first, cue.last, state.main_company, "company", 0.7, anaphor="anaphors")],
                  cue.first, cue.last)
    return [Candidate(member, cue.relation, owner, "NOUN", cue, base * 0.85, (cue.first, member.last + 1))]


def counted_rivals(sf: SentenceFrame, cue, base: float, state: Discourse) -> list[Candidate]:
    """"Michelin e Bridgestone, i due principali concorrenti, ...", "A and B, the two main rivals,": a
    counted plural rival noun in an apposition after the list opening the sentence, with no owner
    named, calls the list rivals of the company the sentence before was about, not of each other."""
    if cue.relation != "competes_with" or cue.frame not in ("SYM", "NOUN") or cue.tail \
            or sf.ends_with(cue, "of_words") or not state.main_company or not sf.lex.collectives:
        return []
    units = sf.su.units
    j = cue.first - 1
    while j > 0 and cue.first - j <= 5 and units[j].key != "," and units[j].mention is None \
            and units[j].key.replace("-", "").isalpha() and not units[j].in_cue and not sf.word(j, "possessives"):
        j -= 1
    if j < 1 or units[j].key != ",":
        return []
    counted = " " + " ".join(sf.su.keys[j + 1:cue.first]) + " "
    if not any(f" {phrase} " in counted for phrase in sf.lex.collectives):
        return []  # ("A and B, long-time rivals, ...": each other's rivals)
    end = cue.last + 1
    while end < len(units) and end - cue.last <= 2 and units[end].mention is None and units[end].key.isalpha() \
            and not units[end].in_cue:
        end += 1
    if end >= len(units) or units[end].key != ",":
        return []
    member = sf.group_at(j - 1)
    # the company the sentence before was about (the article's when none)
    topic = single_subject(state) if state.subjects else state.main_company
    if member is None or member.kind != "org" or member.anaphoric or len(member.entities) < 2 \
            or topic in member.entities \
            or not all(sf.word(k, "determiners") or sf.word(k, "articles") for k in range(member.first)):
        return []
    owner = Group([Slot(cue.first, cue.last, topic, "company", 0.7, anaphor="anaphors")], cue.first, cue.last)
    return [Candidate(member, cue.relation, owner, "NOUN", cue, base * 0.85, (member.first, cue.last + 1))]


def _clause_owner(sf: SentenceFrame, cue) -> str:
    """"Daarmee wint Vestas ten koste van aartsrivaal X", "Heidelberg, dat de opdracht binnenhaalde ten
    koste van concurrent Holcim": a rival title after a preposition in a clause whose subject is a
    company named before it is that company's rival; "" when the clause names none (or it follows a
    preposition itself: "klant van X")."""
    if not sf.word(cue.first - 1, "of_words") or not sf.su.units[cue.first - 1].in_cue \
            and not any(a <= cue.first - 1 <= b for cls in ("beaten_words", "loser_words")
                        for a, b in sf.su.spans.get(cls, ())):
        return ""
    relative = sf.relative_antecedent(cue.first) or sf.relative_antecedent(cue.first, to_end=True)
    g = relative or sf.left(cue.first, limit=8)
    if g is None or g.kind != "org" or len(g.slots) != 1 or g.slots[0].anaphor or g.slots[0].kind != "company":
        return ""
    units = sf.su.units
    if relative is None and any(units[k].key in (",", ";", ":") for k in range(g.last + 1, cue.first)):
        return ""
    if relative is None and g.first > 0 \
            and any(sf.word(g.first - 1, c) for c in ("of_words", "with_words", "agent_words", "seller_words")):
        return ""
    return g.slots[0].entity


def _coordinated_owner(sf: SentenceFrame, cue) -> str:
    """"Tesla und der chinesische Rivale BYD": a titled name joined to a name before it is that
    name's rival (or unit), not the article's main company's."""
    j = cue.first - 1
    while j >= 0 and cue.first - j <= 3 and sf.su.units[j].mention is None and not sf.word(j, "conjunctions") \
            and sf.su.units[j].key.isalpha():
        j -= 1  # the title's article and adjective
    if j < 1 or not sf.word(j, "conjunctions"):
        return ""
    g = sf.group_at(j - 1)
    if g is None or g.kind != "org" or len(g.slots) != 1 or g.slots[0].anaphor:
        return ""
    return g.slots[0].entity


def _prefield_word(sf: SentenceFrame, k: int) -> bool:
    """A copula, a source ("volgens"), "ook" or a person: what may stand before the one rival named."""
    m = sf.su.units[k].mention
    return any(sf.word(k, c) for c in ("copulas", "sources", "continuation")) or m is not None and m.kind == "person"


def _titled_name(sf: SentenceFrame, cue) -> bool:
    """A one-word relational noun used as a title before a name: after an article (and an
    inflected adjective), or opening the sentence ("Concurrent Adecco ...")."""
    units = sf.su.units
    if cue.first != cue.last or cue.last + 1 >= len(units) or sf.group_at(cue.last + 1) is None:
        return False
    j = cue.first - 1
    if j >= 1 and _inflected(units[j].key, sf.lex.words.get("adjective_endings", ())) \
            and units[j].key.replace("-", "").isalpha() and units[j].mention is None and sf.word(j - 1, "articles"):
        j -= 1  # "de Deens-Zweedse rivaal", "dem Schweizer Rivalen", "den kleineren Konkurrenten"
    # (or bare after "and" or "also": "Jumbo en concurrent Lidl", "Ook concurrent Lidl wint ...", or
    # after "of": "wint een slag van aartsrivaal AB InBev")
    return cue.first == 0 or sf.word(j, "articles") and not sf.word(j - 1, "of_words") \
        or j == cue.first - 1 and (sf.word(j, "conjunctions") or sf.word(j, "continuation")
                                   or units[j].key in sf.lex.words.get("of_words", ()) and not sf.word(j, "articles"))



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


def _demonstrative_list(sf, cue, base, state) -> list[Candidate]:
    """"Polderwolk concurreert met die Amerikaanse hyperscalers", "X competes with these rivals": a
    plural demonstrative (the lexicon's plural_demonstratives) right after the cue, before a noun,
    stands for the list of companies the sentence before named."""
    if cue.frame not in ("SVO", "SYM") or state.last_list is None:
        return []
    end = cue.tail[-1][1] if cue.tail else cue.last
    units = sf.su.units
    k = end + 1
    if not sf.word(k, "plural_demonstratives") or k + 1 >= len(units) or units[k + 1].mention is not None \
            and units[k + 1].mention.kind != "industry" or not units[k + 1].key.isalpha():
        return []
    if sf.right(k, limit=3) is not None:
        return []  # "these rivals such as X": the names follow
    subj = sf.left(cue.first)
    if subj is None or subj.kind != "org" or set(subj.entities) & set(state.last_list.entities):
        return []
    antecedent = Group([Slot(k, k, s.entity, s.kind, s.confidence, "plural") for s in state.last_list.slots], k, k)
    return [Candidate(subj, cue.relation, antecedent, "SVO", cue, base * 0.85, (subj.last, k + 2))]


def _with_singular_object(sf, cue, base, state, subj: Group) -> list[Candidate]:
    """"Temu y Shein le disputan cuota", "Repsol quiere comprarla": an object clitic inside the cue
    stands for the company the sentence opened with in an earlier clause ("Solaria cae y Repsol
    quiere comprarla"), else for the company the previous sentence was about."""
    clitics = sf.lex.words.get("object_pronouns", frozenset())
    if not clitics or not any(w in clitics for w in cue.phrase.split(" ")) and cue.phrase not in clitics:
        return []
    units = sf.su.units
    opening = next((g for g in sf.groups if g.kind == "org"), None)
    antecedent = ""
    if opening is not None and opening.last < subj.first and len(opening.entities) == 1 \
            and all(sf.word(k, "determiners") for k in range(opening.first)) \
            and any(units[k].key == "," or sf.word(k, "conjunctions") for k in range(opening.last + 1, subj.first)):
        antecedent = opening.entities[0]
    elif state.subjects:
        antecedent = state.subjects[-1]
    if not antecedent or antecedent in subj.entities:
        return []
    at = cue.first
    obj = Group([Slot(at, at, antecedent, "company", 0.7, "pronoun")], at, at)
    return [Candidate(subj, cue.relation, obj, cue.frame, cue, base * 0.85, (subj.last, cue.last + 3))]


def _list_in_sentence(sf: SentenceFrame, before: int) -> Group | None:
    lists = [g for g in sf.groups if g.kind == "org" and len(g.entities) >= 2 and g.last < before]
    return lists[-1] if lists else None


def _possessed_products(sf: SentenceFrame, slots: list[Slot], state: Discourse) -> list[Candidate]:
    """"Uber's Cornershop", "its RouteWise app", "sa plateforme Lumo": a name no registry knows,
    owned by the company before it, is that company's product."""
    out: list[Candidate] = []
    units = sf.su.units
    for slot in slots:
        if slot.anaphor or not slot.entity.startswith("new:") or slot.kind not in ORG_KINDS:
            continue
        owner = _possessed_after(sf, slot, slots)
        if owner is not None:
            out.append(Candidate(Group([slot], slot.first, slot.last), "product_of", Group([owner], owner.first,
                                 owner.last), "POSS", None, 0.68, (owner.first, slot.last + 4)))
            continue
        j = slot.first - 1
        apposed = False
        plain = False
        while j >= 0 and j > slot.first - 4 and not sf.word(j, "possessives") and (
                units[j].mention is not None and units[j].mention.kind == "industry" and units[j].key.islower()
                and j + 1 < slot.first and sf.word(j + 1, "product_nouns")
                or units[j].mention is None and (
                    sf.word(j, "determiners") or sf.word(j, "brand_words") or sf.word(j, "product_nouns")
                    or not units[j].classes and not units[j].in_cue
                    and units[j].key.replace("-", "").isalpha() and units[j].key.islower())):
            # ("its streaming service X": a sector word right before the product noun is one more descriptor;
            # not "sus chips a X": goods, then the seller)
            plain = plain or not sf.word(j, "determiners")
            j -= 1  # "its new grocery app X", "su segunda marca X": articles and descriptors between
        if plain and not any(sf.word(k, "product_nouns") or sf.word(k, "brand_words")
                             for k in range(j + 1, slot.first)):
            j = slot.first - 1  # a plain word between needs a brand or product noun ("sa nouvelle marque X")
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
        elif j >= 0 and sf.word(j, "possessives") and units[j].key not in ("their", "leur", "leurs") \
                and not _descriptor_of_name(sf, j):
            # (Vietnamese "của tập đoàn X", "của công ty cổ phần X" is "of the group X": a possessive
            # ending in a descriptor of the name after it names no owner; "sa plateforme X" does)
            owners = [s for s in slots if s.last < j and s.kind in ORG_KINDS and s is not slot
                      and sf.visible(s.first, j)]
            if apposed:  # "Banorte, que ... Soriana, ha creado su propia aplicación, Bineo": the subject's
                owners = [s for s in owners if s.kind == "company" and sf.visible(s.first, j)][:1]
            listed_owner = sf.group_at(owners[-1].first) if owners else None
            if owners and not (listed_owner is not None and len(listed_owner.entities) > 1):
                # (not "Škoda und Audi, die ... in ihren Modellen X und Y": a list's possessive is "their")
                owner = Group([owners[-1]], owners[-1].first, owners[-1].last)
            elif apposed and j == 0 and state.subjects and state.subjects[-1] != slot.entity:
                # "Its flagship product, Veil, ...": the company the previous sentence was about
                prev = Slot(0, 0, state.subjects[-1], "company", 0.7, anaphor="possessive")
                owner = Group([prev], 0, 0)
        elif j >= 2 and sf.word(j, "possessive_relatives") and units[j - 1].key == "," \
                and any(sf.word(k, "product_nouns") or sf.word(k, "brand_words")
                        for k in [*range(j + 1, slot.first), slot.last + 1]):
            # "Nvidia, whose Grace processor ...": the antecedent before the comma owns the named product
            owner = sf.group_at(j - 2)
            if owner is not None and len(owner.slots) > 1:
                owner = Group([owner.slots[-1]], owner.slots[-1].first, owner.slots[-1].last)
        if owner is None and slot.first == 0:
            owner = _opening_apposed_owner(sf, slot, state)
        if any(units[k].in_cue for k in range(j + 1, slot.first)):
            continue  # "zijn dochter Radial": the possessed noun is a relation cue of its own
        if owner is not None and owner.kind == "org" and slot.entity not in owner.entities:
            owned = [slot]
            named = apposed or any(sf.word(k, "product_nouns") or sf.word(k, "brand_words")
                                   for k in range(j + 1, slot.first))
            listed = sf.group_at(slot.first) if named else None
            if listed is not None and listed.slots[0] is slot:
                # "ses franchises phares, A, B et C", "sus marcas Yoigo y Simyo": the whole list is owned
                owned = [x for x in listed.slots if x.entity.startswith("new:") and x.entity not in owner.entities]
            out.append(Candidate(Group(owned, owned[0].first, owned[-1].last), "product_of", owner, "POSS", None,
                                 0.65, (slot.first, owned[-1].last)))
    return out


def _possessed_after(sf: SentenceFrame, slot: Slot, slots: list[Slot]) -> Slot | None:
    """"sales of Zorbo, its best-selling drug, doubled": a name, then in apposition a possessive and a
    product or offering noun among at most three plain words, belongs to the one company named
    before it in the clause."""
    units = sf.su.units
    k = slot.last + 1
    if k + 2 >= len(units) or units[k].key != "," or not sf.word(k + 1, "possessives") \
            or units[k + 1].key in ("their", "leur", "leurs"):
        return None
    end, noun = k + 2, False
    while end < len(units) and end - k <= 5 and units[end].mention is None and not units[end].in_cue and (
            units[end].key.replace("-", "").isalpha()):
        noun = noun or sf.word(end, "product_nouns") or _offering_word(sf, end) or sf.word(end, "brand_words")
        end += 1
    if not noun or end < len(units) and units[end].key not in (",", ".", ";"):
        return None
    owners = [s for s in slots if s.last < slot.first and s.kind == "company" and s.entity != slot.entity
              and sf.visible(s.first, slot.first)]
    return owners[-1] if len({s.entity for s in owners}) == 1 else None


def _offering_of(sf: SentenceFrame, slots: list[Slot]) -> list[Candidate]:
    """"la marque Tidepay du groupe Harbor", "the Tidepay app from Harbor", "die Marke X der Telekom": a
    name after (or before) a noun of an offering (brand, app, platform, service), then "of" or "from"
    and a company, is that company's product. (Not "les avions A321 d'Iberia": a plane of an airline
    is only used by it; vehicles are no offering_nouns.)"""
    units = sf.su.units
    out: list[Candidate] = []
    for slot in slots:
        if slot.anaphor or slot.kind not in ORG_KINDS:
            continue
        before = slot.first - 1
        while before >= 0 and units[before].mention is None and sf.word(before, "determiners") \
                and not _offering_word(sf, before):
            before -= 1
        k = slot.last + 1
        if not _offering_word(sf, before):
            if not _offering_word(sf, k):
                continue  # "the Tidepay app from X": the noun after the name
            k += 1
        if not (sf.word(k, "of_words") or sf.word(k, "maker_words")) or sf.word(k, "possessives"):
            continue
        k += 1
        steps = 0
        while k < len(units) and units[k].mention is None and steps < 3 and (
                sf.word(k, "of_words") or sf.word(k, "determiners") or sf.word(k, "group_anaphors")
                or sf.word(k, "articles") or not units[k].classes and not units[k].in_cue and units[k].key.isalpha()):
            k, steps = k + 1, steps + 1  # "du groupe", "del gruppo", "van het concern"
        owner = sf.group_at(k)
        if owner is None or owner.first != k or owner.kind != "org" or len(owner.entities) != 1 \
                or slot.entity in owner.entities or any(s.kind != "company" for s in owner.slots):
            continue
        out.append(Candidate(Group([slot], slot.first, slot.last), "product_of", owner, "POSS", None, 0.66,
                             (slot.first, owner.last)))
    return out


def _offering_word(sf: SentenceFrame, k: int) -> bool:
    """An offering noun at unit k, also inside a longer phrase of another class ("la marque" is an anaphor)."""
    keys = sf.su.keys
    return sf.word(k, "offering_nouns") or 0 <= k < len(keys) and keys[k] in sf.lex.words.get("offering_nouns", ())


def _descriptor_of_name(sf: SentenceFrame, j: int) -> bool:
    """Whether the possessive ending at unit j ends in a determiner ("của tập đoàn" + a name)."""
    # (a determiner that is itself a possessive, "suo" of Italian "il suo", describes no name)
    dets = sf.lex.words.get("determiners", frozenset()) - sf.lex.words.get("possessives", frozenset())
    units = sf.su.units
    for a, b in sf.su.spans.get("possessives", ()):
        if b == j and b > a and any(" ".join(u.key for u in units[k:b + 1]) in dets for k in range(a + 1, b + 1)):
            return True
    return False


def _opening_apposed_owner(sf: SentenceFrame, slot: Slot, state: Discourse) -> Group | None:
    """"Atresplayer, su plataforma de pago, suma ...": a name opening the sentence, in apposition to
    a possessed noun of at most three plain words, belongs to the company the previous sentence
    was about (the possessed noun is no relation cue: "X, su gran rival," is a rival)."""
    units = sf.su.units
    i = slot.last + 1
    if i + 2 >= len(units) or units[i].key != "," or not sf.word(i + 1, "possessives") \
            or sf.word(i + 1, "plural_pronouns") or not state.subjects or state.subjects[-1] == slot.entity:
        return None
    k = i + 2
    while k < len(units) and k <= i + 4 and not units[k].in_cue and (
            units[k].mention is None and units[k].key.replace("-", "").isalpha()
            or units[k].mention is not None and units[k].mention.kind == "industry"):
        k += 1
    if k == i + 2 or k >= len(units) or units[k].key != ",":
        return None
    prev = Slot(i + 1, i + 1, state.subjects[-1], "company", 0.7, anaphor="possessive")
    return Group([prev], i + 1, i + 1)


def _ordered_from_main(sf: SentenceFrame, cue, base: float, state: Discourse) -> list[Candidate]:
    """"Ook Samsung en SK Hynix hebben machines besteld" in an article about ASML: an order with no
    supplier named is placed with the article's main company."""
    if cue.relation != "customer_of" or cue.frame != "SVO" or not state.main_company:
        return []
    words = sf.lex.words.get("order_words", frozenset())
    end = cue.tail[-1][1] if cue.tail else cue.last
    if not any(sf.su.units[i].key in words for i in range(cue.first, end + 1)):
        return []
    if sf.right(end, limit=8) is not None:
        return []  # a supplier (or another party) is named after the verb
    buyer = sf.left(cue.first, limit=6)
    if buyer is None or buyer.kind != "org" or state.main_company in buyer.entities:
        return []
    main = Group([Slot(end, end, state.main_company, "company", 0.7, anaphor="anaphors")], end, end)
    return [Candidate(buyer, "customer_of", main, "SVO", cue, base * 0.85, (buyer.last, end + 1))]


def _topic_goods(sf: SentenceFrame, cue, base: float, state: Discourse) -> list[Candidate]:
    """"Iberia utiliza sus sistemas desde 2015, igual que Vueling": a customer verb whose object is
    possessed goods ("sus sistemas", "su tecnología") names no supplier; "su" is the company the
    previous sentence was about (else the article's main company), when it is not the subject, and
    an additive after a comma adds more customers."""
    at = _goods_object(sf, cue)
    described = described_supplier(sf, cue) if at is None and cue.frame == "SVO" else None
    if at is None and described is None:
        return []
    subj = sf.left(cue.first)
    if subj is None or subj.kind != "org":
        return []
    if described is not None:
        # "Quirónsalud utiliza los sistemas de la compañía": the article's main company, when the
        # description is a bare one ("la compañía"; "la firma estadounidense" says which)
        at = described.first
        resolved = described.slots[0].entity
        bare = described.last - described.first <= 1 and described.slots[0].anaphor == "anaphors"
        order = (state.main_company, resolved) if bare else (resolved,)
    else:
        order = (state.subjects[-1] if state.subjects else "", state.main_company)
    topic = next((e for e in order if e and e not in subj.entities), "")
    if not topic:
        return []
    obj = Group([Slot(at, at, topic, "company", 0.7, anaphor="possessive")], at, at)
    units = sf.su.units
    k = at + 1
    while k < len(units) and k <= at + 10 and units[k].key != "," and not sf.is_break(k) \
            and sf.group_at(k) is None:
        k += 1
    if k < len(units) and units[k].key == ",":
        extra = sf.after_word(k, "additives", reach=2, gap=4)
        if extra is not None and extra.kind == "org" and (extra.last + 1 >= len(units)
                                                           or units[extra.last + 1].key in (".", ",", ";")):
            subj = Group(subj.slots + [s for s in extra.slots if s.entity not in subj.entities],
                         subj.first, extra.last)
    return [Candidate(subj, cue.relation, obj, cue.frame, cue, base * 0.85, (subj.first, at + 1))]


def _described_owner(sf: SentenceFrame) -> list[Candidate]:
    """"Adeslas, la compañía de salud de SegurCaixa,", "Totem, la empresa de torres de Orange": a
    description in apposition to a name, whose "of" names a company, says who owns the name."""
    units = sf.su.units
    out: list[Candidate] = []
    spans = sf.su.spans.get("anaphors", []) + sf.su.spans.get("group_anaphors", [])
    for first, last in spans:
        # ("Zentrobus è la compagnia low cost del gruppo Flix": a copula after the name opening the sentence)
        if first < 2 or not (units[first - 1].key == "," or sf.word(first - 1, "copulas") and first == 2):
            continue
        named = sf.group_at(first - 2)
        if named is None or named.kind != "org" or named.anaphoric:
            continue
        before = [x for x in named.slots if x.last == first - 2]
        if not before or before[0].anaphor:
            continue
        k = last + 1
        owner = None
        while k < len(units) and k <= last + 7:
            g = sf.group_at(k)
            if g is not None:
                # "del gruppo Flix", "du groupe Flix": a bare noun of the owner's kind between "of" and the name
                if g.kind == "org" and g.first == k and not g.anaphoric and _of_before(sf, k, last):
                    owner = g
                if g.kind != "industry":
                    break
                k = g.last + 1
                continue
            u = units[k]
            # (the description's own modifiers: "il colosso tedesco", "the low-cost airline")
            if u.in_cue or sf.is_break(k) or u.key in (",", ";", ".", "(") or not (
                    sf.word(k, "of_words") or sf.word(k, "articles") or u.key.replace("-", "").isalpha() and (
                        not u.classes or u.classes <= _DESCRIPTION_WORDS)):
                break
            k += 1
        if owner is None or any(x.kind != "company" for x in owner.slots) or before[0].entity in owner.entities:
            continue
        member = Group(before, before[0].first, before[0].last)
        out.append(Candidate(member, "subsidiary_of", owner, "APPOS", None, 0.8, (first, owner.last)))
    return out


def _genitive_unit(sf: SentenceFrame) -> list[Candidate]:
    """"Brightcare, Walgreens' specialty pharmacy business", "Voltline, the Ford division that ...": a
    unit noun apposed to a name, with its owner in the genitive or as its modifier before it (English)."""
    if not sf.lex.genitive_s:
        return []
    units = sf.su.units
    out: list[Candidate] = []
    heads = [c.first for c in sf.su.cues if c.relation == "subsidiary_of" and c.frame == "NOUN" and not c.tail
             and c.first == c.last] + [a for a, b in sf.su.spans.get("unit_heads", []) if a == b]
    for head in heads:
        k = head - 1
        while k > 0 and head - k <= 4 and units[k].mention is None and not units[k].classes \
                and units[k].key.replace("-", "").isalpha() or k > 0 and units[k].mention is not None \
                and units[k].mention.kind == "industry":
            k -= 1  # the noun's modifiers: "specialty pharmacy", "electric-vehicle"
        if k > 0 and units[k].key in ("'s", "'", "’s", "’"):
            k -= 1
        elif not (k > 0 and sf.word(k - 1, "articles")):
            continue  # "the Ford division": a bare owner needs the article before it
        owner = sf.group_at(k)
        if owner is None or owner.kind != "org" or owner.anaphoric or owner.last != k or len(owner.entities) != 1:
            continue
        j = owner.first - 1
        if j > 0 and sf.word(j, "articles"):
            j -= 1
        if j < 1 or units[j].key != ",":
            continue
        named = sf.group_at(j - 1)
        member = [x for x in named.slots if x.last == j - 1 and not x.anaphor] if named is not None else []
        if not member or named.kind != "org" or member[0].entity in owner.entities:
            continue
        out.append(Candidate(Group(member, member[0].first, member[0].last), "subsidiary_of", owner, "APPOS",
                             None, 0.8, (j, head)))
    return out


def _owner_after(sf: SentenceFrame, last: int) -> bool:
    """An "of" within the three words after a noun, before a relative or a comma ends its phrase."""
    for i in range(last + 1, min(last + 4, len(sf.su.units))):
        if sf.word(i, "relatives") or sf.su.units[i].key in (",", ";", "."):
            return False
        if sf.word(i, "of_words"):
            return True
    return False


def _subjects_unit(sf: SentenceFrame, slots: list[Slot]) -> list[Candidate]:
    """"Ubisoft a créé Vantage Studios, la nouvelle filiale qui ...": a unit noun naming no owner,
    apposed to a name the sentence's subject acts on, names the subject's subsidiary."""
    units = sf.su.units
    first = next((s for s in slots if s.kind in ORG_KINDS), None)
    if first is None or any(not sf.word(i, "articles") and not sf.word(i, "anaphors") for i in range(first.first)):
        return []
    subject = sf.group_at(first.first)
    if subject is None or subject.kind != "org" or subject.anaphoric or len(subject.entities) != 1:
        return []
    out: list[Candidate] = []
    for cue in sf.su.cues:
        if cue.relation != "subsidiary_of" or cue.frame != "NOUN" or cue.tail or sf.ends_with(cue, "of_words") \
                or _owner_after(sf, cue.last) or sf.group_at(cue.last + 1) is not None:
            continue  # (an owner named after the noun, "la branche cosmétique du groupe", is read elsewhere)
        k = cue.first - 1
        while k > 0 and cue.first - k <= 2 and units[k].mention is None and units[k].key.isalpha() \
                and not units[k].in_cue and units[k].classes <= {"determiners"} and not sf.word(k, "articles"):
            k -= 1  # "la nouvelle filiale", "die neue Tochter", "the new subsidiary"
        if sf.word(k, "articles"):
            k -= 1
        if k < 1 or units[k].key != ",":
            continue
        j = k - 1
        if sf.lex.verb_second and j > 0 and units[j].mention is None and units[j].key.isalpha() \
                and not units[j].classes:
            j -= 1  # "hat X gegründet, die neue Tochter": the participle closing the clause
        named = sf.group_at(j)
        member = [x for x in named.slots if x.last == j and not x.anaphor] if named is not None else []
        if not member or named.kind != "org" or len(named.entities) != 1 or member[0].entity in subject.entities \
                or member[0].first <= subject.last + 1 \
                or any(units[i].key in (",", ";", ":") or sf.is_break(i)
                       for i in range(subject.last + 1, member[0].first)):
            continue
        if any(c.relation not in ("subsidiary_of", "acquires", "executive_of")
               and subject.last < c.first < member[0].first for c in sf.su.cues):
            continue  # "X competes with Y, a subsidiary": the verb says what Y is to X, no ownership
        out.append(Candidate(Group(member, member[0].first, member[0].last), "subsidiary_of", subject, "NOUN", cue,
                             0.75, (subject.last, cue.last)))
    return out


def _named_venture(sf: SentenceFrame, slots: list[Slot]) -> list[Candidate]:
    """"A, B et C regroupent leurs activités au sein d'une société commune, baptisée X": a joint venture
    the text names after a naming word is a subsidiary of each company of the list opening the sentence."""
    units = sf.su.units
    first = next((s for s in slots if s.kind in ORG_KINDS), None)
    owners = sf.group_at(first.first) if first is not None else None
    if owners is None or owners.kind != "org" or len(owners.entities) < 2 or owners.anaphoric:
        return []
    out: list[Candidate] = []
    for a, b in sf.su.spans.get("venture_words", []):
        k = b + 1
        if a <= owners.last or k >= len(units):
            continue
        if units[k].key == ",":
            k += 1
        if not sf.word(k, "naming_words"):
            continue
        venture = sf.right(k, limit=4)
        if venture is None or venture.kind != "org" or venture.anaphoric or len(venture.entities) != 1 \
                or venture.entities[0] in owners.entities \
                or any(units[i].key in (",", ";") or sf.is_break(i) for i in range(k, venture.first)):
            continue
        out.append(Candidate(venture, "subsidiary_of", owners, "NOUN", None, 0.75, (owners.last, venture.last)))
    return out


# classes of the words a description may hold before its owner's name: "il colosso tedesco", "la
# compagnie à bas coût", "du groupe"
_DESCRIPTION_WORDS = frozenset({"big_anaphors", "small_anaphors", "anaphors", "group_anaphors", "determiners",
                                "articles", "of_words", "with_words", "seller_words"})


def _of_before(sf: SentenceFrame, k: int, last: int) -> bool:
    """An "of" right before unit k, or before a group noun there ("del gruppo Flix", "du groupe X")."""
    if sf.word(k - 1, "of_words"):
        return True
    u = sf.su.units[k - 1]
    return k - 2 > last and sf.word(k - 2, "of_words") and u.mention is None and u.key in _group_nouns(sf.lex)


@lru_cache(maxsize=16)
def _group_nouns(lex: Lexicon) -> frozenset[str]:
    """The last words of the lexicon's group anaphors ("gruppo" of "il gruppo", "groupe", "group")."""
    return frozenset(p.rsplit(" ", 1)[-1] for p in lex.words.get("group_anaphors", ()))


def _goods_held(sf: SentenceFrame) -> list[Candidate]:
    """"Iberia renueva su flota de aviones Airbus", "Lufthansa will receive Airbus aircraft": a fleet or
    a delivery of goods named by their maker; the clause's subject holds them, a customer of the maker."""
    out: list[Candidate] = []
    out.extend(_fleet_of_maker(sf))
    for first, last in sf.su.spans.get("fleet_words", []) + sf.su.spans.get("receive_words", []):
        maker = _maker_of_goods(sf, last)
        holder = sf.left(first, limit=6)
        if maker is None or holder is None or holder.kind != "org" or holder.anaphoric \
                or not set(holder.entities).isdisjoint(maker.entities) \
                or any(sf.is_break(k) or sf.su.units[k].key in (";", ":") or sf.group_at(k) is not None
                       for k in range(holder.last + 1, first)):
            continue
        # (the fleet or delivery word stands as the cue: a wish before it, "wants to receive", is read)
        cue = CueMatch("customer_of", "SVO", first, last, " ".join(u.key for u in sf.su.units[first:last + 1]))
        out.append(Candidate(holder, "customer_of", maker, "SVO", cue, 0.75, (holder.last, maker.last)))
    return out


def _fleet_of_maker(sf: SentenceFrame) -> list[Candidate]:
    """"Ryanair expanded its Boeing fleet", "X runs a large Nvidia fleet": the maker named right before
    the fleet word (after a possessive or an article); the clause's first company holds the fleet."""
    out: list[Candidate] = []
    units = sf.su.units
    for first, last in sf.su.spans.get("fleet_words", []):
        maker = sf.group_at(first - 1)
        if maker is None or maker.kind != "org" or maker.last != first - 1 or maker.anaphoric or maker.first < 2 \
                or not any(sf.word(k, c) for k in range(max(0, maker.first - 3), maker.first)
                           for c in ("possessives", "articles")):
            continue
        opening = max((i + 1 for i in range(maker.first) if sf.is_break(i) or units[i].key in (";", ":")), default=0)
        holder = next((g for g in sf.groups if g.kind == "org" and opening <= g.first and g.last < maker.first
                       and not g.anaphoric), None)
        if holder is None or not set(holder.entities).isdisjoint(maker.entities):
            continue
        cue = CueMatch("customer_of", "SVO", first, last, " ".join(u.key for u in units[first:last + 1]))
        out.append(Candidate(holder, "customer_of", maker, "SVO", cue, 0.75, (holder.last, last)))
    return out


def _maker_of_goods(sf: SentenceFrame, i: int) -> Group | None:
    """The maker named with goods after unit i: "aviones Airbus", "ten jets from Airbus", "Airbus
    aircraft" (a company, with a goods word before it or right after it)."""
    units = sf.su.units
    goods = False
    for k in range(i + 1, min(len(units), i + 8)):
        g = sf.group_at(k)
        if g is not None:
            after = g.last + 1 < len(units) and sf.word(g.last + 1, "goods_words")
            ok = g.kind == "org" and g.first == k and not g.anaphoric and (goods or after) \
                and all(x.kind == "company" for x in g.slots)
            return g if ok else None
        u = units[k]
        if sf.word(k, "goods_words"):
            goods = True
        elif u.in_cue or sf.is_break(k) or u.key in (",", ";", ".", "(", ":") or not (
                any(sf.word(k, c) for c in ("of_words", "articles", "determiners", "seller_words", "possessives"))
                or u.key.replace(".", "").isdigit() or u.key.isalpha() and not u.classes):
            return None
    return None


def _definite_articles(lex) -> bool:
    """The language opens its descriptions with an article ("het bedrijf"); Vietnamese has none."""
    articles = lex.words.get("articles", frozenset())
    return any(p.split(" ", 1)[0] in articles for p in lex.words.get("anaphors", ()))


def _supplied_to_main(sf: SentenceFrame, cue, base: float, state: Discourse) -> list[Candidate]:
    """"De turbines worden geleverd door Siemens Gamesa" in an article about Eneco: goods supplied
    or made by a company, with no buyer named in the sentence, are the article's main company's."""
    # "Los motores los suministrará X": a fronted object said again by a clitic, its supplier after the verb
    clitic = cue.frame == "OVS" and cue.first > 0 and sf.word(cue.first - 1, "fronted_clitics")
    if cue.relation != "customer_of" or not (cue.frame == "SVO" or clitic) or not state.main_company:
        return []
    words = sf.lex.words.get("supply_words", frozenset())
    end = cue.tail[-1][1] if cue.tail else cue.last
    units = sf.su.units
    if not (clitic or any(units[i].key in words for i in range(cue.first, end + 1))) \
            or _definite_articles(sf.lex) and cue.first > 0 and not sf.word(0, "articles"):
        # the sentence opens with its goods: "De turbines", "Het staal" (bare in Vietnamese), or
        # with the verb itself: "Finanziert wird der Kauf über einen Kredit der X"
        return []
    opening = max((i + 1 for i in range(cue.first) if sf.is_break(i)), default=0)
    if any(g.kind == "org" and opening <= g.first < cue.first for g in sf.groups):
        return []  # a buyer (or another party) is named before the verb, in its clause (", còn ...")
    if any(g.kind == "person" and opening <= g.first < cue.first for g in sf.groups) \
            or any(opening <= a < cue.first and (b > a or len(sf.su.units[a].key) > 2)
                   for a, b in sf.su.spans.get("role_titles", [])):  # (not Italian "ad": "ad arrivare")
        return []  # "Il nuovo amministratore delegato arriva da Enel": a person comes from a company, no goods
    supplier = sf.right(end, limit=3)
    if cue.tail:
        # "Động cơ sẽ do CFM, ..., cung cấp": the supplier stands in the gap
        inner = sf.right(cue.last, limit=3)
        if inner is not None and inner.last < cue.tail[0][0]:
            supplier = inner
        elif not (sf.word(end, "agent_words") or sf.word(end, "of_words")):
            # "un prêt de ... accordé par X", "über einen Kredit der X": a cue closing on "by" or
            # "of" names the supplier after it
            supplier = None
    if supplier is None or supplier.anaphoric or state.main_company in supplier.entities:
        return []
    after = max(end, supplier.last)
    closing = next((i for i in range(after + 1, len(units)) if sf.is_break(i)), len(units))
    if not _definite_articles(sf.lex) and any(g.kind == "org" and after < g.first < closing for g in sf.groups):
        return []  # "... được cung cấp bởi Tetra Pak, nhà cung cấp lâu năm của TH": the buyer is named after all
    for g in sf.groups:
        j = g.first - 1
        while j > supplier.last and sf.word(j, "determiners") and not sf.word(j, "purposes"):
            j -= 1
        if g.kind == "org" and g.first > supplier.last and sf.word(j, "purposes"):
            return []  # "gebouwd door X voor Vattenfall": the buyer is named after all
    main = Group([Slot(0, 0, state.main_company, "company", 0.7, anaphor="anaphors")], 0, 0)
    return [Candidate(main, "customer_of", supplier, "SVO", cue, base * 0.85, (0, supplier.last + 1))]


def _bid_on_target(sf: SentenceFrame, cue, base: float, state: Discourse) -> list[Candidate]:
    """"Wel deed de Belgische bank Degroof Petercam een indicatief bod": a bid with no target named
    is for the company the article last spoke of as bought or bid for (in its last ten sentences)."""
    if cue.relation != "bids_for" or cue.frame != "SVO" or not state.targets:
        return []
    end = cue.tail[-1][1] if cue.tail else cue.last
    words = sf.lex.words.get("bid_words", frozenset())
    if not any(sf.su.units[i].key in words for i in range(cue.first, end + 1)):
        return []  # only a bid itself ("deed een bod"), not talks with the target ("in gesprek met X")
    if sf.su.units[end].key not in words and end + 1 < len(sf.su.units) and sf.su.units[end + 1].key.isalpha():
        return []  # "un'offerta per alcuni portafogli": the bid is for the thing the cue's preposition names
    named = sf.right(end, limit=8)
    if named is not None and not named.anaphoric:
        return []  # a target (or another party) is named after the bid (a description agreeing with one is read below)
    bidder = None
    if cue.tail:
        inner = sf.right(cue.last, limit=6)
        if inner is not None and inner.last < cue.tail[0][0]:
            bidder = inner  # "deed de bank Degroof Petercam een bod": verb-second, the subject in the gap
    if bidder is None:
        bidder = sf.left(cue.first, limit=6)
    if bidder is None or bidder.kind != "org":
        return []
    target = recent_target(state.targets, state.index)
    if not target or target in bidder.entities:
        return []
    obj = target_object(named, bidder, target, end)
    return [Candidate(bidder, "bids_for", obj, "SVO", cue, base * 0.85, (min(bidder.first, cue.first), end + 1))]


def _opening_rivalry(sf: SentenceFrame, cue, base: float, state: Discourse) -> list[Candidate]:
    """"The move is aimed squarely at X", "Competition from X ...": a rivalry cue opening the sentence
    (after an article at most), no company before it, speaks of the company the sentence before was
    about."""
    if cue.relation != "competes_with" or cue.frame != "SVO" or not state.subjects or not state.last_companies:
        return []
    if not all(sf.word(k, "articles") or sf.word(k, "in_words") for k in range(cue.first)):
        return []  # ("Im Konkurrenzkampf mit X": a preposition may open it)
    end = cue.tail[-1][1] if cue.tail else cue.last
    rival = sf.right(end, limit=3)
    topic = single_subject(state)
    if rival is None or rival.kind != "org" or topic in rival.entities or topic not in state.last_companies:
        return []
    subject = Group([Slot(cue.first, cue.first, topic, "company", 0.7, anaphor="anaphors")], cue.first, cue.first)
    return [Candidate(subject, "competes_with", rival, "SVO", cue, base * 0.85, (cue.first, rival.last + 1))]
