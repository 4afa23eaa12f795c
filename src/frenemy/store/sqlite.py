"""The SQLite store: the only module in frenemy that speaks SQL.

The connection runs in autocommit mode and every write is an explicit BEGIN IMMEDIATE
... COMMIT, so a document is stored whole or not at all, even if the process is
killed mid-way (WAL journal), and concurrent writers queue instead of failing.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from frenemy.model import AnalysedDocument, Claim, Entity, Evidence
from frenemy.store.folding import fold
from frenemy.store.migrations import SchemaTooNew, apply_migrations
from frenemy.store.records import DocumentRecord, RelationSummary, StoredClaim, StoreError

# Seconds a writer waits for another process's transaction before giving up.
BUSY_TIMEOUT = 30.0

_ENTITY_COLUMNS = """
    e.id, e.name, e.kind, e.known, e.parent, e.industries,
    (SELECT json_group_array(a.alias) FROM aliases a WHERE a.entity_id = e.id) AS aliases
"""
_CLAIM_COLUMNS = """
    c.subject, c.relation, c.object, c.confidence, c.modality, c.extractor,
    c.doc_id, c.sentence, c.start_char, c.end_char, c.lang, c.date, d.source AS doc_source
"""


class Store:
    """Documents, entities and claims in one SQLite file. Open with Store.open(path)."""

    def __init__(self, conn: sqlite3.Connection, path: str) -> None:
        self._conn = conn
        self.path = path

    @classmethod
    def open(cls, path: str | Path) -> Store:
        """Open (creating if needed) the database at `path` and bring its schema up to date."""
        location = str(path)
        conn: sqlite3.Connection | None = None
        try:
            if location != ":memory:":
                Path(location).parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(location, isolation_level=None, timeout=BUSY_TIMEOUT)
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA journal_mode = WAL")
            # NORMAL is durable against process crashes in WAL mode; only a power cut
            # can lose the last commits, and never corrupts the file.
            conn.execute("PRAGMA synchronous = NORMAL")
            apply_migrations(conn)
        except (OSError, sqlite3.Error, SchemaTooNew) as exc:
            if conn is not None:
                conn.close()
            raise StoreError(f"cannot open the database {location}: {exc}") from exc
        return cls(conn, location)

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # --- writing -------------------------------------------------------------------

    def has_document(self, doc_id: str) -> bool:
        return self._conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is not None

    def save_analysis(self, ad: AnalysedDocument) -> bool:
        """Store a document with its entities and claims in one transaction.

        Returns False, changing nothing, when the document is already stored. Raises
        StoreError (after rolling back) when the analysis cannot be stored, e.g. a claim
        names an entity that is neither in `ad.entities` nor already in the store.
        """
        try:
            with self._write_transaction():
                # Checked inside the transaction so two processes cannot both insert it.
                if self.has_document(ad.doc.id):
                    return False
                self._insert_document(ad)
                for entity in ad.entities.values():
                    self._upsert_entity(entity)
                for claim in ad.claims:
                    self._insert_claim(ad, claim)
        except sqlite3.Error as exc:
            source = ad.doc.source or "no source"
            raise StoreError(f"cannot save document {ad.doc.id} ({source}): {exc}") from exc
        return True

    @contextmanager
    def _write_transaction(self) -> Iterator[None]:
        """BEGIN IMMEDIATE takes the write lock up front, so a busy database makes us
        wait (BUSY_TIMEOUT) at the start instead of failing half-way through."""
        conn = self._conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield
            conn.execute("COMMIT")
        except BaseException:
            # SQLite rolls back by itself after some errors (disk full, I/O); a second
            # ROLLBACK would then raise and hide the original error.
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    def _insert_document(self, ad: AnalysedDocument) -> None:
        doc = ad.doc
        self._conn.execute(
            """INSERT INTO documents
               (id, source, title, url, published, lang, date, text, n_claims, ingested_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                doc.id,
                doc.source,
                doc.title,
                doc.url,
                doc.published,
                ad.lang,
                ad.date,
                # Evidence offsets refer to the analysed text, so that is the text kept.
                ad.text or doc.full_text,
                len(ad.claims),
                datetime.now(UTC).isoformat(timespec="seconds"),
            ),
        )

    def _upsert_entity(self, entity: Entity) -> None:
        # An entity seen before keeps what it has: later documents only fill gaps and
        # add aliases, so one noisy analysis cannot rename a known company.
        self._conn.execute(
            """INSERT INTO entities (id, name, name_key, kind, known, parent, industries)
               VALUES (?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT (id) DO UPDATE SET
                 name = CASE WHEN name = '' THEN excluded.name ELSE name END,
                 name_key = CASE WHEN name = '' THEN excluded.name_key ELSE name_key END,
                 kind = CASE WHEN kind = '' THEN excluded.kind ELSE kind END,
                 parent = CASE WHEN parent = '' THEN excluded.parent ELSE parent END,
                 industries = CASE WHEN industries = '[]' THEN excluded.industries ELSE industries END,
                 known = MAX(known, excluded.known)""",
            (
                entity.id,
                entity.name,
                fold(entity.name),
                entity.kind,
                int(entity.known),
                entity.parent,
                json.dumps(list(entity.industries)),
            ),
        )
        self._conn.executemany(
            "INSERT OR IGNORE INTO aliases (entity_id, alias, alias_key) VALUES (?, ?, ?)",
            [(entity.id, alias, fold(alias)) for alias in sorted(entity.aliases) if alias.strip()],
        )

    def _insert_claim(self, ad: AnalysedDocument, claim: Claim) -> None:
        key_subject, _, key_object = claim.key
        evidence = claim.evidence
        self._conn.execute(
            """INSERT INTO claims
               (doc_id, subject, relation, object, key_subject, key_object, confidence, modality,
                extractor, sentence, start_char, end_char, lang, date)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                ad.doc.id,
                claim.subject,
                claim.relation,
                claim.object,
                key_subject,
                key_object,
                claim.confidence,
                claim.modality,
                claim.extractor,
                evidence.sentence,
                evidence.start,
                evidence.end,
                # The evidence inherits the document's language and date when it has none.
                evidence.lang or ad.lang,
                evidence.date or ad.date,
            ),
        )

    # --- reading -------------------------------------------------------------------

    def stats(self) -> dict[str, int]:
        """Counts of documents, entities, claims and distinct relations."""
        row = self._conn.execute(
            """SELECT
                 (SELECT COUNT(*) FROM documents) AS documents,
                 (SELECT COUNT(*) FROM entities) AS entities,
                 (SELECT COUNT(*) FROM claims) AS claims,
                 (SELECT COUNT(*) FROM
                    (SELECT DISTINCT key_subject, relation, key_object FROM claims)) AS relations"""
        ).fetchone()
        return dict(row)

    def entity(self, entity_id: str) -> Entity | None:
        row = self._conn.execute(
            f"SELECT {_ENTITY_COLUMNS} FROM entities e WHERE e.id = ?", (entity_id,)
        ).fetchone()
        return _entity(row) if row else None

    def entities(self, kind: str | None = None) -> list[Entity]:
        """All entities, or those of one kind, by name."""
        where, params = ("WHERE e.kind = ?", (kind,)) if kind else ("", ())
        rows = self._conn.execute(
            f"SELECT {_ENTITY_COLUMNS} FROM entities e {where} ORDER BY e.name, e.id", params
        )
        return [_entity(row) for row in rows]

    def find_entities(self, name: str) -> list[Entity]:
        """Entities whose name or an alias matches `name`, ignoring case and accents.

        Exact matches come first, then names starting with `name`, then names containing it.
        """
        key = fold(name)
        if not key:
            return []
        escaped = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        rows = self._conn.execute(
            f"""WITH matches (id, rank) AS (
                  SELECT id, CASE WHEN name_key = :key THEN 0
                                  WHEN name_key LIKE :prefix ESCAPE '\\' THEN 1 ELSE 2 END
                  FROM entities WHERE name_key LIKE :contains ESCAPE '\\'
                  UNION ALL
                  SELECT entity_id, CASE WHEN alias_key = :key THEN 0
                                         WHEN alias_key LIKE :prefix ESCAPE '\\' THEN 1 ELSE 2 END
                  FROM aliases WHERE alias_key LIKE :contains ESCAPE '\\'
                )
                SELECT {_ENTITY_COLUMNS}, MIN(m.rank) AS best_rank
                FROM matches m JOIN entities e ON e.id = m.id
                GROUP BY e.id
                ORDER BY best_rank, length(e.name), e.name, e.id""",
            {"key": key, "prefix": escaped + "%", "contains": "%" + escaped + "%"},
        )
        return [_entity(row) for row in rows]

    def claims(
        self,
        *,
        relation: str | None = None,
        subject: str | None = None,
        object: str | None = None,  # shadows the builtin to mirror Claim.object
        entity: str | None = None,
    ) -> list[StoredClaim]:
        """Claims as stated (subject and object in the sentence's order), oldest first.

        `entity` matches either side; the filters combine with AND.
        """
        return list(self.iter_claims(relation=relation, subject=subject, object=object, entity=entity))

    def iter_claims(
        self,
        *,
        relation: str | None = None,
        subject: str | None = None,
        object: str | None = None,  # shadows the builtin to mirror Claim.object
        entity: str | None = None,
    ) -> Iterator[StoredClaim]:
        """`claims`, one at a time: a whole store's claims need not fit in memory."""
        conditions: list[str] = []
        params: list[str] = []
        for column, value in (("c.relation", relation), ("c.subject", subject), ("c.object", object)):
            if value is not None:
                conditions.append(f"{column} = ?")
                params.append(value)
        if entity is not None:
            conditions.append("(c.subject = ? OR c.object = ?)")
            params += [entity, entity]
        where = "WHERE " + " AND ".join(conditions) if conditions else ""
        rows = self._conn.execute(
            f"""SELECT {_CLAIM_COLUMNS} FROM claims c JOIN documents d ON d.id = c.doc_id
                {where} ORDER BY c.id""",
            params,
        )
        for row in rows:
            yield StoredClaim(
                subject=row["subject"],
                relation=row["relation"],
                object=row["object"],
                confidence=row["confidence"],
                modality=row["modality"],
                extractor=row["extractor"],
                evidence=_evidence(row),
            )

    def relations(self, entity: str | None = None) -> list[RelationSummary]:
        """Claims aggregated per relation, most attested first; `entity` on either side.

        Symmetric relations appear once, with subject and object in canonical order.
        The best evidence is the most confident claim's (the earliest stored on a tie).
        """
        where, params = ("WHERE key_subject = ? OR key_object = ?", (entity, entity)) if entity else ("", ())
        rows = self._conn.execute(
            f"""WITH picked AS (SELECT * FROM claims {where}),
                totals AS (
                  SELECT key_subject, relation, key_object,
                         COUNT(*) AS n_claims, COUNT(DISTINCT doc_id) AS n_documents,
                         MIN(NULLIF(date, '')) AS first_seen, MAX(NULLIF(date, '')) AS last_seen,
                         MAX(confidence) AS best_confidence
                  FROM picked GROUP BY key_subject, relation, key_object
                ),
                ranked AS (
                  SELECT picked.*, ROW_NUMBER() OVER (
                    PARTITION BY key_subject, relation, key_object ORDER BY confidence DESC, id
                  ) AS position
                  FROM picked
                )
                SELECT t.*, c.doc_id, c.sentence, c.start_char, c.end_char, c.lang, c.date,
                       d.source AS doc_source
                FROM totals t
                JOIN ranked c USING (key_subject, relation, key_object)
                JOIN documents d ON d.id = c.doc_id
                WHERE c.position = 1
                ORDER BY t.n_claims DESC, t.key_subject, t.relation, t.key_object""",
            params,
        )
        return [
            RelationSummary(
                subject=row["key_subject"],
                relation=row["relation"],
                object=row["key_object"],
                claims=row["n_claims"],
                documents=row["n_documents"],
                first_seen=row["first_seen"] or "",
                last_seen=row["last_seen"] or "",
                best_confidence=row["best_confidence"],
                best_evidence=_evidence(row),
            )
            for row in rows
        ]

    def documents(self) -> list[DocumentRecord]:
        """Stored documents without their text, in the order they were saved."""
        rows = self._conn.execute(
            "SELECT id, source, title, date, lang, n_claims FROM documents ORDER BY rowid"
        )
        return [DocumentRecord(**dict(row)) for row in rows]


def _entity(row: sqlite3.Row) -> Entity:
    return Entity(
        id=row["id"],
        name=row["name"],
        kind=row["kind"],
        aliases=set(json.loads(row["aliases"])),
        known=bool(row["known"]),
        parent=row["parent"],
        industries=tuple(json.loads(row["industries"])),
    )


def _evidence(row: sqlite3.Row) -> Evidence:
    return Evidence(
        doc=row["doc_id"],
        sentence=row["sentence"],
        start=row["start_char"],
        end=row["end_char"],
        lang=row["lang"],
        date=row["date"],
        source=row["doc_source"],
    )
