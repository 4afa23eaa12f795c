"""Unseen set: the referee scores tests/data/unseen (14 articles written by one helper who never
tuned the engine on them); F1 must stay above the floor.

The floor is the F1 measured once when the set was written, minus 0.05, rounded down. An article
the engine fails to analyse gets no prediction line, so the referee counts all its gold relations
as misses (it is not left out of the figure).
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import shared_dir

UNSEEN = Path(__file__).resolve().parent / "data" / "unseen"
FLOOR_F1 = 0.45


@pytest.fixture(scope="module")
def scored(tmp_path_factory):
    from frenemy.api import extract_files

    shared = shared_dir()
    if shared is None:
        pytest.skip("../shared/eval/score.py (the referee) is not beside the repository")
    files = sorted(UNSEEN.glob("*.txt"))
    assert len(files) == 14, f"expected 14 articles in {UNSEEN}, found {len(files)}"
    records = list(extract_files(files))
    rejected = [str(r) for r in records if not isinstance(r, dict)]
    pred = tmp_path_factory.mktemp("unseen") / "pred.jsonl"
    pred.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records if isinstance(r, dict)), "utf-8")
    run = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), "--gold", str(UNSEEN), "--pred",
                          str(pred), "--json"], capture_output=True, text=True, check=True)
    summary = json.loads([line for line in run.stdout.splitlines() if line.startswith("{")][-1])
    corpus = hashlib.sha256(b"".join(f.read_bytes() for f in files)).hexdigest()[:12]
    return summary, corpus, run.stdout, rejected


def test_unseen_relations_f1_stays_above_the_floor(scored):
    summary, corpus, text, rejected = scored
    assert summary["docs"] == 14
    assert summary["f1"] >= FLOOR_F1, f"unseen F1 {summary['f1']:.3f} < {FLOOR_F1} (corpus {corpus})\n{text}{rejected}"


@pytest.mark.xfail(reason="IndexError in relations/extract.py _realise (object span outside the sentence) on de_2",
                   strict=False)
def test_every_unseen_article_is_analysed(scored):
    rejected = scored[3]
    assert not rejected, rejected
