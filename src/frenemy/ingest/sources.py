"""Walk the paths a user gave and turn every readable article into a Document.

Nothing here raises for a user mistake: each problem becomes a Rejected naming the
source and the reason, and the rest of the batch carries on.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from frenemy.ingest.decode import decode_text
from frenemy.ingest.errors import Rejected, SourceError
from frenemy.ingest.readers import READERS, Reader, read_json, read_jsonl, read_txt
from frenemy.model import Document

DEFAULT_MAX_BYTES = 20_000_000
STDIN = "-"
# Gold annotations sit next to the articles they annotate but are not articles.
GOLD_SUFFIX = ".gold.json"


def iter_sources(
    paths: Iterable[str | Path],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: BinaryIO | None = None,
) -> Iterator[Document | Rejected]:
    """Yield a Document for every article found in `paths`, a Rejected for every problem.

    Folders are walked recursively in sorted order, skipping hidden entries, gold
    annotation files and unsupported extensions; "-" reads `stdin` (default: sys.stdin).
    """
    if isinstance(paths, str | Path):
        # A lone path is a common slip; iterating over its characters would be absurd.
        paths = [paths]
    for given in paths:
        if str(given) == STDIN:
            yield from _read_stdin(stdin or sys.stdin.buffer, max_bytes)
            continue
        path = Path(given)
        # os.path predicates answer False instead of raising on odd paths (too long,
        # NUL bytes, no permission on a parent); _read_file then names the problem.
        if os.path.isdir(path):
            yield from _walk(path, max_bytes)
        else:
            yield from _read_named_file(path, str(given), max_bytes)


def supported_extensions() -> str:
    return ", ".join(sorted(READERS))


def _read_named_file(path: Path, source: str, max_bytes: int) -> Iterator[Document | Rejected]:
    # An explicitly named file deserves an explanation when it cannot be read; inside
    # a folder the same file is silently skipped (see _walk).
    if path.name.endswith(GOLD_SUFFIX):
        yield Rejected(source, f"gold annotation file ({GOLD_SUFFIX}), not an article")
        return
    reader = READERS.get(path.suffix.lower())
    if reader is None and os.path.exists(path):
        shown = path.suffix or "no extension"
        yield Rejected(source, f"unsupported file type ({shown}); supported: {supported_extensions()}")
        return
    yield from _read_file(path, source, reader or read_txt, max_bytes)


def _walk(folder: Path, max_bytes: int) -> Iterator[Document | Rejected]:
    try:
        entries = sorted(folder.iterdir(), key=lambda entry: entry.name)
    except OSError as exc:
        yield Rejected(str(folder), _os_reason(exc))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        # Symlinked folders are not followed: they can loop back on the walk.
        if os.path.isdir(entry) and not os.path.islink(entry):
            yield from _walk(entry, max_bytes)
            continue
        reader = READERS.get(entry.suffix.lower())
        if reader is None or entry.name.endswith(GOLD_SUFFIX) or not os.path.isfile(entry):
            continue
        yield from _read_file(entry, str(entry), reader, max_bytes)


def _read_file(path: Path, source: str, reader: Reader, max_bytes: int) -> Iterator[Document | Rejected]:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            yield Rejected(source, _too_large(f"{size:,} bytes", max_bytes))
            return
        # Read at most one byte past the limit: the file may grow after stat().
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except (OSError, ValueError) as exc:  # ValueError: a NUL byte in the path
        yield Rejected(source, _os_reason(exc))
        return
    if len(data) > max_bytes:
        yield Rejected(source, _too_large(f"more than {max_bytes:,} bytes", max_bytes))
        return
    yield from _parse(data, source, reader)


def _read_stdin(stream: BinaryIO, max_bytes: int) -> Iterator[Document | Rejected]:
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        yield Rejected(STDIN, _too_large(f"more than {max_bytes:,} bytes", max_bytes))
        return
    yield from _parse(data, STDIN, _sniff_stdin_reader)


def _sniff_stdin_reader(text: str, source: str) -> Iterator[Document | Rejected]:
    """Standard input has no extension: JSON if it parses as JSON, JSONL if every line does."""
    stripped = text.strip()
    if stripped[:1] in ("{", "["):
        try:
            json.loads(stripped)
        except json.JSONDecodeError:
            lines = [line for line in stripped.split("\n") if line.strip()]
            if all(_is_json(line) for line in lines):
                return read_jsonl(text, source)
        else:
            return read_json(text, source)
    return read_txt(text, source)


def _is_json(line: str) -> bool:
    try:
        json.loads(line)
    except json.JSONDecodeError:
        return False
    return True


def _parse(data: bytes, source: str, reader: Reader) -> Iterator[Document | Rejected]:
    if not data:
        yield Rejected(source, "empty file")
        return
    try:
        text = decode_text(data)
        if not text.strip():
            raise SourceError("contains only whitespace")
        yield from reader(text, source)
    except SourceError as exc:
        yield Rejected(source, exc.reason)


def _too_large(size: str, max_bytes: int) -> str:
    return f"too large: {size}, the limit is {max_bytes:,} bytes"


def _os_reason(exc: OSError | ValueError) -> str:
    if isinstance(exc, ValueError):
        return f"invalid path: {exc}"
    if isinstance(exc, FileNotFoundError):
        return "no such file or directory"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if exc.errno is not None:
        return f"cannot read: {os.strerror(exc.errno).lower()}"
    return f"cannot read: {exc}"
