"""Frames: how a cue phrase finds its two sides among the groups of a sentence.

A *group* (sentence.py) is one entity or a coordinated list of them ("Netflix, Hulu et HBO"). A frame says
where the subject and the object groups of a cue are (left, right, after "of", after "such as",
before a possessive) and returns candidate triples; extract.py checks types and modality.
"""

from __future__ import annotations

import re

from frenemy.relations.sentence import WINDOW, Candidate, Group, SentenceFrame
from frenemy.relations.units import CueMatch


def svo(sf: SentenceFrame, cue: CueMatch, base: float) -> list[Candidate]:
    if cue.relation == "executive_of":
        return _leads(sf, cue, base)
    if not cue.tail and any(o is not cue and o.tail and o.relation == cue.relation and o.first < cue.first
                            and any(a <= cue.first and cue.last <= b for a, b in o.tail) for o in sf.su.cues):
        return []  # "Zorbo do Brelio phát triển": the verb closes a split cue ("do ... phát triển"), read whole
    if cue.first == cue.last and not cue.tail and cue.first > 0 and sf.word(cue.first - 1, "passive_auxiliaries") \
            and sf.word(cue.last + 1, "agent_words"):
        # "Ocado was tapped by Kroger", "Kroger is supplied by Ocado": a one-word cue in the passive
        # takes its doer after the agent word
        cue = CueMatch(cue.relation, "OVS" if cue.frame == "SVO" else "SVO", cue.first, cue.last + 1, cue.phrase)
    if cue.frame == "OVS" and cue.tail and sf.word(cue.first - 1, "have_words") \
            and sf.word(cue.tail[-1][1], "agent_words"):
        # "ha rilevato X dal gruppo Y": a perfect tense, not the passive "rilevata ... da": active,
        # and the agent word after the object says "from" (not "had won a ... order from X": active)
        cue = CueMatch(cue.relation, "SVO", cue.first - 1, cue.last, cue.phrase)
    if cue.relation == "customer_of" and cue.frame == "SVO" and _won_order(sf, cue):
        # "X remporte une commande ... auprès de Y": an order (a verb read as its noun) won or received
        # comes from its customer, after the preposition
        cue = CueMatch(cue.relation, "OVS", cue.first, cue.last, cue.phrase, cue.tail)
    after_article = sf.word(cue.first - 1, "articles") or sf.word(cue.first - 1, "possessives") or (
        cue.first > 0 and sf.su.units[cue.first - 1].key == "'s")
    if not cue.tail and cue.first == cue.last and after_article \
            and not sf.ends_with(cue, "of_words") and not sf.ends_with(cue, "agent_words"):
        return []  # "the purchase would strengthen X", "Walmart's rival": a verb after an article is a noun
    if not cue.tail and cue.first == cue.last \
            and any(d.frame == "DEAL" and d.first == cue.last + 1 for d in sf.su.cues):
        return []  # "a six-year supply contract with X": a verb before a contract's noun is a noun too
    if cue.tail and (sf.ends_with(cue, "of_words") or sf.ends_with(cue, "agent_words")) and not _sale_cue(sf, cue):
        # "the bid of X for Y", "la opa de X sobre Y": the subject sits between the parts
        middle = sf.right(cue.last, limit=2)
        if middle is not None and middle.last < cue.tail[0][0]:
            obj = sf.right(cue.tail[-1][1], limit=3)
            if obj is not None:
                scope = (cue.first, cue.tail[-1][1] + 3)
                return [Candidate(middle, cue.relation, obj, cue.frame, cue, base, scope)]
    if sf.lex.verb_second and _inner_infinitive(sf, cue):
        return []  # "Picnic willen kopen": "kopen" belongs to "willen ... kopen"
    if cue.tail and cue.relation == "customer_of" and _purpose_clause(sf, cue.tail[-1][1]):
        return []  # "construit une usine pour produire des batteries avec LG": a purpose, no client
    if not sf.lex.verb_second and not cue.tail:
        found = _object_relative(sf, cue)
        if found is not None:
            doer, done = found  # the relative clause's subject did the verb to the name before it
            subj, obj = (done, doer) if cue.frame == "OVS" else (doer, done)
            return [Candidate(subj, cue.relation, obj, cue.frame, cue, base * 0.95, (doer.first, cue.last + 3))]
    antecedent = sf.relative_antecedent(cue.first) or _prepositional_antecedent(sf, cue) \
        or sf.coordinated_relative(cue.first) or sf.singular_relative(cue.first)
    subj = antecedent or _coordinated_subject(sf, sf.left(cue.first), cue) or oblique_subject(sf, cue.first)
    if subj is not None and antecedent is None and sf.lex.serial_verbs and subj.first > 0 \
            and sf.word(subj.first - 1, "agent_words") \
            and any(sf.su.units[k].key == "," for k in range(subj.last + 1, cue.first)):
        # "VinBrain là startup do Vingroup sáng lập, sau đó đã được Nvidia mua lại": a serial verb after
        # the comma shares the sentence's subject, not the agent of the passive before it
        subj = _opening_subject(sf, subj) or subj
    if antecedent is None and sf.lex.verb_second and cue.first > 0 and sf.su.units[cue.first - 1].key == ",":
        subj = past_relative(sf, subj, cue.first)
    if antecedent is None and sf.lex.verb_second and cue.frame == "OVS":
        subj = _coordinated_passive(sf, subj, cue)
    if antecedent is None and sf.lex.verb_second and subj is not None and _filled_prefield(sf, subj, cue):
        subj = None  # "..., das Lager betreibt das Konsortium X": a new clause, its own field before the verb
    if subj is not None and antecedent is None:
        subj = _family_described(sf, subj)
    if subj is None and cue.frame == "SVO" and not sf.lex.verb_second:
        subj = _dropped_subject(sf, cue)
    if sf.lex.verb_second and antecedent is None:
        found = verb_second(sf, cue, subj)
        if found is not None and _other_cue_object(sf, cue, found[1]):
            return []  # "zet ABN Amro in concurrentie met Mollie": Mollie is the rivalry's, not the verb's
        if found is not None:
            subj, obj = found
            if cue.frame == "OVS":
                subj, obj = obj, subj
            end = max(cue.tail[-1][1] if cue.tail else cue.last, subj.last, obj.last)
            return [Candidate(subj, cue.relation, obj, cue.frame, cue, base, (min(subj.last, obj.last), end + 2))]
        if subj is not None and _inverted_alone(sf, cue, subj):
            return []  # "Seit dem Kauf von X hat SAP kaum Firmen gekauft": SAP is the subject, X no party
    if sf.lex.verb_second and antecedent is None and cue.relation == "product_of" and cue.frame == "OVS":
        found = _relative_owner(sf, cue)
        if found is not None:
            owner, product = found
            return [Candidate(product, cue.relation, owner, cue.frame, cue, base, (owner.first, cue.last + 1))]
    # a passive or "X launches Y" names its subject right after the verb
    obj = sf.right(cue.last, limit=6 if cue.frame == "OVS" else WINDOW, contained=True)
    if obj is None and cue.tail and not sf.lex.verb_second and any(
            sf.word(cue.tail[-1][1], c)
            for c in ("purposes", "with_words", "agent_words", "determiners", "seller_words")):
        # "ha levantado en los últimos años centros de datos para Meta": a long gap before the last
        # part, a preposition naming the party (not a passive's verb after its agent: "được Y mua lại")
        obj = sf.right(cue.tail[-1][1], limit=2)
    if obj is None and cue.tail and sf.su.units[cue.tail[-1][1]].key == ",":
        # "X, qui ont créé ... une coentreprise, Y": a cue closed by its comma names the next name,
        # past the end of the relative clause it stands in
        obj = sf.right(cue.tail[-1][1], limit=1)
    if obj is not None and sf.lex.verb_second and cue.first in sf._hidden and obj.first not in sf._hidden:
        obj = None  # "Getijstroom, dat zonnepanelen ontwikkelt, werkt ...": a verb-final relative ends at its comma
    if obj is not None and _goods_object(sf, cue) and any(
            sf.su.units[k].key == "," for k in range(cue.last + 1, obj.first)):
        obj = None  # "Iberia utiliza sus sistemas ..., igual que Vueling": the goods are the object
    if obj is not None and any(w in sf.lex.words.get("object_pronouns", frozenset()) for w in cue.phrase.split(" ")) \
            and any(sf.su.units[k].key == "," for k in range(cue.last + 1, obj.first)):
        obj = None  # "la renuncia de IAG a comprarla en 2024, Turkish Airlines ...": the clitic is the object
    if obj is None and cue.frame == "SVO" and cue.relation == "customer_of" and described_supplier(sf, cue):
        return []  # "utiliza los sistemas de la compañía": owners.py reads who the company is
    if obj is None and cue.frame == "SVO":
        # "compite con ambos", "colabora con las dos compañías": the companies counted
        g = sf.right(cue.tail[-1][1] if cue.tail else cue.last, limit=1, anaphors=True)
        if g is not None and all(x.anaphor == "collective" for x in g.slots):
            obj = g
    if obj is None and cue.frame == "SVO" and cue.relation == "competes_with" and not cue.tail:
        # "BYD cạnh tranh với hãng xe Việt": a rival named by a description is the company it stands for
        g = sf.right(cue.last, limit=2, anaphors=True)
        if g is not None and all(x.anaphor in ("anaphors", "group_anaphors") for x in g.slots):
            obj = g
    if obj is None and sf.ends_with(cue, "of_words") and (
            cue.tail or antecedent is not None
            or cue.relation == "customer_of" and subj is not None and not subj.anaphoric):
        # "X, dat de salarisadministratie van het concern verzorgt", "X, dat onderdeel is van het
        # concern", "Tesco is a customer of the group": a description after the "of"
        obj = description_right(sf, cue.last)
    if obj is None and cue.frame == "SVO" and cue.relation in ("bids_for", "acquires"):
        # "Snowflake made an offer for the company": the company the article spoke of just before
        obj = description_right(sf, cue.tail[-1][1] if cue.tail else cue.last)
    listed = None
    if cue.tail and cue.relation == "customer_of" and cue.frame == "OVS" \
            and (obj is None or obj.first > cue.tail[-1][1]):
        # "zählt rund 40 Versicherer zu seinen Kunden, darunter X und Y": the members after the noun
        listed = sf.after_word(cue.tail[-1][1], "includers", reach=6, gap=3)
        obj = listed or obj
    if cue.tail and obj is not None and obj is not listed and sf.word(cue.tail[-1][1], "purposes") and any(
            sf.word(k, "with_words") for k in range(cue.tail[-1][1] + 1, obj.first)):
        obj = None  # "construit une usine pour produire des batteries avec LG": a partner, no client
    middle = None
    if cue.tail and obj is not None and obj is not listed and obj.first > cue.tail[-1][1] \
            and any(sf.su.units[k].key == "," for k in range(cue.tail[-1][1] + 1, obj.first)):
        obj = None  # "chuyển sản xuất sang Việt Nam, Foxconn cũng vậy": the cue's last part took a place
    if cue.tail and obj is not None and obj.last < cue.tail[0][0]:
        # "Ford supplies E-Transit vans to Amazon": the party is after the cue's last part,
        # what stands between is the goods
        j = cue.tail[-1][1] + 1
        while j < len(sf.su.units) and sf.word(j, "determiners") and sf.group_at(j) is None:
            j += 1
        after = sf.group_at(j)  # right after the last part: "neemt X over, ING ..." is no party
        if after is None or after.kind != "org":
            after = _described_party(sf, j)  # "a cédé Editis au groupe tchèque CMI", "au fonds d'investissement X"
        if after is not None and after.first >= j and after.kind == "org" and not after.anaphoric:
            middle, obj = obj, after
    if obj is not None and not cue.tail and not sf.lex.verb_second and any(
            o.tail and cue.last < o.first < obj.first and obj.last < o.tail[0][0] for o in sf.su.cues):
        obj = None  # "vận hành hệ thống do Y cung cấp": Y fills a later split cue's gap, it is that cue's
    if obj is not None and any(
            o.relation != cue.relation and cue.last < o.first and o.last < obj.first
            and (o.relation == "subsidiary_of" and o.frame == "OVS" or sf.ends_with(o, "with_words")
                 or cue.relation == "product_of" and o.frame == "SVO")
            for o in sf.su.cues):
        # "ha lanciato, tramite la controllata X, ...", "ha lanciato un pacchetto in collaborazione con
        # X", "ha presentato un'offerta su X": X is the owner's means, the partner or the later verb's
        # object, not what this verb launches
        obj = None
    if obj is not None and subj is not None and not cue.tail and _listed_members(sf, cue, subj, obj):
        return []  # "có 50 khách hàng đăng ký sử dụng, trong đó có X": X is one of the noun's members
    if obj is not None and not cue.tail and middle is None and not sf.lex.verb_second and any(
            sf.su.units[k].key == "," and sf.word(k + 1, "conjunctions") for k in range(cue.last + 1, obj.first - 1)):
        obj = None  # "has been courting aerospace customers ..., and counts X among its users": a clause of its own
    if obj is not None and not cue.tail and sf.word(cue.last, "near_object_verbs") and not all(
            sf.word(k, "articles") or sf.su.units[k].key in sf.lex.demonyms for k in range(cue.last + 1, obj.first)):
        obj = None  # "Netflix faces Disney" is a rivalry; "faces a lawsuit from Apple" is not
    if obj is not None and not cue.tail and middle is None and _second_verb_between(sf, cue, obj):
        obj = None  # "bought gas plants and signed a deal with X": X is the second verb's
    if obj is not None and not cue.tail and cue.relation in ("acquires", "bids_for") and _with_party(sf, cue, obj):
        return []  # "will buy the cells under a supply contract with X": X is a party to the contract
    if obj is not None and cue.tail and cue.relation == "acquires" and cue.frame == "SVO" and middle is None \
            and obj.last < cue.tail[0][0]:
        # "Bosch kauft Continental die Sparte Velmar ab": a second name in the gap is what is bought,
        # the first the seller it is bought from
        bought = sf.right(obj.last, limit=3)
        if bought is not None and bought.last < cue.tail[0][0] and bought.kind == "org" \
                and not _after_seller_word(sf, bought.first):
            # (not "hat das Projekt X von Vattenfall übernommen": the name after "von" owned or sold X)
            obj = bought
    if obj is not None and cue.tail and obj.first > cue.tail[-1][1] and sf.word(cue.tail[-1][1], "particles"):
        obj = None  # "zet AI in tegen verspilling, Jumbo ...": a particle closes the object's place
    if obj is not None and (_bought_from(sf, cue, obj) or _seller_first(sf, cue, obj)) and subj is not None \
            and cue.relation == "acquires" and _goods_around(sf, cue, obj):
        # "Renfe comprará 30 trenes a Talgo", "Telefónica compra a Nokia equipos de red": goods bought
        # from a seller make the buyer its customer
        return [Candidate(subj, "customer_of", obj, cue.frame, cue, base * 0.9, (subj.last, cue.last + 3))]
    if obj is not None and subj is not None and cue.relation == "acquires" and _maker_goods(sf, cue, obj):
        # "AWS buys Nvidia hardware", "compra turbinas de Siemens Energy", "mua 30 máy bay Airbus": the
        # goods the name makes are bought, not the maker; the buyer is its customer
        return [Candidate(subj, "customer_of", obj, cue.frame, cue, base * 0.9, (subj.last, cue.last + 3))]
    if obj is not None and (_bought_from(sf, cue, obj) or _goods_bought(sf, cue, obj) or _seller_first(sf, cue, obj)
                            or _part_bought(sf, cue, obj)):
        return []
    if obj is not None and cue.relation == "product_of" and obj.first > cue.last \
            and sf.word(obj.first - 1, "includers"):
        return []  # "betreibt die Shopsysteme von Händlern wie X": examples of the clients, not the products
    if obj is not None and subj is not None and _offer_received(sf, cue, subj):
        # "X a repoussé une offre de rachat de Y": the offer came from Y, for X
        return [Candidate(obj, "bids_for", subj, cue.frame, cue, base, (subj.last, cue.last + 3))]
    if obj is not None:
        # "the acquisition of X by Y"; after a verb ("ha rilevato X da Y") the agent word says "from"
        agent = sf.after_word(obj.last, "agent_words", reach=2, gap=2) if sf.ends_with(cue, "of_words") else None
        if agent is not None and subj is not None and subj.last == cue.first - 1 and cue.first < cue.last \
                and sf.word(cue.first, "have_words"):
            agent = None  # "Prada ha perfezionato l'acquisizione di X da Y": a subject acts; Y sold X
        if agent is not None:
            subj = agent
        elif cue.frame == "SVO" and not cue.tail and middle is None:
            # "a mis la main sur la société X et sur l'agence Y": the preposition repeated adds Y
            obj = _repeated_preposition(sf, obj, cue.last, described=True)
    if subj is None and obj is not None and cue.frame == "SVO" and sf.ends_with(cue, "of_words"):
        if sf.lex.verb_second:
            subj = fronted_noun_subject(sf, cue, obj)
        elif _comma_after(sf, obj):
            subj = _subject_after_fronted(sf, cue, obj)
    if cue.frame == "OVS" and cue.relation == "acquires" and cue.tail and (
            sf.lex.verb_second and not _passive(sf, cue)
            or _sale_cue(sf, cue)):
        # (sale verbs by key: the word class is not kept on the units of this cue, so sf.word misses it)
        # "Telekom verkoopt Odido aan Apax": the buyer after the cue acquires the goods in its gap;
        # with no company there ("verkoopt zijn huishoudtak aan X") nothing is said of the seller
        if middle is not None and obj is not None and not _majority_share(sf, cue.last + 1, middle.first) \
                and any(sf.word(k, "negations") for k in range(cue.last + 1, middle.first)):
            return []  # "verkoopt zijn belang in X aan Y": a stake sold, not the company (not "70% cổ phần")
        if any(c is not cue and c.frame in ("SVO", "OVS", "DEAL") and cue.last < c.first < cue.tail[0][0]
               for c in sf.su.cues):
            return []  # "a decision to sell down its cars, and Ford supplies vans to X": another verb in the gap
        if middle is not None and obj is not None and (all(x.kind == "product" for x in middle.slots)
                                                       or _goods_noun_after(sf, middle)):
            # "Airbus vend des A350 à Qantas": goods sold, not a company; the buyer is a customer
            if subj is None:
                return []
            return [Candidate(obj, "customer_of", subj, cue.frame, cue, base * 0.9, (subj.last, cue.tail[-1][1] + 3))]
        if middle is not None and obj is not None:
            return [Candidate(obj, cue.relation, middle, cue.frame, cue, base, (middle.first, cue.tail[-1][1] + 3))]
        if middle is None and obj is not None and subj is not None and obj.first > cue.tail[-1][1] \
                and any(sf.word(k, "goods_words") for k in range(cue.last + 1, cue.tail[0][0])):
            # "verkoopt zijn machines onder meer aan TSMC": goods sold to a company, a customer (not
            # "verkoopt zijn huishoudtak aan X": a unit sold)
            return [Candidate(obj, "customer_of", subj, cue.frame, cue, base * 0.9, (subj.last, cue.tail[-1][1] + 3))]
        if middle is None and obj is not None and subj is not None and subj.kind == "org" \
                and obj.first > cue.tail[-1][1] and _majority_share(sf, cue.last + 1, cue.tail[-1][0]):
            # "Pomina bán 51% cổ phần cho Hokuriku": the seller's own control goes to the buyer
            # (the scope opens at "cho": the shares before it are no negation of the sale)
            return [Candidate(obj, cue.relation, subj, cue.frame, cue, base * 0.9,
                              (cue.tail[-1][0], cue.tail[-1][1] + 3))]
        if middle is None and obj is not None and obj.last < cue.tail[0][0] and len(cue.tail) > 1:
            # "Vodafone hat Vantage Towers an KKR verkauft": in the perfect the buyer stands between
            # the preposition and the participle
            buyer = sf.right(cue.tail[0][1], limit=3)
            if buyer is not None and buyer.kind == "org" and buyer.last < cue.tail[-1][0] \
                    and not buyer.anaphoric:
                return [Candidate(buyer, cue.relation, obj, cue.frame, cue, base, (obj.first, cue.tail[-1][1] + 3))]
        return []  # "verkocht Signify aan beleggers": no buyer named
    if antecedent is not None and subj is antecedent and obj is not None and _inverted_relative(sf, cue, subj, obj):
        subj, obj = obj, subj  # "Tuenti, que compró Telefónica en 2010": Telefónica bought Tuenti
    if cue.frame == "OVS":
        subj, obj = obj, subj
        if subj is None:
            return []
    out = []
    if subj is not None and obj is not None:
        left_end = min(subj.last, obj.last)
        out.append(Candidate(subj, cue.relation, obj, cue.frame, cue, base, (left_end, cue.last + 3)))
        if middle is not None and cue.relation == "customer_of" and cue.frame == "OVS":
            # the supplier's goods are its products (a known company is not: see _typed)
            out.append(Candidate(middle, "product_of", obj, "SVO", cue, base * 0.9, (left_end, cue.last + 3)))
    return out


