"""What the frames read: a sentence as units with their cue matches (SentenceFrame), the company
slots and groups (coordinated lists) in it, and the candidates a frame proposes."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from frenemy.lang import Lexicon
from frenemy.relations.units import DESCRIPTIONS, CueMatch, SentenceUnits

WINDOW = 12  # units a cue reaches for its subject or object
_FREE_CLASSES = frozenset({"determiners", "includers", "correlatives"})
ORG_KINDS = ("company", "product")


_NUMBER = re.compile(r"^\d+(?:[.,]\d+)?$")
_BREAK_KEYS = frozenset({";", "?", "!"})
_DASHES = frozenset({"–", "—"})  # spaced dashes: a hyphen inside "Hapag-Lloyd" is part of a name

@dataclass(slots=True)
class Slot:
    """An entity occupying units first..last: a mention, or an anaphor already resolved."""

    first: int
    last: int
    entity: str
    kind: str
    confidence: float
    anaphor: str = ""  # "" | anaphor | pronoun | plural | possessive
    commentator: bool = False  # an analyst's employer named in a source phrase: a party of her role only
    # a description whose place or young-company head agrees with what the article said of the
    # company ("den Bonnern" after "der Bonner Logistikkonzern"): it may stand as a verb's object
    qualified: bool = False
    # the sector a resolved description names ("der Versicherer", "il gruppo bancario"): its industry entity
    sector: str = ""


@dataclass(slots=True)
class Group:
    slots: list[Slot]
    first: int
    last: int
    comma_only: bool = False  # members joined by commas alone (may be an apposition)

    @property
    def kind(self) -> str:
        return "org" if self.slots[0].kind in ORG_KINDS else self.slots[0].kind

    @property
    def entities(self) -> list[str]:
        """The members' entities, each once, in order (read often: most groups hold one)."""
        slots = self.slots
        if len(slots) == 1:
            return [slots[0].entity]
        return list(dict.fromkeys([s.entity for s in slots]))

    @property
    def anaphoric(self) -> bool:
        return all(s.anaphor for s in self.slots)

    @property
    def confidence(self) -> float:
        return min(s.confidence for s in self.slots)


@dataclass(slots=True)
class Candidate:
    subjects: Group
    relation: str
    objects: Group
    frame: str
    cue: CueMatch | None
    base: float
    scope: tuple[int, int]  # units searched for hedges and negations
    pairwise: bool = False  # SYM within one list


# the comma closing an aside opens another only before a description or a clause of its own (not
# "X, a unit of Y, has many customers")
_NEXT_ASIDE = ("articles", "determiners", "anaphors", "group_anaphors", "relatives", "oblique_relatives", "asides",
               "with_words")


