"""Sector readings of a sentence: a company described by its sector ("the pharmacy chain CVS",
"drugmakers such as Merck", "Nvidia, géant américain des semi-conducteurs", "le spécialiste du
paiement Worldline") or placed in one ("Amazon ... in healthcare") operates in it."""

from __future__ import annotations

from frenemy.lang import Lexicon
from frenemy.relations.sentence import Candidate, Group, SentenceFrame, Slot


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


def _names_sector(sf: SentenceFrame) -> bool:
    """The sentence holds a sector group: what every sector reading here ends on."""
    return any(g.kind == "industry" for g in sf.groups)


def _qualified_sector_heads(sf: SentenceFrame, slots: list[Slot]) -> list[Candidate]:
    """"Nvidia, géant américain des semi-conducteurs,", "le spécialiste du paiement Worldline",
    "LVMH, numéro un mondial du luxe": a sector noun with its adjectives, apposed to a name or
    right before one, says the company is in that sector."""
    out: list[Candidate] = []
    units = sf.su.units
    by_first = _sector_heads_by_first(sf.lex)
    n = len(units)
    keys = sf.su.keys
    if by_first.keys().isdisjoint(keys) or not _names_sector(sf):
        return out  # no unit opens a head, or no sector to be in: most sentences
    for i in [i for i, key in enumerate(keys) if key in by_first]:
        # only the heads opening with this unit's word, in the order the whole set iterates them
        for head in by_first[keys[i]]:
            h = len(head)
            if i + h >= n or tuple(keys[i:i + h]) != head \
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


def _sector_copulas(sf: SentenceFrame, slots: list[Slot]) -> list[Candidate]:
    """"Acme is a chipmaker", "Die Munich Re ist der größte Rückversicherer der Welt", "X est un
    opérateur de télécommunications": a company named, a copula, and a sector noun ending the noun
    phrase (at most two adjectives, or a sector head and "of", between) say the company is in it."""
    out: list[Candidate] = []
    units = sf.su.units
    n = len(units)
    if "copulas" not in sf.su.at or not _names_sector(sf):
        return out
    heads = _sector_heads(sf.lex)
    for subj in sf.groups:
        if subj.kind != "org" or subj.anaphoric or len(subj.slots) != 1 or subj.slots[0].kind != "company":
            continue
        j = subj.last + 1
        if not sf.word(j, "copulas"):
            continue
        if subj.first > 0 and any(sf.word(subj.first - 1, c) for c in _NOT_SUBJECT):
            continue  # "the insurer of Acme is ...": the name is no subject
        while j < n and sf.word(j, "copulas"):
            j += 1
        ranking = sf.lex.words.get("ranking_words", frozenset())
        m = next((m for m in (4, 3, 2, 1) if " ".join(u.key for u in units[j:j + m]) in ranking), 0)
        j += m  # "is one of the largest", "è uno dei principali"
        while j < n and (sf.word(j, "articles") or sf.word(j, "determiners")) and units[j].mention is None:
            j += 1
        if j + 1 < n and units[j].mention is None and units[j].key.isalpha() and units[j + 1].key in _GENITIVES:
            j += 2  # "is the country's largest telecoms operator"
            while j < n and sf.word(j, "determiners") and units[j].mention is None:
                j += 1
        g = _sector_noun(sf, j, heads)
        if g is not None:
            out.append(Candidate(subj, "operates_in", g, "DESC", None, 0.7, (subj.first, g.last)))
    return out


