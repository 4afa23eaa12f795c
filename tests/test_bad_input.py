"""A batch with broken files: the good article is stored, each bad one is named with a reason."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from frenemy.api import stats


def _batch(folder: Path) -> None:
    folder.mkdir()
    (folder / "good.txt").write_text(
        "Acme deal\n\nNetflix is a customer of Amazon Web Services, the cloud unit of Amazon.\n", "utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 50)
    (folder / "empty.txt").write_text("", "utf-8")
    (folder / "broken.jsonl").write_text('{"text": "Microsoft buys GitHub."}\n{"text": oops}\n', "utf-8")
    (folder / "undecodable.txt").write_bytes(bytes(range(0x80, 0x100)) * 3)


def test_bad_files_are_named_and_the_rest_is_ingested(tmp_path):
    folder = tmp_path / "batch"
    _batch(folder)
    db = tmp_path / "b.db"
    run = subprocess.run([sys.executable, "-m", "frenemy.cli", "ingest", str(folder), "--db", str(db)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 1
    assert "Traceback" not in run.stderr + run.stdout
    for name in ("binary.txt", "empty.txt", "broken.jsonl:2", "undecodable.txt"):
        assert f"skipped {folder / name}" in run.stderr, (name, run.stderr)
    numbers = stats(db)
    assert numbers["documents"] == 2  # good.txt and the first line of broken.jsonl
    assert numbers["claims"] >= 1


def test_missing_path_is_reported_not_raised(tmp_path):
    run = subprocess.run([sys.executable, "-m", "frenemy.cli", "ingest", str(tmp_path / "nope.txt"),
                          "--db", str(tmp_path / "x.db")], capture_output=True, text=True, timeout=120)
    assert run.returncode == 1 and "nope.txt" in run.stderr and "Traceback" not in run.stderr


def test_a_database_that_is_not_one_is_a_clear_error(tmp_path):
    bad = tmp_path / "not.db"
    bad.write_text("this is not sqlite", "utf-8")
    run = subprocess.run([sys.executable, "-m", "frenemy.cli", "stats", "--db", str(bad)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 2 and "not.db" in run.stderr and "Traceback" not in run.stderr
