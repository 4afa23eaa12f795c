"""Shared fixtures: the seed articles (package data) and the shared evaluation folder."""

from __future__ import annotations

import os
import shutil
from importlib import resources
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def shared_dir() -> Path | None:
    """../shared beside the repository (or $FRENEMY_SHARED), where the referee lives."""
    for candidate in (os.environ.get("FRENEMY_SHARED"), REPO.parent / "shared"):
        if candidate and (Path(candidate) / "eval" / "score.py").is_file():
            return Path(candidate)
    return None


@pytest.fixture
def seeds_dir(tmp_path: Path) -> Path:
    """A folder holding the bundled seed articles, copied from the package data."""
    folder = tmp_path / "seeds"
    folder.mkdir()
    samples = resources.files("frenemy").joinpath("samples")
    for item in samples.iterdir():
        if item.name.endswith(".txt"):
            (folder / item.name).write_bytes(item.read_bytes())
    return folder


@pytest.fixture
def seed_db(tmp_path: Path, seeds_dir: Path) -> Path:
    from frenemy.api import ingest

    db = tmp_path / "seeds.db"
    report = ingest([seeds_dir], db)
    assert report.new == 3 and not report.rejected
    return db


@pytest.fixture
def copy_tree():
    def copy(src: Path, dst: Path) -> Path:
        shutil.copytree(src, dst)
        return dst

    return copy


@pytest.fixture(autouse=True, scope="session")
def _isolated_user_registry(tmp_path_factory):
    """Tests never read or write the developer's own user registry."""
    os.environ["FRENEMY_HOME"] = str(tmp_path_factory.mktemp("frenemy_home"))
    yield


def referee_score(folder: Path, workdir: Path) -> tuple[dict, str, str]:
    """Extract the articles in `folder`, score them with ../shared/eval/score.py.

    Returns the referee's JSON summary (with "rejected": the articles the engine failed to analyse,
    which get no prediction line, so their gold relations count as misses), a hash of the corpus (to
    pin floors to a corpus) and the referee's printout. Skips the test when the referee is not beside
    the repository.
    """
    import hashlib
    import json
    import subprocess
    import sys

    from frenemy.api import extract_files

    shared = shared_dir()
    if shared is None:
        pytest.skip("../shared/eval/score.py (the referee) is not beside the repository")
    files = sorted(Path(folder).glob("*.txt"))
    assert files, f"no articles in {folder}"
    pred = workdir / "pred.jsonl"
    records = list(extract_files(files))
    pred.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records if isinstance(r, dict)), "utf-8")
    run = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), "--gold", str(folder), "--pred",
                          str(pred), "--json"], capture_output=True, text=True, check=True)
    summary = json.loads([line for line in run.stdout.splitlines() if line.startswith("{")][-1])
    summary["rejected"] = [str(r) for r in records if not isinstance(r, dict)]
    corpus = hashlib.sha256(b"".join(f.read_bytes() for f in files)).hexdigest()[:12]
    return summary, corpus, run.stdout
