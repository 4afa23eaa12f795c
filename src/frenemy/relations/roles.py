"""Role titles and persons: executive_of from titles ("le PDG X", "Porsche-Chef Oliver Blume"),
founders, quoted speakers, and companies owned by a person."""

from __future__ import annotations

from functools import lru_cache

from frenemy.relations.sentence import ORG_KINDS, Candidate, Group, SentenceFrame, Slot


def role_candidates(sf: SentenceFrame, slots: list[Slot], main_company: str, subject: str = "",
           topic: str = "", last_named: str = "", recent: list[str] | None = None,
           young: str = "", paragraph: str = "", target: str = "") -> list[Candidate]:
    out: list[Candidate] = []
    units = sf.su.units
    plural = sf.lex.words.get("plural_pronouns", frozenset())
    for a, b in _outermost(sf.su.spans.get("role_titles", [])):
        if _relative_of_title(sf, a, b):
            continue  # "X, nipote del fondatore": the founder is someone else, X only his relative
        # "Snowflake's (former) chief executive": the company before "'s"
        k = a - 1
        while k > 0 and sf.word(k, "ended") and units[k].mention is None:
            k -= 1
        org = _of_chain(sf, b)
        if org is None and not (k >= 0 and sf.word(k, "possessives")):
            org = sf.left(a, limit=1)
        if org is None and sf.word(b, "agent_words") and k > 0 and sf.word(k, "copulas"):
            # "X, dat in 2015 werd opgericht door Y,": a passive title in a relative clause is its antecedent's
            org = sf.relative_antecedent(a) or sf.relative_antecedent(a, to_end=True)
        if org is None and sf.word(b, "agent_words") and k > 0 and units[k].key != ",":
            # "Hooghemaat wordt sinds 2022 geleid door X": a passive title's company is the subject
            # opening the sentence (not a noun's, "le groupe de télévision dirigé par X")
            org = sf.left(a, limit=5)
            # (its description may open the sentence: "La start-up X continuerà a essere guidata da Y")
            if org is not None and (any(not (sf.word(i, "articles") or sf.word(i, "anaphors"))
                                        for i in range(org.first))
                                    or any(units[i].key == "," for i in range(org.last, a))):
                org = None
        if org is None and k > 0 and units[k].key == "'s" and sf.group_at(k - 1) is not None:
            org = sf.group_at(k - 1)
        if org is None and k >= 0 and sf.word(k, "possessives") and units[k].key not in plural:
            # "X runs on AWS, its chief executive Y said": the title belongs to the clause's
            # company, the first one named in the sentence, else the previous sentence's subject
            # (not a third company the quote before speaks of: "«Aena cobra como un monopolio», insistió
            # su consejero delegado" speaks for the speaker's company; the article's own one may be quoted)
            inside = quoted_units(sf)
            quoted = inside if a not in inside else set()
            first = next((s for s in slots if s.kind == "company" and s.last < k
                          and (s.first not in quoted or s.entity in (main_company, topic))), None)
            if young and _founder_title(sf, a, b):
                # "X, une start-up lyonnaise. « ... », se réjouit son cofondateur": the start-up's founder
                org = Group([Slot(k, k, young, "company", 0.7, anaphor="possessive")], k, k)
            elif first is not None:
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
        if person is not None and person.last < a and sf.word(a - 1, "as_words") or (
                person is not None and a >= 2 and sf.word(a - 2, "as_words") and person.last < a - 2):
            # "X volgt Y op als topman van Z", "X vervangt Y als ceo": the title after "as" is the
            # role of the person opening the sentence, who acts on the other
            opener = sf.group_at(0)
            if opener is not None and opener.kind == "person" and opener.last < person.first \
                    and person.first - opener.last <= 4 and not any(
                        units[i].key in (",", ":", ";") or units[i].mention is not None
                        for i in range(opener.last + 1, person.first)):
                person = opener
        if person is None and org is not None:
            person = sf.right(org.last, kind="person", limit=3)
        if person is None:
            person = _opening_person(sf, a) or _predicate_person(sf, a) or _apposed_person(sf, a)
        if person is None:
            continue
        base = 0.8
        if org is None:
            # "Het bedrijf, geleid door medeoprichter X,": an aside opening with the title (or an
            # agent role before it) describes the company before its comma, an anaphor included
            j = a - 1
            while j > 0 and sf.word(j, "role_titles"):
                j -= 1
            # an adverb may open the aside: "X, oggi guidata da Y,"
            while j > 0 and a - j <= 2 and units[j].mention is None and not units[j].classes \
                    and units[j].key.isalpha():
                j -= 1
            k = j
            while k > 0 and a - k <= 5 and (sf.word(k, "anaphors") or units[k].key.isalpha() and (
                    units[k].mention.kind == "industry" if units[k].mention else not units[k].classes)):
                k -= 1
            if k < j and units[k].key == "," and any(sf.word(i, "anaphors") for i in range(k + 1, a)):
                j = k  # ", la promotora fotovoltaica presidida por X": a description of the name before it
            before = sf.group_at(j - 1) if j > 0 and units[j].key == "," else None
            if before is not None and before.kind == "org":
                org = Group([before.slots[-1]], before.slots[-1].first, before.slots[-1].last)
        if org is None and person.last < a:
            org = _agent_aside(sf, person)
        if org is None and person.first > b:
            org = _owner_titled(sf, a)
        if org is None and sf.word(b, "agent_words") and not sf.word(b, "of_words"):
            continue  # "La banca guidata da X ha lanciato un'offerta su Y": only what is led, before the title
        if org is None and sf.word(a, "outside_titles"):
            # "analist X van ING": an analyst works for the company named right after the name, not
            # for the one the article is about
            # ("Analystin X bei der DZ Bank", "economist X at Y": a preposition of the workplace too)
            after = person.last + 1
            org = sf.right(person.last, limit=3) if sf.word(after, "of_words") or sf.word(after, "employer_words") \
                else None
            if org is None or org.kind != "org":
                continue
        if org is None:
            # No company named with the title: one named in the sentence, else the article's main one.
            inside = quoted_units(sf)
            quoted = inside if a not in inside else set()
            orgs = [s for s in slots if s.kind in ORG_KINDS and not s.anaphor and s.first not in quoted
                    and not _addressed(sf, s, person, quoted)]
            # "L'ad X guiderà l'integrazione con Y, numero uno di Z": a company another title names is
            # that title's, not this one's
            held = {s.first for a2, b2 in _outermost(sf.su.spans.get("role_titles", [])) if a2 != a
                    for s in getattr(_of_chain(sf, b2), "slots", ())}
            orgs = [s for s in orgs if s.first not in held]
            if not orgs and any(set(c.subjects.entities) & set(person.entities) for c in out):
                continue  # "Il fondatore X resterà come direttore tecnico": her second title, the same company
            founded = _founded(sf, a, b, orgs, subject, last_named, target)
            if young and _founder_title(sf, a, b) and young not in {s.entity for s in orgs if s.first > a}:
                founded = Group([Slot(a, a, young, "company", 0.6)], a, a)  # the start-up described just before
            # companies the quote names (a pronoun in it, "we are making it smaller", names none)
            third = {s.entity for s in slots if s.first in quoted and not s.anaphor}
            namesake = _namesake(person, orgs, recent or [])
            if namesake:
                # "Geschäftsführerin Martina Eckert" after "Eckert Netzbau": a family firm's head
                org = Group([Slot(a, a, namesake, "company", 0.6)], a, a)
                base = 0.6
            elif founded is not None:
                org, base = founded, 0.6
            elif orgs and subject and _opens_sentence(sf, a) \
                    and all(s.first > person.last for s in orgs) and subject not in {s.entity for s in orgs} \
                    and not sf.word(person.last + 1, "of_words"):
                # "Topman X wil van Just Eat Takeaway een kampioen maken": a titled person opening the
                # sentence speaks for the company the sentence before was about; the names after the
                # verb are what she acts on (not "Topman X van Y")
                org = Group([Slot(a, a, subject, "company", 0.6)], a, a)
                base = 0.6
            elif orgs:
                # "En X, propiedad del fondo Y, el consejero delegado Z": an aside's company is not
                # the one the title's clause is about
                seen = [s for s in orgs if sf.visible(s.first, a)] or orgs
                nearest = min(seen, key=lambda s: abs(s.first - a))
                org = Group([nearest], nearest.first, nearest.last)
                base = 0.6
            elif quoted and min(quoted) < a and (speaking := next((e for e in (paragraph, subject)
                                                                   if e and e not in third), "")):
                # «...», ha detto l'amministratore delegato X: the speaker after a quotation speaks for
                # the company the paragraph is about, else the one the article spoke of just before (not
                # when the quote names that company as a third party: „Indeed is voor ons een rivaal",
                # erkent directeur X speaks for another)
                org = Group([Slot(a, a, speaking, "company", 0.6)], a, a)
                base = 0.6
            elif (last_named or subject) and a == 1 and sf.word(0, "relatives") \
                    and (last_named or subject) not in third:
                # "Dessen Geschäftsführer X sagte": a titled person after a demonstrative speaks for the
                # company the sentence before named last (a demonstrative points to the latest
                # referent: "... von T-Systems. Deren Chef X"), not for the article's
                org = Group([Slot(a, a, last_named or subject, "company", 0.6)], a, a)
                base = 0.6
            elif spoken_of := (topic if topic not in third else "") or (
                    main_company if main_company in (recent or ()) else "") or paragraph or main_company:
                # the company the sentences before kept speaking of ("Der Berliner Konzern ...
                # Vorstandschef X"), else the article's main one if they named it, else the one the
                # paragraph is about
                org = Group([Slot(a, a, spoken_of, "company", 0.6)], a, a)
                base = 0.6
        if org is not None:
            # "the former CEO" — a title's own modifiers sit just before it
            out.append(Candidate(person, "executive_of", org, "ROLE", None, base, (max(0, a - 2), b)))
    if sf.lex.genitive_s and "'s" in sf.su.keys:
        out += _genitive_people(sf, slots, {id(c.subjects.slots[0]) for c in out})
    fronted = _fronted_leaders(sf)
    if fronted is not None:
        out.append(fronted)
    return out


