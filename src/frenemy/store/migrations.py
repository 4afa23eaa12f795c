"""Numbered schema migrations, applied in order and recorded in the `migrations` table.

Append a new script to MIGRATIONS to change the schema; never edit one that has shipped,
because databases in the wild have already recorded it as applied.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

MIGRATIONS: list[str] = [
    # 1: documents, entities with their aliases, claims with their evidence.
    """
    CREATE TABLE documents (
        id TEXT PRIMARY KEY,             -- Document.id, a hash of the content
        source TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL DEFAULT '',
        url TEXT NOT NULL DEFAULT '',
        published TEXT NOT NULL DEFAULT '',
        lang TEXT NOT NULL DEFAULT '',   -- the analysed language
        date TEXT NOT NULL DEFAULT '',   -- the analysed date
        text TEXT NOT NULL,
        n_claims INTEGER NOT NULL,
        ingested_at TEXT NOT NULL
    );
    CREATE TABLE entities (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL DEFAULT '',
        name_key TEXT NOT NULL DEFAULT '',   -- folded name for case/accent-insensitive search
        kind TEXT NOT NULL DEFAULT '',
        known INTEGER NOT NULL DEFAULT 0,
        parent TEXT NOT NULL DEFAULT '',
        industries TEXT NOT NULL DEFAULT '[]' -- JSON list of industry ids
    );
    CREATE INDEX entities_name_key ON entities(name_key);
    CREATE TABLE aliases (
        entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        alias TEXT NOT NULL,
        alias_key TEXT NOT NULL,
        UNIQUE (entity_id, alias)
    );
    CREATE INDEX aliases_alias_key ON aliases(alias_key);
    CREATE TABLE claims (
        id INTEGER PRIMARY KEY,
        doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        subject TEXT NOT NULL REFERENCES entities(id),
        relation TEXT NOT NULL,
        object TEXT NOT NULL REFERENCES entities(id),
        -- Claim.key: symmetric relations in one canonical order, so aggregation
        -- counts "A competes with B" and "B competes with A" as one relation.
        key_subject TEXT NOT NULL,
        key_object TEXT NOT NULL,
        confidence REAL NOT NULL,
        modality TEXT NOT NULL DEFAULT 'asserted',
        extractor TEXT NOT NULL DEFAULT '',
        sentence TEXT NOT NULL DEFAULT '',
        start_char INTEGER NOT NULL,     -- "end" is an SQL keyword, hence the _char suffix
        end_char INTEGER NOT NULL,
        lang TEXT NOT NULL DEFAULT '',
        date TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX claims_subject ON claims(subject);
    CREATE INDEX claims_object ON claims(object);
    CREATE INDEX claims_relation ON claims(relation);
    CREATE INDEX claims_doc_id ON claims(doc_id);
    CREATE INDEX claims_key ON claims(key_subject, relation, key_object);
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)


class SchemaTooNew(Exception):
    """The database was written by a newer frenemy than this one."""


def schema_version(conn: sqlite3.Connection) -> int:
    row = conn.execute("SELECT COALESCE(MAX(version), 0) FROM migrations").fetchone()
    return int(row[0])


def apply_migrations(conn: sqlite3.Connection) -> list[int]:
    """Bring the schema up to date; return the versions applied now (empty when current).

    `conn` must be in autocommit mode (isolation_level=None): each migration runs in its
    own BEGIN IMMEDIATE transaction, so a failed one leaves the previous schema intact
    and two processes opening the same new database do not both apply it.
    """
    conn.execute(
        "CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"
    )
    applied: list[int] = []
    for version, script in enumerate(MIGRATIONS, start=1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            current = schema_version(conn)
            if current > SCHEMA_VERSION:
                raise SchemaTooNew(
                    f"the database has schema version {current}; this frenemy knows up to {SCHEMA_VERSION}"
                )
            if current < version:
                for statement in _statements(script):
                    conn.execute(statement)
                conn.execute(
                    "INSERT INTO migrations (version, applied_at) VALUES (?, ?)",
                    (version, datetime.now(UTC).isoformat(timespec="seconds")),
                )
                applied.append(version)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    return applied


def _statements(script: str) -> list[str]:
    """Split a script into statements; executescript() would commit our transaction first."""
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements
