"""From candidates to claims: type checks against what the registry and the article know,
modality (hedges, wishes, talks, negation, ended), deal direction, continuation sentences,
registry knowledge about the families mentioned, and de-duplication."""

from __future__ import annotations

from functools import lru_cache

from frenemy.knowledge.registry import Registry, generic_goods, unit_words
from frenemy.knowledge.sectors import (
    BUYER_SECTORS,
    CARE_BUYER_SECTORS,
    CARRIER_SECTORS,
    INFRASTRUCTURE_SECTORS,
    SUPPLIER_SECTORS,
    UTILITY_SECTORS,
)
from frenemy.lang import Lexicon, load_lexicon
from frenemy.model import AnalysedDocument, Claim, Entity, Evidence
from frenemy.relations.anaphora import Discourse
from frenemy.relations.sentence import ORG_KINDS, Candidate, SentenceFrame


def realise(c: Candidate, sf: SentenceFrame, ad: AnalysedDocument, registry: Registry) -> list[Claim]:
    modality, factor, relation = _modality(c, sf)
    if modality == "drop":
        return []
    if relation == "acquires" and _goods_bought(c, sf):
        relation = "customer_of"  # "AWS buys Nvidia hardware", "comprar a Moeve 200.000 toneladas": goods, not the firm
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
    nearest = _nearest_owner(c) if relation in ("product_of", "subsidiary_of") and len(c.objects.entities) > 1 else ""
    for s, o in pairs:
        rel = relation
        if rel == "deal":
            rel, s, o = _deal_direction(s, o, ad, registry, _deal_goods(c, sf), _deal_side(c, sf),
                                        _deal_agreed(c, sf))
        if rel == "partner_of":
            s, o = _maker(s, ad, registry), _maker(o, ad, registry)
        if rel == "customer_of" and c.frame != "CONT":
            s, o = _party(s, c, sf, ad, registry, client=True), _party(o, c, sf, ad, registry)
            if not s or not o:
                continue
        # "su marca principal, Movistar", "a través de su marca O2": a brand, though the registry lists a company
        brand = relation in ("product_of", "subsidiary_of") and _called_brand(c, sf, s)
        rel = _typed(rel, s, o, ad, registry, "" if brand else c.frame)
        if rel == "product_of" and relation == "product_of" and not brand and _described_company(c, sf, s, ad):
            rel = "subsidiary_of"  # "owns Rourke Plant Hire, a machinery rental business": a company owned
        if rel == "product_of" and relation == "subsidiary_of" and not brand and _unit_cue(c, sf, s, ad):
            rel = "subsidiary_of"
        elif rel == "subsidiary_of" and brand:
            rel = "product_of"
        elif rel == "product_of" and not brand and _called_venture(c, sf, s, ad):
            rel = "subsidiary_of"  # "betreibt das Gemeinschaftsunternehmen X": a company, no product
        if rel == "product_of" and nearest and o != nearest:
            continue  # "Tencent, Addition e Block, il gruppo proprietario di Square": a brand has one owner
        if rel:
            out.append(Claim(s, rel, o, round(min(base, 0.99), 3), evidence, modality, f"rules:{c.frame}"))
    owners = c.objects.entities
    units = sf.su.units
    # a continued candidate keeps a side of the previous sentence, whose unit indices are not this one's
    paired = (relation == "subsidiary_of" and c.frame not in ("CONT", "APPOS") and len(owners) == 2
              and not any(units[i].key == "," for i in range(c.objects.first, c.objects.last)))
    if paired and out:
        # "the joint venture of Orange and Capgemini": its owners are partners
        for i, a in enumerate(owners):
            for b in owners[i + 1:]:
                if _investor(a, registry) and _investor(b, registry):
                    continue  # "eigendom van de investeerders Apax en Warburg Pincus": a club deal, no alliance
                if _typed("partner_of", a, b, ad, registry):
                    out.append(Claim(a, "partner_of", b, round(min(base, 0.99) * 0.9, 3), evidence, modality,
                                     f"rules:{c.frame}+jv"))
    return out


_FINANCIAL = "investment"  # the registry's sector of investment firms


def _party(entity: str, c: Candidate, sf: SentenceFrame, ad: AnalysedDocument, registry: Registry,
           client: bool = False) -> str:
    """The firm a side of a sale stands for: "supplies engines for the A400M", "Jaguar's I-Pace used cells
    from X": a client product the registry knows is its maker, when the article names one; a name no
    registry knows on the client's side before a word for goods ("supplies GEnx engines for Boeing's jets"),
    after one ("le soutien des moteurs LEAP") or compounded with one ("das EJ200-Triebwerk") is what is
    sold, no party (""). (On the supplier's side, goods by their word are the maker's: "Gotion batteries",
    "150 avions Kestrova".)"""
    ent = ad.entities.get(entity)
    if ent is None:
        return entity
    if ent.known:
        # (a product the article names no maker of may be a platform that buys: "Temu"; a name no
        # registry knows is a product by its maker's name, as often a unit: "Vinci Autoroutes")
        return _maker(entity, ad, registry) if client and ent.kind == "product" else entity
    if ent.kind not in ("company", "product"):
        return entity
    units = sf.su.units
    for slot in (*c.subjects.slots, *c.objects.slots) if client else ():
        if slot.entity != entity or slot.anaphor or slot.last >= len(units):
            continue
        m = units[slot.first].mention
        if m is None or m.entity != entity:
            continue  # (a side carried from another sentence)
        k = slot.first - 1
        if slot.last + 1 < len(units) and _goods_word(sf, slot.last + 1) \
                or k >= 0 and not sf.lex.verb_second and units[k].mention is None and _goods_word(sf, k) \
                and not (k >= 1 and sf.word(k - 1, "of_words")):
            return ""  # (not "le producteur d'électricité Neoen": a description of a firm)
        owner = units[slot.first - 2].mention if slot.first >= 2 and units[slot.first - 1].key == "'s" else None
        if owner is not None and owner.kind == "company" and owner.entity in ad.entities:
            return owner.entity  # "Jaguar's I-Pace": the car's maker
    for name in (ent.name, *ent.aliases):
        tail = name.rsplit("-", 1)
        if sf.lex.verb_second and len(tail) == 2 and any(ch.isdigit() for ch in tail[0]) \
                and tail[1].lower() in _goods_nouns(sf.lex):
            return ""  # "EJ200-Triebwerk": a model's compound with a word for goods (not "T-Systems")
        first, _, rest = name.partition(" ")
        if rest and len(first) > 2:
            # "BMWs Neue Klasse": a name opening with another company's genitive is its product
            genitives = {first[:-1], first[:-2]} if first[-1] in "s" else set()
            owner_id = next((x.id for x in ad.entities.values() if x.id != entity and x.kind == "company"
                             and x.known and genitives & {x.name, *x.aliases}), "")
            if owner_id:
                return owner_id
    return entity