@dataclass(slots=True)
class SentenceFrame:
    """Groups of one sentence and the helpers frames share."""

    su: SentenceUnits
    lex: Lexicon
    groups: list[Group] = field(default_factory=list)
    _slot_group: dict[int, Group] = field(default_factory=dict)
    _hidden: set[int] = field(default_factory=set)
    _breaks: set[int] = field(init=False)
    # the units inside quotation marks, worked out once (roles.quoted_units): several steps ask
    quoted: set[int] | None = None

    def __post_init__(self) -> None:
        self._breaks = self._clause_breaks()

    def word(self, i: int, cls: str) -> bool:
        return i in self.su.at.get(cls, ())

    def word_before(self, i: int, classes: tuple[str, ...], skip: str = "determiners") -> int:
        """The unit before i, past words of class `skip` ("von der X", "with the X") that are of none
        of `classes`: its index if it is of one of `classes`, else -1."""
        j = i - 1
        while j >= 0 and self.word(j, skip) and not any(self.word(j, c) for c in classes):
            j -= 1
        return j if j >= 0 and any(self.word(j, c) for c in classes) else -1

    def share(self, a: int, b: int) -> float | None:
        """The first percentage stated between units a and b ("70%", "51 per cent"), or None."""
        units = self.su.units
        for i in range(max(a, 1), min(b, len(units) - 1) + 1):
            if (units[i].key == "%" or self.word(i, "percent_words")) and _NUMBER.match(units[i - 1].key):
                return float(units[i - 1].key.replace(",", "."))
        return None

    def is_break(self, i: int) -> bool:
        return i in self._breaks

    def _clause_breaks(self) -> set[int]:
        """The units that end a clause: ";", "?", "!" and the clause_breaks words, except a connector
        between two commas ("La gasista ha cerrado, en cambio, una alianza con Repsol"), which is a
        parenthesis inside the clause, not the start of another."""
        units = self.su.units
        breaks = {i for i, key in enumerate(self.su.keys) if key in _BREAK_KEYS}
        spans = self.su.spans.get("clause_breaks", ())
        for i in self.su.at.get("clause_breaks", ()):
            if not any(a <= i <= b and 0 < a - 1 and b + 1 < len(units) and units[a - 1].key == ","
                       and units[b + 1].key == "," for a, b in spans):
                breaks.add(i)
        return breaks

    def group_at(self, i: int) -> Group | None:
        """The group one of whose members stands at unit i (lists may hold other units between)."""
        return self._slot_group.get(i)

    def index_groups(self) -> None:
        self._slot_group = {j: g for g in self.groups for s in g.slots for j in range(s.first, s.last + 1)}

    def find_asides(self) -> None:
        self._hidden = self._asides()

    def _asides(self) -> set[int]:
        """Units inside ", which ... ,", ", the ... ," after a name, and "( ... )": a cue
        outside them does not reach in.

        "Google Cloud, which counts Spotify among its customers, signed a deal with X": the
        deal is Google Cloud's, not Spotify's. "GE HealthCare, the main rival of Siemens, relies
        on AWS": GE HealthCare relies on AWS.
        """
        units = self.su.units
        hidden: set[int] = set()
        n = len(units)
        closed = -1  # the comma closing the last aside may open the next: "X, owned by Y, the Z group, ..."
        for i, u in enumerate(units):
            if u.key == "(":
                j = i + 1
                while j < n and units[j].key != ")":
                    j += 1
                if j - i > 3 or j - i == 3 and units[i + 1].mention is None:
                    # "(AWS)" is a name's other form, not an aside; "(gruppo Swisscom)" is one
                    hidden.update(range(i, min(j + 1, n)))
            elif u.key in _DASHES and i not in hidden:
                j = self._dashed_aside_end(i)
                if j is not None:
                    hidden.update(range(i, j + 1))
            elif u.key == "," and i + 1 < n and (i not in hidden or i == closed and (
                    any(self.word(i + 1, c) for c in _NEXT_ASIDE))) and (
                    self.word(i + 1, "relatives") and not self._includes_name(i + 1) or self._apposition_at(i)
                    or self._oblique_aside(i)
                    or self._with_examples(i)):
                j = i + 2
                listed = 0  # a list inside the aside ("costituita da A, B, C e D") does not lengthen it
                # a relative clause may join two verbs with "but" ("which designs its chips but buys
                # the rest from X,"): a break word there, with no comma before it, stays inside
                relative = self.word(i + 1, "relatives") or self.word(i + 1, "oblique_relatives")
                while j < n and (units[j].key not in (",", ";", ".") or self._list_comma(j)) \
                        and not (self.is_break(j) and not (relative and units[j].key.isalpha()
                                                           and units[j - 1].key != ",")):
                    listed += 2 if units[j].key == "," else 0
                    j += 1
                if j < n and units[j].key == "," and j - i - listed <= 22:
                    hidden.update(range(i, j + 1))
                    closed = j
        return hidden

    def _oblique_aside(self, i: int) -> bool:
        """", in which Tencent holds a stake," right after a name: a prepositional relative describing
        it, an aside (not one of "with": ", avec lequel Geodis s'est allié," names the other side)."""
        return i > 0 and self.su.units[i - 1].mention is not None and self.word(i + 1, "oblique_relatives") \
            and not self.word(i + 1, "with_words")

    def _dashed_aside_end(self, i: int) -> int | None:
        """"Thaco Auto – the assembler of Kia and Mazda cars – competes with X": a pair of dashes right
        after a company name encloses a description of it; the closing dash, else None. A single
        dash ("X orders from Y – and fights Z") joins two clauses and hides nothing."""
        units = self.su.units
        before = units[i - 1].mention if i > 0 else None
        if before is None or before.kind not in ORG_KINDS or i + 1 >= len(units) \
                or units[i + 1].mention is not None:
            return None
        for j in range(i + 2, min(i + 24, len(units))):
            if units[j].key in _DASHES:
                return j if j + 1 < len(units) and units[j + 1].key not in _DASHES else None
            if units[j].key in (".", ";", "(", ")") or units[j].key in _BREAK_KEYS:
                return None
        return None

    def _with_examples(self, i: int) -> bool:
        """', met merken als A, B en C,' right after a name: what it has, an aside (checked in the
        verb-second languages, where the verb after it then finds the name)."""
        before = self.su.units[i - 1].mention if i > 0 and self.lex.verb_second else None
        return (before is not None and before.kind in ORG_KINDS and self.word(i + 1, "with_words")
                and i + 2 < len(self.su.units) and self.su.units[i + 2].mention is None)

    def _includes_name(self, i: int) -> bool:
        """", dont BFMTV, ...": a relative that is also a list word, right before a name, says
        "including": a member of the list before it, not a clause of its own."""
        units = self.su.units
        return self.word(i, "includers") and i + 1 < len(units) and units[i + 1].mention is not None

    def _list_comma(self, j: int) -> bool:
        """A comma inside a list of names (", qui compte parmi ses clients A, B et C, ..."): a
        name stands before it, a name follows, and a comma or a conjunction follows that name."""
        units = self.su.units
        m = units[j + 1].mention if j + 1 < len(units) else None
        if units[j].key != "," or m is None or m.kind not in ORG_KINDS or j == 0 or units[j - 1].mention is None:
            return False
        k = j + 2
        while k < len(units) and units[k].mention is m:
            k += 1
        return k < len(units) and (units[k].key == "," or self.word(k, "conjunctions"))

    def _apposition_at(self, i: int) -> bool:
        """', the/a ...' right after a company name, not followed by another name (a list)."""
        units = self.su.units
        before = units[i - 1].mention if i > 0 else None
        if before is None and i > 1 and units[i - 1].start - units[i - 2].end <= 1 and units[i - 2].mention:
            before = units[i - 2].mention  # "die Otto-Gruppe, ...": the rest of the name's compound
        if (before is None or before.kind == "industry") and i > 0 and (
                self.word(i - 1, "anaphors") or self.word(i - 1, "group_anaphors")):  # ("la aerolínea")
            # "Le groupe, né de la fusion de PSA et de FCA, ...", "La compañía, propiedad de Globalia, ..."
            return self.word(i + 1, "asides") or any(
                c.first == i + 1 and c.frame in ("NOUN", "NOUN_INV") for c in self.su.cues)
        if before is None or before.kind not in ORG_KINDS:
            return False
        if self._described_aside(i):
            return True
        if self.ranked_peer(i):
            return True  # ", neben Hochtief einer der größten Baukonzerne,": the peer's is no clause
        if self.word(i + 1, "articles") and i + 2 < len(units) and (
                units[i + 2].mention is None or units[i + 2].mention.kind == "industry") \
                and not self._demonym_member(i + 2):
            return True  # ", the freight-software maker owned by ...,"
        if self.word(i + 1, "asides"):
            return True  # ", founded in 2019 by former Google engineers,"
        k = i + 1
        while any(self.word(k, c) for c in DESCRIPTIONS):
            k += 1
        described = k > i + 1  # a company description opens the aside
        if described and self.word(k, "of_words") and not self.word(k, "possessives"):
            return True  # ", el holding de Iberia, British Airways y Vueling,": a description of the name
        if described and self.lex.verb_second and k < len(units) and units[k].mention is None \
                and not units[k].in_cue and units[k].key.isalpha() and not self.word(k, "with_words"):
            return True  # ", het mediaconcern achter De Telegraaf,": a description and its preposition
        if described and any(self.word(k, "relatives") for k in range(i + 2, min(i + 6, len(units)))):
            return True  # ", il gruppo padovano che ...,": the article is read inside the anaphor
        agents = self.lex.words.get("agent_words", frozenset())
        if described and any(k <= c.first <= k + 2 and c.phrase.split(" ")[-1] in agents for c in self.su.cues):
            return True  # ", el grupo sanitario controlado por X,": a description with a participle and its agent
        if i + 3 < len(units) and units[i + 1].mention is not None and units[i + 2].key == "'s" and any(
                c.frame in ("NOUN", "NOUN_INV") and i + 3 <= c.first <= i + 4 for c in self.su.cues):
            return True  # ", Walmart's rival,", ", Alphabet's cloud unit,"
        # ", controlled by X," ", owned by X,": a participle with its agent
        if any(c.first == i + 1 and c.phrase.split(" ")[-1] in agents for c in self.su.cues):
            return True
        # ", Mutterkonzern von Lidl,", ", bislang einer der größten Kunden von X,": a relational noun
        return any(c.frame in ("NOUN", "NOUN_INV") and i < c.first <= i + 4
                   and all((units[k].mention is None or units[k].mention.kind == "industry")
                           and not self.word(k, "with_words") and not self.word(k, "in_words")
                           and not self.word(k, "possessives") for k in range(i + 1, c.first))
                   for c in self.su.cues)

    def _demonym_member(self, k: int) -> bool:
        """"..., la danese Merrild e la canadese Kicking Horse": after the article only a country's
        adjective, then a name: a member of a list ("ha comprato la francese A, la danese B"), not
        an apposition describing the name before the comma."""
        units = self.su.units
        j = k
        while j < len(units) and j - k < 2 and units[j].mention is None and units[j].key in self.lex.demonyms:
            j += 1
        return j > k and j < len(units) and units[j].mention is not None and units[j].mention.kind in ORG_KINDS

    def ranked_peer(self, i: int) -> bool:
        """", alongside Hochtief one of the largest builders,": a name after "with"/"besides" and then
        "one of", right after a name's comma, ranks the name before among its peers."""
        units = self.su.units
        k = max((b + 1 for cls in ("additives", "with_words") for a, b in self.su.spans.get(cls, ()) if a == i + 1),
                default=None)
        if k is None or k >= len(units) or units[k].mention is None or units[k].mention.kind not in ORG_KINDS:
            return False
        while k < len(units) and (units[k].mention is not None or self.word(k, "conjunctions")
                                  or units[k].key == "," and self._list_comma(k)):
            k += 1
        ranking = self.lex.words.get("ranking_words", frozenset())
        return any(" ".join(u.key for u in units[k:k + n]) in ranking for n in (1, 2, 3, 4))

    def _described_aside(self, i: int) -> bool:
        """", la compañía nacida de la fusión de A y B,": an anaphor's phrase with an article, then a
        participle, after a name's comma (the article is read as part of the anaphor)."""
        units = self.su.units
        if i + 1 >= len(units) or not self.word(i + 1, "anaphors") \
                or units[i + 1].key not in self.lex.words.get("articles", ()):
            return False
        k = i + 1
        while k < len(units) and self.word(k, "anaphors") and units[k].mention is None:
            k += 1
        return self.word(k, "asides")

    def relative_antecedent(self, i: int, to_end: bool = False) -> Group | None:
        """In ", which/qui ..." the subject is the name just before the comma — the last of a
        list: "WPP and Omnicom, which bought Interpublic" is Omnicom's purchase. With `to_end`, also
        a relative clause that runs on to the sentence's end (no aside: "X, qui reste son
        principal concurrent."), with no other comma before unit i."""
        units = self.su.units
        if i not in self._hidden and not to_end:
            return None
        j = i - 1
        while j >= 0 and (to_end or j in self._hidden) and not (units[j].key == "," and self.word(j + 1, "relatives")):
            if self.group_at(j) is not None or self.is_break(j) or to_end and units[j].key in (",", ";", ":"):
                return None  # a name or break inside the clause: the usual search applies
            j -= 1
        if j <= 0 or units[j].key != "," or not self.word(j + 1, "relatives"):
            return None
        g = self.group_at(j - 1)
        if g is None or g.kind != "org":
            return None
        named = [s for s in g.slots if s.last < j]
        last = named[-1]  # a list may go on after the clause
        if len(named) >= 2 and self._plural_verb(j + 2):
            return Group(named, named[0].first, last.last)  # "A et B, qui ont racheté C": both bought
        home = self._origin_of(last)
        if home is not None:
            return home
        return Group([last], last.first, last.last)

    def _origin_of(self, slot: Slot) -> Group | None:
        """"Transportbedrijf Versboer uit Oss, dat ...", "Tolvane from Halifax, which ...": a name the
        registry does not know, after an origin word ("from", "uit", "aus") right after a company's
        name, is where the company comes from; a relative clause after it speaks of the company."""
        k = slot.first - 1
        if k < 1 or not self.word(k, "origin_words") or not slot.entity.startswith("new:"):
            return None
        g = self.group_at(k - 1)
        if g is None or g.kind != "org" or g.last != k - 1:
            return None
        owner = g.slots[-1]
        return Group([owner], owner.first, owner.last)

    def _plural_verb(self, k: int) -> bool:
        """The verb at unit k (past clitics and "ne") is plural by its ending (the lexicon's
        plural_verb_endings, not singular_verb_endings): "qui ont", "qui se livrent", not "qui détient"."""
        units = self.su.units
        while k < len(units) and (self.word(k, "negations") or self.word(k, "verb_clitics")):
            k += 1
        if k >= len(units) or units[k].mention is not None or not units[k].key.isalpha():
            return False
        key = units[k].key
        plural = self.lex.words.get("plural_verb_endings", ())
        singular = self.lex.words.get("singular_verb_endings", ())
        return any(key.endswith(e) for e in plural) and not any(key.endswith(e) for e in singular)

    def singular_relative(self, i: int) -> Group | None:
        """"het Franse OVHcloud en het Duitse Ionos, dat in handen is van X": a relative pronoun
        that is singular only (singular_relatives) after a list of names speaks of its last one."""
        units = self.su.units
        j = i - 1
        while j > 1 and not self.word(j, "singular_relatives"):
            if self.group_at(j) is not None or self.is_break(j) or units[j].key in (",", ";", ":"):
                return None
            j -= 1
        if j <= 1 or units[j - 1].key != "," or not self.word(j, "singular_relatives"):
            return None
        g = self.group_at(j - 2)
        if g is None or g.kind != "org" or len(g.slots) < 2 or g.last != j - 2:
            return None
        return Group([g.slots[-1]], g.slots[-1].first, g.slots[-1].last)

    def coordinated_relative(self, i: int) -> Group | None:
        """"X, che produce ... per A e B e che è stata rilevata da Y": a relative pronoun after
        "and", a few words before unit i, continues the relative clause opened after X's comma;
        its subject is X, not the names the first clause spoke of."""
        units = self.su.units
        j = i - 1
        while j > 0 and i - j <= 4 and not self.word(j, "relatives"):
            if self.group_at(j) is not None or self.is_break(j) or units[j].key in (",", ";", ":"):
                return None
            j -= 1
        if j < 2 or not self.word(j, "relatives") or not self.word(j - 1, "conjunctions"):
            return None
        k = j - 2
        while k > 0 and not (units[k].key == "," and self.word(k + 1, "relatives")):
            if self.is_break(k) or units[k].key in (";", ":"):
                return None
            k -= 1
        g = self.group_at(k - 1) if k > 0 else None
        if g is None or g.kind != "org":
            return None
        last = [s for s in g.slots if s.last < k][-1]
        return Group([last], last.first, last.last)

    def visible(self, j: int, origin: int) -> bool:
        """A unit is reachable from `origin` unless it sits in an aside that `origin` is outside of."""
        return j not in self._hidden or origin in self._hidden

    def left(self, i: int, kind: str = "org", limit: int = WINDOW, stop_at_break: bool = True,
             free: bool = True) -> Group | None:
        """Nearest group of `kind` ending before unit i."""
        # (visible, group_at, is_break and _cost read inline: frames call this for every cue)
        hidden, groups, breaks = self._hidden, self._slot_group, self._breaks
        outside = i not in hidden
        j = i - 1
        steps = 0
        while j >= 0 and steps <= limit:
            if outside and j in hidden:
                j -= 1
                continue
            g = groups.get(j)
            if g is not None and g.kind == kind and g.last < i:
                return g
            if g is not None and g.kind == kind and not outside and j not in hidden:
                # "A, a chain owned by B, and C": from inside the aside, the list around it is A
                before = [s for s in g.slots if s.last < i]
                if before and before[-1].last + 1 in hidden and self.su.units[before[-1].last + 1].key == ",":
                    # "A, B, elle-même détenue par C, et D": an aside right after a member speaks of it
                    return Group([before[-1]], before[-1].first, before[-1].last)
                if before:
                    return Group(before, before[0].first, before[-1].last)
            if stop_at_break and j in breaks:
                return None
            steps += self._cost(j) if free else 1
            j -= 1
        return None

    def right(self, i: int, kind: str = "org", limit: int = WINDOW, stop_at_break: bool = True,
              free: bool = True, anaphors: bool = False, contained: bool = False) -> Group | None:
        """Nearest group of `kind` starting after unit i (with `contained`, inside the aside that
        holds unit i, if any: a verb's object).

        Anaphors ("the company") stand for the main actor; they fill an object slot only
        where asked (a possessor: "the ambitions of the group in banking").
        """
        hidden, groups, breaks = self._hidden, self._slot_group, self._breaks
        outside = i not in hidden
        j = i + 1
        steps = 0
        n = len(self.su.units)
        inside = contained and not outside
        while j < n and steps <= limit:
            if inside and j not in hidden:
                return None  # "X, qui souhaitait racheter l'entreprise, et Y": an aside's verb ends with it
            if outside and j in hidden:
                j += 1
                continue
            g = groups.get(j)
            if g is not None and g.kind == kind and g.first > i and (
                    anaphors or not g.anaphoric or all(s.qualified for s in g.slots)):
                return g
            if stop_at_break and j in breaks:
                return None
            steps += self._cost(j) if free else 1
            j += 1
        return None

    def _cost(self, j: int) -> int:
        """Articles, list words and sector nouns ("the drugmakers such as") cost nothing to cross."""
        u = self.su.units[j]
        if u.classes & _FREE_CLASSES or (u.mention is not None and u.mention.kind == "industry"):
            return 0
        return 1

    def after_word(self, i: int, cls: str, kind: str = "org", reach: int = 6, gap: int = 3,
                   anaphors: bool = False) -> Group | None:
        """A group right after a word of class `cls` found within `reach` units after unit i."""
        n = len(self.su.units)
        for j in range(i + 1, min(n, i + 1 + reach)):
            if self.group_at(j) is not None and self.group_at(j).kind == kind:
                return None  # another group comes first
            if self.is_break(j):
                return None
            if self.word(j, cls):
                end = j
                while end + 1 < n and self.word(end + 1, cls):
                    end += 1
                return self.right(end, kind, limit=gap, anaphors=anaphors)
        return None

    def ends_with(self, cue: CueMatch, cls: str) -> bool:
        return self.word(cue.last, cls)
