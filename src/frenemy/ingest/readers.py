"""One reader per file format: decoded text in, Documents (or Rejected records) out.

A reader raises SourceError when the whole source is unusable and yields a Rejected
for a single bad record of a multi-record source, so one bad line never costs the rest.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

from frenemy.ingest.errors import Rejected, SourceError
from frenemy.model import Document

Reader = Callable[[str, str], Iterator[Document | Rejected]]

# A first "line" longer than this is a paragraph that happens to stand alone, not a title.
MAX_TITLE_CHARS = 300
OPTIONAL_FIELDS = ("title", "url", "published", "lang")


def read_txt(text: str, source: str) -> Iterator[Document | Rejected]:
    """Plain text; a first line followed by a blank line is the title."""
    text = text.strip()
    first, sep, rest = text.partition("\n")
    title = ""
    if sep and rest.startswith("\n") and rest.strip() and len(first.strip()) <= MAX_TITLE_CHARS:
        title, text = first.strip(), rest.strip()
    yield Document(text=text, source=source, title=title)


def read_html(text: str, source: str) -> Iterator[Document | Rejected]:
    """A web page: main text, title, date and canonical URL via trafilatura."""
    import trafilatura  # imported on first HTML page: plain-text runs never pay for it

    extracted = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False)
    if extracted is None:
        raise SourceError("no article text found in the HTML")
    # trafilatura 1.x returns a dict, 2.x a Document object.
    fields: dict[str, Any] = extracted if isinstance(extracted, dict) else extracted.as_dict()
    body = (fields.get("text") or "").strip()
    if not body:
        raise SourceError("no article text found in the HTML")
    yield Document(
        text=body,
        source=source,
        title=(fields.get("title") or "").strip(),
        url=fields.get("url") or "",
        published=fields.get("date") or "",
    )


def read_json(text: str, source: str) -> Iterator[Document | Rejected]:
    """One article object, or a list of them (each reported as "path:N", N from 1)."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SourceError(f"invalid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}") from None
    if isinstance(value, dict):
        yield document_from_record(value, source)
        return
    if not isinstance(value, list):
        raise SourceError(f"expected a JSON object or a list of objects, got {_json_type(value)}")
    for number, item in enumerate(value, start=1):
        yield _record_or_rejected(item, f"{source}:{number}")


def read_jsonl(text: str, source: str) -> Iterator[Document | Rejected]:
    """One article object per line; blank lines are ignored, bad lines rejected one by one."""
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        line_source = f"{source}:{number}"
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Rejected(line_source, f"invalid JSON: {exc.msg} at column {exc.colno}")
            continue
        yield _record_or_rejected(item, line_source)


def document_from_record(record: object, source: str) -> Document:
    """Validate one JSON record: `text` required, other known fields optional strings."""
    if not isinstance(record, dict):
        raise SourceError(f"expected a JSON object, got {_json_type(record)}")
    if "text" not in record:
        raise SourceError("missing field 'text'")
    body = record["text"]
    if not isinstance(body, str):
        raise SourceError(f"field 'text' must be a string, got {_json_type(body)}")
    if not body.strip():
        raise SourceError("field 'text' is empty")
    optional: dict[str, str] = {}
    for name in OPTIONAL_FIELDS:
        value = record.get(name)
        if value is None:
            continue
        if not isinstance(value, str):
            raise SourceError(f"field '{name}' must be a string, got {_json_type(value)}")
        optional[name] = value.strip()
    return Document(text=body.strip(), source=source, **optional)


def _record_or_rejected(record: object, source: str) -> Document | Rejected:
    try:
        return document_from_record(record, source)
    except SourceError as exc:
        return Rejected(source, exc.reason)


def _json_type(value: object) -> str:
    names = {dict: "an object", list: "a list", str: "a string", bool: "a boolean", type(None): "null"}
    if isinstance(value, int | float) and not isinstance(value, bool):
        return "a number"
    return names.get(type(value), type(value).__name__)


READERS: dict[str, Reader] = {
    ".txt": read_txt,
    ".html": read_html,
    ".htm": read_html,
    ".json": read_json,
    ".jsonl": read_jsonl,
}