def _purpose_clause(sf: SentenceFrame, i: int) -> bool:
    """A purpose word at unit i opening a clause ("pour produire", "para fabricar"), not naming a
    beneficiary: a plain word of no class right after it (a verb), no name, article or pronoun; not
    where nouns are capitalised and a plain word there is an adjective ("für souveräne Cloud")."""
    if sf.lex.verb_second or not sf.word(i, "purposes") or i + 1 >= len(sf.su.units):
        return False
    u = sf.su.units[i + 1]
    return u.mention is None and not u.classes and not u.in_cue and u.key.isalpha() and u.key.islower()


def _other_cue_object(sf: SentenceFrame, cue: CueMatch, obj: Group) -> bool:
    """A cue of another relation closing on "with" right before the object ("in concurrentie met X",
    "in Kooperation mit X"): the name is that cue's party, not this verb's object."""
    j = obj.first - 1
    while j > cue.last and (sf.word(j, "determiners") or sf.word(j, "articles")) and not sf.word(j, "with_words"):
        j -= 1
    return any(o is not cue and o.relation != cue.relation and cue.last < o.first and o.last == j
               and sf.ends_with(o, "with_words") for o in sf.su.cues)


def _second_verb_between(sf: SentenceFrame, cue: CueMatch, obj: Group) -> bool:
    """"Kroger acquired two warehouses and partnered with Ocado": a conjunction then another cue
    between a verb and the name after it open a second predicate; the name is that one's."""
    units = sf.su.units
    for other in sf.su.cues:
        if cue.last < other.first < obj.first:
            k = other.first - 1
            skipped = 0
            while k > cue.last + 1 and skipped < 2 and not sf.word(k, "conjunctions") \
                    and units[k].mention is None and not units[k].in_cue and units[k].key[:1].isalpha():
                k -= 1  # "and has signed", "and now competes"
                skipped += 1
            if k > cue.last + 1 and sf.word(k, "conjunctions") and units[k - 1].mention is None \
                    and sf.group_at(k - 1) is None:
                return True  # (a name before "and" makes a list: "buys A and Y", not a predicate)
    return False


OBJECT_RELATIVE_GAP = 2  # words between the clause's subject and its verb ("which Orange has quietly bought")


def _inverted_relative(sf: SentenceFrame, cue: CueMatch, antecedent: Group, obj: Group) -> bool:
    """"Tuenti, que compró Telefónica": after a relative word of a language that marks a company object
    ("que compró a Telefónica"), a bare name right after a purchase verb may be the clause's subject;
    it is when the registry knows it and not the antecedent (as in Dutch: the known buy the young)."""
    return cue.frame == "SVO" and not cue.tail and cue.relation in ("acquires", "bids_for") \
        and cue.first >= 2 and sf.word(cue.first - 1, "inverted_relatives") and sf.su.units[cue.first - 2].key == "," \
        and obj.first == cue.last + 1 and len(obj.slots) == 1 and _registered(obj) \
        and not _registered(antecedent)


def _object_relative(sf: SentenceFrame, cue: CueMatch) -> tuple[Group, Group] | None:
    """"Slack, which Salesforce bought in 2021", "Tableau, que Salesforce a racheté", "Ita, che
    Lufthansa ha rilevato": a name, a comma (or a cleft: "c'est X que"), an object relative word, then
    a name and the verb with no object of its own. The
    second name did it to the first: (doer, done). Only the antecedent's last list member is
    done ("A and Slack, which Salesforce bought")."""
    units = sf.su.units
    j = cue.first - 1
    gap = 0
    while j >= 0 and sf.group_at(j) is None and not sf.word(j, "pronouns"):
        if gap == OBJECT_RELATIVE_GAP or units[j].in_cue or sf.is_break(j) or not units[j].key[:1].isalnum() \
                or units[j].mention is not None:
            return None
        gap += 1
        j -= 1
    doer = sf.group_at(j) if j >= 0 else None
    # a pronoun here is the clause's subject, not the last name (the antecedent) a resolver would pick
    pronoun = j >= 0 and sf.word(j, "pronouns") and (doer is None or doer.anaphoric)
    if not pronoun and (doer is None or doer.kind != "org" or len(doer.slots) != 1):
        return None
    r = (j if pronoun else doer.first) - 1
    k = r
    while not pronoun and k > 0 and r - k < 3 and not sf.word(k, "object_relatives") and not units[k].in_cue \
            and units[k].key.replace(" ", "").replace("-", "").isalpha() \
            and (units[k].mention is None or units[k].mention.kind == "industry"):
        k -= 1  # the doer's description: "Walgreens, which private equity firm Sycamore took private"
    if sf.word(k, "object_relatives"):
        r = k
    if r < 1 or not sf.word(r, "object_relatives"):
        return None
    if not pronoun and any(sf.word(x, c) for x in range(r + 1, doer.first) for c in ("agent_words", "seller_words")):
        return None  # "Barilla, che da Orobica acquista il formaggio": a name after a preposition is no subject
    while r > 0 and sf.word(r - 1, "object_relatives"):
        r -= 1  # a relative of two words ("la cual")
    comma = r >= 2 and units[r - 1].key == ","
    end = r - 1 if comma else r  # the antecedent ends before this unit
    if not comma:
        opening = _apposition_opening(sf, r)
        if opening is not None:
            # "Navitaire, la plataforma low cost que Amadeus compró": an apposition between the name and
            # the relative describes the name
            comma, end = True, opening
    before = sf.group_at(end - 1) if comma else sf.group_at(r - 1) if r >= 1 else None
    if before is None or before.kind != "org" or before is doer:
        return None
    if not comma and not sf.word(r, "restrictive_relatives") \
            and not any(sf.word(k, "clefts") for k in range(max(0, before.first - 3), before.first)):
        return None  # without a comma only a cleft ("C'est Stripe que Mistral AI a retenu") or "that"
    own = sf.right(cue.last, limit=3)
    if own is not None and not any(units[k].key == "," for k in range(cue.last + 1, own.first)) \
            and not (cue.relation in ("acquires", "bids_for") and sf.word(cue.last + 1, "seller_words")
                     and not sf.word(cue.last + 1, "agent_words")):
        # "..., que X a racheté Y": the verb's own object (not the seller after a purchase verb:
        # "Navitaire, que Amadeus compró a Sabre")
        return None
    done = [s for s in before.slots if s.last < end][-1]
    if pronoun:
        # "Salesforce relies on Tableau, which it bought": "it" is the clause's subject before the name
        doer = next((g for g in sf.groups if g.kind == "org" and g.last < before.first and len(g.slots) == 1
                     and g.first not in sf._hidden), None)
        if doer is None or any(sf.is_break(k) for k in range(doer.last + 1, before.first)):
            return None
    if done.entity == doer.slots[0].entity:
        return None
    return doer, Group([done], done.first, done.last)


APPOSITION_REACH = 8  # words of an apposition before an object relative ("la plataforma para compañías low cost")


def _apposition_opening(sf: SentenceFrame, r: int) -> int | None:
    """The comma opening ", la plataforma ..." right before the relative word at r, when only plain
    words stand between (no name, cue or break): the unit of that comma."""
    units = sf.su.units
    k = r - 1
    nouns = {i for c in sf.su.cues if c.frame in ("NOUN", "NOUN_INV") for i in range(c.first, c.last + 1)}
    while k > 0 and r - k <= APPOSITION_REACH and units[k].key != ",":
        if units[k].in_cue and k not in nouns or sf.is_break(k) or not units[k].key[:1].isalnum() \
                or _named_at(sf, k):
            return None  # (a description is no name: "la red social que Telefónica compró", "la aplicación de reparto")
        k -= 1
    if k < 1 or units[k].key != "," or k == r - 1 or not (
            sf.word(k + 1, "articles") or sf.group_at(k + 1) is not None and not _named_at(sf, k + 1)):
        return None
    return k


def _named_at(sf: SentenceFrame, k: int) -> bool:
    """A name, not an anaphoric description, stands at unit k."""
    g = sf.group_at(k)
    return g is not None and any(s.first <= k <= s.last and not s.anaphor for s in g.slots)


def _prepositional_antecedent(sf: SentenceFrame, cue: CueMatch) -> Group | None:
    """"die Schwarz Gruppe, zu der auch Lidl gehört": a cue opening with a preposition and a relative
    pronoun right after a comma speaks of the name before the comma (not of one an aside before hides)."""
    units = sf.su.units
    if cue.first < 2 or units[cue.first - 1].key != "," or cue.first == cue.last \
            or not sf.word(cue.first + 1, "relatives"):
        return None
    g = sf.group_at(cue.first - 2)
    if g is None or g.kind != "org":
        return None
    last = g.slots[-1]
    return Group([last], last.first, last.last)


def oblique_subject(sf: SentenceFrame, i: int) -> Group | None:
    """"Iberdrola lanza una tarifa, un producto con el que entra en ..., un terreno en el que compite
    con X": a verb right after a prepositional relative (the lexicon's oblique_relatives) describing
    a thing, not a company, goes on with the company the sentence opened with."""
    if sf.lex.verb_second:
        return None
    spans = sf.su.spans.get("oblique_relatives")
    if not spans:
        return None
    rel = next(((a, b) for a, b in spans if i - 3 <= b < i and all(
        sf.group_at(k) is None and not sf.su.units[k].in_cue for k in range(b + 1, i))), None)
    if rel is None:
        return None
    units = sf.su.units
    opening = next((g for g in sf.groups if g.kind == "org"), None)
    if opening is None or opening.last >= rel[0] or not all(
            sf.word(k, "determiners") or units[k].key in ('"', "«", "“") for k in range(opening.first)):
        return None  # only the company opening the sentence: "Para X, ..." is no subject
    if any(sf.is_break(k) or units[k].key in (";", ":") for k in range(opening.last + 1, i)):
        return None
    if any(g.kind == "org" and opening.last < g.first < i and any(x.kind == "company" for x in g.slots)
           for g in sf.groups):
        return None  # another company between (a product may be the opener's): whose thing it is is not said
    return opening


def _goods_object(sf: SentenceFrame, cue: CueMatch) -> int | None:
    """The goods noun right after a customer verb and a possessive ("utiliza sus sistemas",
    "usa su tecnología"): where it stands, else None."""
    if cue.frame != "SVO" or cue.relation != "customer_of" or cue.tail:
        return None
    j = cue.last + 1
    if not sf.word(j, "possessives") or sf.word(j, "plural_pronouns"):
        return None
    while sf.word(j, "possessives"):
        j += 1
    if j < len(sf.su.units) and sf.su.units[j].mention is None and sf.word(j, "goods_words"):
        return j
    return None