def _goods_word(sf: SentenceFrame, i: int) -> bool:
    m = sf.su.units[i].mention
    return (m is None or m.kind == "industry") and (sf.word(i, "goods_words") or sf.word(i, "product_nouns"))


@lru_cache(maxsize=16)
def _goods_nouns(lex: Lexicon) -> frozenset[str]:
    words = lex.words
    return frozenset(w for cls in ("goods_words", "product_nouns") for w in words.get(cls, ()) if " " not in w)


def _investor(entity: str, registry: Registry) -> bool:
    """A financial investor the registry knows (private equity, funds): only "investment" among its sectors."""
    entry = registry.entries.get(entity)
    return entry is not None and set(entry.industries) == {_FINANCIAL}


def _maker(entity: str, ad: AnalysedDocument, registry: Registry) -> str:
    """"die Produktion des Mini Cooper erfolgt in einem Gemeinschaftsunternehmen mit Great Wall": a
    product makes no alliance; its maker, when the article names it, does."""
    ent = ad.entities.get(entity)
    if ent is None or ent.kind != "product":
        return entity
    lineage = registry.ancestors(entity) if entity in registry.entries else [ent.parent] if ent.parent else []
    return next((a for a in lineage if a in ad.entities), entity)


def _modality(c: Candidate, sf: SentenceFrame) -> tuple[str, float, str]:
    if c.frame == "APPOS":
        return "asserted", 1.0, c.relation  # an apposition states its fact whatever the clause's mood
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

    aside = _subject_aside(sf, c, cue_first)

    def has(cls: str, a: int, b: int, unless: str = "", skip: range = range(0)) -> bool:
        """A unit of class `cls` between a and b, not also of class `unless`, nor in `skip`."""
        if cls not in spans:
            return False  # most classes are absent from a sentence
        # an aside the cue is outside of (", founded by former Google engineers,") lends it no modality
        # a negation inside a title is the title's ("presidente no ejecutivo"): no negation of the claim
        return any(a <= i <= b and not units[i].in_cue and sf.visible(i, cue_first) and i not in skip
                   and not (unless and unless in units[i].classes)
                   and not (cls == "negations" and "role_titles" in units[i].classes)
                   and not (cls == "negations" and s in own)
                   for s, e in spans.get(cls, ()) for i in range(s, e + 1))

    # a negation opening on the cue's own word is the cue's ("lost a contract to X" is the cue "lost ... to")
    own = set(range(c.cue.first, c.cue.last + 1)) if c.cue is not None and c.cue.tail else set()

    segment = cue_first
    while segment > 0 and units[segment - 1].key != "," and not sf.is_break(segment - 1):
        segment -= 1
    # "did not buy Y and partnered with Z": a negation before "and" belongs to the first verb
    neg_from = lo
    for i in range(cue_first - 1, lo - 1, -1):
        if sf.word(i, "conjunctions") and sf.group_at(i - 1) is None and sf.group_at(i + 1) is None:
            neg_from = i
            break
    if segment == cue_first and segment > 0 and units[segment - 1].key == "," \
            and any(units[cue_first].key == w or c.cue is not None and c.cue.phrase.startswith(w + " ")
                    for w in sf.lex.words.get("concessions", ())):
        # "il ne renoncera pas au projet, malgré la concurrence de X": the main clause's negation
        # stops at the comma before a concession
        neg_from = max(neg_from, segment)
    # "X rejected an offer from Y": the refusal leaves the offer made, a bid all the same
    neg_hi = hi
    last_party = max(c.subjects.last, c.objects.last)
    if last_party < hi and cue_first <= last_party:
        # "recibió una oferta de Taqa que no prosperó": a relative clause after both parties is
        # about the last one, its negation not the cue's
        neg_hi = next((i - 1 for i in range(last_party + 1, hi + 1) if sf.word(i, "relatives")), hi)
        # "renovó su contrato con Sabre y no tiene previsto cambiar": after both parties, a negation
        # past "and" belongs to the second verb (as one before "and" belongs to the first)
        neg_hi = next((i - 1 for i in range(last_party + 1, neg_hi + 1) if sf.word(i, "conjunctions")
                       and sf.group_at(i + 1) is None and not sf.word(i, "negations")), neg_hi)
    if c.cue is not None and c.cue.first <= 1 and c.frame == "SVO" and sf.ends_with(c.cue, "of_words"):
        # "Le rachat de X par Y a échoué": a purchase noun opening the sentence is the subject of
        # its main verb, whose negation reaches it
        while neg_hi + 1 < len(units) and not sf.is_break(neg_hi + 1):
            neg_hi += 1
    negated = has("negations", neg_from, neg_hi, unless="rejections" if c.relation == "bids_for" else "",
                  skip=_majority_bought(sf, c) or aside)
    if negated or has("conditionals", segment, cue_first) or has("denials", clause, cue_first):
        return "drop", 0.0, c.relation  # negated, or hypothetical ("if X bought Y")
    if c.relation in ("customer_of", "partner_of", "deal", "acquires") and _unsealed(sf, c, cue_first):
        # "X is negotiating a supply deal with Y, though nothing has been signed": a later clause
        # says the deal is not struck; a purchase agreed in principle stays a bid
        return ("planned", 0.9, "bids_for") if c.relation == "acquires" else ("drop", 0.0, c.relation)
    if segment > 0 and units[segment - 1].key == "," and (
            sf.word(segment, "hedges") or segment >= 2 and sf.word(segment - 2, "hedges")):
        # "Berichte, wonach X an Y interessiert sei, wies er zurück", "Spekulationen, X könne Y
        # kaufen, wies er zurück": the main clause denies the report the rumour noun opened
        end = next((i for i in range(max(hi, cue_first), len(units)) if units[i].key == ","), None)
        if end is not None and (has("negations", end, len(units) - 1) or has("denials", end, len(units) - 1)):
            return "drop", 0.0, c.relation  # (or calls it baseless: "... bezeichnete er als gegenstandslos")
    relation = c.relation
    # "Um das Angebot zu verbreitern, übernimmt X Y": in a verb-second language a finite verb right
    # after a comma follows a fronted clause of its own, whose words ("Angebot") are no talks of the verb's
    talk_from = cue_first if sf.lex.verb_second and c.frame == "SVO" and segment == cue_first > 0 \
        and units[cue_first - 1].key == "," and c.subjects.first > cue_first else clause
    talks = has("talks", talk_from, hi) or has("wishes", talk_from, cue_first) or (
        has("purposes", max(lo, cue_first - 2), cue_first) and not _headline_infinitive(sf, c, cue_first)
        and not _agreed_purpose(sf, max(lo, cue_first - 2), cue_first))
    hedged = has("hedges", clause, hi)
    if relation == "competes_with" and c.cue is not None and _minority_stake(sf, c, any_share=True):
        return "drop", 0.0, relation  # "ha superato il 75% di X": a share crossed, no rivalry
    if relation in ("acquires", "bids_for", "subsidiary_of", "product_of") and _minority_stake(sf, c):
        return "drop", 0.0, relation  # "bought 10% of X" is a stake, not an acquisition
    bought = _shares_of(sf, c) if relation == "customer_of" and c.frame == "SVO" else None
    if bought is not None:
        # "ký hợp đồng mua lại 80% vốn của X": a purchase of shares buys the company (a majority)
        # or a stake (a minority), not its goods
        if bought < 50:
            return "drop", 0.0, relation
        relation = "acquires"
    if (relation == "bids_for" or relation in ("acquires", "partner_of") and (talks or hedged)) \
            and has("denials", cue_first, len(units) - 1):
        # "Reports that X was preparing an offer for Y were denied", "X muốn mua lại Y, nhưng X đã
        # bác bỏ thông tin này": a rumoured bid (or alliance) the same sentence takes back
        return "drop", 0.0, relation
    if relation == "acquires" and (talks or hedged):
        return "planned", 0.9, "bids_for"
    if relation in ("customer_of", "partner_of", "subsidiary_of", "product_of", "deal") \
            and has("wishes", clause, cue_first) \
            and not (c.cue is not None and sf.word(c.cue.first - 1, "possessives")):
        # ("will seine Zusammenarbeit mit X ausbauen": what the company wants to grow it has already)
        return "drop", 0.0, relation
    # "ended that deal last year and now works with Z": the second verb's own cue is not ended
    # (for a noun or symmetric cue only after ", and": "ended its deal with Y, and is expanding its
    # cooperation with Z"; "gekündigt und an den Konkurrenten Z vergeben" may still speak of the end)
    clause_and = neg_from > lo and units[neg_from - 1].key == ","
    if has("ended", neg_from if c.frame in ("SVO", "OVS", "DEAL") or clause_and else lo, hi,
           skip=_person_past(sf, c) or aside) or (
            c.frame in ("NOUN", "NOUN_INV") and c.cue is not None and c.cue.first > 0
            and has("ended", max(0, c.cue.first - 2), c.cue.first - 1)):
        # also "L'ancien fournisseur de X, Y, ...": the noun's own "former" before it, out of the scope
        return "ended", 0.5, relation
    if relation == "operates_in" and c.frame in ("IND", "IN") and has(
            "wishes", max(lo, c.subjects.last + 1), (cue_first if c.cue is not None else c.objects.first) - 1):
        # "X wants to expand into battery storage", "Y will in Batteriespeicher investieren": the
        # sector is one the company means to enter, a plan rather than a fact (the annotators
        # count it all the same: its confidence stays)
        return "planned", 1.0, relation
    if hedged:
        return "hedged", 0.85, relation
    return "asserted", 1.0, relation


