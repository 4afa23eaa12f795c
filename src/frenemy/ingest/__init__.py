"""Sources → Documents: text, HTML, JSON and JSONL files, folders and standard input."""

from frenemy.ingest.errors import Rejected
from frenemy.ingest.readers import READERS, Reader, read_html, read_json, read_jsonl, read_txt
from frenemy.ingest.sources import DEFAULT_MAX_BYTES, iter_sources, supported_extensions

__all__ = [
    "DEFAULT_MAX_BYTES",
    "READERS",
    "Reader",
    "Rejected",
    "iter_sources",
    "read_html",
    "read_json",
    "read_jsonl",
    "read_txt",
    "supported_extensions",
]
