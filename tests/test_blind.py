"""Blind set: the referee scores tests/data/blind (never read by the engine authors); F1 must stay above the floor.

The floor is the F1 measured once when the set was written (0.493), minus 0.05, rounded down.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import referee_score

BLIND = Path(__file__).resolve().parent / "data" / "blind"
FLOOR_F1 = 0.44


@pytest.fixture(scope="module")
def scored(tmp_path_factory):
    return referee_score(BLIND, tmp_path_factory.mktemp("blind"))


def test_blind_relations_f1_stays_above_the_floor(scored):
    summary, corpus, text = scored
    assert summary["f1"] >= FLOOR_F1, f"blind F1 {summary['f1']:.3f} < {FLOOR_F1} (corpus {corpus})\n{text}"


def test_every_blind_article_is_analysed(scored):
    assert not scored[0]["rejected"], scored[0]["rejected"]