def described_supplier(sf: SentenceFrame, cue: CueMatch) -> Group | None:
    """"Repsol utiliza los sistemas de la compañía": goods of a company the text describes (an
    anaphor after "of") name the supplier."""
    units = sf.su.units
    j = cue.last + 1
    while j <= cue.last + 3 and (sf.word(j, "articles") or sf.word(j, "continuation")):
        j += 1  # "utiliza asimismo los sistemas"
    if not sf.word(j, "goods_words") or units[j].mention is not None:
        return None
    # "los sistemas de diagnóstico de la compañía": one qualifier may stand between
    for k in range(j + 1, min(len(units), j + 5)):
        if units[k].key in (",", ";") or units[k].in_cue or sf.is_break(k):
            return None
        g = sf.group_at(k)
        if g is not None:
            ok = g.first == k and g.anaphoric and g.kind == "org" and sf.word(k - 1, "of_words")
            return g if ok else None
    return None


def _dropped_subject(sf: SentenceFrame, cue: CueMatch) -> Group | None:
    """"X ha scelto Vestas, mentre per i pannelli si affida a Longi": a clause after a break that
    names no company before its verb keeps the subject of the clause before (a dropped subject);
    that subject is the first company of the sentence not governed by a preposition."""
    units = sf.su.units
    j = cue.first - 1
    while j > 0 and not sf.is_break(j):
        if sf.group_at(j) is not None or units[j].key in (";", ":", "."):
            return None
        j -= 1
    if j <= 0 or units[j].key in (";", "?", "!"):
        return None
    if sf.ends_with(cue, "agent_words") and any(sf.word(k, "articles") for k in range(j + 1, cue.first)):
        return None  # "..., mentre i moduli saranno forniti da X": a passive clause has its own subject, a noun
    first = next((g for g in sf.groups if g.kind == "org" and g.last < j and sf.visible(g.first, cue.first)), None)
    if first is None or first.anaphoric or _after_preposition(sf, first) or len(first.entities) != 1:
        return None
    return first


def _part_bought(sf: SentenceFrame, cue: CueMatch, obj: Group) -> bool:
    """"L'Oréal s'offre les parfums de Kering", "le rachat des activités européennes de X": a noun
    between the purchase and "of" names the part bought, not the owner (unless it says the whole:
    "la totalité du capital de X"). Read where the language lists its words for the whole."""
    if not sf.lex.words.get("whole_words") or cue.frame != "SVO" or cue.relation not in ("acquires", "bids_for") \
            or cue.tail or sf.ends_with(cue, "agent_words"):
        return False
    units = sf.su.units
    j = obj.first - 1
    while j > cue.last and sf.word(j, "articles") and not sf.word(j, "of_words"):
        j -= 1
    if j <= cue.last + 1 or not sf.word(j, "of_words"):
        return False
    # the first noun decides: "une partie des activités de SFR" is (part of) SFR bought
    head = next((k for k in range(cue.last + 1, j) if units[k].key.replace("-", "").replace(" ", "").isalpha()
                 and not any(sf.word(k, c) for c in ("articles", "of_words", "percent_words"))), None)
    return head is not None and not sf.word(head, "whole_words") \
        and (units[head].mention is None or units[head].mention.kind == "industry")


def _offer_received(sf: SentenceFrame, cue: CueMatch, subj: Group) -> bool:
    """A purchase noun ("une offre de rachat de Y") after a verb of refusing or receiving it
    ("a repoussé", "a reçu"): Y made the offer, to the subject."""
    if cue.frame != "SVO" or cue.relation not in ("acquires", "bids_for") or not sf.ends_with(cue, "of_words") \
            or subj.last >= cue.first:
        return False
    return any(sf.word(k, "rejections") or sf.word(k, "receptions") for k in range(subj.last + 1, cue.first)) \
        and _same_clause(sf, subj.last, cue.first) and sf.after_word(cue.last, "agent_words", reach=8, gap=2) is None


def _listed_members(sf: SentenceFrame, cue: CueMatch, subj: Group, obj: Group) -> bool:
    """The object follows ", including" after the verb, and a relational noun stands between the
    subject and the verb: the names are the noun's members, not the verb's object."""
    j = obj.first - 1
    while j > cue.last and sf.word(j, "determiners") and not sf.word(j, "includers"):
        j -= 1
    if not sf.word(j, "includers") or not any(sf.su.units[k].key == "," for k in range(cue.last + 1, j)):
        return False
    return any(o.frame in ("NOUN", "NOUN_INV") and subj.last < o.first < cue.first for o in sf.su.cues)


def _majority_share(sf: SentenceFrame, a: int, b: int) -> bool:
    """A percentage of 50 or more between units a and b ("bán 70% cổ phần của X"): control changes hands."""
    share = sf.share(a, b - 1)
    return share is not None and share >= 50


_GOODS_CLASSES = frozenset({"product_nouns", "brand_words"})


def _goods_noun_after(sf: SentenceFrame, g: Group) -> bool:
    """"sold 20 A350 jets to X": a plain plural noun right after the name makes the name a model
    of goods, not a company sold."""
    units = sf.su.units
    if g.last + 1 >= len(units):
        return False
    nxt = units[g.last + 1]
    if nxt.mention is None and not nxt.in_cue and sf.word(g.last + 1, "goods_words"):
        return True
    # (a product noun, "jets", is such a noun too)
    return nxt.mention is None and nxt.classes <= _GOODS_CLASSES and not nxt.in_cue and nxt.key.isalpha() \
        and len(nxt.key) > 3 and nxt.key.endswith("s") and not nxt.key.endswith("ss")


def _sale_cue(sf: SentenceFrame, cue: CueMatch) -> bool:
    """"vendió ... a", "la cession de ... à": a split cue opening with a sale verb (read by key: the
    word class is not kept on the units of a cue)."""
    sale = sf.lex.words.get("sale_verbs", ())
    if not sale:
        return False
    # a sale verb of several words ("chuyển nhượng") spans units
    words = " " + " ".join(sf.su.units[j].key for j in range(cue.first, cue.last + 1)) + " "
    return any(f" {verb} " in words for verb in sale)


def _relative_owner(sf: SentenceFrame, cue: CueMatch) -> tuple[Group, Group] | None:
    """"DPG Media, dat onder meer de Volkskrant en het AD uitgeeft,": a verb-final relative clause
    ending in a launch or publish verb: the antecedent owns what the clause names before the verb."""
    units = sf.su.units
    end = cue.tail[-1][1] if cue.tail else cue.last
    if cue.first not in sf._hidden or not _clause_final(sf, end):
        return None
    j = cue.first - 1
    inside = None
    while j > 0 and not (units[j].key == "," and sf.word(j + 1, "relatives")):
        if sf.is_break(j) or units[j].key in (".", ";", ":"):
            return None
        g = sf.group_at(j)
        if g is not None:
            if inside is not None and g is not inside:
                return None  # two groups inside: who owns whom is not said by the order
            inside = g
        j -= 1
    owner = sf.group_at(j - 1) if j > 0 else None
    if inside is None or owner is None or owner.kind != "org" or inside.kind != "org" \
            or owner.anaphoric and owner.first != 0:
        return None  # an anaphor only as the sentence's subject ("Het Antwerpse familiebedrijf, dat ..."),
    return owner, inside  # not inside a phrase ("der Vertrag mit dem Münchner Unternehmen, das ...")


def _seller_first(sf: SentenceFrame, cue: CueMatch, obj: Group) -> bool:
    """"A2A ha acquistato da Enel alcune centrali": an agent word right after a purchase verb
    names the seller, not what was bought."""
    if cue.frame != "SVO" or cue.relation not in ("acquires", "bids_for") or cue.tail \
            or sf.ends_with(cue, "of_words") or sf.ends_with(cue, "agent_words"):
        return False
    j = obj.first - 1
    if j > cue.last + 1 and _bare_adjective(sf, j):
        j -= 1  # "ha rilevato dall'americana X": a demonym between the agent word and the seller
    while j > cue.last and sf.word(j, "determiners") and not sf.word(j, "agent_words") \
            and not sf.word(j, "seller_words"):
        j -= 1
    if j == cue.last + 1 and sf.word(j, "seller_words") and not sf.word(j, "agent_words") \
            and obj.last + 1 < len(sf.su.units) and (sf.word(obj.last + 1, "articles")
                                                     or sf.word(obj.last + 1, "goods_words")
                                                     or _NUMBER_KEY.match(sf.su.units[obj.last + 1].key)):
        return True  # "Endesa adquiere a Acciona una cartera de centrales": from the name, the goods after it
    return j == cue.last + 1 and sf.word(j, "agent_words") and not sf.word(j, "of_words")


def _after_seller_word(sf: SentenceFrame, first: int) -> bool:
    """A seller's (or owner's) preposition before the name at unit `first`, past its articles:
    "von (der) X", "van X", "from X"."""
    return sf.word_before(first, ("seller_words",), skip="articles") >= 0


def _bare_adjective(sf: SentenceFrame, j: int) -> bool:
    """A lowercase word of no word class and no mention ("americana", "tedesca") at unit j."""
    u = sf.su.units[j]
    return u.mention is None and not u.classes and u.key.isalpha() and u.key.islower()


def _bought_from(sf: SentenceFrame, cue: CueMatch, obj: Group) -> bool:
    """"X tiếp quản mảng bán lẻ từ Y": the goods stand between the verb and "from"; Y sells them."""
    if cue.frame != "SVO" or cue.relation not in ("acquires", "bids_for") or cue.tail:
        return False
    j = obj.first - 1
    while j > cue.last and sf.word(j, "determiners") and not sf.word(j, "seller_words"):
        j -= 1  # (Spanish "a" is both: "compra aviones a Boeing")
    if j <= cue.last + 1 or not sf.word(j, "seller_words"):
        return False
    if sf.word(j, "of_words") and not _goods_around(sf, cue, obj):
        return False  # "koopt de aandelen van Eneco": "van" is also "of"; only goods make it "from"
    return any(sf.su.units[k].key[:1].isalpha() or sf.su.units[k].mention is not None
               for k in range(cue.last + 1, j))


def _leads(sf: SentenceFrame, cue: CueMatch, base: float) -> list[Candidate]:
    """"Nicolas Hieronimus dirige L'Oréal", "Pichai, who runs Google": a person before the verb
    leads the company right after it; "Starbucks, led by Brian Niccol", "X, which was founded by Y"
    (OVS): the person after the passive leads the company before it."""
    if cue.frame == "OVS":
        person = sf.right(cue.tail[-1][1] if cue.tail else cue.last, kind="person", limit=3)
        # (also "X, công ty do ông Y sáng lập": the agent word opens the cue, the person fills its gap)
        inner = sf.right(cue.last, kind="person", limit=6) if cue.tail and (
            sf.lex.verb_second or sf.word(cue.first, "agent_words")) else None
        start = None
        if inner is not None and inner.last < cue.tail[-1][0]:
            person, start = inner, inner.first  # "X wird seit 2021 von Y geführt", "X, das von Y gegründet wurde"
        org = sf.relative_antecedent(cue.first) or sf.left(cue.first, limit=4)
        if person is None or org is None or org.kind != "org":
            return []
        # (a title's own "former" before the gap's person is not the founding's: "von der früheren Managerin Y")
        scope = (start, cue.tail[-1][1] + 1) if start is not None else (org.last, cue.last + 3)
        return [Candidate(person, cue.relation, org, cue.frame, cue, base, scope)]
    person = sf.left(cue.first, kind="person", limit=4)
    org = sf.right(cue.tail[-1][1] if cue.tail else cue.last, limit=4 if sf.lex.verb_second else 2)
    if sf.lex.verb_second and person is not None and cue.tail:
        # "Jan Bos richtte in 2015 Vaart op": the company in the gap of the split verb
        inner = sf.right(cue.last, limit=4)
        if inner is not None and inner.last < cue.tail[0][0]:
            org = inner
    elif sf.lex.verb_second and person is not None and (org is None or not _same_clause(sf, cue.first, org.first)):
        # "Rintel, die sinds 2022 KLM leidt": verb-final, the company before the verb (not "die de
        # gesprekken met KLM leidt")
        inner = sf.left(cue.first, limit=4)
        org = inner if inner is not None and inner.first > person.last and not _after_preposition(sf, inner) else None
    if person is None or org is None or org.kind != "org" or not _same_clause(sf, person.last, org.first):
        return []
    return [Candidate(person, cue.relation, org, cue.frame, cue, base, (person.last, cue.last + 3))]


def _venture_cue(sf: SentenceFrame, cue: CueMatch) -> bool:
    """The cue names a joint venture ("coentreprise", "Gemeinschaftsunternehmen")."""
    return any(sf.word(k, "venture_words") for k in range(cue.first, cue.last + 1))


_LIST_GLUE = frozenset({",", "(", ")", ":", "-", "–", "—"})


def _member_after_copula(sf: SentenceFrame, after: int) -> Group | None:
    """"Tesla's main rival in China is BYD": the noun's member after a copula, with at most a short
    place or time phrase (no name of a company, no cue) between the noun and the copula."""
    units = sf.su.units
    cop = next((k for k in range(after + 1, min(after + 6, len(units))) if sf.word(k, "copulas")), None)
    if cop is None or any(units[k].in_cue or units[k].key in (",", ";") or sf.group_at(k) is not None
                          and sf.group_at(k).kind == "org" for k in range(after + 1, cop)):
        return None
    while sf.word(cop + 1, "copulas"):
        cop += 1  # a copula of two words ("vẫn là", "est devenu")
    member = sf.right(cop, limit=2)
    if member is None or member.kind != "org" \
            or not all(sf.word(k, "determiners") for k in range(cop + 1, member.first)):
        return None
    return member


def _member_ends(sf: SentenceFrame, end: int) -> bool:
    """A noun's member after a copula ends its clause, or a short form in brackets or its origin
    follows ("De grootste concurrent van X is Epic Systems uit Wisconsin")."""
    units = sf.su.units
    return end >= len(units) or units[end].key in (",", ".", ";", "(", ")") \
        or (sf.word(end, "origin_words") or sf.word(end, "place_words")) \
        and (sf.group_at(end + 1) is None or sf.group_at(end + 1).kind != "org")


def _with_party(sf: SentenceFrame, cue: CueMatch, obj: Group) -> bool:
    """A name a "with" introduces, words after a purchase verb: the partner of some noun between,
    not what is bought."""
    j = obj.first - 1
    while j > cue.last and sf.word(j, "determiners") and not sf.word(j, "with_words"):
        j -= 1
    return j > cue.last + 1 and sf.word(j, "with_words")


def _goods_around(sf: SentenceFrame, cue: CueMatch, obj: Group) -> bool:
    """Goods (the lexicon's goods_words) between a purchase verb and its seller, or right after the
    seller's name: "compra aviones a Boeing", "compra a Nokia equipos de red"."""
    units = sf.su.units
    end = min(len(units), obj.last + 3)
    return any(sf.word(k, "goods_words") for k in range(cue.last + 1, obj.first)) \
        or any(sf.word(k, "goods_words") for k in range(obj.last + 1, end))


def _goods_bought(sf: SentenceFrame, cue: CueMatch, obj: Group) -> bool:
    """"Vietjet mua 100 máy bay Boeing": a count of goods between the verb and the name; the name
    makes the goods, it is not bought (a percentage is a stake: see _minority_stake)."""
    if cue.frame != "SVO" or cue.relation not in ("acquires", "bids_for") or cue.tail:
        return False
    units = sf.su.units
    for k in range(cue.last + 1, obj.first - 1):
        if _NUMBER_KEY.match(units[k].key) and not _YEAR.match(units[k].key) and units[k + 1].mention is None \
                and units[k + 1].key.isalpha() and not units[k + 1].classes - {"goods_words"}:
            return True  # a count and its noun ("100 máy bay"), not a year or "2023 la società
    return False


def _won_order(sf: SentenceFrame, cue: CueMatch) -> bool:
    """An order verb read as a noun after an article and a verb of winning it ("remporte une
    commande", "wins an order"): the supplier won it."""
    j = cue.first - 1
    if not sf.word(j, "articles"):
        return False
    while j > 0 and (sf.word(j, "articles") or sf.word(j, "determiners")):
        j -= 1
    return sf.word(j, "win_words")


def _maker_goods(sf: SentenceFrame, cue: CueMatch, obj: Group) -> bool:
    """Goods named by their maker after a purchase verb: the goods noun right after the name
    ("buys Nvidia hardware") or heading the words between verb and name ("achète des avions Airbus",
    "kauft Flugzeuge von Airbus"; not "la división de turbinas de X": a unit bought)."""
    if cue.frame != "SVO" or cue.tail or obj.first <= cue.last:
        return False
    units = sf.su.units
    nxt = obj.last + 1
    if nxt + 1 < len(units) and _NUMBER_KEY.match(units[nxt].key) and sf.word(nxt + 1, "goods_words"):
        nxt += 1  # "150 Boeing 737 jets": a model number between the maker and its goods
    elif nxt + 1 < len(units) and units[nxt].mention is not None and units[nxt].mention.kind == "product" \
            and sf.word(nxt + 1, "goods_words"):
        nxt += 1  # "60 Airbus A321neo jets": a model named as a product between the maker and its goods
    if nxt < len(units) and sf.word(nxt, "goods_words") and obj.first == cue.last + 1 + sum(
            1 for k in range(cue.last + 1, obj.first) if sf.word(k, "determiners") or sf.word(k, "articles")
            or _NUMBER_KEY.match(units[k].key) and not _YEAR.match(units[k].key)) \
            and (units[nxt].mention is None or units[nxt].mention.kind == "industry"):
        return True
    between = range(cue.last + 1, obj.first)
    if not between or any(units[k].mention is not None or units[k].in_cue or units[k].key in _CLAUSE_PUNCT
                          or sf.is_break(k) for k in between):
        return False
    head = next((k for k in between if not any(sf.word(k, c) for c in ("articles", "determiners", "of_words"))
                 and not _NUMBER_KEY.match(units[k].key)), None)
    return head is not None and sf.word(head, "goods_words") and len(between) <= 6


_NUMBER_KEY = re.compile(r"^\d+(?:[.,]\d+)*$")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_PREPOSITIONS = ("of_words", "agent_words", "with_words", "in_words", "purposes")
_QUOTES = frozenset({'"', "„", "“", "”", "«", "»", "‚", "‘", "’"})
_CLAUSE_PUNCT = frozenset({",", ":", ";", "–", "—", "(", ")"})


def _clause_start(sf: SentenceFrame, i: int) -> int:
    j = i
    while j > 0 and sf.su.units[j - 1].key not in _CLAUSE_PUNCT and not sf.is_break(j - 1):
        j -= 1
    return j


def _after_preposition(sf: SentenceFrame, g: Group) -> bool:
    """'bei Wasserstoff', 'von der Telekom': the group is a prepositional object."""
    j = sf.word_before(g.first, _PREPOSITIONS)
    return j >= 0 and not sf.word(j, "articles")


def _with_object(sf: SentenceFrame, g: Group) -> bool:
    """'with A and B', 'con A y B': the group is the object of a "with" preposition."""
    return sf.word_before(g.first, ("with_words",)) >= 0


_NOUN_OPENERS = frozenset({"determiners", "articles", "anaphors", "group_anaphors", "big_anaphors", "small_anaphors"})


def _inverted_alone(sf: SentenceFrame, cue: CueMatch, left: Group) -> bool:
    """A split verb cue after a fronted prepositional phrase ("Seit dem Kauf von X hat SAP ...
    gekauft"), with the only name of its gap right after the finite verb: that name is the inverted
    subject, and the cue names no object."""
    if cue.frame != "SVO" or not cue.tail or cue.first != cue.last or not _same_clause(sf, left.last, cue.first):
        return False
    start = _clause_start(sf, left.first)
    if not (start < left.first - 1 and not sf.su.units[start].classes & _NOUN_OPENERS and sf.group_at(start) is None
            and (any(sf.word(start, c) for c in (*_PREPOSITIONS, "split_prepositions", "subordinators"))
                 or _after_preposition(sf, left))) or _subordinator_before(sf, left.first) is not None:
        return False
    j = cue.last + 1
    while j < len(sf.su.units) and sf.word(j, "determiners") and sf.group_at(j) is None:
        j += 1
    first = sf.group_at(j)
    if first is None or first.first != j or first.kind != "org" or not sf.visible(j, cue.first):
        return False
    nxt = sf.right(first.last)
    return nxt is None or nxt.first > cue.tail[-1][1]


def _filled_prefield(sf: SentenceFrame, g: Group, cue: CueMatch) -> bool:
    """In a verb-second language, a comma after the group and then an article and a noun (no name)
    right before the verb: that noun fills the field before the verb of a clause of its own
    ("A entwickelt, das Lager betreibt B"), so the group before the comma is not the verb's."""
    units = sf.su.units
    verb = cue.first
    commas = [k for k in range(g.last + 1, verb) if units[k].key == ","]
    if not commas or not sf.word(commas[-1] + 1, "articles") or verb - commas[-1] < 3:
        return False
    if sf.word(commas[-1] + 1, "relatives") and (cue.tail or cue.first != cue.last or _clause_final(sf, verb)):
        return False  # "A, das Lager betreibt,", "A, der ... von B übernommen wurde": a relative clause, its verb last
    # (the comma may have been taken for a relative's: "das" is an article and a relative pronoun)
    return all(units[j].mention is None and not units[j].in_cue and units[j].key.isalpha()
               for j in range(commas[-1] + 1, verb))


def prefield_subject(sf: SentenceFrame, g: Group, verb: int) -> bool:
    """In a verb-second clause, the group is the whole field before the finite verb at `verb`:
    only articles, descriptors and asides stand around it ("Der Chiphersteller Infineon, ...,
    übernimmt"), not an adverbial ("Bei den Batterien für die Neue Klasse setzt ...")."""
    units = sf.su.units
    if not all(j in sf._hidden or units[j].key in _QUOTES for j in range(g.last + 1, verb)):
        return False
    ok = ("determiners", "articles", "conjunctions")
    return all(units[j].key in _QUOTES or (any(sf.word(j, c) for c in ok) and not sf.word(j, "purposes"))
               for j in range(_clause_start(sf, g.first), g.first))


def verb_second(sf: SentenceFrame, cue: CueMatch, left: Group | None) -> tuple[Group, Group] | None:
    """(left side, right side) of a verb cue when the word order is not subject-verb-object.

    Inverted: "Im Mai übernahm Siemens Altair", "Bei Batterien setzt der Konzern auf CATL": the
    group right after the verb is the subject when no group fills the field before the verb.
    Verb-final: "…, dass Siemens Altair übernimmt": both groups before the verb.
    Nominal cues ("der Kauf von X") and agent phrases keep their own frames.
    """
    if any(sf.ends_with(cue, c) for c in ("of_words", "agent_words")):
        return None
    if not cue.tail and cue.first < cue.last and sf.ends_with(cue, "with_words") \
            and _clause_start(sf, cue.first) != cue.first:
        # "de ziekenhuizen werkt met HiX": the name after a verb's preposition is its object (not
        # a fronted phrase's: "Im Wettbewerb mit X will Y ...")
        return None
    if left is not None and prefield_subject(sf, left, cue.first) and not _in_relative(sf, left):
        return None
    units = sf.su.units
    j = cue.last + 1
    while j < len(units) and sf.word(j, "determiners") and sf.group_at(j) is None:
        j += 1
    first = sf.group_at(j)
    if first is not None and first.first == j and first.kind == "org" and sf.visible(j, cue.first):
        obj = sf.right(first.last)
        tail_end = cue.tail[-1][1] if cue.tail else -1
        if obj is None and cue.tail and first.last < cue.tail[0][0] and sf.word(cue.first, "with_words") \
                and _clause_start(sf, cue.first) == cue.first:
            # "Mit ZF konkurriert der Stuttgarter Konzern": the fronted party, then the subject after the verb
            g = sf.right(tail_end, limit=1, anaphors=True)
            obj = g if g is not None and g.anaphoric else None
        if obj is not None and obj.first == first.last + 1 and not (_registered(first) and _registered(obj)):
            obj = None  # two names in a row: one name the finder split, not subject and object
        if obj is not None and (_after_preposition(sf, obj) and obj.first != tail_end + 1
                                and not (sf.ends_with(cue, "with_words") or cue.tail)
                                and not (cue.relation == "customer_of" and _possessor_of_object(sf, obj))):
            obj = None  # "übernimmt Altair von Nordwind": a prepositional object is no direct object
        if obj is not None and _same_clause(sf, cue.first, obj.first):
            return first, obj
        return None
    end = cue.tail[-1][1] if cue.tail else cue.last
    if left is None or (sf.right(end) is not None and not _clause_final(sf, end)):
        return None
    # verb-final: "dass Siemens Altair übernimmt", "weil ZF BMW beliefert", "dat Adyen Mollie overneemt"
    if _after_preposition(sf, left) or not _same_clause(sf, left.last, cue.first):
        return None
    if units[cue.first - 1].key == "," and _in_relative(sf, left):
        return None  # "X, das von Axa gegründet wurde, zählt ...": the verb after the aside is the main clause's
    before = sf.left(left.first, limit=6)
    if before is None or not _same_clause(sf, before.last, cue.first):
        return None
    if _inner_infinitive(sf, cue):
        return None  # the infinitive of "will ... übernehmen" is not a verb of its own
    k = before.last + 1
    if k + 2 == left.first and units[k].key == "," and not left.anaphoric:
        # a relative pronoun marked for case settles who does what: "Quorix, der BMW beliefert" (the
        # nominative: Quorix supplies), "Quorix, den BMW beliefert" (the accusative: BMW supplies Quorix)
        if sf.word(k + 1, "subject_relatives"):
            return before, left
        if sf.word(k + 1, "object_relatives"):
            return left, before
    relative = _relative_between(sf, before, left)
    if relative is None and _after_preposition(sf, before):
        return None  # (a relative's antecedent may stand after a preposition: "in handen van X, dat ...")
    if relative is not None:
        # "Adyen, het betaalbedrijf dat Uber tot zijn klanten rekent": the antecedent is the
        # subject when the cue's possessive speaks of it
        if not any(sf.word(j, "possessives") for j in range(cue.first, end + 1)) and not left.anaphoric:
            if cue.frame == "SVO" and cue.relation in ("acquires", "bids_for") \
                    and _registered(before) != _registered(left):
                # "Cymer, dat ASML in 2013 overnam" could be read either way: the company the registry
                # knows is the buyer of the one it does not (the usual news: the known buy the young)
                return (before, left) if _registered(before) else (left, before)
            return None  # "X, dat Y beconcurreert" could be read either way
        return before, left
    start = _clause_start(sf, before.first)
    opener = _subordinator_before(sf, before.first)
    if opener is not None and opener + 1 >= start:
        start = opener + 1  # "Men verwacht dat Adyen Mollie overneemt"
    elif start != _clause_start(sf, cue.first) or not 0 < before.first - start <= 2:
        return None  # a subordinate clause opens with its conjunction or pronoun: "dass", "weil", "der"
    if any(any(sf.word(j, c) for c in _PREPOSITIONS) and not sf.word(j, "articles")
           for j in range(start, before.first)):
        return None
    return before, left


def _in_relative(sf: SentenceFrame, g: Group) -> bool:
    """The group opens a relative clause after its comma (", dat het bedrijf ... overnam"): a
    verb-final clause, where the group before the verb is no prefield subject."""
    start = _clause_start(sf, g.first)
    return 0 < start < g.first and sf.word(start, "relatives") and sf.su.units[start - 1].key == ","


def fronted_noun_subject(sf: SentenceFrame, cue: CueMatch, obj: Group) -> Group | None:
    """"Seit dem Kauf von Glovo gilt Delivery Hero als ...": a relational noun in the fronted
    adverbial of a verb-second clause belongs to the subject right after the finite verb."""
    units = sf.su.units
    start = _clause_start(sf, cue.first)
    if cue.first - start > 3 or any(units[j].mention is not None for j in range(start, cue.first)):
        return None  # not a short adverbial opening the clause: "Seit dem", "Nach der"
    end = obj.last
    if end + 2 < len(units) and units[end + 1].key == "," and sf.word(end + 2, "relatives"):
        # "Samen met Kombuchery, waarin Heineken een belang nam, brengt de groep ...": past the aside
        end += 2
        while end < len(units) and units[end].key != ",":
            if units[end].key in (".", ";", "?", "!") or end - obj.last > 15:
                return None
            end += 1
    j = end + 1
    while j < len(units) and j - end <= 5:
        if units[j].key in _CLAUSE_PUNCT or sf.is_break(j) or units[j].key in (".", "?", "!"):
            return None
        g = sf.group_at(j)
        if g is not None:
            if g.kind != "org" or _after_preposition(sf, g) or j - end < 2:
                return None  # "im Jahr 2021 hatte SAP": a verb stands between the object and the subject
            return g
        j += 1
    return None


def _subject_after_fronted(sf: SentenceFrame, cue: CueMatch, obj: Group) -> Group | None:
    """"Après le rachat de X, Y devient ...": a relational noun in a short phrase opening the
    sentence, closed by the comma after its object, belongs to the name right after that comma."""
    units = sf.su.units
    if _clause_start(sf, cue.first) != 0 or cue.first > 3 \
            or any(units[j].mention is not None for j in range(cue.first)):
        return None
    at = obj.last + 2
    if obj.last + 1 in sf._hidden and units[obj.last + 1].key == ",":
        # "Face à X et Y, qui dominent le marché, Z mise sur ...": the subject after the aside
        at = obj.last + 1
        while at in sf._hidden:
            at += 1
    g = sf.group_at(at)
    kind = "person" if cue.relation == "executive_of" else "org"  # "À la tête de X depuis 2020, Y ..."
    if g is None or g.kind != kind or g.first != at or g.anaphoric:
        return None
    nxt = g.last + 1
    if nxt < len(units) and (units[nxt].key in _CLAUSE_PUNCT or sf.word(nxt, "relatives")):
        return None  # "Le rachat de X, Y et Z ...", "..., Y, qui ...": a list or an aside, no subject
    return g


def opening_family_noun(sf: SentenceFrame, first: int) -> CueMatch | None:
    """The family noun opening the sentence whose possessor starts at unit `first` ("Le
    propriétaire de Gucci", "La filiale logistique de la SNCF"): the sentence's subject is the
    company the noun describes, not the possessor."""
    units = sf.su.units
    articles = sf.lex.words.get("articles", ())
    j = first - 1
    if j > 1 and units[j].key in articles and sf.word(j - 1, "of_words"):
        j -= 1  # "de la SNCF"
    if not sf.word(j, "of_words") or not units or units[0].key not in articles:
        return None
    for cue in sf.su.cues:
        if cue.relation != "subsidiary_of" or cue.frame not in ("NOUN", "NOUN_INV") or cue.tail \
                or cue.first > 1 or cue.last > j or j - cue.last > 3:
            continue
        if all(units[k].mention is not None and units[k].mention.kind == "industry" or units[k].key in sf.lex.demonyms
               for k in range(cue.last + 1, j)):
            return cue  # "la filiale logistique de", "la filiale française de": a sector or a demonym between
    return None


def _family_described(sf: SentenceFrame, g: Group) -> Group:
    """"Le propriétaire de Gucci a confié ...": the company the opening family noun describes
    (anaphora.py resolves it from the registry), where it is known, stands for the possessor."""
    if opening_family_noun(sf, g.first) is None:
        return _apposed_family_head(sf, g) or g
    described = sf.left(g.first)
    return described if described is not None and all(s.anaphor == "family" for s in described.slots) else g


def _apposed_family_head(sf: SentenceFrame, g: Group) -> Group | None:
    """"Ingenico, l'ancienne filiale de Worldline revendue à Apollo": the possessor of a family noun
    in apposition is not what the verb speaks of; the name the noun describes is."""
    units = sf.su.units
    j = g.first - 1
    if j > 1 and units[j].key in sf.lex.words.get("articles", ()) and sf.word(j - 1, "of_words"):
        j -= 1
    if not sf.word(j, "of_words"):
        return None
    cue = next((c for c in sf.su.cues if c.relation == "subsidiary_of" and c.frame == "NOUN" and not c.tail
                and c.last in (j, j - 1)), None)
    if cue is None:
        return None
    k = cue.first - 1
    while k > 0 and cue.first - k <= 2 and units[k].key != "," and units[k].mention is None:
        k -= 1  # "l'ancienne"
    head = sf.group_at(k - 1) if k > 0 and units[k].key == "," else None
    named = [s for s in head.slots if s.last == k - 1] if head is not None and head.kind == "org" else []
    return Group(named, named[0].first, named[0].last) if named else None


