"""frenemy.store: schema migrations, one transaction per document, queries, crash safety."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter

import pytest

from frenemy.model import AnalysedDocument, Claim, Document, Entity, Evidence
from frenemy.store import SCHEMA_VERSION, Store, StoreError

NAMES = {
    "acme": "Acme Robotics",
    "beta": "Béta Sensors",
    "gamma": "Gamma Cloud",
    "acmeco": "Acmeco",
    "delta": "Delta Capital",
}


def entity(entity_id: str, **fields) -> Entity:
    fields.setdefault("name", NAMES.get(entity_id, entity_id.title()))
    fields.setdefault("kind", "company")
    return Entity(id=entity_id, **fields)


def analysis(
    text: str,
    claims: list[tuple[str, str, str]] = (),
    *,
    entities: list[Entity] | None = None,
    source: str = "news/a.txt",
    lang: str = "en",
    date: str = "2024-01-15",
    confidence: float = 0.8,
) -> AnalysedDocument:
    """An analysed document whose claims each cite the whole text as their sentence."""
    doc = Document(text=text, source=source)
    if entities is None:
        entities = [entity(i) for i in sorted({x for s, _, o in claims for x in (s, o)})]
    return AnalysedDocument(
        doc=doc,
        text=text,
        lang=lang,
        date=date,
        entities={e.id: e for e in entities},
        claims=[
            Claim(
                s,
                relation,
                o,
                confidence,
                Evidence(doc=doc.id, sentence=text, start=0, end=len(text), lang=""),
            )
            for s, relation, o in claims
        ],
    )


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "frenemy.db") as opened:
        yield opened


# --- opening and migrations --------------------------------------------------------


def migration_rows(path) -> list[tuple[int, str]]:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT version, applied_at FROM migrations ORDER BY version").fetchall()


def test_open_applies_every_migration_and_records_it(tmp_path):
    path = tmp_path / "frenemy.db"
    Store.open(path).close()
    rows = migration_rows(path)
    assert [version for version, _ in rows] == list(range(1, SCHEMA_VERSION + 1))
    assert all(applied_at for _, applied_at in rows)


def test_reopening_applies_nothing_again_and_keeps_data(tmp_path):
    path = tmp_path / "frenemy.db"
    with Store.open(path) as first:
        first.save_analysis(analysis("Acme buys Beta.", [("acme", "acquires", "beta")]))
    before = migration_rows(path)
    with Store.open(path) as second:
        assert second.stats()["documents"] == 1
    assert migration_rows(path) == before


def test_open_uses_wal_journal(tmp_path):
    path = tmp_path / "frenemy.db"
    Store.open(path).close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_open_creates_missing_parent_folders(tmp_path):
    path = tmp_path / "deep" / "er" / "frenemy.db"
    Store.open(path).close()
    assert path.exists()


def test_open_a_file_that_is_not_a_database_raises_store_error(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("Acme buys Beta. " * 100)
    with pytest.raises(StoreError, match="cannot open the database"):
        Store.open(path)


def test_open_a_database_from_a_newer_frenemy_raises_store_error(tmp_path):
    path = tmp_path / "frenemy.db"
    Store.open(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO migrations VALUES (?, ?)", (SCHEMA_VERSION + 5, "2099-01-01"))
    with pytest.raises(StoreError, match="schema version"):
        Store.open(path)


# --- saving ------------------------------------------------------------------------


def test_saved_document_is_stored_with_its_claims(store):
    ad = analysis(
        "Acme buys Beta. Gamma supplies Acme.",
        [("acme", "acquires", "beta"), ("acme", "customer_of", "gamma")],
    )
    assert store.save_analysis(ad) is True
    assert store.has_document(ad.doc.id)
    assert store.stats() == {"documents": 1, "entities": 3, "claims": 2, "relations": 2}
    [record] = store.documents()
    assert (record.id, record.source, record.date, record.lang, record.n_claims) == (
        ad.doc.id,
        "news/a.txt",
        "2024-01-15",
        "en",
        2,
    )


def test_unknown_document_is_not_stored(store):
    assert store.has_document("0" * 32) is False


def test_saving_the_same_document_twice_changes_nothing(store):
    ad = analysis("Acme buys Beta.", [("acme", "acquires", "beta")])
    assert store.save_analysis(ad) is True
    before = store.stats()
    assert store.save_analysis(analysis("Acme buys Beta.", [("acme", "acquires", "beta")])) is False
    assert store.stats() == before
    assert len(store.documents()) == 1


def test_failed_save_rolls_back_everything(store):
    # The claim names "ghost", which is neither in ad.entities nor in the store.
    ad = analysis("Acme buys Ghost.", [("acme", "acquires", "ghost")], entities=[entity("acme")])
    with pytest.raises(StoreError, match="cannot save document"):
        store.save_analysis(ad)
    assert not store.has_document(ad.doc.id)
    assert store.stats() == {"documents": 0, "entities": 0, "claims": 0, "relations": 0}


def test_store_is_usable_after_a_failed_save(store):
    with pytest.raises(StoreError):
        store.save_analysis(
            analysis("Acme buys Ghost.", [("acme", "acquires", "ghost")], entities=[entity("acme")])
        )
    assert store.save_analysis(analysis("Acme buys Beta.", [("acme", "acquires", "beta")])) is True


def test_claim_may_reference_an_entity_stored_by_an_earlier_document(store):
    store.save_analysis(analysis("Acme buys Beta.", [("acme", "acquires", "beta")]))
    later = analysis("Beta sues Acme.", [("beta", "competes_with", "acme")], entities=[])
    assert store.save_analysis(later) is True


# --- entities ----------------------------------------------------------------------


def test_entity_round_trips(store):
    acme = entity(
        "acme", aliases={"Acme", "ACME Corp"}, known=True, parent="acme-group", industries=("robotics",)
    )
    store.save_analysis(
        analysis("Acme buys Beta.", [("acme", "acquires", "beta")], entities=[acme, entity("beta")])
    )
    assert store.entity("acme") == acme
    assert store.entity("nobody") is None


def test_existing_entity_keeps_its_fields_fills_gaps_and_merges_aliases(store):
    first = entity("acme", aliases={"Acme"}, parent="")
    store.save_analysis(
        analysis("Acme buys Beta.", [("acme", "acquires", "beta")], entities=[first, entity("beta")])
    )
    second = entity(
        "acme",
        name="ACME Robotics Inc",
        kind="product",
        aliases={"Acme Bots"},
        parent="acme-group",
        known=True,
        industries=("robotics",),
    )
    store.save_analysis(
        analysis("Acme sues Beta.", [("acme", "competes_with", "beta")], entities=[second, entity("beta")])
    )
    stored = store.entity("acme")
    assert (stored.name, stored.kind) == ("Acme Robotics", "company")
    assert stored.aliases == {"Acme", "Acme Bots"}
    assert (stored.parent, stored.industries, stored.known) == ("acme-group", ("robotics",), True)


def test_entities_are_listed_by_kind(store):
    people = [entity("jane", name="Jane Roe", kind="person"), entity("acme")]
    store.save_analysis(analysis("Jane Roe runs Acme.", [("jane", "executive_of", "acme")], entities=people))
    assert [e.id for e in store.entities()] == ["acme", "jane"]
    assert [e.id for e in store.entities(kind="person")] == ["jane"]


@pytest.mark.parametrize("query", ["beta sensors", "BETA SENSORS", "Béta Sensors", "  beta   sensors "])
def test_find_entities_ignores_case_accents_and_spacing(store, query):
    store.save_analysis(analysis("Acme buys Beta.", [("acme", "acquires", "beta")]))
    assert [e.id for e in store.find_entities(query)] == ["beta"]


def test_find_entities_ranks_exact_then_prefix_then_contains(store):
    names = [entity("acmeco"), entity("acme", name="Acme"), entity("delta", name="Delta Acme Partners")]
    store.save_analysis(
        analysis("Acme, Acmeco and Delta.", [("acme", "partner_of", "acmeco")], entities=names)
    )
    assert [e.id for e in store.find_entities("acme")] == ["acme", "acmeco", "delta"]


def test_find_entities_matches_aliases(store):
    acme = entity("acme", aliases={"Société Acmé"})
    store.save_analysis(
        analysis("Acme buys Beta.", [("acme", "acquires", "beta")], entities=[acme, entity("beta")])
    )
    assert [e.id for e in store.find_entities("societe acme")] == ["acme"]


@pytest.mark.parametrize("query", ["", "   ", "%", "_"])
def test_find_entities_treats_wildcards_literally(store, query):
    store.save_analysis(analysis("Acme buys Beta.", [("acme", "acquires", "beta")]))
    assert store.find_entities(query) == []


# --- claims and relations ----------------------------------------------------------


def test_claim_evidence_round_trips_and_inherits_document_lang_and_date(store):
    ad = analysis(
        "Acme buys Beta.", [("acme", "acquires", "beta")], source="news/deal.txt", lang="fr", date="2023-06"
    )
    store.save_analysis(ad)
    [claim] = store.claims()
    assert (claim.subject, claim.relation, claim.object, claim.confidence) == (
        "acme",
        "acquires",
        "beta",
        0.8,
    )
    assert (claim.modality, claim.extractor) == ("asserted", "rules")
    assert claim.evidence == Evidence(
        doc=ad.doc.id,
        sentence="Acme buys Beta.",
        start=0,
        end=15,
        lang="fr",
        date="2023-06",
        source="news/deal.txt",
    )


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, 3),
        ({"relation": "customer_of"}, 2),
        ({"subject": "acme"}, 2),
        ({"object": "gamma"}, 2),
        ({"entity": "beta"}, 2),
        ({"entity": "gamma", "relation": "customer_of"}, 2),
        ({"subject": "gamma"}, 0),
    ],
)
def test_claims_are_filtered(store, filters, expected):
    triples = [
        ("acme", "customer_of", "gamma"),
        ("beta", "customer_of", "gamma"),
        ("acme", "acquires", "beta"),
    ]
    store.save_analysis(analysis("Acme and Beta buy from Gamma; Acme buys Beta.", triples))
    assert len(store.claims(**filters)) == expected


def test_symmetric_relation_is_counted_once_whatever_the_order(store):
    store.save_analysis(analysis("Acme competes with Beta.", [("acme", "competes_with", "beta")]))
    store.save_analysis(analysis("Beta competes with Acme.", [("beta", "competes_with", "acme")]))
    assert store.stats()["relations"] == 1
    [summary] = store.relations()
    assert (summary.subject, summary.relation, summary.object) == ("acme", "competes_with", "beta")
    assert (summary.claims, summary.documents) == (2, 2)


def test_asymmetric_relation_in_both_directions_is_two_relations(store):
    store.save_analysis(analysis("Acme buys from Beta.", [("acme", "customer_of", "beta")]))
    store.save_analysis(analysis("Beta buys from Acme.", [("beta", "customer_of", "acme")]))
    assert store.stats()["relations"] == 2


def test_relation_summary_aggregates_dates_confidence_and_best_evidence(store):
    store.save_analysis(
        analysis(
            "Acme buys chips from Gamma.",
            [("acme", "customer_of", "gamma")],
            date="2022-03",
            confidence=0.6,
            source="a.txt",
        )
    )
    store.save_analysis(
        analysis(
            "Gamma supplies Acme.",
            [("acme", "customer_of", "gamma")] * 2,
            date="2023-11-02",
            confidence=0.9,
            source="b.txt",
        )
    )
    store.save_analysis(
        analysis(
            "Acme is a Gamma client.",
            [("acme", "customer_of", "gamma")],
            date="",
            confidence=0.9,
            source="c.txt",
        )
    )
    [summary] = store.relations()
    assert (summary.claims, summary.documents) == (4, 3)
    assert (summary.first_seen, summary.last_seen) == ("2022-03", "2023-11-02")
    assert summary.best_confidence == 0.9
    # Ties on confidence go to the claim stored first.
    assert (summary.best_evidence.sentence, summary.best_evidence.source) == ("Gamma supplies Acme.", "b.txt")


def test_relations_of_one_entity(store):
    store.save_analysis(
        analysis(
            "Acme buys Beta; Gamma partners Delta.",
            [("acme", "acquires", "beta"), ("gamma", "partner_of", "delta")],
        )
    )
    assert [(r.subject, r.object) for r in store.relations("beta")] == [("acme", "beta")]
    assert [(r.subject, r.object) for r in store.relations("delta")] == [("delta", "gamma")]
    assert store.relations("nobody") == []


def test_relations_are_ordered_most_attested_first(store):
    store.save_analysis(analysis("Acme buys Beta.", [("acme", "acquires", "beta")]))
    store.save_analysis(analysis("Gamma and Delta partner.", [("gamma", "partner_of", "delta")] * 3))
    assert [r.relation for r in store.relations()] == ["partner_of", "acquires"]


def test_documents_are_listed_in_saving_order(store):
    store.save_analysis(analysis("Zeta buys Acme.", [("zeta", "acquires", "acme")], source="z.txt"))
    store.save_analysis(
        analysis(
            "Acme buys Beta and Gamma.",
            [("acme", "acquires", "beta"), ("acme", "acquires", "gamma")],
            source="a.txt",
        )
    )
    assert [(d.source, d.n_claims) for d in store.documents()] == [("z.txt", 1), ("a.txt", 2)]


# --- crash safety ------------------------------------------------------------------

CRASH_WRITER = """
import sys
from frenemy.model import AnalysedDocument, Claim, Document, Entity, Evidence
from frenemy.store import Store

