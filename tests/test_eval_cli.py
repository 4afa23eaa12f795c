"""`frenemy eval` scores user-annotated articles like the referee, per type and language."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from frenemy.api import evaluate
from frenemy.cli import app


def _gold_folder(tmp_path):
    folder = tmp_path / "gold"
    folder.mkdir()
    (folder / "a1.txt").write_text("Nimbus Retail is a customer of Amazon Web Services. "
                                   "Amazon acquired Whole Foods in 2017.", "utf-8")
    (folder / "a1.gold.json").write_text(json.dumps({
        "doc": "a1", "lang": "en",
        "entities": {
            "nimbus": {"kind": "company", "names": ["Nimbus Retail"]},
            "aws": {"kind": "company", "names": ["AWS", "Amazon Web Services"]},
            "amazon": {"kind": "company", "names": ["Amazon"]},
            "wf": {"kind": "company", "names": ["Whole Foods", "Whole Foods Market"]},
            "kroger": {"kind": "company", "names": ["Kroger"]},
        },
        "relations": [["nimbus", "customer_of", "aws"], ["amazon", "acquires", "wf"],
                      ["kroger", "competes_with", "amazon"]],
        "optional": [["aws", "subsidiary_of", "amazon"], ["wf", "subsidiary_of", "amazon"]],
    }), "utf-8")
    return folder


def test_evaluate_counts_hits_and_misses(tmp_path):
    report = evaluate(_gold_folder(tmp_path))
    total = report.totals["all"]
    assert (total.tp, total.fn) == (2, 1)
    assert report.totals["type:competes_with"].fn == 1 and report.totals["lang:en"].tp == 2
    assert [e["relation"] for e in report.errors if e["kind"] == "miss"] == ["kroger competes_with amazon"]


def test_eval_command_prints_tables(tmp_path):
    result = CliRunner().invoke(app, ["eval", "--gold", str(_gold_folder(tmp_path))])
    assert result.exit_code == 0, result.output
    assert "type:customer_of" in result.output and "misses and false alarms" in result.output


def test_eval_on_a_folder_without_gold_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(app, ["eval", "--gold", str(tmp_path)])
    assert result.exit_code == 2 and "no *.gold.json" in result.output
