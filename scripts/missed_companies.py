"""Developer aid: list the gold companies a prediction file does not name (what the referee's
company recall counts as missed). Usage: python scripts/missed_companies.py GOLD_DIR PRED.jsonl"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from frenemy.nlp.text import fold


def norm(name: str) -> str:
    # The referee's own normalisation is internal to it; case and accents folded is close enough here.
    return " ".join(fold(name).split())


def main(gold_dir: str, pred_path: str) -> None:
    preds = {}
    for line in Path(pred_path).read_text("utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            preds[Path(record["doc"]).stem] = record
    for gold_file in sorted(Path(gold_dir).glob("*.gold.json")):
        gold = json.loads(gold_file.read_text("utf-8"))
        pred = preds.get(gold["doc"], {})
        names = {norm(n) for e in pred.get("entities", []) for n in [e["name"], *e.get("aliases", [])]}
        for eid, ent in gold["entities"].items():
            if ent.get("kind") == "company" and not any(norm(n) in names for n in ent["names"]):
                print(f"{gold['doc']}\t{eid}\t{' | '.join(ent['names'])}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