store = Store.open(sys.argv[1])
companies = {f"c{n}": Entity(id=f"c{n}", name=f"Company {n}", kind="company") for n in range(40)}
for i in range(1_000_000):
    doc = Document(text=f"Story {i}: Company {i % 40} signs deals with many firms.", source=f"story{i}.txt")
    claims = [
        Claim(f"c{i % 40}", "partner_of", f"c{k}", 0.7, Evidence(doc.id, doc.text, 0, len(doc.text), "en"))
        for k in range(1 + i % 37)
    ]
    analysed = AnalysedDocument(doc=doc, text=doc.text, lang="en", entities=companies, claims=claims)
    store.save_analysis(analysed)
    print(i, flush=True)
"""


def test_killed_writer_leaves_only_whole_documents(tmp_path):
    path = tmp_path / "crash.db"
    writer = subprocess.Popen(
        [sys.executable, "-c", CRASH_WRITER, str(path)], stdout=subprocess.PIPE, text=True
    )
    try:
        deadline = time.monotonic() + 60
        saved = 0
        while saved < 40 and time.monotonic() < deadline:
            if not writer.stdout.readline():
                break
            saved += 1
        assert saved == 40, "the writer did not get going"
    finally:
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait()
        writer.stdout.close()
    assert writer.returncode == -signal.SIGKILL

    with Store.open(path) as store:
        documents = store.documents()
        claims_per_doc = Counter(claim.evidence.doc for claim in store.claims())
    assert len(documents) >= 40
    assert all(claims_per_doc[d.id] == d.n_claims for d in documents)
    assert sum(claims_per_doc.values()) == sum(d.n_claims for d in documents)
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