def _unsealed(sf: SentenceFrame, c: Candidate, cue_first: int) -> bool:
    """A phrase after the cue saying no deal is signed yet ("but no contract has been agreed", "mais
    rien n'est signé", "ma le trattative sono ferme"), in a clause naming no company but the claim's own
    parties (not "X supplies Y, but no deal has been signed with Z")."""
    spans = sf.su.spans.get("unsealed")
    if not spans:
        return False
    parties = {s.entity for s in c.subjects.slots} | {s.entity for s in c.objects.slots}
    for first, _ in spans:
        if first <= cue_first:
            continue
        start = first
        while start > cue_first and not sf.is_break(start - 1):
            start -= 1
        named = {s.entity for g in sf.groups for s in g.slots if s.kind in ORG_KINDS and s.first >= start}
        if not named - parties:
            return True
    return False


def _agreed_purpose(sf: SentenceFrame, a: int, b: int) -> bool:
    """"un accordo vincolante per acquisire", "un acuerdo para adquirir": the purpose is an agreement's,
    a deal struck, not a plan (an agreement noun up to three words before the purpose word)."""
    for p in range(a, b):
        if sf.word(p, "purposes"):
            return any(sf.word(k, "agreement_nouns") for k in range(max(0, p - 3), p)) \
                and not any(sf.word(k, "negations") for k in range(max(0, p - 3), p))
    return False