def _addressed(sf: SentenceFrame, s: Slot, person: Group, quoted: set[int]) -> bool:
    """„...“, sagte Geschäftsführerin X dem Handelsblatt; "...," X told Reuters; « ... », a confié X
    aux Echos: a company after the speaker, past a word of address and articles, after a verb of
    saying, is the outlet or person she talks to, not her employer."""
    units = sf.su.units
    words = sf.lex.words.get("addressee_words", frozenset())  # looked up here, not a class of the units
    j = s.first - 1
    skipped = 0
    while j > 0 and units[j].mention is None:
        if units[j].key in words:
            skipped, j = skipped + 1, j - 1
        elif f"{units[j - 1].key} {units[j].key}" in words:
            skipped, j = skipped + 1, j - 2
        elif sf.word(j, "articles"):
            j -= 1
        else:
            break
    if not skipped or j < 0:
        return False
    if sf.word(j, "speech_verbs"):
        return True
    # the verb may stand before the speaker ("sagte X dem Handelsblatt") or be the word of address ("X told Reuters")
    return j == person.last and any(sf.word(i, "speech_verbs") and i not in quoted
                                    for i in [*range(person.first), *range(person.last + 1, s.first)])


def _relative_of_title(sf: SentenceFrame, a: int, b: int) -> bool:
    """"petit-fils du fondateur", "hija del fundador", "the founder's grandson": a family noun owns the
    title, which is a relative's (the named person is only related to the title-holder)."""
    units = sf.su.units
    j = sf.word_before(a, ("of_words",), skip="articles")
    if j > 0 and sf.word(j - 1, "kin_words"):
        return True
    return b + 2 < len(units) and units[b + 1].key == "'s" and sf.word(b + 2, "kin_words")