def _operated_sectors(sf: SentenceFrame, slots: list[Slot]) -> list[Candidate]:
    """"Ferrox operates data centres", "Kraftwerk betreibt Rechenzentren", "X exploite des centres de
    données", "X develops software": a company right before a verb of running or making, whose object
    (past articles, its own, at most two adjectives) is a sector noun ending the phrase, is in it."""
    out: list[Candidate] = []
    units = sf.su.units
    n = len(units)
    if "operate_verbs" not in sf.su.at or not _names_sector(sf):
        return out
    for subj in sf.groups:
        if subj.kind != "org" or subj.anaphoric or len(subj.slots) != 1 or subj.slots[0].kind != "company":
            continue
        j = subj.last + 1
        if not sf.word(j, "operate_verbs"):
            continue
        if subj.first > 0 and any(sf.word(subj.first - 1, c) for c in _NOT_SUBJECT):
            continue
        while j < n and sf.word(j, "operate_verbs"):
            j += 1
        while j < n and units[j].mention is None and any(sf.word(j, c) for c in _OBJECT_OPENERS):
            j += 1
        g = _sector_noun(sf, j)
        if g is not None:
            out.append(Candidate(subj, "operates_in", g, "DESC", None, 0.7, (subj.first, g.last)))
    return out


def _sector_noun(sf: SentenceFrame, j: int, heads: frozenset = frozenset()) -> Group | None:
    """The sector noun ending the noun phrase that starts at unit j, past at most two adjectives
    ("souveräne", "propios") or a sector head and its "of" ("un spécialiste de la cybersécurité");
    None where the sector word only qualifies another noun ("a cloud customer", "payments software")."""
    units = sf.su.units
    n = len(units)
    k = j
    while k < n and k - j < 2 and units[k].mention is None and not units[k].in_cue \
            and units[k].key.isalpha() and not any(sf.word(k, c) for c in _NOT_ADJECTIVES):
        k += 1
    if heads and k > j and sf.word(k, "of_words") and tuple(u.key for u in units[j:k]) in heads:
        while k < n and (sf.word(k, "of_words") or sf.word(k, "articles")) and units[k].mention is None:
            k += 1
    g = sf.group_at(k)
    if g is None or g.kind != "industry" or g.first != k or len(g.entities) != 1 or g.entities[0] in _NOT_DESCRIBED:
        return None
    after = g.last + 1
    if after < n and (units[after].mention is not None or units[after].key.isalpha()
                      and not any(sf.word(after, c) for c in _ENDS_NOUN)):
        return None
    return g


_GENITIVES = ("'s", "’s")

# words opening the object of a verb of running: "its own", "des", "ihre eigenen"
_OBJECT_OPENERS = ("articles", "determiners", "possessives", "own_words", "of_words")


# words before a name that make it no subject of the copula ("the insurer of Acme is ...")
_NOT_SUBJECT = ("of_words", "in_words", "with_words", "agent_words", "possessives")
# words that may follow a sector noun ending its noun phrase ("a chipmaker based in", "der Welt")
_ENDS_NOUN = ("of_words", "in_words", "relatives", "conjunctions", "clause_breaks", "with_words", "articles",
              "origin_words", "asides", "place_words")


def _sector_anaphors(sf: SentenceFrame, slots: list[Slot]) -> list[Candidate]:
    """"Allianz, the insurer, ...", "Il gruppo bancario, che gestisce ...", "hãng hàng không giá rẻ này":
    a description that names a sector and refers to a company says the company is in that sector."""
    out: list[Candidate] = []
    for slot in slots:
        if not slot.sector or slot.kind != "company" or slot.sector in _NOT_DESCRIBED:
            continue
        sector = Slot(slot.first, slot.last, slot.sector, "industry", 1.0)
        out.append(Candidate(Group([slot], slot.first, slot.last), "operates_in",
                             Group([sector], slot.first, slot.last), "DESC", None, 0.6, (slot.first, slot.last)))
    return out


# words that end a description rather than qualify its noun


