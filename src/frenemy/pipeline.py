"""The analysis pipeline: a named list of steps, each taking and returning an AnalysedDocument.

    language → sentences → date → mentions → relations

`Pipeline.default()` builds the standard steps; a caller can insert, replace or drop steps by
name (e.g. a statistical NER step before "mentions").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from frenemy.knowledge.registry import Registry, default_registry
from frenemy.lang import available_languages, load_lexicon
from frenemy.model import AnalysedDocument, Document
from frenemy.nlp.dates import find_date
from frenemy.nlp.langid import FALLBACK, detect_language
from frenemy.nlp.mentions import find_mentions
from frenemy.nlp.sentences import split_sentences
from frenemy.nlp.text import normalise
from frenemy.relations.extract import extract_relations

Step = Callable[[AnalysedDocument, "Context"], AnalysedDocument | None]


@dataclass(slots=True)
class Context:
    registry: Registry


def detect_language_step(ad: AnalysedDocument, ctx: Context) -> None:
    lang = (ad.doc.lang or "").lower()[:2]
    if lang not in available_languages():
        lang = detect_language(ad.text)
    ad.lang = lang if lang in available_languages() else FALLBACK


def sentences_step(ad: AnalysedDocument, ctx: Context) -> None:
    ad.sentences = split_sentences(ad.text)


def date_step(ad: AnalysedDocument, ctx: Context) -> None:
    ad.date = find_date(ad.doc.published, ad.text, load_lexicon(ad.lang))


def mentions_step(ad: AnalysedDocument, ctx: Context) -> None:
    find_mentions(ad, ctx.registry, load_lexicon(ad.lang))


def relations_step(ad: AnalysedDocument, ctx: Context) -> None:
    extract_relations(ad, ctx.registry, load_lexicon(ad.lang))


DEFAULT_STEPS: list[tuple[str, Step]] = [
    ("language", detect_language_step),
    ("sentences", sentences_step),
    ("date", date_step),
    ("mentions", mentions_step),
    ("relations", relations_step),
]


@dataclass(slots=True)
class Pipeline:
    registry: Registry
    steps: list[tuple[str, Step]] = field(default_factory=lambda: list(DEFAULT_STEPS))

    @classmethod
    def default(cls, registry: Registry | None = None) -> Pipeline:
        return cls(registry or default_registry())

    @property
    def step_names(self) -> list[str]:
        return [name for name, _ in self.steps]

    def insert(self, name: str, step: Step, *, before: str) -> None:
        names = self.step_names
        if before not in names:
            raise ValueError(f"no step {before!r}; steps: {', '.join(names)}")
        self.steps.insert(names.index(before), (name, step))

    def analyse(self, doc: Document) -> AnalysedDocument:
        ad = AnalysedDocument(doc=doc, text=normalise(doc.full_text))
        ctx = Context(self.registry)
        for _, step in self.steps:
            step(ad, ctx)
        return ad

    def analyse_all(self, docs: Iterable[Document]) -> Iterator[AnalysedDocument]:
        for doc in docs:
            yield self.analyse(doc)