@lru_cache(maxsize=16)
def _agent_participles(lex) -> frozenset[str]:
    """First words of the role titles that end in an agent word ("fondée par", "guidata da")."""
    agents = lex.words.get("agent_words", frozenset())
    return frozenset(p.split(" ")[0] for p in lex.words.get("role_titles", ()) if " " in p
                     and p.split(" ")[-1] in agents)


def _fronted_leaders(sf: SentenceFrame) -> Candidate | None:
    """"Fondée en 2019 à Lyon par X et Y, Cardiolys a ...", "Fundada en 2018 por X, Finzen ...": a
    sentence opening with the participle of a leader's title and its agent (a date or a place may
    stand between) describes the company that opens the main clause, after the phrase's commas."""
    units = sf.su.units
    n = len(units)
    if n < 5 or units[0].mention is not None or units[0].key not in _agent_participles(sf.lex):
        return None
    k = 1
    while k < n and k <= 6 and not sf.word(k, "agent_words"):
        if units[k].mention is not None or units[k].key in (",", ";", ":") or sf.is_break(k):
            return None
        k += 1
    if k >= n or not sf.word(k, "agent_words"):
        return None
    people = sf.right(k, kind="person", limit=3)
    if people is None or any(units[i].key == "," or units[i].mention is not None for i in range(k + 1, people.first)):
        return None
    # the main clause's subject: the first company right after a comma, past the people's own asides
    j = people.last + 1
    while j < n and j <= people.last + 20:
        if sf.is_break(j) or units[j].key in (";", "."):
            return None
        if units[j].key == "," and j + 1 < n:
            g = sf.group_at(j + 1)
            if g is not None and g.first == j + 1 and g.kind == "org" and not g.anaphoric \
                    and units[g.first].mention.kind == "company":
                org = Group([g.slots[0]], g.slots[0].first, g.slots[0].last)
                return Candidate(people, "executive_of", org, "ROLE", None, 0.8, (0, k))
        j += 1
    return None


