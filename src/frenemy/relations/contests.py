"""Contenders for a deal another company won: "DB bestellt Züge bei Siemens – Alstom geht leer aus",
"Jumbo koopt stroom van Eneco, Vattenfall grijpt naast", "AWS had also bid for the contract",
"Credem compra Pagaly, battuta la concorrenza di Banca Sella".

A contender of an order or contract competes with the supplier that won it; a contender for a
company bought by another bid for it. The deal is the one the sentence itself reports, else the
one the headline (the first sentence) reports: "ebenfalls um den Auftrag beworben" speaks of the
article's deal. Word classes: loser_words (the contender before the phrase, or right after it in
an inverted clause: "Leer ausgegangen ist X"), beaten_words (the contender after the phrase).
"""

from __future__ import annotations

from frenemy.model import Claim
from frenemy.relations.sentence import Candidate, Group, SentenceFrame, Slot
from frenemy.relations.units import CueMatch

_CLAUSE_MARKS = (",", ";", ":", "–", "—", "-", "(")


def deals_of(claims: list[Claim]) -> list[tuple[str, str, str]]:
    """The won deals among a sentence's claims: (relation, buyer, supplier or target)."""
    return [(c.relation, c.subject, c.object) for c in claims
            if c.relation in ("customer_of", "acquires") and c.modality == "asserted"]


def contender_candidates(sf: SentenceFrame, deals: list[tuple[str, str, str]],
                         headline: list[tuple[str, str, str]]) -> list[Candidate]:
    """Contenders named with a loser or beaten phrase; a beaten one only of the sentence's own deal
    ("au détriment de X" elsewhere in the article may speak of anything)."""
    if not deals and not headline:
        return []
    out: list[Candidate] = []
    spans = [(a, b, "loser_words") for a, b in sf.su.spans.get("loser_words", ())]
    spans += [(a, b, "beaten_words") for a, b in sf.su.spans.get("beaten_words", ())]
    seen: set[tuple[int, int]] = set()
    for a, b, cls in sorted(spans):
        if any(x <= a and b <= y and (x, y) != (a, b) for x, y, _ in spans) or (a, b) in seen:
            continue  # the longest phrase only
        seen.add((a, b))
        contender = _beaten(sf, b) if cls == "beaten_words" else _loser(sf, a, b)
        if contender is None or contender.kind != "org":
            continue
        phrase = " ".join(sf.su.keys[a:b + 1])
        # (a takeover's other bidders in later sentences are read by bid_on_last_target: the last target)
        for relation, buyer, won in deals or [d for d in headline if cls == "loser_words" and d[0] == "customer_of"]:
            if buyer in contender.entities or won in contender.entities:
                continue
            rel = "competes_with" if relation == "customer_of" else "bids_for"
            cue = CueMatch(rel, "SVO", a, b, phrase)
            obj = Group([Slot(a, b, won, "company", 0.7, anaphor="anaphors")], a, b)
            lo, hi = min(contender.first, a), max(contender.last, b)
            out.append(Candidate(contender, rel, obj, "SVO", cue, 0.8 * 0.85, (lo, hi)))
    return out


def rival_bidders(sf: SentenceFrame, cue: CueMatch, base: float) -> list[Candidate]:
    """"Airbus, Boeing and Embraer are bidding for the contract", "Alstom und Siemens bewerben sich um
    den Auftrag": a bid for an order or a tender (the lexicon's tender_words right after the cue, no
    company named) by a list of companies makes the bidders rivals of one another."""
    if cue.relation != "bids_for" or cue.frame != "SVO":
        return []
    units = sf.su.units
    k = (cue.tail[-1][1] if cue.tail else cue.last) + 1
    articles = sf.lex.words.get("articles", frozenset())
    while k < len(units) and (sf.word(k, "articles") or sf.word(k, "determiners") or units[k].key in articles) \
            and units[k].mention is None:
        k += 1  # ("per la commessa": the article read inside "per la")
    if k >= len(units) or not sf.word(k, "tender_words") or units[k].mention is not None:
        return []
    bidders = sf.left(cue.first, limit=4)
    if bidders is None or bidders.kind != "org" or bidders.anaphoric or len(bidders.entities) < 2 \
            or any(units[j].key in _CLAUSE_MARKS for j in range(bidders.last + 1, cue.first)):
        return []
    rivalry = CueMatch("competes_with", "SYM", cue.first, cue.last, cue.phrase, cue.tail)
    return [Candidate(bidders, "competes_with", bidders, "SYM", rivalry, base * 0.9, (bidders.first, k + 1),
                      pairwise=True)]


def _loser(sf: SentenceFrame, a: int, b: int) -> Group | None:
    """The clause's first company before the phrase ("Amazon Web Services hatte sich nach Angaben
    des Handelsblatts ebenfalls beworben": not the source), else one right after it."""
    units = sf.su.units
    k = a
    while k > 0 and units[k - 1].key not in _CLAUSE_MARKS and not sf.is_break(k - 1):
        k -= 1
    for i in range(k, a):
        g = sf.group_at(i)
        if g is not None and g.kind == "org" and g.first >= k and g.last < a:
            return g
    relative = sf.relative_antecedent(a, to_end=True) or sf.relative_antecedent(a)
    if relative is not None:
        return relative  # "Wolters Kluwer, che aveva presentato un'offerta, ..."
    if k == a or all(sf.word(i, "articles") or sf.word(i, "determiners") for i in range(k, a)):
        g = sf.right(b, limit=3)  # "Leer ausgegangen ist Alstom", "Ebenfalls im Rennen war Microsoft"
        if g is not None:
            return g
    return None


def _beaten(sf: SentenceFrame, b: int) -> Group | None:
    return sf.right(b, limit=3)


def anaphoric_rival(sf: SentenceFrame, cue: CueMatch, base: float, main_company: str) -> list[Candidate]:
    """"Bethel Automotive potrebbe fare concorrenza al gruppo", "Kühne + Nagel ringt mit dem Konzern":
    a rivalry verb whose object is a description standing for the article's main company, right
    after the cue (a description resolved to another company is too weak a guess for a rival)."""
    if cue.relation != "competes_with" or cue.frame != "SVO" or not main_company:
        return []
    obj = sf.right(cue.last, limit=2, anaphors=True)  # "ringt mit den Bonnern um Aufträge": in the gap
    end = cue.last
    if cue.tail and (obj is None or obj.last >= cue.tail[0][0]):
        end = cue.tail[-1][1]
        obj = sf.right(end, limit=2, anaphors=True)
    if obj is None or obj.kind != "org" or not obj.anaphoric or obj.first - end > 2 \
            or obj.entities != [main_company]:
        return []
    subj = sf.left(cue.first, limit=6)
    if subj is None or subj.kind != "org" or subj.anaphoric or set(subj.entities) & set(obj.entities):
        return []
    return [Candidate(subj, cue.relation, obj, "SVO", cue, base * 0.85, (subj.first, obj.last + 1))]


TARGET_REACH = 10  # sentences a bid naming no target looks back for the company last bought or bid for


def recent_target(targets: list[tuple[int, str]], index: int) -> str:
    """The company the article last spoke of as bought or bid for, within TARGET_REACH sentences."""
    return targets[-1][1] if targets and index - targets[-1][0] <= TARGET_REACH else ""


def target_object(named: Group | None, bidder: Group, target: str, at: int) -> Group:
    """What a bid naming no target is for: a description after it that agrees with one company only
    (not the bidder), else the recent target."""
    if named is not None and named.kind == "org" and len(named.entities) == 1 \
            and not set(named.entities) & set(bidder.entities):
        return named
    return Group([Slot(at, at, target, "company", 0.7, anaphor="anaphors")], at, at)


def bid_on_last_target(sf: SentenceFrame, targets: list[tuple[int, str]], index: int) -> list[Candidate]:
    """"KKR avait lui aussi déposé une offre", "Endesa también había presentado una oferta": a bid
    phrase naming no target (no company after it in its clause) speaks of the company the article
    last spoke of as bought or bid for, in its last ten sentences (bid_phrases). A word class, not
    cue phrases: "presentó una oferta por X" keeps its own cue and target."""
    target = recent_target(targets, index)
    if not target:
        return []
    out: list[Candidate] = []
    for a, b in sf.su.spans.get("bid_phrases", ()):
        named = sf.right(b, limit=8)  # (a description agreeing with one company only is read as it)
        if named is not None and not named.anaphoric or any(c.relation in ("bids_for", "acquires") and c.first > b
                                                            for c in sf.su.cues):
            continue  # a target (or another party) named after the bid
        bidder = _loser(sf, a, b)
        if bidder is None or bidder.kind != "org" or target in bidder.entities:
            continue
        obj = target_object(named, bidder, target, b)
        cue = CueMatch("bids_for", "SVO", a, b, " ".join(sf.su.keys[a:b + 1]))
        out.append(Candidate(bidder, "bids_for", obj, "SVO", cue, 0.8 * 0.85, (min(bidder.first, a), b + 1)))
    return out


# -- rivals a sentence announces and the next one names ------------------------------------------

def announced_rivals(sf: SentenceFrame, subject: str) -> str:
    """"The win pits Kickline against deep-pocketed rivals.", "Masan bước vào cuộc đua với những
    đối thủ ...": a rivalry cue whose object, right after it, is a plural noun for a market's players
    (the lexicon's rival_groups) with no name after it announces rivals of the sentence's subject
    that the next sentence names; the subject, else ""."""
    units = sf.su.units
    if not subject:
        return ""
    for c in sf.su.cues:
        end = c.tail[-1][1] if c.tail else c.last
        if c.relation != "competes_with":
            continue
        k = next((k for k in range(end + 1, min(end + 6, len(units))) if sf.word(k, "rival_groups")), None)
        if k is None or any(units[i].mention is not None or not units[i].key.replace("-", "").isalnum()
                            or sf.is_break(i) or sf.word(i, "possessives") for i in range(end + 1, k)):
            continue  # ("poach its retailers": someone's partners, not a market's players)
        if any(g.kind == "org" and g.last > end for g in sf.groups):
            return ""  # a name (or "the two leaders") after the noun: the rivals are named here
        named = {s.entity for g in sf.groups if g.kind == "org" and g.last < k for s in g.slots}
        return subject if subject in named else ""
    return ""


def named_rivals(sf: SentenceFrame, announced: tuple[int, str], index: int) -> list[Candidate]:
    """"Sky, the pay-TV operator owned by Comcast, and TNT Sports dominate ...": the companies
    opening the sentence right after one that announced rivals (announced_rivals) are those rivals."""
    at, rival_of = announced
    if not rival_of or index - at != 1 or not sf.groups:
        return []
    g = sf.groups[0]
    if g.kind != "org" or g.anaphoric or rival_of in g.entities or any(s.kind != "company" for s in g.slots) \
            or not all(sf.word(k, "articles") or sf.word(k, "determiners") for k in range(g.first)):
        return []
    subject = Group([Slot(g.first, g.first, rival_of, "company", 0.7, anaphor="anaphors")], g.first, g.first)
    return [Candidate(subject, "competes_with", g, "SYM", None, 0.8 * 0.8, (g.first, g.last + 1))]