_NOT_ADJECTIVES = ("of_words", "articles", "conjunctions", "relatives", "in_words", "with_words", "agent_words",
                   "purposes", "have_words", "negations", "hedges", "clause_breaks")


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
        if any(sf.word(i, "possessives") for i in range(j + 1, g.first)):
            continue  # "AMD chips win a place in its data centers": the sector is the possessor's
        k = g.last + 1
        if sf.word(k, "of_words") and (sf.right(k, limit=2) is not None):
            continue  # "runs in the cloud of Microsoft": the sector is the other company's
        subj = sf.left(j, limit=8)
        if subj is None or set(subj.entities) & consumers:
            continue
        if sf.lex.verb_second and subj.first > 0 and sf.word(subj.first - 1, "with_words") \
                and not sf.word(subj.first - 1, "articles"):
            continue  # "een storing bij Worldline legde de pinautomaten in supermarkten plat": no subject
        if any(c.cue is not None and c.relation in ("customer_of", "deal") and subj.last < c.cue.first < g.first
               for c in cands):
            continue  # (the goods of a purchase or of a supply contract: "un contrat d'approvisionnement en acier")
        # "ist selbst im Offshore-Geschäft aktiv": a verb-final word of activity after the sector
        active = sf.word(g.last + 1, "active_words")
        out.append(Candidate(subj, "operates_in", g, "IN", None, 0.7 if active else 0.55, (subj.last, g.last)))
    out.extend(_descriptors(sf, covered, cands))
    return out


def _descriptors(sf: SentenceFrame, covered: set[int], cands: list[Candidate]) -> list[Candidate]:
    """'the pharmacy chain CVS', 'drugmakers such as Merck', 'Coolblue, the online retailer,':
    a sector word that describes a company says the company is in that sector."""
    out: list[Candidate] = []
    units = sf.su.units
    # "les clients de X comprennent le transporteur Y": a customer listed after the cue is
    # presented as a buyer, its trade an aside the annotators do not count
    listed = {e for c in cands if c.relation == "customer_of" and c.cue is not None
              and c.cue.first < c.subjects.first for e in c.subjects.entities}
    for g in sf.groups:
        if g.kind != "industry" or id(g) in covered or len(g.entities) != 1 or g.entities[0] in _NOT_DESCRIBED:
            continue
        # sector word, then (articles, nouns like "chain", "such as") the company
        j = g.last + 1
        while j < len(units) and j - g.last <= 3 and (sf.word(j, "determiners") or sf.word(j, "includers")):
            if units[j].key == ":":
                break  # "Logistique : Carrefour ...": a headline's topic, not the company's trade
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
            while k >= 0 and g.first - k <= 3 and units[k].mention is None and not units[k].in_cue \
                    and not any(sf.word(k, c) for c in _NOT_APPOSED) and (
                    sf.word(k, "articles") or sf.word(k, "determiners") or units[k].key.isalpha()):
                k -= 1
            if k >= 1 and units[k].key == "," and units[k - 1].mention is not None:
                company = sf.group_at(k - 1)
            else:
                company = None
        if company is not None and company.kind == "org" and company.slots[0].kind == "company" \
                and not set(company.entities) & listed and not _after_role(sf, g.first):
            # (a product is no company: "la nube Azure", "the messaging app Zalo")
            out.append(Candidate(company, "operates_in", g, "DESC", None, 0.55, (g.first, g.last)))
    return out


def _after_role(sf: SentenceFrame, i: int) -> bool:
    """"partner della società di consulenza X", "analyst at the investment bank X": the company is a
    person's employer, named to place the person, not presented by its trade."""
    k = i - 1
    while k >= 0 and (sf.word(k, "articles") or sf.word(k, "of_words") or sf.word(k, "in_words")):
        k -= 1
    return k >= 0 and sf.word(k, "role_titles")


# words that show a clause, not an apposition, between a comma and a sector word ("X, aveva spostato
# sui server", "X, said insurers were ..."): a verb's auxiliary, a preposition, a relative, a verb of saying
_NOT_APPOSED = ("relatives", "in_words", "auxiliaries", "have_words", "negations", "hedges", "clause_breaks",
                "speech_verbs")

# a fund or lender named by its trade ("le fonds Astorg", "lenders including Blackstone") finances;
# the annotators do not list it as in the investment sector
_NOT_DESCRIBED = frozenset({"industry:investment"})