def _genitive_people(sf: SentenceFrame, slots: list[Slot], titled: set[int]) -> list[Candidate]:
    """"OpenAI's Sam Altman", "Nvidia's Jensen Huang said": a person named in a company's genitive,
    with no title, is one of its people (where "'s" is a genitive: English, Dutch)."""
    units = sf.su.units
    ends = {s.last: s for s in slots if s.kind == "company" and not s.anaphor}
    out: list[Candidate] = []
    for p in slots:
        if p.kind != "person" or id(p) in titled or p.first < 2 or units[p.first - 1].key != "'s":
            continue
        org = ends.get(p.first - 2)
        if org is not None:
            out.append(Candidate(Group([p], p.first, p.last), "executive_of", Group([org], org.first, org.last),
                                 "ROLE", None, 0.6, (org.first, p.last)))
    return out


def _owner_titled(sf: SentenceFrame, a: int) -> Group | None:
    """"Zorgsoft, in handen van oprichter X": a title right after an ownership cue ("owned by") names
    the owner of the company the cue's clause speaks of; he holds his role there."""
    own = next((c for c in sf.su.cues if c.relation == "subsidiary_of" and not c.tail and c.last == a - 1), None)
    if own is None:
        return None
    org = sf.relative_antecedent(own.first) or sf.left(own.first, limit=6)
    return org if org is not None and org.kind == "org" and not org.anaphoric and len(org.entities) == 1 else None


def _agent_aside(sf: SentenceFrame, person: Group) -> Group | None:
    """"Sao Mai, doanh nghiệp do ông X làm Tổng giám đốc,": an aside whose description is run by
    the person (an agent word before the name) describes the company before its comma."""
    units = sf.su.units
    j = person.first - 1
    while j > 0 and sf.word(j, "honorifics"):
        j -= 1
    if not sf.word(j, "agent_words"):
        return None
    k = j - 1
    while k > 0 and j - k <= 4 and units[k].key != "," and not sf.is_break(k) and units[k].mention is None:
        k -= 1  # the description may read as an anaphor ("doanh nghiệp")
    g = sf.group_at(k - 1) if k > 0 and units[k].key == "," else None
    before = [x for x in g.slots if x.last < k and not x.anaphor] if g is not None and g.kind == "org" else []
    return Group([before[-1]], before[-1].first, before[-1].last) if before else None


