"""Unseen set: the referee scores tests/data/unseen (14 articles written by one helper who never
tuned the engine on them); F1 must stay above the floor.

The floor is the F1 measured once when the set was written, minus 0.05, rounded down. An article
the engine fails to analyse gets no prediction line, so the referee counts all its gold relations
as misses (it is not left out of the figure).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import referee_score

UNSEEN = Path(__file__).resolve().parent / "data" / "unseen"
FLOOR_F1 = 0.45


@pytest.fixture(scope="module")
def scored(tmp_path_factory):
    return referee_score(UNSEEN, tmp_path_factory.mktemp("unseen"))


def test_unseen_relations_f1_stays_above_the_floor(scored):
    summary, corpus, text = scored
    assert summary["docs"] == 14
    assert summary["f1"] >= FLOOR_F1, f"unseen F1 {summary['f1']:.3f} < {FLOOR_F1} (corpus {corpus})\n{text}"


def test_every_unseen_article_is_analysed(scored):
    assert not scored[0]["rejected"], scored[0]["rejected"]
