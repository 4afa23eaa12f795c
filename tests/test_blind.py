"""Blind set: the referee scores tests/data/blind (never read by the engine authors); F1 must stay above the floor.

The floor is the F1 measured once when the set was written (0.493), minus 0.05, rounded down.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from frenemy.api import extract_files
from tests.conftest import shared_dir

BLIND = Path(__file__).resolve().parent / "data" / "blind"
FLOOR_F1 = 0.44


@pytest.fixture(scope="module")
def scored(tmp_path_factory):
    shared = shared_dir()
    if shared is None:
        pytest.skip("../shared/eval/score.py (the referee) is not beside the repository")
    pred = tmp_path_factory.mktemp("blind") / "pred.jsonl"
    files = sorted(BLIND.glob("*.txt"))
    assert files, f"no blind articles in {BLIND}"
    pred.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in extract_files(files)), "utf-8")
    run = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), "--gold", str(BLIND), "--pred",
                          str(pred), "--json"], capture_output=True, text=True, check=True)
    summary = json.loads([line for line in run.stdout.splitlines() if line.startswith("{")][-1])
    corpus = hashlib.sha256(b"".join(f.read_bytes() for f in files)).hexdigest()[:12]
    return summary, corpus, run.stdout


def test_blind_relations_f1_stays_above_the_floor(scored):
    summary, corpus, text = scored
    assert summary["f1"] >= FLOOR_F1, f"blind F1 {summary['f1']:.3f} < {FLOOR_F1} (corpus {corpus})\n{text}"