def _namesake(person: Group, orgs: list[Slot], recent: list[str]) -> str:
    """A company of the sentence or of the sentences just before that bears the person's surname
    as its first word ("Klaus Hesse" and "Hesse Bandstahl"), one no registry knows."""
    surname = person.slots[0].entity.rsplit("_", 1)[-1]
    if not person.slots[0].entity.startswith("person:") or len(surname) < 3:
        return ""
    for entity in [s.entity for s in orgs] + recent:
        words = entity.removeprefix("new:").split("|")[0].split("_")
        if entity.startswith("new:") and len(words) >= 2 and words[0] == surname:
            return entity
    return ""


def _founder_title(sf: SentenceFrame, a: int, b: int) -> bool:
    """The title span, or a title joined to it ("oprichter en directeur"), names a founder."""
    lo, hi = a, b
    if lo >= 2 and sf.word(lo - 1, "conjunctions") and sf.word(lo - 2, "role_titles"):
        lo -= 2
    if sf.word(hi + 1, "conjunctions") and sf.word(hi + 2, "role_titles"):
        hi += 2
    return any(sf.word(i, "founder_titles") for i in range(lo, hi + 1))


def _founded(sf: SentenceFrame, a: int, b: int, orgs: list[Slot], subject: str,
             last_named: str = "", target: str = "") -> Group | None:
    """A founder named with no company of its own founded a young company, one no registry
    knows: the nearest such in the sentence, else the previous sentence's subject if it is one
    ("Frachtwerk won DSV as an investor. Founder and CEO Z said ...": Frachtwerk, not DSV)."""
    if not _founder_title(sf, a, b):
        return None
    young = [s for s in orgs if s.entity.startswith("new:")]
    if young:
        nearest = min(young, key=lambda s: abs(s.first - a))
        return Group([nearest], nearest.first, nearest.last)
    if not orgs and target:
        # "Infineon kauft Lausitz Photonics. Gründer X bleibt an Bord": the founder of the company
        # just bought, not of its buyer
        return Group([Slot(a, a, target, "company", 0.6)], a, a)
    if not orgs and subject.startswith("new:"):
        return Group([Slot(a, a, subject, "company", 0.6)], a, a)
    if not orgs and last_named.startswith("new:"):
        # "PostNL nam een belang in de fietskoerier Stadsbode. Oprichter Z ...": the young company
        # named last, when the subject is a known one
        return Group([Slot(a, a, last_named, "company", 0.6)], a, a)
    return None


# German closes „ with “, Dutch with ” or a plain "
_OPENING = {'"': ('"',), "«": ("»",), "“": ("”",), "„": ("“", "”", '"')}


_SINGLE = ("'", "‘", "’")


def quoted_units(sf: SentenceFrame) -> set[int]:
    """Units inside quotation marks (the marks excluded); single quotes ('Wij groeien', zei X) too, where
    the mark opens before a word and closes after one (not an apostrophe inside a word: "zo'n").
    Read by several steps of a sentence: found once and kept on the frame (callers do not change it)."""
    if sf.quoted is None:
        sf.quoted = _quoted_units(sf.su.units)
    return sf.quoted


def _quoted_units(units: list) -> set[int]:
    out: set[int] = set()
    close: tuple[str, ...] = ()
    for i, u in enumerate(units):
        if close == _SINGLE and u.key in _SINGLE and _closes_single(units, i):
            close = ()
        elif close and close != _SINGLE and u.key in close:
            close = ()
        elif close:
            out.add(i)
        elif u.key in _OPENING:
            close = _OPENING[u.key]
        elif u.key in ("'", "‘") and _opens_single(units, i):
            close = _SINGLE
    return out if not close else set()  # an unclosed quote says nothing sure


def _opens_single(units, i: int) -> bool:
    return (i == 0 or units[i - 1].end < units[i].start) and i + 1 < len(units) \
        and units[i + 1].start == units[i].end and units[i + 1].key[:1].isalnum()