def _comma_after(sf: SentenceFrame, g: Group) -> bool:
    units = sf.su.units
    return g.last + 1 < len(units) and units[g.last + 1].key == ","


def _passive(sf: SentenceFrame, cue: CueMatch) -> bool:
    """A split purchase cue in the passive ("werd Y door X overgenomen", "von Bayer übernommen
    wurde"): an agent word in the cue or its gap. Otherwise it speaks from the seller's side
    ("verkoopt Odido aan Apax")."""
    return any(sf.word(j, "agent_words") for j in range(cue.first, cue.tail[-1][1] + 1))


def _registered(g: Group) -> bool:
    """Every member is a registry entity: "nam ASML Berliner Glas over" names two companies."""
    return all(not s.entity.startswith("new:") for s in g.slots)


def _clause_subject_before(sf: SentenceFrame, i: int) -> Group | None:
    """The company opening the clause before unit i, after articles and descriptors only."""
    j = _clause_start(sf, i)
    while j < i and sf.group_at(j) is None and (sf.word(j, "determiners") or sf.word(j, "articles")):
        j += 1
    g = sf.group_at(j) if j < i else None
    return g if g is not None and g.kind == "org" and g.last < i else None


def _possessor_of_object(sf: SentenceFrame, g: Group) -> bool:
    """"gebruikt Jumbo de cloud van Google": the group owns the direct object ("de cloud van"),
    an "of" word after a plain noun, no seller after a name ("übernimmt Altair von Nordwind")."""
    j = sf.word_before(g.first, ("of_words",))
    if j < 1:
        return False
    owned = sf.group_at(j - 1)
    return (owned is None or owned.kind == "industry") and sf.su.units[j - 1].key[:1].isalpha()


def _clause_final(sf: SentenceFrame, end: int) -> bool:
    """The cue closes its clause: a comma or the sentence's end follows ("…, Picnic willen kopen, dan …"),
    or "and" opening a second clause ("X, dat Y in 2020 overnam en sindsdien als Y Berlin verdergaat")."""
    units = sf.su.units
    return end + 1 >= len(units) or units[end + 1].key in (",", ".", ";", ":", "?", "!") \
        or sf.word(end + 1, "conjunctions") and sf.group_at(end + 2) is None


def _inner_infinitive(sf: SentenceFrame, cue: CueMatch) -> bool:
    """The cue is the last part of a longer split cue ("wil ... overnemen"): no verb of its own.
    A participle with its agent ("wordt voor 1 miljard overgenomen door Y") is the passive's own
    reading: the agent names the doer the split cue has no place for. A cue reaching on past that
    cue's end is a verb of its own: in "Im Geschäft mit Servern konkurriert SAP mit Oracle" the
    "konkurriert" of "mit ... konkurriert" opens "konkurriert ... mit"."""
    if sf.ends_with(cue, "agent_words"):
        return False
    end = cue.tail[-1][1] if cue.tail else cue.last
    return any(c is not cue and any(a <= cue.first <= b for a, b in c.tail) and end <= c.tail[-1][1]
               for c in sf.su.cues)


def _subordinator_before(sf: SentenceFrame, i: int) -> int | None:
    """Where a subordinating conjunction opens the clause of the group at unit i ("dat", "omdat")."""
    j = sf.word_before(i, ("subordinators",))
    if j < 0:
        return None
    if j > 0 and sf.su.units[j - 1].key == "," and sf.group_at(j - 2) is not None:
        return None  # ", dat ..." after a name is a relative pronoun, not a conjunction
    return j


def _relative_between(sf: SentenceFrame, before: Group, left: Group) -> int | None:
    """A relative pronoun between an antecedent and the next group: "Adyen, het bedrijf dat Uber …"."""
    for j in range(before.last + 1, left.first):
        if sf.word(j, "relatives") and sf.su.units[j].key != "," and not (
                sf.word(j, "articles") and all(sf.word(k, "determiners") for k in range(j, left.first))):
            return j  # (not the article of the group itself: "dass Siemens den Softwareanbieter X kauft")
    return None


def _same_clause(sf: SentenceFrame, a: int, b: int) -> bool:
    lo, hi = min(a, b), max(a, b)
    return not any(sf.is_break(i) or sf.su.units[i].key in (";", ":") for i in range(lo, hi))


def _coordinated_subject(sf: SentenceFrame, left: Group | None, cue: CueMatch) -> Group | None:
    """"X a repoussé les avances de Y, ..., et a noué un partenariat avec Z": a verb coordinated
    after "et" shares the sentence's subject, not the prepositional object of the verb before."""
    if left is None or sf.lex.verb_second:
        return left
    units = sf.su.units
    # (also a verb right after a comma, with no subject of its own: "X xây dựng nền tảng cho Y, vượt
    # qua A": a clause sharing the sentence's subject; Y is a plain word's object)
    serial = sf.lex.serial_verbs and cue.first - 1 > left.last and units[cue.first - 1].key == "," and left.first > 0 \
        and units[left.first - 1].key.isalpha() and not sf.word(left.first - 1, "conjunctions")
    if not serial and not (_after_preposition(sf, left) or sf.word(left.first - 1, "seller_words")):
        return left  # (a seller counts: "X encarga aviones a Airbus y refuerza su ofensiva frente a Y")
    if not serial and not any(sf.word(k, "conjunctions") and sf.visible(k, cue.first) and sf.group_at(k + 1) is None
                              for k in range(left.last + 1, cue.first)):
        return left
    first = next((g for g in sf.groups if g.kind == "org"), None)
    if first is None or first is left or first.last >= left.first or not _same_clause(sf, first.last, cue.first) \
            or _after_preposition(sf, first) \
            or not all(sf.word(k, "determiners") or units[k].key in _QUOTES for k in range(0, first.first)):
        return left
    return first


def _coordinated_apposition(sf: SentenceFrame, cue: CueMatch, near: Group) -> Group | None:
    """"ID Logistics, concurrent direct de Geodis et déjà prestataire de Carrefour": a relational noun
    coordinated after another one in apposition to a name ("X, NOUN of A and NOUN of B") describes
    that name, not A. The name before the comma, or None."""
    units = sf.su.units
    between = range(near.last + 1, cue.first)
    if not between or not sf.word(between[0], "conjunctions") or any(
            units[k].mention is not None or units[k].in_cue or not units[k].key.isalpha() for k in between[1:]) \
            or len(between) > 4:
        return None
    first = next((c for c in sf.su.cues if c is not cue and c.frame in ("NOUN", "NOUN_INV") and not c.tail
                  and c.last < near.first and sf.ends_with(c, "of_words")
                  and all(sf.word(k, "determiners") or sf.word(k, "articles") for k in range(c.last + 1, near.first))),
                 None)
    if first is None:
        return None
    k = first.first - 1
    while k > 0 and first.first - k <= 3 and units[k].key.isalpha() and units[k].mention is None \
            and not units[k].in_cue and not sf.is_break(k):
        k -= 1  # articles and adjectives before the first noun ("a direct rival of")
    if k < 1 or units[k].key != ",":
        return None
    named = sf.group_at(k - 1)
    if named is None or named.kind != "org" or named.last != k - 1:
        return None
    last = named.slots[-1]
    return Group([last], last.first, last.last)


def _described_apposition(sf: SentenceFrame, cue: CueMatch, near: Group) -> bool:
    """"X, jeune pousse lyonnaise et fournisseur de Y,", "X, startup napoletana e partner di Y": a
    relational noun coordinated after a plain description (no name, no cue, no verb) in apposition
    to a name describes that name as the description does."""
    units = sf.su.units
    k = near.last + 1
    if k >= cue.first or units[k].key != ",":
        return False
    conj = next((j for j in range(k + 1, cue.first) if sf.word(j, "conjunctions")), None)
    if conj is None or not 2 <= conj - k <= 5 or cue.first - conj > 2:
        return False
    plain = ("articles", "determiners")
    return all(units[j].mention is None and not units[j].in_cue and not sf.is_break(j)
               and units[j].key.replace("-", "").isalpha()
               and (not units[j].classes or any(sf.word(j, c) for c in plain) or units[j].key in sf.lex.demonyms)
               for j in [*range(k + 1, conj), *range(conj + 1, cue.first)])


def with_relative(sf: SentenceFrame, cue: CueMatch) -> tuple[Group, Group] | None:
    """"Coca-Cola, met wie Heineken samenwerkt", "Verallia, waarmee Sint-Arnoldus een contract
    sloot": a prepositional relative (with_relatives) after a name and its comma, then the clause's
    subject and a verb-final cue: (the subject, the name before the comma). With a pronoun for
    subject ("met wie het samenwerkt"), the company the sentence opened with."""
    spans = sf.su.spans.get("with_relatives")
    if not spans or not sf.lex.verb_second:
        return None
    units = sf.su.units
    # ("met wie het samenwerkt": the split cue "met ... samenwerkt" opens with the relative's own "met")
    span = next(((a, b) for a, b in spans if a == cue.first and cue.tail or b < cue.first and cue.first - b <= 8), None)
    if span is None or span[0] < 2 or units[span[0] - 1].key != ",":
        return None
    a, b = span
    end = cue.tail[0][0] if a == cue.first else cue.first
    inner = []
    for k in range(b + 1, end):
        if units[k].key in _CLAUSE_PUNCT or units[k].key in (".", "?", "!") or sf.is_break(k):
            return None
        g = sf.group_at(k)
        if g is not None and (not inner or inner[-1] is not g):
            inner.append(g)
    before = sf.group_at(a - 2)
    if before is None or before.kind != "org":
        return None
    if len(inner) > 1 or inner and (inner[0].kind != "org" or len(inner[0].slots) != 1):
        return None
    if inner:
        doer = inner[0]
    elif b + 1 < end and sf.word(b + 1, "subject_pronouns"):
        doer = next((g for g in sf.groups if g.kind == "org" and g.last < before.first and len(g.slots) == 1
                     and g.first not in sf._hidden), None)
        if doer is None or any(sf.is_break(k) for k in range(doer.last + 1, before.first)):
            return None
    else:
        return None
    done = before.slots[-1]
    if done.entity in doer.entities:
        return None
    return doer, Group([done], done.first, done.last)


def _coordinated_passive(sf: SentenceFrame, left: Group | None, cue: CueMatch) -> Group | None:
    """"Codevia hat ZF als Kunden gewonnen und wurde kurz darauf von Bertrandt übernommen": a passive
    coordinated after "und wurde" shares the clause's opening subject, not the object of the verb before."""
    if left is None:
        return left
    if not any(sf.word(k, "conjunctions") and sf.word(k + 1, "copulas") for k in range(left.last + 1, cue.first)):
        return left
    first = next((g for g in sf.groups if g.kind == "org"), None)
    if first is None or first is left or first.last >= left.first or not all(
            sf.word(k, "determiners") or sf.word(k, "articles") or sf.su.units[k].key in _QUOTES
            or not sf.su.units[k].key.isalpha() or sf.su.units[k].key[:1].isupper() for k in range(first.first)):
        return left
    return first


def _apposed_venture(sf: SentenceFrame, cue: CueMatch) -> Group | None:
    """The name a joint-venture cue stands in apposition to ("ACC, einem Gemeinschaftsunternehmen
    mit ..."): the company before the comma that opens the cue's phrase, past its articles."""
    # (by the cue's words: a venture word inside an anaphor, "la coentreprise", is marked as that)
    if cue.tail or not any(f" {w} " in f" {cue.phrase} " for w in sf.lex.words.get("venture_words", ())):
        return None
    k = cue.first - 1
    while k > 0 and (sf.word(k, "articles") or sf.word(k, "determiners")) and sf.su.units[k].key != ",":
        k -= 1
    if k < 1 or sf.su.units[k].key != ",":
        return None
    g = sf.left(k)
    if g is None or g.last < k - 2 or g.kind != "org" or g.anaphoric or len(g.slots) != 1:
        return None
    return g


def _opening_subject(sf: SentenceFrame, antecedent: Group) -> Group | None:
    """The company a sentence opened with, before the antecedent of a relative clause, with no break
    between: what a pronoun subject inside that clause stands for."""
    doer = next((g for g in sf.groups if g.kind == "org" and g.last < antecedent.first and len(g.slots) == 1
                 and g.first not in sf._hidden), None)
    if doer is None or any(sf.is_break(k) for k in range(doer.last + 1, antecedent.first)):
        return None
    return doer


def _together(sf: SentenceFrame, cue: CueMatch, base: float) -> list[Candidate]:
    """"RWE und TotalEnergies bauen gemeinsam einen Windpark", "Intermarché, Auchan et Casino
    négocient désormais ensemble": a together word after a list of companies and its verb makes the
    list partners. Elsewhere it says nothing: "Ensemble, nous sommes plus forts", "Visa and
    Mastercard together hold 90%" (no verb before it), "A en B hebben samen 40 procent" (a share)."""
    left = sf.left(cue.first)
    if left is None or len(left.entities) < 2 or left.anaphoric or left.last + 1 == cue.first \
            or not _verb_between(sf, left.last, cue.first):
        return []
    units = sf.su.units
    if any(sf.word(k, c) for k in (cue.first, cue.last + 1) for c in ("with_words", "additives")) \
            or any(sf.word(cue.first - 1, c) for c in ("copulas", "passive_auxiliaries", "have_words")):
        return []  # "insieme a Tesla" (a list goes on), "Arla en DMK zijn samen groter" (they are, together)
    after = range(cue.last + 1, min(len(units), cue.last + 8))
    if any(units[k].key == "%" or sf.word(k, "percent_words") for k in after):
        return []
    return [Candidate(left, cue.relation, left, "SYM", cue, base * 0.95, (left.last, cue.last + 3), pairwise=True)]