def _headline_infinitive(sf: SentenceFrame, c: Candidate, cue_first: int) -> bool:
    """"Infineon to buy Corvane for $1.4 billion": a purpose word right after the subject opening
    the sentence, with no verb before it, is the headline's way to announce an agreed deal, no plan."""
    subject = c.subjects
    return subject.first == 0 and cue_first == subject.last + 2 and sf.word(subject.last + 1, "purposes") \
        and not sf.su.units[subject.last + 1].in_cue


def _person_past(sf: SentenceFrame, c: Candidate) -> range:
    """"founded by former Amazon engineer X", "geleid door ex-topman X van Y": a past word between
    the cue and the person it introduces describes her earlier career, not the role the cue gives."""
    if c.relation != "executive_of" or c.cue is None or c.subjects.kind != "person" \
            or c.subjects.first <= c.cue.last or c.subjects.first - c.cue.last > 5:
        return range(0)
    if any(sf.su.units[i].key in (",", ";", ":") for i in range(c.cue.last + 1, c.subjects.first)):
        return range(0)
    return range(c.cue.last + 1, c.subjects.first)


def _goods_bought(c: Candidate, sf: SentenceFrame) -> bool:
    """A purchase whose object, named after the cue, is followed right away by goods: a sector noun
    ("Nvidia hardware"), a goods word or a quantity ("a Moeve 200.000 toneladas"): the seller's goods
    are bought, not the seller."""
    if c.cue is None or c.frame != "SVO" or len(c.objects.slots) != 1 or c.objects.first < c.cue.last:
        return False
    k = c.objects.first - 1
    goods = [i for i in range(c.cue.last + 1, k) if sf.word(i, "goods_words")]
    if k > c.cue.last and goods and (sf.word(k, "seller_words") or sf.word(k, "origin_words") or (
            sf.word(k, "of_words") and not sf.word(goods[0] - 1, "articles"))):
        # "koopt tien jaar windstroom van Eneco": goods bought from the seller named after them (not
        # "buys the power unit of X": a unit of the company, after an article)
        return True
    units = sf.su.units
    if k > c.cue.last and sf.word(k, "goods_words") and any(
            units[i].key[:1].isdigit() and not (len(units[i].key) == 4 and units[i].key.isdigit())
            and not (i + 1 < len(units) and (units[i + 1].key == "%" or sf.word(i + 1, "percent_words")))
            for i in range(c.cue.last + 1, k)):
        return True  # "mua 10.000 xe điện VinFast": a number of the maker's goods, named before it
    j = c.objects.last + 1
    if j >= len(sf.su.units):
        return False
    if sf.word(j, "approximators") and j + 1 < len(sf.su.units):
        j += 1  # "hasta 200.000 toneladas"
    u = sf.su.units[j]
    if u.mention is not None:
        # (a capitalised sector word may be the name's own: "X Engineering", unless all nouns are capitalised)
        return u.mention.kind == "industry" and (u.mention.text[:1].islower() or bool(sf.lex.words.get("noun_markers")))
    quantity = u.key[:1].isdigit() and not (len(u.key) == 4 and u.key.isdigit())  # (not a year)
    return quantity or sf.word(j, "goods_words")


def _subject_aside(sf: SentenceFrame, c: Candidate, cue_first: int) -> range:
    """"BBVA, su antiguo pretendiente, ha optado por AWS", "X, sin embargo, no ...": a stretch between
    commas right after the subject and before the cue, naming no company, describes the subject or
    links the sentence; its "former" or "without" says nothing of the verb."""
    units = sf.su.units
    s = c.subjects.last + 1
    if s >= cue_first or units[s].key != "," or c.subjects.first > cue_first:
        return range(0)
    e = next((i for i in range(cue_first - 1, s, -1) if units[i].key == ","), None)
    if e is None or any(sf.group_at(i) is not None for i in range(s + 1, e)):
        return range(0)
    return range(s + 1, e)


def _minority_stake(sf: SentenceFrame, c: Candidate, any_share: bool = False) -> bool:
    """A percentage below 50 (any percentage with `any_share`) between the cue and its object: a
    stake, not control."""
    share = _stake_share(sf, c)
    return share is not None and (any_share or share < 50)


def _shares_of(sf: SentenceFrame, c: Candidate) -> float | None:
    """"mua lại 80% vốn của X", "buys 51% of X": the percentage of the object's shares bought, when it
    stands right before the object (its "of", a share noun, an article between), not "buys 30% of its
    chips from X" (goods, then the seller); else None."""
    if c.cue is None or c.objects.first <= c.cue.last:
        return None
    share = _stake_share(sf, c)
    units = sf.su.units
    pct = next((i for i in range(c.cue.last + 1, c.objects.first)
                if units[i].key == "%" or sf.word(i, "percent_words")), None)
    if share is None or pct is None or c.objects.first - pct > 4 or any(
            sf.word(k, "goods_words") or sf.word(k, "seller_words") or sf.word(k, "origin_words")
            or sf.word(k, "possessives") for k in range(pct + 1, c.objects.first)):
        return None
    return share