def _closes_single(units, i: int) -> bool:
    return i > 0 and units[i - 1].end == units[i].start and (
        i + 1 == len(units) or units[i + 1].start > units[i].end or units[i + 1].key in (",", ".", ";", ":"))


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


def _apposed_person(sf: SentenceFrame, a: int) -> Group | None:
    """'Tom Bos, sinds 2023 topman van Knuspr,': a person, a comma and a short adverbial before the title."""
    units = sf.su.units
    k = a - 1
    while k > 0 and a - k <= 3 and units[k].key != "," and units[k].mention is None and not units[k].in_cue \
            and not sf.is_break(k):
        k -= 1
    if k < 1 or units[k].key != ",":
        return None
    end = k - 1
    aged = end >= 3 and units[end].key == ")" and units[end - 2].key == "(" and units[end - 1].key.isdigit()
    if aged:
        end -= 3  # "Jan de Boer (54), topman van X": the age in brackets after the name
    elif k == a - 1:
        return None
    g = sf.group_at(end)
    return g if g is not None and g.kind == "person" and g.last == end else None


def _opens_sentence(sf: SentenceFrame, a: int) -> bool:
    """Only articles and quotes stand before unit a."""
    return all(sf.word(i, "articles") or sf.su.units[i].key in ('"', "„", "“") for i in range(a))


_NOT_PREDICATE = ("of_words", "with_words", "agent_words", "purposes", "particles", "sources", "in_words")


def _date_preposition(sf: SentenceFrame, i: int) -> bool:
    """"im Oktober", "in 2027": a preposition of place or time before a month or a year."""
    nxt = sf.su.units[i + 1].key if i + 1 < len(sf.su.units) else ""
    return sf.word(i, "in_words") and (nxt in sf.lex.months or nxt.isdigit())


def _predicate_person(sf: SentenceFrame, a: int) -> Group | None:
    """'Groen blijft aan als bestuursvoorzitter van het bedrijf', 'X begon bij Shell als directeur':
    the person opening the sentence, a short verb phrase, then "as" and the title."""
    units = sf.su.units
    first = sf.group_at(0)
    if first is None or first.kind != "person" or first.first != 0 or a < 2:
        return None
    adjective = a >= 3 and sf.word(a - 2, "as_words") and units[a - 1].key.isalpha() and not units[a - 1].classes
    if adjective:
        a -= 1  # "treedt aan als nieuwe topman": one adjective between "as" and the title
    elif not sf.word(a - 1, "as_words"):
        # "X is sinds 2022 ceo van Y", "X wordt per 1 januari de nieuwe topman": a copula right after
        # the person, a few words with no preposition, then the title (not "X is kritisch over de
        # topman van Y")
        if not sf.word(first.last + 1, "copulas") or a - first.last > 7 or any(
                units[i].mention is not None or units[i].in_cue or not units[i].key.isalnum()
                or any(sf.word(i, c) for c in _NOT_PREDICATE) and not _date_preposition(sf, i)
                for i in range(first.last + 2, a)):
            return None
    reach = 5 if sf.word(a - 1, "as_words") else 7
    if a - 1 - first.last > reach or any(units[i].mention is not None and units[i].mention.kind == "person"
                                         or units[i].key in (",", ":", ";") or sf.is_break(i)
                                         for i in range(first.last + 1, a - 1)):
        return None
    return first


def owned_by_person(sf: SentenceFrame, slots: list[Slot]) -> list[Candidate]:
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
            # "su homólogo en Sabadell": a title ending in "in" names the company right after it; so
            # does any title where the language puts the company bare after it ("Tổng giám đốc Vinamilk")
            # "an analyst at Jefferies", "analyste chez Oddo": a workplace preposition right after the title
            return g if g.kind == "org" and (sf.word(j - 1, "of_words") or j == i + 1 and (
                sf.word(i, "in_words") or sf.lex.bare_titles) or j > i + 1 and sf.word(i + 1, "employer_words") and all(
                    sf.word(k, "employer_words") or sf.word(k, "articles") for k in range(i + 1, j))) \
                else None
    return None