def sym(sf: SentenceFrame, cue: CueMatch, base: float) -> list[Candidate]:
    if not cue.tail and cue.phrase in sf.lex.words.get("together_words", ()):
        return _together(sf, cue, base)
    found = with_relative(sf, cue)
    if found is not None:
        return [Candidate(found[0], cue.relation, found[1], "SYM", cue, base * 0.95, (found[1].first, cue.last + 1))]
    named = sf.group_at(cue.first - 2) if cue.first >= 2 and sf.su.units[cue.first - 1].key == "," else None
    if named is not None and named.kind == "person" and sf.word(cue.first, "role_titles"):
        return []  # "Marta Rinaldi, partner di Bain": the person's title, no alliance
    if named is not None and sf.ranked_peer(cue.first - 1):
        return []  # "Strabag, alongside Hochtief one of the largest builders, ...": a ranking, no alliance
    if cue.relation == "competes_with" and _possessed_apposition(sf, cue):
        # "A and B, two of its fiercest rivals": the subject's rivals (a noun), not each other's; read
        # as the noun where the lexicon lists the plural only as a symmetric cue ("zwei ihrer Rivalen")
        if any(o.frame == "NOUN" and o.last == cue.last for o in sf.su.cues):
            return []
        return noun(sf, CueMatch(cue.relation, "NOUN", cue.first, cue.last, cue.phrase), base)
    nearest = sf.left(cue.first)
    left = _coordinated_subject(sf, nearest, cue)
    if left is not None:
        left = _family_described(sf, left)
    if left is not None and cue.first >= 2 and sf.word(cue.first - 1, "pronouns") \
            and sf.word(cue.first - 2, "object_relatives"):
        # "Leclerc s'appuie sur Eurelec, la centrale qu'il a fondée avec Rewe": the pronoun is the
        # relative clause's subject, the company the sentence opened with, not the name before it
        left = _opening_subject(sf, left)
    right = sf.right(cue.last)
    venture = _apposed_venture(sf, cue)
    if venture is not None and right is not None and len(right.entities) >= 2 and not right.anaphoric \
            and venture.last < cue.first and not any(e in venture.entities for e in right.entities):
        # "ACC, einem Gemeinschaftsunternehmen mit Stellantis und TotalEnergies", "VodafoneZiggo, het
        # samenwerkingsverband van Vodafone en Liberty Global": the name before the comma is the
        # venture, a subsidiary of each; the owners listed after the cue are the partners
        scope = (venture.first, right.last)
        return [Candidate(right, cue.relation, right, "SYM", cue, base * 0.95, scope, pairwise=True),
                Candidate(venture, "subsidiary_of", right, "NOUN", cue, base * 0.95, scope)]
    if right is not None and sf.ends_with(cue, "between_words") and right.first <= cue.last + 2:
        # "MasOrange nació de la fusión entre Orange y MásMóvil": the sides are the list after "between"
        sides = _between_sides(sf, right)
        if sides is not None:
            return [Candidate(sides, cue.relation, sides, "SYM", cue, base * 0.95, (cue.first, sides.last),
                              pairwise=True)]
    if sf.ends_with(cue, "between_words") and (right is None or right.first > cue.last + 2):
        return []  # "X, liên doanh giữa <a side not found> và Y": the name before is no side
    if sf.lex.verb_second and cue.tail and (left is None or not prefield_subject(sf, left, cue.first)):
        # "Seit 2020 arbeitet Siemens mit Nvidia zusammen"
        found = verb_second(sf, cue, left)
        if found is not None:
            left, right = found
    if right is not None and _introduced(sf, right.first, cue.last):
        venture, right = right, None  # "une coentreprise, baptisée X": X is the venture, not a party to it
        if left is not None and left.last < cue.first and len(left.entities) >= 2 and not cue.tail \
                and not left.anaphoric and _venture_cue(sf, cue):
            # "A, B et C regroupent leurs activités au sein d'une société commune, baptisée X": the list
            # are partners, and X is a subsidiary of each
            scope = (left.last, venture.last)
            return [Candidate(left, cue.relation, left, "SYM", cue, base * 0.95, scope, pairwise=True),
                    Candidate(venture, "subsidiary_of", left, "NOUN", cue, base * 0.95, scope)]
    if right is None and sf.lex.verb_second and not cue.tail:
        found = with_relative_subject(sf, cue.first)  # "Infineon, mit dem Bosch eine Partnerschaft vereinbart hat"
        if found is not None:
            left, right = found
    if left is None and right is not None and sf.lex.verb_second and (
            sf.ends_with(cue, "with_words") or sf.su.units[cue.last].key in sf.lex.words.get("with_words", ())):
        # "Samen met TenneT bouwt Siemens Energy ...": a fronted "with" phrase, the subject after the verb
        # (its "met" may be read as the additive "samen met" too)
        left = fronted_noun_subject(sf, cue, right)
        if left is not None and cue.relation == "partner_of" \
                and any(sf.word(k, "copulas") for k in range(right.last + 1, left.first)):
            left = None  # "Samen met Shell is BP de grootste speler": together they are, no alliance
    if left is None and right is not None and not sf.lex.verb_second:
        # "Face à Tesla, Renault accélère", "En partenariat avec X, Y lance": the subject after the comma
        left = _subject_after_fronted(sf, cue, right)
    if right is None and left is not None:
        right = _with_relative_antecedent(sf, left)
    if right is None and left is not None and not sf.lex.verb_second:
        # "a joint venture with the California start-up": a description names the other side
        right = description_right(sf, cue.tail[-1][1] if cue.tail else cue.last)
    if cue.tail and left is None and right is not None and right.last < cue.tail[0][0]:
        # "the deal pits X against Y": both sides follow the verb
        other = sf.right(cue.tail[-1][1], limit=3)
        if other is not None and not _introduced(sf, other.first, cue.tail[-1][1]):
            other = _repeated_preposition(sf, other, cue.tail[-1][1])
            scope = (cue.first, cue.tail[-1][1] + 3)
            return [Candidate(right, cue.relation, other, "SYM", cue, base, scope)]
    if left is not None and right is not None and cue.relation == "competes_with" and not cue.tail \
            and left.last < cue.first and _possessor_of_object(sf, left):
        # "X a raflé le contrat de Y face à Z": Y only owns the object; the rival is the subject
        subject = _clause_subject_before(sf, left.first)
        if subject is not None:
            left = subject
    if left is not None and right is not None and left.last < cue.first and any(
            cue.last < c.first < right.first and sf.word(c.first - 1, "purposes") for c in sf.su.cues):
        right = None  # "A et B ont déposé une offre commune pour racheter C": C is the target, not a party
    # a subject shared across "y": the first verb's words ("rechaza a X y ...") do not negate this one
    scope = ((nearest.last if left is not None and nearest is not None and left.last < nearest.first
              else left.last if left else cue.first), cue.last + 3)
    # "A, B et C fusionnent leurs activités": a cue with "their" in it speaks of its subjects alone
    reflexive = any(sf.word(k, "plural_pronouns") for k in range(cue.first + 1, cue.last + 1))
    if left is not None and right is not None and len(left.entities) >= 2 \
            and (_verb_between(sf, left.last, cue.first) or reflexive) \
            and not left.anaphoric and not any(sf.ends_with(cue, c) for c in ("with_words", "of_words", "agent_words")):
        # "A and B strengthen their alliance: C and D are ...": a cue with no preposition of its own
        # joins the list before it; the names after it do something else
        return [Candidate(left, cue.relation, left, "SYM", cue, base * 0.95, scope, pairwise=True)]
    if left is not None and right is not None and cue.relation == "partner_of" and len(left.entities) >= 2 \
            and left.last < cue.first and not cue.tail and len(right.entities) == 1 \
            and right.first - cue.last <= 8 and sf.su.units[right.first - 1].key == "," \
            and not any(sf.su.units[k].mention is not None or sf.su.units[k].key == ","
                        for k in range(cue.last + 1, right.first - 1)):
        # "Engie et Renault ont annoncé la création d'une coentreprise détenue à parts égales, Hexa
        # Charge, qui ...": the name after the venture's comma is the venture; the partners are the list,
        # and a joint venture is a subsidiary of each
        out = [Candidate(left, cue.relation, left, "SYM", cue, base * 0.95, scope, pairwise=True)]
        if _venture_cue(sf, cue):
            out.append(Candidate(right, "subsidiary_of", left, "NOUN", cue, base * 0.95, (scope[0], right.last)))
        return out
    if left is not None and right is not None and len(left.entities) >= 2 and left.last < cue.first \
            and all(x.anaphor == "collective" for x in left.slots) and not cue.tail \
            and any(sf.su.units[k].key == "," for k in range(left.last + 1, cue.first)) \
            and not any(sf.ends_with(cue, c) for c in ("with_words", "of_words", "agent_words", "between_words")):
        # "Les deux géants du BTP, habituellement rivaux, ont travaillé sur le Grand Paris Express": a bare
        # cue in an aside after the companies counted speaks of them; the name after it is what they work on
        return [Candidate(left, cue.relation, left, "SYM", cue, base * 0.95, scope, pairwise=True)]
    if left is not None and right is not None and not cue.tail and not right.anaphoric \
            and any(sf.word(cue.first - 1, c) for c in ("in_words", "of_words", "with_words", "purposes")) \
            and any(sf.su.units[k].key == "," for k in range(cue.last + 1, right.first)) \
            and not any(sf.word(k, c) for k in range(cue.last, right.first)
                        for c in ("with_words", "includers", "of_words", "additives", "between_words")):
        # "X rót vốn vào liên doanh ở Philippines, TH và Nutifood tăng tốc": a bare noun after a
        # preposition reaches no further than its comma; the names after it open another clause
        return []
    if left is not None and right is not None:
        return [Candidate(left, cue.relation, right, "SYM", cue, base, scope)]
    for g in (left, right):
        if g is not None and len(g.entities) >= 2:
            return [Candidate(g, cue.relation, g, "SYM", cue, base * 0.95, scope, pairwise=True)]
    return []


def _with_relative_antecedent(sf: SentenceFrame, g: Group) -> Group | None:
    """"Prologis, avec lequel Geodis a noué un partenariat": a relative after "with" right before the
    subject names the other side, the name before the comma."""
    units = sf.su.units
    k = g.first - 1
    while k > 0 and sf.word(k, "articles") and not sf.word(k - 1, "with_words"):
        k -= 1  # "mit dem die Lufthansa": the subject's own article
    # a relative of "with" of its own ("auquel", "auprès duquel": the lexicon's with_relatives)
    start = next((a for a, b in sf.su.spans.get("with_relatives", ()) if b == k), None)
    if start is not None and not sf.lex.verb_second:
        k = start + 1
    elif k < 3 or not sf.word(k, "relatives") or not sf.word(k - 1, "with_words"):
        return None
    if k < 3 or units[k - 2].key != ",":
        return None
    other = sf.group_at(k - 3)
    if other is None or other.kind != "org":
        return None
    last = [s for s in other.slots if s.last == k - 3]
    return Group(last, last[0].first, last[0].last) if last else None


def _between_sides(sf: SentenceFrame, right: Group) -> Group | None:
    """The two or more sides after "between": the list, or a name, a place word ("Orange España",
    the name found without it) and "and" another name."""
    if len(right.entities) >= 2:
        return right
    units = sf.su.units
    # "giữa Safran của Pháp và GE": "of" and a place after a side say its country, read past
    of = right.last + 1 if sf.word(right.last + 1, "of_words") else -1
    for k in range(right.last + 1, min(right.last + (5 if of > 0 else 3), len(units))):
        if sf.word(k, "conjunctions"):
            other = sf.group_at(k + 1)
            if other is not None and other.kind == "org" and other.first == k + 1 \
                    and all(units[j].key.isalpha() and (not units[j].classes or j == of)
                            and (j != of + 1 or k > of + 1)
                            and (units[j].mention is None or units[j].mention.kind != "company")
                            for j in range(right.last + 1, k)) and k != of + 1:
                return Group(right.slots + [s for s in other.slots if s.entity not in right.entities],
                             right.first, other.last)
            return None
    return None


def _described_party(sf: SentenceFrame, j: int) -> Group | None:
    """A name after at most three describing words from unit j ("au groupe tchèque CMI", "au
    fonds américain KKR"): plain words or sector words, no comma, cue or preposition."""
    units = sf.su.units
    for k in range(j, min(j + 4, len(units))):
        g = sf.group_at(k)
        if g is not None and g.kind == "org":
            return g if g.first == k and k > j else None
        u = units[k]
        if u.in_cue or sf.is_break(k) or not (u.key.replace("-", "").isalpha() or u.mention is not None) \
                or u.mention is not None and u.mention.kind != "industry" \
                or any(sf.word(k, c) for c in _PREPOSITIONS) and not sf.word(k, "articles"):
            return None
    return None


def _introduced(sf: SentenceFrame, i: int, after: int) -> bool:
    """The name at unit i follows a naming word ("baptisée", "called") standing after unit `after`."""
    j = i - 1
    while j > after and (sf.word(j, "articles") or sf.su.units[j].key in _QUOTES):
        j -= 1
    return j > after and sf.word(j, "naming_words")


def _verb_between(sf: SentenceFrame, a: int, b: int) -> bool:
    """At most a few plain words (a verb, an adverb, a date) between units a and b: "A, B et C
    ont signé jeudi un protocole d'accord", not a preposition, a comma or another cue."""
    units = sf.su.units
    gap = range(a + 1, b)
    return len(gap) <= 3 and all(units[k].mention is None and not units[k].in_cue and units[k].key.isalpha()
                                 and not sf.is_break(k) and not any(sf.word(k, c) for c in _PREPOSITIONS)
                                 for k in gap)


def _apposed_member(sf: SentenceFrame, cue: CueMatch, possessor: Group) -> Group | None:
    """"Nu México, la filial local del brasileño Nubank, y con gigantes como X": a relational noun
    in an apposition speaks of the name before its comma, not of a list further on."""
    units = sf.su.units
    j = cue.first - 1
    while j >= 0 and (sf.word(j, "articles") or sf.word(j, "anaphors") and cue.first - j <= 2) \
            and units[j].mention is None:
        j -= 1  # ("X, la marque de P": "la marque" is also an anaphor, the name before the comma)
    if j < 1 or units[j].key != "," or sf.word(j + 1, "possessives"):
        return None
    g = sf.group_at(j - 1)
    if g is None or g.kind != "org" or g is possessor:
        return None
    # the name right before the comma, not the whole list it may close: "SAP und T-Systems, die
    # IT-Tochter der Telekom"
    slot = next((x for x in g.slots if x.last == j - 1), None)
    if slot is None or slot.entity in possessor.entities:
        return None
    return Group([slot], slot.first, slot.last)


def possessive_apposition(sf: SentenceFrame, j: int) -> bool:
    """A possessive or a determiner such as "principali" before an apposed relational noun."""
    # ("uno dei suoi clienti": the counted member's "of" too)
    return sf.word(j, "possessives") or (sf.word(j, "determiners") or sf.word(j, "of_words")) \
        and not sf.su.units[j].in_cue


def _relational_noun_opening(sf: SentenceFrame, cue: CueMatch) -> tuple[int, bool]:
    """Walk back from a relational noun over the words opening its apposition (articles, adjectives,
    possessives, counts): the unit before them and whether a possessive was among them."""
    units = sf.su.units
    j = cue.first - 1
    # the cue may hold the possessive itself ("due dei suoi rivali", "dos de sus rivales")
    possessive = any(sf.word(k, "possessives") for k in range(cue.first, cue.last)) \
        or sf.word(cue.last, "possessives") and sf.word(cue.last + 1, "possessives")  # "đối thủ của hãng"
    while j > 0 and cue.first - j <= 5 and units[j].mention is None and units[j].key.replace("-", "").isalpha() \
            and not units[j].in_cue and (not units[j].classes or sf.word(j, "articles")
                                         or possessive_apposition(sf, j)):
        possessive = possessive or sf.word(j, "possessives")
        j -= 1
    return j, possessive


def _plain_word(sf: SentenceFrame, k: int) -> bool:
    """A lowercase word of no class and no name ("two", "fiercest", "long-haul")."""
    u = sf.su.units[k]
    return u.mention is None and not u.in_cue and not u.classes and u.key.replace("-", "").isalpha()


def _possessed_apposition(sf: SentenceFrame, cue: CueMatch) -> bool:
    """", two of its fiercest rivals": a relational noun after a possessive opening an apposition
    (with a count and "of" before it, or adjectives between)."""
    j, possessive = _relational_noun_opening(sf, cue)
    return possessive and sf.su.units[j].key == ","


def _apposed_rival(sf: SentenceFrame, cue: CueMatch, base: float) -> list[Candidate]:
    """"un accordo con la francese Naval Group, storica concorrente": a rival noun with no "of" in
    apposition at the clause's end calls the name before its comma a rival of the clause's subject.
    Any relational noun does so after a possessive ("da Cargill, suo fornitore storico", "ad Aldi e
    Lidl, suoi principali clienti"): the possessive speaks of the clause's subject."""
    units = sf.su.units
    j, possessive = _relational_noun_opening(sf, cue)  # "storica", "la sua", "il principale"
    if cue.relation != "competes_with" and not possessive:
        return []
    end = cue.last + 1
    while possessive and end < len(units) and end - cue.last <= 2 and units[end].mention is None \
            and units[end].key.isalpha() and (not units[end].classes or sf.word(end, "possessives")) \
            and not units[end].in_cue:
        end += 1  # "suo fornitore storico", "suoi clienti principali"
    if j < 1 or units[j].key != "," or end < len(units) and units[end].key not in (".", ";", ","):
        return []
    member = sf.group_at(j - 1)
    if member is None or member.kind != "org" or len(member.entities) != 1 and not possessive:
        return []
    subject = sf.left(member.first)
    if subject is None or set(subject.entities) & set(member.entities):
        return []
    if cue.frame == "NOUN_INV":
        return [Candidate(subject, cue.relation, member, "NOUN_INV", cue, base * 0.9, (subject.last, cue.last + 3))]
    return [Candidate(member, cue.relation, subject, "NOUN", cue, base * 0.9, (subject.last, cue.last + 3))]