def _majority_bought(sf: SentenceFrame, c: Candidate) -> range:
    """"hoàn tất thương vụ mua lại 80% cổ phần của X", "bought a 70% stake in X": between a purchase
    and its object, a majority share makes the stake words control, no negation of the purchase; the
    units between (else an empty range)."""
    if c.relation not in ("acquires", "bids_for") or c.cue is None or c.frame == "OVS" \
            or c.objects.first <= c.cue.last:
        return range(0)
    share = _stake_share(sf, c)
    return range(c.cue.last + 1, c.objects.first) if share is not None and share > 50 else range(0)


def _stake_share(sf: SentenceFrame, c: Candidate) -> float | None:
    """The percentage between the cue and the side after it, if any."""
    if c.cue is None:
        return None
    # the side after the cue: the object, or the subject of an inverted cue ("X controlla il 24% di Y")
    after = max(c.objects.first if c.frame != "OVS" else c.subjects.first, c.cue.last)
    return sf.share(c.cue.first, after + 1)


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


def _called_brand(c: Candidate, sf: SentenceFrame, subject: str) -> bool:
    """"su marca de bajo coste O2", "Su marca principal, Movistar,", "Knab, een merk van Aegon": a brand
    word right before the subject's name (a few plain words between), or in a cue right after it."""
    units = sf.su.units
    for slot in c.subjects.slots:
        if slot.entity != subject:
            continue
        if c.cue is not None and 0 < c.cue.first - slot.last <= 3 and (
                any(sf.word(k, "brand_words") for k in range(c.cue.first, c.cue.last + 1))
                or not set(c.cue.phrase.split()).isdisjoint(sf.lex.words.get("brand_words", ()))):
            return True  # (the cue's words, also where an anaphor's class covers them: "la marque de")
        for k in range(slot.first - 1, max(-1, slot.first - 5), -1):
            if sf.word(k, "brand_words"):
                return True
            if units[k].mention is not None or sf.is_break(k) or sf.word(k, "conjunctions") or sf.word(k, "relatives"):
                break  # (not "a separate brand, and the Virgin name": another phrase)
        k = slot.last + 1
        if c.frame == "APPOS" and k + 1 < len(units) and units[k].key == ",":
            # "Movistar, la marca comercial de Telefónica": the apposition calls it a brand
            for j in range(k + 1, min(len(units), k + 4)):
                if sf.word(j, "brand_words") or units[j].key in sf.lex.words.get("brand_words", ()):
                    return True  # (the key too: an anaphor's class may cover the word, "la marca")
                if units[j].mention is not None:
                    break
    return False


def _called_venture(c: Candidate, sf: SentenceFrame, subject: str, ad: AnalysedDocument) -> bool:
    """"das Gemeinschaftsunternehmen Glasfaser Nordwest", "la start-up X": a joint-venture or start-up
    word right before the name of what a company runs or owns calls it a company."""
    if _known(subject, ad):
        return False
    for slot in c.subjects.slots:
        if slot.entity != subject:
            continue
        # the word itself right before the name ("the start-up behind X" speaks of another company)
        words = sf.lex.words.get("venture_words", frozenset()) | sf.lex.words.get("young_words", frozenset())
        k = slot.first - 1
        if k >= 0 and any(" ".join(u.key for u in sf.su.units[j:k + 1]) in words for j in range(max(0, k - 2), k + 1)):
            return True
    return False


def _nearest_owner(c: Candidate) -> str:
    """The owner of a list standing closest to the product: a brand belongs to one company, and a
    list of them on the owner's side is the product's neighbours ("A, B and C, the group that owns X")."""
    subj = c.subjects
    def gap(slot) -> int:
        return subj.first - slot.last if slot.last < subj.first else slot.first - subj.last
    return min(c.objects.slots, key=gap).entity


def _generic_goods(entity: str, ad: AnalysedDocument) -> bool:
    """A name no registry knows whose every surface form is a kind of goods ("GPU", "OLED", "MW")."""
    ent = ad.entities.get(entity)
    return bool(ent and not ent.known) and all(
        n.casefold() in generic_goods() for n in (ent.name, *ent.aliases))


def _known(entity: str, ad: AnalysedDocument) -> bool:
    ent = ad.entities.get(entity)
    return bool(ent and ent.known)


def _described_company(c: Candidate, sf: SentenceFrame, s: str, ad: AnalysedDocument) -> bool:
    """The subject, a name no registry knows, is followed by an apposition calling it a company
    ("X, a machinery rental business,", "X, une société de location,", "X, the purchasing organisation
    that Y owns"), or such a noun stands right before it ("owns email-security specialist X"): no product."""
    ent = ad.entities.get(s)
    if ent is None or ent.kind != "company" or len(c.subjects.slots) != 1:
        return False
    units = sf.su.units
    heads = _company_heads(sf.lex)
    before = c.subjects.first - 1
    if before >= 0 and units[before].mention is None and units[before].key.rsplit("-", 1)[-1] in heads:
        return True
    k = c.subjects.last + 1
    if k + 1 >= len(units) or units[k].key != ",":
        return False
    end = k + 1
    while end < len(units) and end - k <= 5 and units[end].key not in (",", ".", ";", ")") and not units[end].in_cue \
            and not (end > k + 2 and sf.word(end, "relatives")) \
            and (units[end].mention is None or units[end].mention.kind == "industry"):
        end += 1
    # (the apposition ends at a comma, or at a relative after its noun: "the organisation that Y owns")
    if end - k > 5 or end < len(units) and units[end].key not in (",", ".", ";", ")") \
            and not sf.word(end, "relatives"):
        return False
    described = " ".join(units[i].key for i in range(k + 1, end))
    return any(h in heads for h in described.split()) or described.split(" ", 1)[-1] in heads


