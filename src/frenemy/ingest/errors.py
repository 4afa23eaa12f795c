"""What ingestion says about a source it could not turn into a Document."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class Rejected:
    """A source (or one record of it) that yielded no Document, and why."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"skipped {self.source}: {self.reason}"


class SourceError(Exception):
    """Raised by decoders and readers for a whole-source problem; becomes a Rejected.

    Internal to frenemy.ingest: callers of iter_sources never see it.
    """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
