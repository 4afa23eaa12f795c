"""Docs are tested: every CLI command is in the README, with help text."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer.main

from frenemy.cli import app

README = (Path(__file__).resolve().parents[1] / "README.md").read_text("utf-8")


def _commands() -> list[tuple[str, object]]:
    group = typer.main.get_command(app)
    out = []
    for name, cmd in group.commands.items():
        if hasattr(cmd, "commands"):
            out += [(f"{name} {sub}", subcmd) for sub, subcmd in cmd.commands.items()]
        else:
            out.append((name, cmd))
    return out


@pytest.mark.parametrize(("name", "command"), _commands(), ids=[n for n, _ in _commands()])
def test_every_command_is_documented_with_help(name, command):
    assert f"frenemy {name}" in README
    assert command.help and len(command.help) > 20


def test_readme_quick_start_has_two_commands():
    start = README.split("## Quick start", 1)[1].split("## ", 1)[0]
    blocks = [b for b in start.split("```sh")[1:]]
    assert len(blocks) == 2
    assert "frenemy demo" in blocks[0] and "pytest" in blocks[1]