@lru_cache(maxsize=16)
def _company_heads(lex: Lexicon) -> frozenset[str]:
    """Nouns that call a name a company: the generic heads and the last words of the lexicon's
    descriptions of companies ("the insurer", "la cadena"), less the words for brands and offerings."""
    words = lex.words
    described = {p.rsplit(" ", 1)[-1] for cls in ("anaphors", "small_anaphors", "big_anaphors")
                 for p in words.get(cls, ())}
    return frozenset((words.get("generic_heads", frozenset()) | described | words.get("company_nouns", frozenset()))
                     - words.get("brand_words", frozenset()) - words.get("product_nouns", frozenset())
                     - words.get("offering_nouns", frozenset()))


def _typed(rel: str, s: str, o: str, ad: AnalysedDocument, registry: Registry, frame: str = "") -> str:
    """Check the types of both sides; pick product_of or subsidiary_of by the subject's kind."""
    if s == o or _generic_goods(s, ad) or _generic_goods(o, ad):
        return ""  # ("makes most of the OLED screens", "các gói GPU": a kind of goods, no brand, no party)
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
        if o in registry.entries and s in registry.ancestors(o):
            return ""  # "Inditex, la empresa de Zara": the registry knows Zara is Inditex's, not the reverse
        if rel == "product_of" and frame in ("SVO", "OVS") and ks != "product" and _known(s, ad):
            return ""  # "X launches Y": Y must be a product, not a known company
        if rel == "product_of" and frame == "NOUN_INV" and ks == "company" and _known(s, ad):
            return ""  # "Foxconn, the maker of Apple's iPhones": a maker's known company is no brand of it
        if frame in ("POSS", "SVO", "OVS", "NOUN", "NOUN_INV") and rel == "product_of" and not _known(s, ad):
            # "X launched Zorbo", "Altéa, la plataforma de X": a name no registry knows, launched or
            # called a product, is a product
            return "product_of"
        return "product_of" if ks == "product" else "subsidiary_of"
    if rel in ("competes_with", "partner_of", "customer_of") and same_family:
        return ""
    return rel


def _deal_goods(c: Candidate, sf: SentenceFrame) -> frozenset[str]:
    """Sectors the contract itself names between its cue and the far party ("un contrato de
    suministro de energía con X"): what is supplied."""
    if c.cue is None:
        return frozenset()
    units = sf.su.units
    end = max(c.subjects.first, c.objects.first)
    goods = frozenset(units[i].mention.entity.split(":", 1)[1] for i in range(c.cue.first, min(end, len(units)))
                      if units[i].mention is not None and units[i].mention.kind == "industry")
    if not goods and any(_energy_goods(sf, i) for i in range(c.cue.first, min(end, len(units)))):
        goods = frozenset({_ENERGY})  # "een stroomcontract met X", "a power deal with X": energy supplied
    if not goods:
        goods = _goods_before(sf, c.cue.first)  # "signed an electricity contract with X"
    if goods or c.cue.first > end:
        return goods
    # "firma con Amazon su mayor contrato de energía", "un acuerdo con X para abastecer de electricidad
    # sus centros de datos": with none before the far party, the first sector named after it in the
    # clause; past a purpose word only when a verb of supplying follows it ("para desarrollar
    # hidrógeno" is a joint aim, not goods)
    for i in range(max(c.subjects.last, c.objects.last) + 1, len(units)):
        m = units[i].mention
        if m is not None and m.kind == "industry":
            return frozenset({m.entity.split(":", 1)[1]})
        if m is None and _energy_goods(sf, i):
            return frozenset({_ENERGY})  # "via een contract met Ørsted stroom afneemt"
        if units[i].key in (".", ";") or sf.is_break(i) or m is not None \
                or sf.word(i, "purposes") and not sf.word(i + 1, "supply_verbs"):
            break  # (another party: what follows is its business)
    return goods


_ENERGY = "energy"  # the registry's sector of utilities and power producers


def _goods_before(sf: SentenceFrame, first: int) -> frozenset[str]:
    """The goods a contract's noun carries right before it ("an electricity contract", "an LNG
    deal"): sectors or power words just before the cue, with nothing between (not "la aerolínea ha
    renovado su contrato": a description and its verb)."""
    units = sf.su.units
    out: set[str] = set()
    for k in range(first - 1, max(-1, first - 3), -1):
        m = units[k].mention
        if m is not None and m.kind == "industry" and not sf.word(k, "anaphors"):
            out.add(m.entity.split(":", 1)[1])
        elif _energy_goods(sf, k):
            out.add(_ENERGY)
        else:
            break
    return frozenset(out)


def _energy_goods(sf: SentenceFrame, i: int) -> bool:
    """Unit i names power or fuel (energy_goods), alone or, where compounds are written as one word,
    opening one ("Stromliefervertrag", "stroomcontract")."""
    u = sf.su.units[i]
    if u.mention is not None:
        return False
    words = sf.lex.words.get("energy_goods", frozenset())
    if u.key in words or sf.word(i, "energy_goods"):
        return True
    if not sf.lex.verb_second:
        return False
    sentence = sf.su.sentence
    surface = sentence.text[u.start - sentence.start:u.end - sentence.start].lower()
    return any(surface.startswith(w) and len(surface) >= len(w) + 4 for w in words if " " not in w and len(w) >= 4)


def _deal_side(c: Candidate, sf: SentenceFrame) -> str:
    """What the contract's own noun says of its first party: "supplier" for a supply contract ("un
    contratto di fornitura con Y", "a supply deal with Y"), "buyer" for a purchase one ("a power
    purchase agreement with Y"), else ""."""
    if c.cue is None or c.subjects.first > c.cue.first:
        return ""  # (the first party must open the clause: "Orano, avec lequel EDF a signé" is read elsewhere)
    units = sf.su.units
    end = min(max(c.subjects.first, c.objects.first, c.cue.last + 1), len(units))
    keys = [units[i].key for i in range(c.cue.first, end) if units[i].mention is None]
    grams = {" ".join(keys[i:i + n]) for n in (1, 2, 3) for i in range(len(keys))}
    words = sf.lex.words
    if grams & words.get("purchase_nouns", frozenset()):
        return "buyer"
    if grams & words.get("supply_nouns", frozenset()):
        return "supplier"
    return ""


