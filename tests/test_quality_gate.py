"""The referee scores the dev articles; the build fails when F1 drops below the pinned floor."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys

import pytest

from frenemy.api import extract_files
from tests.conftest import shared_dir

FLOOR_F1 = 0.90
FLOOR_COMPANY_RECALL = 0.95


@pytest.fixture(scope="module")
def scored(tmp_path_factory):
    shared = shared_dir()
    if shared is None:
        pytest.skip("../shared (the referee and dev set) is not beside the repository")
    dev = shared / "eval" / "dev"
    pred = tmp_path_factory.mktemp("gate") / "pred.jsonl"
    files = sorted(dev.glob("*.txt"))
    pred.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in extract_files(files)), "utf-8")
    run = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), "--gold", str(dev), "--pred",
                          str(pred), "--json"], capture_output=True, text=True, check=True)
    summary = json.loads([line for line in run.stdout.splitlines() if line.startswith("{")][-1])
    corpus = hashlib.sha256(b"".join(f.read_bytes() for f in files)).hexdigest()[:12]
    return summary, corpus, run.stdout


def test_dev_relations_f1_stays_above_the_floor(scored):
    summary, corpus, text = scored
    assert summary["f1"] >= FLOOR_F1, f"dev F1 {summary['f1']:.3f} < {FLOOR_F1} (corpus {corpus})\n{text}"


def test_dev_company_recall_stays_above_the_floor(scored):
    summary, _, text = scored
    assert summary["company_recall"] >= FLOOR_COMPANY_RECALL, text
