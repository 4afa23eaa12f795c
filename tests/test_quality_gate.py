"""The referee scores the dev articles; the build fails when F1 drops below the pinned floor."""

from __future__ import annotations

import pytest

from tests.conftest import referee_score, shared_dir

FLOOR_F1 = 0.90
FLOOR_COMPANY_RECALL = 0.95


@pytest.fixture(scope="module")
def scored(tmp_path_factory):
    shared = shared_dir()
    if shared is None:
        pytest.skip("../shared (the referee and dev set) is not beside the repository")
    return referee_score(shared / "eval" / "dev", tmp_path_factory.mktemp("gate"))


def test_dev_relations_f1_stays_above_the_floor(scored):
    summary, corpus, text = scored
    assert summary["f1"] >= FLOOR_F1, f"dev F1 {summary['f1']:.3f} < {FLOOR_F1} (corpus {corpus})\n{text}"


def test_dev_company_recall_stays_above_the_floor(scored):
    summary, _, text = scored
    assert summary["company_recall"] >= FLOOR_COMPANY_RECALL, text


def test_every_quality_gate_article_is_analysed(scored):
    assert not scored[0]["rejected"], scored[0]["rejected"]