def _deal_agreed(c: Candidate, sf: SentenceFrame) -> bool:
    """The deal's words up to its far party name an agreement or alliance ("un accordo con Y", "signed a
    fulfilment agreement with Y"), not a bare contract or signing ("a signé avec Y", "un contrato con Y")."""
    if c.cue is None:
        return True
    units = sf.su.units
    end = min(max(c.subjects.first, c.objects.first, c.cue.last + 1), len(units))
    # (a sector word may be the noun: "un contrat d'édition", "a publishing deal")
    keys = [units[i].key for i in range(c.cue.first, end)
            if units[i].mention is None or units[i].mention.kind == "industry"]
    # the noun may follow the far party: "ha firmato con Y un accordo", "signed with Y a licensing deal"
    far = max(c.subjects.last, c.objects.last)
    for i in range(far + 1, min(far + 5, len(units))):
        m = units[i].mention
        if m is not None and m.kind != "industry" or sf.is_break(i) or units[i].key in (",", ".", ";", ":"):
            break
        keys.append(units[i].key)
    grams = {" ".join(keys[i:i + n]) for n in (1, 2, 3, 4) for i in range(len(keys))}
    return bool(grams & sf.lex.words.get("agreement_nouns", frozenset()))


def _deal_direction(a: str, b: str, ad: AnalysedDocument, registry: Registry,
                    goods: frozenset[str] = frozenset(), side: str = "", agreed: bool = True) -> tuple[str, str, str]:
    """Who supplies whom in a contract: the party in the sector the contract names ("un contrato de
    suministro de energía"), else the party in a supplier sector; between two suppliers, the one
    providing infrastructure (a software house runs on a cloud, not the reverse). A supply or
    purchase contract between parties the sectors do not tell apart: a retailer buys, else a
    purchase contract's first party does."""
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
    # "ECT Terminal signs a contract with Hapag-Lloyd", "Cảng X ký hợp đồng với MSC": a carrier calls at the
    # port or airport it signs with, and is its client
    a_calls, b_calls = bool(sa & CARRIER_SECTORS), bool(sb & CARRIER_SECTORS)
    a_port, b_port = _terminal(a, ad) and not a_calls, _terminal(b, ad) and not b_calls
    if a_port and b_calls and not b_port:
        return "customer_of", b, a
    if b_port and a_calls and not a_port:
        return "customer_of", a, b
    # "a nuclear deal with Constellation": the goods' wider sector names its supplier too (a utility
    # listed under energy sells nuclear power)
    wider = frozenset(w for g in goods for w in registry.industry_ancestors(g)) - goods
    utility = UTILITY_SECTORS if side == "supplier" else frozenset()
    for step, tier in enumerate((goods, wider, utility, SUPPLIER_SECTORS, INFRASTRUCTURE_SECTORS)):
        a_supplies, b_supplies = bool(sa & tier), bool(sb & tier)
        if a_supplies and not b_supplies:
            return "customer_of", b, a
        if b_supplies and not a_supplies:
            return "customer_of", a, b
        if step == 1 and goods and bool(sa) != bool(sb):
            # "Meta signs a nuclear deal with X": a party whose known trades are not the goods buys
            # them from the party whose trade the registry does not know
            return ("customer_of", a, b) if sa else ("customer_of", b, a)
    # "The Ministry of Defence signed a contract with X", "Bộ Y tế ký hợp đồng với X": a public body buys
    a_public, b_public = _public_body(a, ad), _public_body(b, ad)
    if a_public != b_public:
        return ("customer_of", a, b) if a_public else ("customer_of", b, a)
    # "un contratto di fornitura con Esselunga": a retailer's contract with a maker buys its goods
    a_buys, b_buys = bool(sa & BUYER_SECTORS), bool(sb & BUYER_SECTORS)
    if a_buys != b_buys and (side or (sa if b_buys else sb)):
        return ("customer_of", a, b) if a_buys else ("customer_of", b, a)
    a_cares, b_cares = bool(sa & CARE_BUYER_SECTORS), bool(sb & CARE_BUYER_SECTORS)
    if a_cares != b_cares and (side or not agreed) and (sa if b_cares else sb):
        # "Long Châu ký hợp đồng khung với DHG": a pharmacy chain's contract with a drugmaker buys its drugs
        return ("customer_of", a, b) if a_cares else ("customer_of", b, a)
    if side:
        # a purchase contract's first party buys; so does, between parties the sectors do not tell
        # apart, a supply contract's ("AstraZeneca has signed a supply agreement with Lonza", "PowerCo
        # schließt einen Liefervertrag mit dem Start-up X": the party signed with delivers)
        return "customer_of", a, b
    if not agreed:
        # "Brembo firma con Stellantis", "X a signé un contrat avec Y": a contract that names no alliance
        # is, in business news, the first party's sale to the client it signed
        return "customer_of", b, a
    return "partner_of", a, b



def _terminal(x: str, ad: AnalysedDocument) -> bool:
    """A port, terminal or airport: a name one of whose words, or pairs of words, is a terminal head
    (lexicon terminal_heads of the article's language or English: "Hutchison Ports ECT", "Cảng Quốc tế X")."""
    ent = ad.entities.get(x)
    if ent is None or ent.kind != "company":
        return False
    # (names are often English in any language: "Hutchison Ports", "APM Terminals")
    heads = load_lexicon(ad.lang).words.get("terminal_heads", frozenset()) \
        | load_lexicon("en").words.get("terminal_heads", frozenset())
    for name in (ent.name, *ent.aliases):
        words = name.lower().split()
        if any(w in heads for w in words) or any(" ".join(words[i:i + 2]) in heads for i in range(len(words))):
            return True
    return False


