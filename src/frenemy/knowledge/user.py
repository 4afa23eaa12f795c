"""User knowledge: companies, aliases, parents, products and industries from a CSV or YAML file.

User facts win over bundled ones. `import_file` checks every row and reports bad ones with
their line and field; good rows still load. Imported rows are kept as JSON Lines in the user
registry folder (`$FRENEMY_HOME/registry`, default `~/.local/share/frenemy/registry`), which
every later run loads after the bundled data.

CSV columns (a header row is required; lists are separated by `|`):

    id,name,kind,aliases,country,industries,parent,homonyms
    acme,Acme Corp,company,ACME|Acme Inc,US,software|cloud computing,,
    acme_cloud,Acme Cloud,product,,,cloud computing,acme,

YAML: a list of mappings with the same fields (lists as YAML lists).
Only `id` is required when the row amends a known entry; a new entry also needs `name`.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from frenemy.knowledge.registry import Entry, Registry

FIELDS = ("id", "name", "kind", "aliases", "country", "industries", "parent", "homonyms")
LIST_FIELDS = ("aliases", "industries", "homonyms")
KINDS = ("company", "product")
_ID = re.compile(r"^[a-z0-9_]+$")


@dataclass(slots=True)
class RowError:
    line: int
    field: str
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}, field {self.field!r}: {self.reason}"


@dataclass(slots=True)
class ImportReport:
    source: str
    added: int = 0
    updated: int = 0
    errors: list[RowError] = field(default_factory=list)


def user_registry_dir() -> Path:
    home = os.environ.get("FRENEMY_HOME")
    base = Path(home) if home else Path.home() / ".local" / "share" / "frenemy"
    return base / "registry"


def read_rows(path: Path) -> tuple[list[tuple[int, dict]], list[RowError]]:
    """Rows with their line numbers, from CSV or YAML by extension."""
    try:
        text = path.read_text("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        return [], [RowError(0, "-", f"cannot read {path}: {exc}")]
    suffix = path.suffix.lower()
    if suffix == ".csv":
        reader = csv.DictReader(io.StringIO(text))
        unknown = [f for f in (reader.fieldnames or []) if f not in FIELDS]
        if unknown:
            return [], [RowError(1, unknown[0], f"unknown column; known: {', '.join(FIELDS)}")]
        rows = []
        for row in reader:
            clean = {k: v.strip() for k, v in row.items() if k and v and v.strip()}
            for key in LIST_FIELDS:
                if key in clean:
                    clean[key] = [p.strip() for p in clean[key].split("|") if p.strip()]
            rows.append((reader.line_num, clean))
        return rows, []
    if suffix in (".yaml", ".yml"):
        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as exc:
            line = getattr(getattr(exc, "problem_mark", None), "line", -1) + 1
            return [], [RowError(line, "-", f"invalid YAML: {getattr(exc, 'problem', exc)}")]
        if not isinstance(data, list):
            return [], [RowError(1, "-", "expected a list of companies")]
        lines = [i + 1 for i, raw in enumerate(text.splitlines()) if raw.startswith("- ")]
        return [(lines[i] if i < len(lines) else 0, row) for i, row in enumerate(data)], []
    return [], [RowError(0, "-", f"unsupported file type {suffix!r}; use .csv, .yaml or .yml")]


def validate(row: object, line: int, registry: Registry, pending: set[str]) -> RowError | None:
    if not isinstance(row, dict):
        return RowError(line, "-", "expected a mapping of fields")
    for key in row:
        if key not in FIELDS:
            return RowError(line, str(key), f"unknown field; known: {', '.join(FIELDS)}")
    entry_id = row.get("id")
    if not isinstance(entry_id, str) or not _ID.match(entry_id):
        return RowError(line, "id", "required, lower-case letters, digits and _ only")
    if entry_id not in registry.entries and not row.get("name"):
        return RowError(line, "name", f"required for a new entry ({entry_id!r} is not in the registry)")
    if "kind" in row and row["kind"] not in KINDS:
        return RowError(line, "kind", f"{row['kind']!r} is not one of {', '.join(KINDS)}")
    for key in LIST_FIELDS:
        if key in row and not (isinstance(row[key], list) and all(isinstance(v, str) for v in row[key])):
            return RowError(line, key, "expected a list of names")
    for ind in row.get("industries", []):
        if ind not in registry.industries:
            known = ", ".join(sorted(registry.industries))
            return RowError(line, "industries", f"unknown industry {ind!r}; known: {known}")
    parent = row.get("parent")
    if parent and parent not in registry.entries and parent not in pending:
        return RowError(line, "parent", f"unknown id {parent!r}")
    if parent == entry_id:
        return RowError(line, "parent", "an entry cannot be its own parent")
    return None


def apply_row(registry: Registry, row: dict, source: str) -> bool:
    """Add or amend one entry; returns True when it is new."""
    old = registry.entries.get(row["id"])
    if old is None:
        entry = Entry(id=row["id"], name=row["name"], kind=row.get("kind", "company"), source=source)
        new = True
    else:
        entry = Entry(old.id, old.name, old.kind, list(old.aliases), old.homonyms, old.ambiguous, old.country,
                      old.industries, old.parent, old.wikidata, old.source, dict(old.sources))
        new = False
    for key, value in row.items():
        if key == "id":
            continue
        if key == "aliases":
            entry.aliases = [*value, *(a for a in entry.aliases if a not in value)]
        elif key == "industries":
            entry.industries = tuple(value)
        elif key == "homonyms":
            entry.homonyms = frozenset(value)
        else:
            setattr(entry, key, value)
        entry.sources[key] = source
    registry.add(entry)
    return new


def import_user_file(registry: Registry, path: Path, *, persist: bool = False) -> ImportReport:
    """Apply a user file to `registry`; with persist=True also keep it for later runs."""
    report = ImportReport(str(path))
    rows, errors = read_rows(Path(path))
    report.errors.extend(errors)
    source = f"user:{Path(path).name}"
    # ids this file defines, so that a child may name a parent defined further down
    pending: set[str] = {r["id"] for _, r in rows if isinstance(r, dict) and isinstance(r.get("id"), str)
                         and (r.get("name") or r["id"] in registry.entries)}
    good: list[dict] = []
    for line, row in rows:
        error = validate(row, line, registry, pending)
        if error:
            report.errors.append(error)
            continue
        good.append(row)
    # parents first, so that a child may name a parent defined further down the file
    for row in sorted(good, key=lambda r: bool(r.get("parent"))):
        if apply_row(registry, row, source):
            report.added += 1
        else:
            report.updated += 1
    if persist and good:
        folder = user_registry_dir()
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / (re.sub(r"[^A-Za-z0-9_.-]", "_", Path(path).stem) + ".jsonl")
        target.write_text("".join(json.dumps({**r, "source": source}, ensure_ascii=False) + "\n" for r in good),
                          "utf-8")
    return report


def load_user_registry(registry: Registry) -> None:
    """Apply every file kept by earlier imports (in name order)."""
    folder = user_registry_dir()
    if not folder.is_dir():
        return
    for path in sorted(folder.glob("*.jsonl")):
        for raw in path.read_text("utf-8").splitlines():
            if raw.strip():
                row = json.loads(raw)
                source = row.pop("source", f"user:{path.name}")
                if row.get("id") in registry.entries or row.get("name"):
                    apply_row(registry, row, source)
