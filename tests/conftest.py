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
