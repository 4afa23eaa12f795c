"""Storage of analysed documents; SQLite behind a small interface."""

from frenemy.store.migrations import MIGRATIONS, SCHEMA_VERSION
from frenemy.store.records import DocumentRecord, RelationSummary, StoredClaim, StoreError
from frenemy.store.sqlite import Store

__all__ = [
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "DocumentRecord",
    "RelationSummary",
    "Store",
    "StoreError",
    "StoredClaim",
]
