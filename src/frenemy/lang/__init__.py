"""Per-language knowledge as data: one YAML file per language (see fr.yaml for the schema).

Adding a language is adding `<iso>.yaml` here and its tests; no code changes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources

import yaml

from frenemy.nlp.tokens import token_key

FRAMES = ("SVO", "OVS", "SYM", "NOUN", "NOUN_INV", "DEAL", "IND")
# Word classes a lexicon may list; each becomes a set of token-normalised phrases.
WORD_CLASSES = (
    "conjunctions", "additives", "includers", "of_words", "agent_words", "with_words", "determiners",
    "possessives", "plural_pronouns", "pronouns", "anaphors", "group_anaphors", "honorifics",
    "clause_breaks", "hedges", "wishes", "talks", "negations", "ended", "continuation",
    "role_titles", "in_words", "have_words", "stop_capitals", "purposes", "noun_markers", "noun_suffixes",
    "relatives", "conditionals", "percent_words", "correlatives", "articles", "latter", "asides", "denials",
    "place_words", "adjective_endings", "demonym_suffixes", "town_people_suffixes", "big_anaphors", "small_anaphors",
    "sources", "sale_verbs",
    "particles", "subordinators", "seller_words", "object_pronouns", "founder_titles", "outside_titles", "noun_heads",
    "compound_heads", "order_words", "rejections", "object_relatives", "subject_relatives", "split_prepositions",
    "goods_words", "speech_verbs", "company_nouns",
    "collective_pronouns", "oblique_relatives", "between_words", "whole_words", "receptions",
    "naming_words", "product_nouns", "name_glue", "institution_heads", "institution_suffixes",
    "contracted_articles", "inserted_adverbs", "auxiliaries", "clefts", "fronted_clitics", "inverted_relatives",
    "first_person", "as_words", "supply_words", "name_particles", "bid_words", "copulas",
    "legal_prefixes", "name_breaks", "supply_verbs", "participle_endings", "likeness_words", "singular_relatives",
    "with_relatives", "place_descriptions", "genitive_endings", "own_words", "possessive_relatives",
    "plural_verb_endings", "singular_verb_endings", "concessions", "time_prepositions", "durations",
    "restrictive_relatives", "passive_auxiliaries", "verb_clitics", "subject_pronouns", "approximators",
    "origin_words", "brand_words", "offering_nouns", "maker_words", "bid_phrases",
    "win_words", "supply_nouns", "purchase_nouns", "agreement_nouns", "fleet_words", "receive_words", "loser_words",
    "beaten_words", "ranking_words", "employer_words", "venture_words", "unit_heads", "young_words", "kin_words",
    "family_words", "generic_heads", "rival_groups", "plural_demonstratives", "near_demonstratives", "object_it",
    "object_clitics", "client_goods_verbs", "goods_inside_verbs", "not_goods_words", "addressee_words", "post_titles",
    "unsealed", "homograph_titles", "public_heads", "genitive_articles", "energy_goods", "other_words",
    "together_words", "near_object_verbs", "tender_words", "operate_verbs", "active_words", "terminal_heads",
)


class LexiconError(ValueError):
    pass


@dataclass(slots=True)
class Cue:
    phrase: str  # token-normalised; its first part when the cue is split
    relation: str
    frame: str
    rest: tuple[str, ...] = ()  # later parts of a split cue: "neemt ... over", "kauft ... auf"


@dataclass(slots=True, eq=False)  # hashed by identity: caches key on it
class Lexicon:
    lang: str
    name: str
    words: dict[str, frozenset[str]] = field(default_factory=dict)
    cues: list[Cue] = field(default_factory=list)
    months: dict[str, int] = field(default_factory=dict)
    demonyms: dict[str, str] = field(default_factory=dict)  # "alemana" → "DE": an anaphor's country
    # a town a description names ("le groupe de Clichy", "il gruppo di Maranello") → its place code
    # (country, ISO 3166-2 region, town, as in demonyms): the company described must be there
    towns: dict[str, str] = field(default_factory=dict)
    # "les deux groupes", "the three companies": a counted description of the companies named
    # just before; the phrase before the noun and the number of companies it stands for
    collectives: dict[str, int] = field(default_factory=dict)
    split_words: dict[str, list[tuple[str, tuple[str, ...]]]] = field(default_factory=dict)
    # verb-second word order (German, Dutch): a clause opening with an adverbial puts the
    # subject right after the finite verb ("Im Mai übernahm Siemens Altair")
    verb_second: bool = False
    # "'s" after a name is a genitive (English, Dutch: "Microsoft's"); elsewhere it belongs to a
    # foreign name ("JDE Peet's", "McDonald's")
    genitive_s: bool = False
    # the contracted forms of the lexicon's prepositions ("del", "au", "vom"): a preposition glued
    # to an article, before which an anaphor's noun stands without its own article ("del gruppo")
    articulated: frozenset[str] = frozenset()
    # a company named right after a role title is the title's ("Tổng giám đốc Vinamilk"), with no "of"
    bare_titles: bool = False
    # serial verbs (Vietnamese): a verb right after a comma, with no subject of its own, shares the
    # sentence's subject ("X xây dựng nền tảng cho Y, vượt qua A"), not the name just before
    serial_verbs: bool = False
    # a language written in syllables (Vietnamese): a short word is as likely a noun's syllable ("Động cơ",
    # "Máy bay") as a copula, so only a copula or a name break ("đã") stands between a sentence's first
    # word and a cue
    syllabic: bool = False
    # the countries whose press writes in the language: an alias two companies share goes first to
    # the one from there ("SSI" in Vietnamese news is SSI Securities)
    home_countries: tuple[str, ...] = ()
    # "has been hired", "a été retenu": a company engaged in the passive, as token sequences by their
    # first token (read by relations.extract, not marked as a word class: its auxiliaries keep their
    # own classes)
    hired_passives: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)

    @property
    def vocabulary(self) -> frozenset[str]:
        """Every phrase the lexicon knows: such a phrase, capitalised, is not a company name."""
        vocab = _VOCAB.get(id(self))
        if vocab is None:
            words = set().union(*(v for k, v in self.words.items() if k not in _NOT_VOCABULARY))
            vocab = frozenset(words | {c.phrase for c in self.cues})
            _VOCAB[id(self)] = vocab
        return vocab


_VOCAB: dict[int, frozenset[str]] = {}
# Classes listing word endings, not words: never part of the vocabulary.
_ENDING_CLASSES = frozenset({"noun_suffixes", "adjective_endings", "demonym_suffixes", "town_people_suffixes",
                             "noun_heads",
                             "compound_heads", "participle_endings", "plural_verb_endings",
                             "singular_verb_endings"})
# Plain nouns that open names as often as not ("Servicio Andaluz de Salud", "Sistemas Avanzados"), and the
# capitalised first words of public bodies' names ("Agence spatiale européenne"): matched in sentences,
# but a capitalised one may still start a name.
# offering nouns open names too ("Servicio Andaluz de Salud")
_NOT_VOCABULARY = _ENDING_CLASSES | {"generic_heads",
                                     "goods_words", "institution_heads", "institution_suffixes", "offering_nouns",
                                     "maker_words", "public_heads", "terminal_heads"}


def available_languages() -> list[str]:
    return list(_language_files())


@cache
def _language_files() -> tuple[str, ...]:
    # listed once: the pipeline asks for every document
    return tuple(sorted(p.name[:-5] for p in resources.files(__package__).iterdir() if p.name.endswith(".yaml")))


@cache
def load_lexicon(lang: str) -> Lexicon:
    known = available_languages()
    if lang not in known:
        raise LexiconError(f"no lexicon for language {lang!r}; known: {', '.join(known)}")
    raw = yaml.load(resources.files(__package__).joinpath(f"{lang}.yaml").read_text("utf-8"),
                    Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return parse_lexicon(raw, f"{lang}.yaml")


def parse_lexicon(raw: dict, where: str) -> Lexicon:
    from frenemy.model import RELATION_TYPES

    lex = Lexicon(lang=raw.get("lang", ""), name=raw.get("name", ""), verb_second=bool(raw.get("verb_second")),
                  genitive_s=bool(raw.get("genitive_s")), bare_titles=bool(raw.get("bare_titles")),
                  serial_verbs=bool(raw.get("serial_verbs")), syllabic=bool(raw.get("syllabic")),
                  home_countries=tuple(str(c) for c in raw.get("home_countries") or ()))
    for cls in WORD_CLASSES:
        phrases = [str(w) for w in raw.get(cls, []) or []]
        lex.words[cls] = frozenset(token_key(w) for w in phrases if "..." not in w)
        # split phrases ("weist ... zurück") are kept apart: first part and the parts after it
        for w in phrases:
            if "..." in w:
                parts = [token_key(p) for p in w.split("...") if p.strip()]
                lex.split_words.setdefault(cls, []).append((parts[0], tuple(parts[1:])))
    for key in raw:
        if key not in (*WORD_CLASSES, "lang", "name", "relations", "months", "collectives", "contractions",
                       "verb_second", "genitive_s", "bare_titles", "serial_verbs", "syllabic", "demonyms",
                       "plural_endings", "home_countries", "hired_passives", "towns"):
            raise LexiconError(f"{where}: unknown key {key!r}")
    seen: set[tuple] = set()
    # "s'associe à" + "le" is "s'associe au": a cue ending in a preposition also ends in its
    # contractions with the article
    contractions = {token_key(str(k)): [token_key(str(v)) for v in vs]
                    for k, vs in (raw.get("contractions") or {}).items()}
    lex.articulated = frozenset(v for vs in contractions.values() for v in vs if " " not in v)
    # "compra" is also "compran": a verb cue written for one subject holds for a list of them
    plurals = sorted(((token_key(str(k)), token_key(str(v))) for k, v in (raw.get("plural_endings") or {}).items()),
                     key=lambda kv: -len(kv[0]))
    for relation, frames in (raw.get("relations") or {}).items():
        if relation not in RELATION_TYPES:
            raise LexiconError(f"{where}: unknown relation {relation!r}; known: {', '.join(RELATION_TYPES)}")
        for frame, phrases in (frames or {}).items():
            if frame not in FRAMES:
                raise LexiconError(f"{where}: {relation}: unknown frame {frame!r}; known: {', '.join(FRAMES)}")
            for phrase in phrases or []:
                parts = [token_key(p) for p in str(phrase).split("...") if p.strip()]
                forms = [parts]
                if frame not in ("NOUN", "NOUN_INV"):
                    forms += _pluralised(parts, plurals, lex.words.get("verb_clitics", frozenset()))
                for variant in (v for form in forms for v in _contracted(form, contractions)):
                    cue = Cue(variant[0], relation, frame, tuple(variant[1:]))
                    key = (cue.phrase, relation, frame, cue.rest)
                    if key not in seen:
                        seen.add(key)
                        lex.cues.append(cue)
    # "RWE und TotalEnergies bauen gemeinsam": a together word is a partner cue of its own, which
    # frames.sym reads only after a list of companies and its verb
    for word in sorted(lex.words.get("together_words", frozenset())):
        key = (word, "partner_of", "SYM", ())
        if key not in seen:
            seen.add(key)
            lex.cues.append(Cue(word, "partner_of", "SYM"))
    # "owned by", "contrôlé par", "controllata da": the possessor follows an agent word, so the
    # phrase reads subject-verb-object
    agents = lex.words.get("agent_words", frozenset()) - lex.words.get("of_words", frozenset())
    for cue in lex.cues:
        if cue.frame == "NOUN" and not cue.rest and cue.phrase.split(" ")[-1] in agents:
            cue.frame = "SVO"
    hired: dict[str, list[tuple[str, ...]]] = {}
    for phrase in raw.get("hired_passives") or ():
        tokens = tuple(token_key(str(phrase)).split(" "))
        hired.setdefault(tokens[0], []).append(tokens)
    lex.hired_passives = {first: tuple(phrases) for first, phrases in hired.items()}
    for month, number in (raw.get("months") or {}).items():
        lex.months[token_key(str(month))] = int(number)
    for word, country in (raw.get("demonyms") or {}).items():
        lex.demonyms[token_key(str(word))] = str(country)
    for town, code in (raw.get("towns") or {}).items():
        lex.towns[token_key(str(town))] = str(code)
    for phrase, number in (raw.get("collectives") or {}).items():
        lex.collectives[token_key(str(phrase))] = int(number)
    return lex


def _pluralised(parts: list[str], plurals: list[tuple[str, str]], clitics: frozenset[str]) -> list[list[str]]:
    """The cue with its verb (its first word past clitics: "se hace con") in the plural, by the
    lexicon's plural_endings ({"a": "an", "ha": "han"}): an ending a whole word of its own ("ha")
    is that word only; other endings need a verb of four letters or more."""
    if not plurals:
        return []
    words = parts[0].split(" ")
    i = 0
    while i < len(words) - 1 and words[i] in clitics:
        i += 1
    verb = words[i]
    for ending, plural in plurals:
        if verb == ending or len(verb) >= 4 and verb.endswith(ending) and len(verb) > len(ending):
            words = [*words[:i], verb[:len(verb) - len(ending)] + plural, *words[i + 1:]]
            return [[" ".join(words), *parts[1:]]]
    return []


def _contracted(parts: list[str], contractions: dict[str, list[str]]) -> list[list[str]]:
    """The cue's parts, and for a last word that contracts with an article, each contraction; a
    bare preposition contracts only as the last part of a split cue ("affida ... a" → "... alla")."""
    out = [parts]
    words = parts[-1].split(" ")
    if (len(words) > 1 or len(parts) > 1) and words[-1] in contractions:
        for c in contractions[words[-1]]:
            out.append([*parts[:-1], " ".join([*words[:-1], c])])
    return out


# Word classes used when finding names, not when reading sentences.
_NAME_FINDER_CLASSES = frozenset({"stop_capitals", "noun_markers", "noun_suffixes", "place_words",
                                  "adjective_endings", "demonym_suffixes", "town_people_suffixes", "noun_heads",
                                  "compound_heads", "split_prepositions", "legal_prefixes", "name_breaks",
                                  "place_descriptions", "generic_heads"})
# looked up at one place only, after a given unit ("einer der" after a peer's name): as spans they
# would hide the shorter phrases inside them ("dei" in "uno dei suoi clienti")
_LOOKUP_CLASSES = frozenset({"ranking_words", "addressee_words"})


@lru_cache(maxsize=16)
def phrase_automaton(lex: Lexicon):
    """One Aho-Corasick automaton over token-normalised text for a language's cues and word classes."""
    import ahocorasick

    table: dict[str, list[tuple[str, str, str]]] = {}
    for cls, phrases in lex.words.items():
        if cls in _NAME_FINDER_CLASSES or cls in _LOOKUP_CLASSES:
            continue  # used when finding names (or looked up), not when reading sentences
        for phrase in phrases:
            table.setdefault(phrase, []).append(("class", cls, "", ()))
    for cls, split in lex.split_words.items():
        for first, rest in split:
            table.setdefault(first, []).append(("class", cls, "", rest))
    for cue in lex.cues:
        table.setdefault(cue.phrase, []).append(("cue", cue.relation, cue.frame, cue.rest))
    automaton = ahocorasick.Automaton()
    for key, values in table.items():
        if key:
            automaton.add_word(key, (key, values))
    automaton.make_automaton()
    return automaton