def _coordinated_owner(sf: SentenceFrame, cue: CueMatch) -> Group | None:
    """"La compañía ha visto crecer sus ingresos y cuenta con doscientas aerolíneas como clientes":
    a "have" verb coordinated after "and" just before the noun shares the subject opening the
    sentence, however long the first predicate (no other company, no break between)."""
    units = sf.su.units
    h = next((k for k in range(cue.first - 1, max(0, cue.first - 9), -1) if sf.word(k, "have_words")), None)
    if h is None or sf.lex.verb_second:
        return None
    while h > 0 and sf.word(h - 1, "have_words"):
        h -= 1
    if h < 2 or not sf.word(h - 1, "conjunctions") or sf.group_at(h - 2) is not None:
        return None
    opening = next((g for g in sf.groups if g.kind == "org"), None)
    if opening is None or opening.last >= h or not all(
            sf.word(k, "determiners") or units[k].key in _QUOTES for k in range(opening.first)):
        return None
    if any(sf.is_break(k) or units[k].key in (";", ":") for k in range(opening.last + 1, cue.first)) \
            or any(g is not opening and g.kind == "org" and opening.last < g.first < cue.first for g in sf.groups):
        return None
    return opening


def noun(sf: SentenceFrame, cue: CueMatch, base: float) -> list[Candidate]:
    """Relational nouns: "customers of P include M", "M, a customer of P", "P's customers M"."""
    possessor: Group | None = None
    listed: Group | None = None  # the members a "dont" list inside the possessor's group names
    after = cue.last  # where the member search starts
    if cue.relation == "product_of" and sf.word(cue.first, "talks") and sf.ends_with(cue, "of_words"):
        # "X a repoussé une offre de Y": an offer refused or received is Y's bid, not Y's product
        bidder = sf.right(cue.last, limit=2)
        target = sf.left(cue.first, limit=6)
        if bidder is not None and target is not None and _offer_received(
                sf, CueMatch("bids_for", "SVO", cue.first, cue.last, cue.phrase), target):
            return [Candidate(bidder, "bids_for", target, "SVO", cue, base, (target.last, cue.last + 3))]
    # "supplier to Apple": a phrase closing on another preposition ("to") is a noun with its "of" too
    if sf.ends_with(cue, "of_words") or cue.first < cue.last and sf.ends_with(cue, "purposes") \
            or sf.ends_with(cue, "between_words"):
        # "X, a joint venture between A and B": "between" names the owners as "of" does
        possessor = sf.right(cue.last, limit=2, anaphors=True)
        held = sf.group_at(cue.last)
        if held is not None and held.anaphoric and held.kind == "org" \
                and (possessor is None or possessor.first > held.last):
            possessor = held  # "die Tochter des Konzerns, X": the description holds the cue's "des"
        if possessor is None and cue.frame == "NOUN_INV" and cue.relation == "customer_of":
            possessor = _goods_then_party(sf, cue.last)
        if possessor is None and sf.group_at(cue.last + 1) is not None and sf.group_at(cue.last + 1).kind == "industry":
            # "la società di credito al consumo di Mediobanca": the sector, then the owner's "of"
            possessor = sf.after_word(sf.group_at(cue.last + 1).last, "of_words", reach=2, gap=2)
        if possessor is not None and any(c.first > cue.last and c.first < possessor.first for c in sf.su.cues):
            return []  # "une offre de rachat du suisse X": the name is the later cue's, not this noun's
        if possessor is not None and len(possessor.slots) > 1 and any(
                sf.word(k, "includers") for k in range(possessor.slots[0].last + 1, possessor.slots[1].first)):
            # "les clients d'OVHcloud, dont Deezer et Qonto,": the list after "dont" holds the members
            first_slot, rest = possessor.slots[0], possessor.slots[1:]
            possessor = Group([first_slot], first_slot.first, first_slot.last)
            listed = Group(list(rest), rest[0].first, rest[-1].last)
        if possessor is not None:
            after = possessor.last
    else:
        possessor = sf.after_word(cue.last, "of_words", reach=4, gap=2)
        if possessor is not None and sf.word(cue.last + 1, "conjunctions") and sf.word(cue.last + 2, "articles"):
            possessor = None  # "Lilly's arch-rival and the maker of X": the "of" is the second noun's
        if possessor is not None and any(sf.su.units[k].key == "," for k in range(cue.last + 1, possessor.first)):
            possessor = None  # "su filial de crédito al consumo, Avant Money": the name after the comma is the unit
        if possessor is None and cue.frame == "NOUN" and cue.relation == "subsidiary_of":
            titled = _titled_unit(sf, cue, base)
            if titled is not None:
                return titled
        if possessor is None and cue.frame == "NOUN_INV" and not sf.lex.verb_second:
            # "X là đơn vị vận chuyển cho Shopee": the inverse noun's own preposition, the name right after
            g = sf.group_at(cue.last + 1)
            possessor = g if g is not None and g.kind == "org" and g.first == cue.last + 1 \
                and not _possessor_glued(sf, cue) else None
        if possessor is not None:
            after = possessor.last
    possessor_before = False
    if possessor is None:
        j = cue.first - 1
        while j >= 0 and sf.word(j, "determiners") and not sf.word(j, "possessives"):
            j -= 1
        if cue.relation == "competes_with" and sf.lex.genitive_s:
            # "Kestrix's two biggest rivals", "X's fiercest long-haul rival": plain words (a count,
            # adjectives) between the genitive and the noun modify the noun
            k = j
            while k >= 0 and j - k < 3 and (_plain_word(sf, k) or sf.word(k, "determiners")
                                             or sf.su.units[k].classes == {"asides"}):
                k -= 1  # (and "closest listed rivals": a participle that may open an aside)
            if k >= 0 and k < j and sf.su.units[k].key == "'s":
                j = k
        if cue.relation == "competes_with" and j >= 0 and sf.group_at(j) is None:
            # "unser härtester neuer Wettbewerber", "our toughest new competitor": a quoted "our" and
            # the noun's adjectives
            k = j
            while k >= 0 and j - k < 3 and (_plain_word(sf, k) or sf.word(k, "determiners")) \
                    and sf.group_at(k) is None:
                k -= 1
            g = sf.group_at(k) if k >= 0 else None
            if g is not None and all(s.anaphor == "first_person" for s in g.slots):
                j = k
        if j >= 0 and sf.su.units[j].key == "'s":
            j -= 1
        g = sf.group_at(j) if j >= 0 else None
        if g is not None and g.kind == "org" and len(g.slots) > 1 and j == cue.first - 1 \
                and sf.su.units[cue.first].start == sf.su.units[j].end + 1:
            # "mit DSV und der Deutschen Post-Tochter DHL": the compound's own first part owns the
            # noun, not the whole list it closes
            slot = next((x for x in g.slots if x.last == j), None)
            g = Group([slot], slot.first, slot.last) if slot is not None else g
        if g is not None and g.kind == "org":
            possessor, possessor_before = g, True
    if possessor is None and cue.frame == "NOUN_INV" and cue.first >= 2 and sf.su.units[cue.first - 1].key == ",":
        # "Saigon Co.op, chủ sở hữu chuỗi Co.opmart,": an apposition whose noun takes no "of"
        owner = sf.group_at(cue.first - 2)
        if owner is None and cue.first >= 3 and sf.word(cue.first - 2, "particles"):
            # "nam Currence over, het bedrijf achter iDEAL": the name before the verb's particle
            owner = sf.group_at(cue.first - 3)
        owned = sf.right(cue.last, limit=2)
        if owner is not None and owner.kind == "org" and owned is not None and len(owner.entities) == 1 \
                and set(owner.entities).isdisjoint(owned.entities):
            # "the parent of P, M" reads P rel M: here P (the owned) follows the noun, M stands before it
            return [Candidate(owned, cue.relation, owner, "NOUN_INV", cue, base, (owner.last, cue.last + 3))]
    if possessor is None:
        rival = _apposed_rival(sf, cue, base)
        if rival:
            return rival
    if possessor is None:
        # "X faces competitors such as Y and Z", "X has clients like Y": no "of", the clause's
        # subject owns the noun
        member = sf.after_word(cue.last, "includers", reach=7, gap=4)
        if member is None and sf.lex.verb_second and " " in cue.phrase and not sf.ends_with(cue, "of_words"):
            # "krijgt te maken met concurrenten als X en Y": the phrase holds its own "such as" (in
            # Vietnamese every word has spaces: not there)
            member = sf.right(cue.last, limit=1)
            if member is not None and member.first != cue.last + 1:
                member = None
        subject = sf.left(cue.first, limit=6) or _coordinated_owner(sf, cue)
        if subject is not None and _with_object(sf, subject):
            # "X deepened its alliances with A and B to serve clients such as C": the partners after
            # "with" are the verb's object; the clients are the subject's, before them
            subject = sf.left(subject.first, limit=8)
            if subject is not None and _after_preposition(sf, subject):
                subject = None
        if member is None or subject is None or set(subject.entities) & set(member.entities):
            return []
        if sf.word(cue.first - 1, "possessives") and subject.first > 0 and sf.word(subject.first - 1, "agent_words"):
            return []  # "X's chips are made by Y, and its customers include Z": "its" is not the agent's
        if any(subject.last < o.first < cue.first and o.relation != cue.relation and sf.visible(o.first, cue.first)
               for o in sf.su.cues):
            # "X giành thị phần từ tay các nhà cung cấp như Y": the noun is another verb's object,
            # not the subject's own
            return []
        scope = (subject.last, cue.last + 3)
        if cue.frame == "NOUN_INV":
            return [Candidate(subject, cue.relation, member, "NOUN_INV", cue, base * 0.9, scope)]
        return [Candidate(member, cue.relation, subject, "NOUN", cue, base * 0.9, scope)]
    member: Group | None = None
    units = sf.su.units
    # (", Lilly's arch-rival and the maker of X,": a second description joined to the first)
    closed = cue.last + 1 < len(units) and (units[cue.last + 1].key == "," or sf.word(cue.last + 1, "conjunctions")
                                            and sf.word(cue.last + 2, "articles"))
    if possessor_before and possessor.first >= 2 and closed \
            or possessor_before and possessor.first >= 2 and cue.relation == "competes_with" \
            and cue.last + 1 < len(units) and units[cue.last + 1].key in (".", ";"):
        # "Target, Walmart's rival, signed ...": the apposition is the name before it; also past
        # an article and an adjective ("Netflix, a longtime AWS customer, ...")
        k = possessor.first - 1
        while k > 1 and possessor.first - k <= 2 and units[k].mention is None and not units[k].in_cue \
                and (sf.word(k, "articles") or sf.word(k, "determiners") or units[k].key.isalpha()
                     and not units[k].classes
                     or sf.word(k, "of_words") and cue.relation == "competes_with" and _plain_word(sf, k - 1)):
            k -= 1  # (", two of Kestrix's rivals,": the count's "of" too)
        if units[k].key != "," and cue.relation == "competes_with":
            # ", the state-subsidised incumbent and Fjellfly's most direct rival,": a first description
            # joined by "and" before the genitive one
            k = possessor.first - 1
            joined = False
            while k > 1 and possessor.first - k <= 6 and units[k].mention is None and not units[k].in_cue \
                    and units[k].key.replace("-", "").isalpha() and not sf.is_break(k) \
                    and not any(sf.word(k, c) for c in ("relatives", "copulas", "with_words", "of_words")) \
                    and (not sf.word(k, "conjunctions") or not joined):
                joined = joined or sf.word(k, "conjunctions")
                k -= 1
            if not joined:
                k = possessor.first - 1
        member = sf.group_at(k - 1) if units[k].key == "," else None
        if member is not None and (member.kind != "org" or member is possessor):
            member = None
    if member is None and not possessor_before and cue.frame == "NOUN":
        member = _apposed_member(sf, cue, possessor)
    if member is None:
        member = listed or sf.after_word(after, "includers", reach=9 if possessor_before else 7, gap=4)
    if member is None and (possessor_before or cue.frame == "NOUN_INV"):
        member = sf.right(after, limit=2)
        if member is not None and not possessor_before and any(units[k].in_cue for k in range(after + 1, member.first)):
            member = None  # "Die Konzernmutter von X hat Y übernommen": Y is the object of the verb
        if member is not None and possessor_before and not all(
                units[k].key in _LIST_GLUE or sf.word(k, "determiners") for k in range(after + 1, member.first)):
            member = None  # "TikTok's cloud provider after Microsoft's bid": no apposition
    if member is None and possessor_before:
        member = _member_after_copula(sf, after)  # "Tesla's main rival in China is BYD"
    if member is None and possessor_before and possessor.first >= 2:
        # "Apple is Foxconn's biggest customer": the subject, one word before the possessor
        g = sf.left(possessor.first, limit=1)
        if g is not None and g.kind == "org" and possessor.first - g.last == 2 \
                and not units[g.last + 1].in_cue and units[g.last + 1].key.isalpha() \
                and not any(sf.word(g.last + 1, c) for c in ("conjunctions", "of_words", "with_words", "purposes")):
            member = g
        g = sf.left(possessor.first, limit=4)
        if member is None and g is not None and g.kind == "org" and sf.word(g.last + 1, "copulas") \
                and possessor.first - g.last <= 5 and all(
                    units[k].mention is None and not units[k].in_cue and units[k].key.isalpha()
                    for k in range(g.last + 1, possessor.first)):
            member = g  # "Ericsson is al jaren onze belangrijkste leverancier": adverbs after the copula
    if member is None and not possessor_before:
        member = sf.left(cue.first, limit=5)
        shared = _coordinated_passive(sf, member, cue) if cue.frame == "NOUN_INV" else member
        if shared is not member and shared is not None:
            # "A supplies B, while X serves Y and is a supplier to Z": the subject of the cue's own clause
            opening = max((k for k in range(shared.last + 1, member.first) if sf.is_break(k)), default=None)
            if opening is not None:
                shared = next((g for g in sf.groups if g.kind == "org" and opening < g.first < member.first), member)
        if shared is not member:
            member = shared  # "X serves Y and is also a supplier to Z": the clause's subject supplies Z
        elif member is not None and _coordinated_apposition(sf, cue, member) is not None:
            # "X, a rival of A and already a supplier to B,": the second noun describes X too
            member = _coordinated_apposition(sf, cue, member)
        elif member is not None and _described_apposition(sf, cue, member):
            pass  # "Verkor, autre pépite grenobloise et fournisseur de Renault,": the noun describes X too
        elif member is not None and any(sf.word(k, "conjunctions") or sf.su.units[k].in_cue
                                      for k in range(member.last + 1, cue.first)):
            # ... or the object of another cue: "X đã triển khai giải pháp của Y" is no apposition
            member = None  # "X and the service counter of Y": X is coordinated with the noun, not described by it
        elif member is not None and cue.relation == "product_of" \
                and not apposed_or_predicated(sf, member.last + 1, cue.first):
            member = None  # "X từng thử nghiệm chatbot của Y": the noun is a verb's object, not X's description
        if member is not None and len(member.slots) >= 2 and member.last + 1 < cue.first \
                and sf.su.units[member.last + 1].key == "," and not member.comma_only:
            # "SAP und T-Systems, die IT-Tochter der Telekom": the apposition is the last member's
            last = member.slots[-1]
            member = Group([last], last.first, last.last)
    if member is None and not possessor_before and cue.frame == "NOUN" \
            and cue.relation in ("subsidiary_of", "product_of"):
        member = _coordinated_head_apposition(sf, cue)
    if member is None and not possessor_before and cue.frame == "NOUN" and cue.relation == "competes_with" \
            and _opens_clause(sf, cue):
        split = _apposed_rivals(sf, possessor)
        if split is not None:
            # "Les principaux concurrents de ST, Infineon et onsemi, ...": the list after the possessor's
            # comma, closed by a comma, is the noun's apposition
            possessor, member = split
            return [Candidate(member, cue.relation, possessor, cue.frame, cue, base, (cue.first, member.last))]
    if member is None and not possessor_before and possessor.last + 2 < len(units) \
            and units[possessor.last + 1].key == ",":
        # "Le principal concurrent de Decathlon, Intersport, ...": the name in apposition (after its
        # description: "Die Mutter von X, der Stahlkonzern Y, ...")
        k = possessor.last + 2
        while k < len(units) and k - possessor.last < 5 and units[k].mention is None and (
                sf.word(k, "determiners") or sf.word(k, "articles")
                or units[k].key.replace("-", "").isalpha() and not units[k].in_cue and not sf.is_break(k)):
            k += 1
        g = sf.group_at(k)
        end = g.last + 1 if g is not None else 0
        if g is not None and g.kind == "org" and g.first == k and (
                end >= len(units) or units[end].key in (",", ".", ";")):
            member = g
            scope = (max(0, cue.first - 2), member.last)  # "het voormalige dochterbedrijf van X, Y"
            return [Candidate(member, cue.relation, possessor, cue.frame, cue, base, scope)] \
                if cue.frame == "NOUN" else [Candidate(possessor, cue.relation, member, cue.frame, cue, base, scope)]
    if member is None and not possessor_before and cue.frame == "NOUN" and possessor.last + 2 < len(units):
        # "Il cliente principale di Fincantieri è Carnival": a copula (a short word) before the member
        k = possessor.last + 1
        g = sf.group_at(k + 1)
        end = g.last + 1 if g is not None else 0
        if units[k].key.isalpha() and (len(units[k].key) <= 3 and not units[k].classes or sf.word(k, "copulas")) \
                and g is not None \
                and g.kind == "org" and g.first == k + 1 and _member_ends(sf, end):
            member = g
    if member is None and not possessor_before and cue.frame == "NOUN":
        # "Le principal concurrent de Tesla en Chine est BYD": a place or time phrase before the copula
        g = _member_after_copula(sf, possessor.last)
        if g is not None and _member_ends(sf, g.last + 1):
            member = g  # (a name's short form in brackets may follow)
    if member is None and cue.frame == "NOUN_INV" and possessor.comma_only and len(possessor.slots) == 2:
        # "the parent of TikTok, ByteDance": an apposition, not a list
        a, b = possessor.slots
        possessor = Group([a], a.first, a.last)
        member = Group([b], b.first, b.last)
    if member is None or member is possessor:
        return []
    scope = (min(member.last, cue.first), cue.last + 3)
    if cue.frame == "NOUN_INV":
        return [Candidate(possessor, cue.relation, member, "NOUN_INV", cue, base, scope)]
    return [Candidate(member, cue.relation, possessor, "NOUN", cue, base, scope)]