def _public_body(x: str, ad: AnalysedDocument) -> bool:
    """A ministry, a town, an armed force: a name opening with a public body's head noun (lexicon
    public_heads of the article's language)."""
    ent = ad.entities.get(x)
    heads = load_lexicon(ad.lang).words.get("public_heads", frozenset()) if ent is not None else frozenset()
    words = ent.name.lower().split() if ent is not None else []
    return bool(words) and (words[0] in heads or " ".join(words[:2]) in heads)


def continuation_claims(sf: SentenceFrame, ad, registry, state: Discourse) -> list[Claim]:
    """'Another example: Nike, Zulily and Instacart.' repeats the previous list's relation."""
    lists = [g for g in sf.groups if g.kind == "org" and len(g.entities) >= 2]
    if len(lists) != 1 or not state.last_claims or not sf.su.spans.get("continuation"):
        return []
    if len([g for g in sf.groups if g.kind == "org"]) != 1:
        return []
    if any(c.frame in ("SVO", "OVS", "DEAL") for c in sf.su.cues):
        return []  # "Ngoài ra, A và B cũng cung cấp tín dụng cho ...": the sentence's own verb says what they do
    new = lists[0]
    out: list[Claim] = []
    for cand, _ in state.last_claims:
        for side in ("subjects", "objects"):
            g = getattr(cand, side)
            if len(g.entities) >= 2 and not cand.pairwise:
                clone = Candidate(cand.subjects, cand.relation, cand.objects, "CONT", None, cand.base * 0.7,
                                  (0, -1))
                setattr(clone, side, new)
                out.extend(realise(clone, sf, ad, registry))
    return out


def _spelt_owners(ad: AnalysedDocument, registry: Registry) -> None:
    """A new model name made of a known company's name and a designation with digits ("Airbus A220",
    "Boeing 787") mentions that company too: it becomes an entity of the article, so the family claim
    below can name it. Without digits the rest is as often a unit's name ("MSC Crociere")."""
    for ent in list(ad.entities.values()):
        if ent.known or ent.kind != "product" or not ent.parent or ent.parent in ad.entities:
            continue
        owner = registry.get(ent.parent)
        if owner is None or any(a in ad.entities for a in registry.ancestors(ent.parent)):
            continue  # "Sky Italia" in an article naming Comcast: the family is already there
        surfaces = [a.casefold() for a in (ent.name, *ent.aliases)]
        prefix = next((n for n in owner.names if any(s.startswith(n.casefold() + " ") and any(
            ch.isdigit() for ch in s[len(n):]) for s in surfaces)), None)
        if prefix:
            ad.entities[owner.id] = Entity(owner.id, owner.name, owner.kind, {prefix}, known=True,
                                           parent=owner.parent, industries=owner.industries)


def knowledge_claims(ad: AnalysedDocument, registry: Registry, claims: list[Claim]) -> list[Claim]:
    """Families the text names but does not spell out: a product and its owner both mentioned."""
    first_sentence: dict[str, int] = {}
    for m in ad.mentions:
        if m.entity:
            first_sentence.setdefault(m.entity, m.sentence)
    out: list[Claim] = []
    _spelt_owners(ad, registry)
    present = set(ad.entities)
    acquired = {c.object for c in claims if c.relation == "acquires" and c.confidence >= 0.5}
    units_said = {c.subject for c in claims if c.relation == "subsidiary_of"}
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
        # a name ending in a unit word ("VNPT Cloud") is a unit, unless the text called it a product
        # ("nền tảng VNPT Cloud": discovered as a product after its product noun)
        unit = ent.name.split()[-1].lower() in unit_words() and not (ent.parent and ent.kind == "product") \
            if " " in ent.name else False
        # a brand the text says was bought ("its takeover of Slack") is a company now owned
        # ... and so is one the text calls a unit ("eine eigenständige Tochter"), whoever it names its owner
        rel = "product_of" if ent.kind == "product" and not unit and eid not in acquired \
            and eid not in units_said else "subsidiary_of"
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
    # a supplier's product named where the text speaks of its customer ("the chain uses Microsoft's
    # Azure cloud") says what the customer buys, not which sector the supplier works in
    supplied = {(c.object, c.evidence.start) for c in claims if c.relation == "customer_of" and c.confidence >= 0.5}
    for claim in [*claims, *out]:
        if claim.relation not in ("acquires", "product_of") or claim.confidence < 0.5:
            continue
        owner, member = (claim.subject, claim.object) if claim.relation == "acquires" else (claim.object,
                                                                                           claim.subject)
        buyer = ad.entities.get(owner)
        if claim.relation == "acquires" and buyer is not None and _FINANCIAL in buyer.industries:
            continue  # a private-equity buyer invests; it does not enter the sector it buys into
        ent = ad.entities.get(member)
        if claim.relation == "product_of" and any(
                (side, ad.sentences[i].start) in supplied for i in member_sentences.get(member, ())
                for side in (owner, member)):
            continue
        nearby = set().union(*(sentence_industries.get(i, set()) for i in member_sentences.get(member, ())))
        for ind in (ent.industries if ent else ()):
            # the broadest sector the article names: "retail" rather than "grocery"
            for sector in reversed(registry.industry_ancestors(ind)):
                if sector in industries_here and sector in nearby:
                    out.append(Claim(owner, "operates_in", industries_here[sector], 0.55, claim.evidence,
                                     "asserted", "inferred"))
                    break
    return out


def dedupe(claims: list[Claim]) -> list[Claim]:
    best: dict[tuple, Claim] = {}
    for c in claims:
        key = (*c.key, c.evidence.start)
        if key not in best or c.confidence > best[key].confidence:
            best[key] = c
    return list(best.values())