def _coordinated_head_apposition(sf: SentenceFrame, cue: CueMatch) -> Group | None:
    """"X, the loyalty and media arm of Y": an apposition whose head noun carries coordinated
    modifiers (plain words, sectors, "and") between its article and the family noun describes the
    name before its comma, though a conjunction stands between the two."""
    units = sf.su.units
    k = cue.first - 1
    coordinated = False
    while k > 1 and cue.first - k <= 6 and not units[k].in_cue and (
            _plain_word(sf, k) or sf.word(k, "conjunctions") and units[k].key.isalpha()
            or units[k].mention is not None and units[k].mention.kind == "industry"):
        coordinated = coordinated or sf.word(k, "conjunctions")
        k -= 1
    if not coordinated or not sf.word(k, "articles") or units[k - 1].key != ",":
        return None
    g = sf.group_at(k - 2)
    return g if g is not None and g.kind == "org" and len(g.slots) == 1 else None


def _opens_clause(sf: SentenceFrame, cue: CueMatch) -> bool:
    """Only articles, determiners and plain words (adjectives) stand between the clause's start (or an
    "and" opening a clause of its own) and the cue."""
    k = cue.first - 1
    start = _clause_start(sf, cue.first)
    while k >= start and (sf.word(k, "articles") or sf.word(k, "determiners") or _plain_word(sf, k)):
        k -= 1
    return k < start or sf.word(k, "conjunctions") and k > 0 and sf.group_at(k - 1) is None


def _apposed_rivals(sf: SentenceFrame, possessor: Group) -> tuple[Group, Group] | None:
    """The possessor and the apposed list after "the rivals of P": "P, A and B," (one list read by the
    groups, split at its first comma) or "P in power chips, the German A and the American B," (a short
    phrase of plain words or a sector before the comma); the apposition closes with a comma."""
    units = sf.su.units
    first = possessor.slots[0]
    k = first.last + 1
    while k < len(units) and units[k].key != "," and k - first.last <= 6:
        m = units[k].mention
        if m is not None and m.kind != "industry" or units[k].in_cue or sf.is_break(k) \
                or not units[k].key.replace("-", "").replace("'", "").isalpha():
            return None
        k += 1
    if k >= len(units) or units[k].key != ",":
        return None
    j = k + 1
    while j < len(units) and j - k <= 3 and units[j].mention is None and not units[j].in_cue \
            and (units[j].key.replace("-", "").isalpha() or units[j].key in ("'s", "'")):
        j += 1  # "la tedesca", "Germany's"
    slots = []
    for g in sf.groups:
        if g.kind == "org":
            slots += [s for s in g.slots if s.first >= j]
    slots = sorted(slots, key=lambda s: s.first)
    if not slots or slots[0].first != j:
        return None
    members = [slots[0]]
    for s in slots[1:]:
        between = range(members[-1].last + 1, s.first)
        if len(between) > 3 or any(units[b].key == "," and not sf._list_comma(b) or units[b].in_cue for b in between) \
                or not any(sf.word(b, "conjunctions") or units[b].key == "," for b in between):
            break
        members.append(s)
    end = members[-1].last + 1
    if end >= len(units) or units[end].key != "," or first.entity in {s.entity for s in members}:
        return None
    return Group([first], first.first, first.last), Group(members, members[0].first, members[-1].last)


def _titled_unit(sf: SentenceFrame, cue: CueMatch, base: float) -> list[Candidate] | None:
    """"la filiale X de Y", "la controllata X di Y", "het dochterbedrijf X van Y": the noun titles
    the name right after it, and the "of" after that name gives its owner."""
    member = sf.group_at(cue.last + 1)
    if member is None or member.kind != "org" or member.first != cue.last + 1 or len(member.slots) != 1 \
            or not sf.word(member.last + 1, "of_words"):
        return None
    owner = sf.right(member.last + 1, limit=2)
    if owner is None or owner.kind != "org" or set(owner.entities) & set(member.entities):
        return None
    return [Candidate(member, cue.relation, owner, "NOUN", cue, base, (max(0, cue.first - 2), owner.last))]


def _possessor_glued(sf: SentenceFrame, cue: CueMatch) -> bool:
    """"Mirror owner Reach", "Kestrix's parent Brindle": a name right before the noun (or before its
    "'s") is the noun's possessor, so the name after it is the member, not the possessor."""
    j = cue.first - 1
    if j > 0 and sf.su.units[j].key == "'s":
        j -= 1
    g = sf.group_at(j) if j >= 0 else None
    return g is not None and g.kind == "org" and g.last == j


def apposed_or_predicated(sf: SentenceFrame, start: int, end: int) -> bool:
    """Between a name and the relational noun describing it: nothing, a comma or bracket (an
    apposition), a copula ("is", "là"), or only words that are no plain words (articles,
    determiners); plain words with neither are a verb taking the noun as its object."""
    units = sf.su.units
    plain = False
    for k in range(start, end):
        u = units[k]
        if u.key in (",", "(", "–", "—", "-") or sf.word(k, "copulas"):
            return True
        if u.key.isalpha() and not u.classes and u.mention is None:
            plain = True
    return not plain


def _goods_then_party(sf: SentenceFrame, i: int) -> Group | None:
    """"fornitore di latte fresco di Coop", "fournisseur de batteries pour Renault": the goods (plain
    lowercase words) after a supplier noun's "of", then "of"/"for" and the party supplied."""
    units = sf.su.units
    for k in range(i + 1, min(len(units), i + 6)):
        u = units[k]
        if k > i + 1 and (sf.word(k, "of_words") or sf.word(k, "purposes")):
            g = sf.right(k, limit=2)
            return g if g is not None and g.kind == "org" and not g.anaphoric else None
        if u.in_cue or sf.is_break(k) or not u.key.replace("-", "").isalpha() or u.key[:1].isupper() \
                or u.mention is not None and u.mention.kind != "industry":
            return None
    return None


def with_relative_subject(sf: SentenceFrame, i: int) -> tuple[Group, Group] | None:
    """"der Versorger RWE, mit dem Thyssenkrupp einen Rahmenvertrag geschlossen hat": a cue at unit i
    inside a relative clause opened by "with" and a relative pronoun after a name; the clause's
    subject deals with that name. Returns (subject, antecedent)."""
    units = sf.su.units
    subject = sf.left(i, limit=4)
    if subject is None or subject.kind != "org" or any(
            units[k].key in (",", ";", ":") or sf.is_break(k) for k in range(subject.last + 1, i)):
        return None
    antecedent = _with_relative_antecedent(sf, subject)
    if antecedent is None or any(s.anaphor for s in antecedent.slots) \
            or set(antecedent.entities) & set(subject.entities):
        return None
    return subject, antecedent


def past_relative(sf: SentenceFrame, g: Group | None, i: int) -> Group | None:
    """"Policenwerk, das von einer Axa-Managerin gegründet wurde, zählt ...", "Der Versicherer, zu
    dem Ergo gehört, hat seinen Vertrag mit X verlängert": a cue after the comma closing a relative
    clause is its antecedent's, not that of a name inside the clause."""
    if g is None or not any(sf.su.units[k].key == "," for k in range(g.last + 1, i)):
        return g
    start = _clause_start(sf, g.first)
    if not 0 < start < g.first or sf.su.units[start - 1].key != ",":
        return g
    if not sf.word(start, "relatives") and not (
            sf.su.units[start].key.isalpha() and sf.word(start + 1, "relatives")):
        return g  # (", zu dem ...": a preposition may open the relative)
    outer = sf.group_at(start - 2)
    return outer if outer is not None and outer.kind == "org" else None


def deal(sf: SentenceFrame, cue: CueMatch, base: float) -> list[Candidate]:
    found = with_relative(sf, cue)
    if found is not None:
        return [Candidate(found[0], "deal", found[1], "DEAL", cue, base * 0.95, (found[1].first, cue.last + 3))]
    left = sf.left(cue.first)
    # "ha esteso il contratto con il colosso di Redmond": a description may name the other party
    right = sf.right(cue.last, limit=2, anaphors=True) if sf.ends_with(cue, "with_words") else None
    if sf.lex.verb_second:
        left = past_relative(sf, left, cue.first)
    if right is None:
        right = sf.after_word(cue.last, "with_words", reach=7, gap=2, anaphors=True)
    if right is None:
        found = with_relative_subject(sf, cue.first)  # "Orano, avec lequel EDF a signé un contrat"
        if found is not None:
            left, right = found
    if right is None and left is not None:
        won = _won_from(sf, cue, left)
        if won is not None:
            # "Siemens gewinnt einen Großauftrag der Deutschen Bahn", "ASML heeft een order van TSMC
            # binnengehaald": an order won comes from its customer
            return [Candidate(won, "customer_of", left, "OVS", cue, base, (left.last, won.last + 1))]
    if left is None or right is None:
        return []
    return [Candidate(left, "deal", right, "DEAL", cue, base, (left.last, cue.last + 3))]


def _won_from(sf: SentenceFrame, cue: CueMatch, left: Group) -> Group | None:
    """The party an order or contract (a deal cue) is won from: a win verb between the subject and
    the cue, or right after the party in a verb-final clause, and the party after "of"/"from"."""
    units = sf.su.units
    if left.kind != "org" or left.last >= cue.first or not _same_clause(sf, left.last, cue.first):
        return None
    won = any(sf.word(k, "win_words") for k in range(left.last + 1, cue.first))
    if sf.ends_with(cue, "of_words") or sf.ends_with(cue, "agent_words"):
        party = sf.right(cue.last, limit=2)  # "een order van X binnengehaald"
        if party is not None and party.kind == "org" and not party.anaphoric:
            won = won or sf.lex.verb_second and sf.word(party.last + 1, "win_words")
            return party if won and set(party.entities).isdisjoint(left.entities) else None
    for k in range(cue.last + 1, min(len(units), cue.last + 10)):
        if sf.is_break(k) or units[k].key in (";", ":", ".") or units[k].in_cue:
            return None
        won = won or sf.word(k, "win_words")  # "heeft een order binnengehaald voor ... van X"
        g = sf.group_at(k)
        if g is not None and not all(x.kind == "product" for x in g.slots):
            return None  # a name before any "of"/"from" is no party the order came from (a model ordered may be)
        if sf.word(k, "of_words") or sf.word(k, "agent_words") or sf.word(k, "seller_words"):
            party = sf.right(k, limit=3)
            if party is None or party.kind != "org" or party.anaphoric \
                    or any(x.kind != "company" for x in party.slots) \
                    or any(sf.group_at(j) is not None and sf.group_at(j).kind != "industry" or units[j].key == ","
                           for j in range(k + 1, party.first)):
                continue  # ("twaalf van zijn machines, de EXE:5200, van TSMC": the model is no party)
            after = party.last + 1
            won = won or sf.lex.verb_second and sf.word(after, "win_words")
            return party if won and set(party.entities).isdisjoint(left.entities) else None
    return None


def industry(sf: SentenceFrame, cue: CueMatch, base: float) -> list[Candidate]:
    subj = sf.right(cue.last, limit=2, anaphors=True) if sf.ends_with(cue, "of_words") else None
    if subj is None:
        subj = sf.left(cue.first, limit=8, free=False) or oblique_subject(sf, cue.first)
    if sf.lex.verb_second and (subj is None or not prefield_subject(sf, subj, cue.first)):
        # "Ab 2025 steigt Amazon ins Bankgeschäft ein"
        after = sf.right(cue.last, limit=1, anaphors=True)
        if after is not None and _same_clause(sf, cue.first, after.first):
            subj = after
    if subj is None:
        return []
    start = max(cue.last, subj.last) if subj.first > cue.last else cue.last
    obj = sf.right(start, kind="industry", limit=6)
    if obj is None:
        return []
    # "sẽ không tham gia thị trường X": a negation between the subject and the cue belongs to it
    start = subj.last if subj.last < cue.first else cue.first
    return [Candidate(subj, "operates_in", obj, "IND", cue, base, (start, obj.last))]


def description_right(sf: SentenceFrame, i: int) -> Group | None:
    """An anaphoric description ("the company", "the California start-up") right after unit i;
    not a pronoun: "the purchase makes it harder" says nothing of "it"."""
    g = sf.right(i, limit=2, anaphors=True)
    if g is None or not all(x.anaphor in ("anaphors", "group_anaphors", "latter") for x in g.slots):
        return None
    return g


def _repeated_preposition(sf: SentenceFrame, g: Group, prep_at: int, described: bool = False) -> Group:
    """"against X, which ..., and against Y": the preposition repeated after "and" adds Y; with
    `described`, up to four words may describe Y ("et sur l'agence d'influence Y")."""
    units = sf.su.units
    j = g.last + 1
    while j < len(units) and (not sf.visible(j, prep_at) or units[j].key == ","):
        j += 1
    if j + 2 < len(units) and sf.word(j, "conjunctions") and units[j + 1].key == units[prep_at].key:
        k = j + 2
        while described and k < len(units) and k - j - 2 < 4 and not units[k].in_cue and not sf.is_break(k) and (
                units[k].mention is None and units[k].key.replace("'", "").isalpha()
                or units[k].mention is not None and units[k].mention.kind == "industry"):
            k += 1  # "l'agence de publicité": articles, nouns and sector words
        extra = sf.group_at(k)
        if extra is not None and extra.kind == g.kind and extra.first == k:
            return Group(g.slots + [s for s in extra.slots if s.entity not in g.entities], g.first, extra.last)
    return g


FRAME_HANDLERS = {
    "SVO": (svo, 0.85),
    "OVS": (svo, 0.85),
    "SYM": (sym, 0.8),
    "NOUN": (noun, 0.8),
    "NOUN_INV": (noun, 0.8),
    "DEAL": (deal, 0.7),
    "IND": (industry, 0.75),
}
