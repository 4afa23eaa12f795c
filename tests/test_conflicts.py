"""End to end on the seed articles: ingest into a real SQLite file, then the conflict report."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from frenemy.api import conflicts, stats
from frenemy.cli import app

MUST_FLAG = [
    ("Netflix", "entertainment"), ("Hulu", "entertainment"), ("HBO", "entertainment"),
    ("Brooks Brothers", "retail"), ("Under Armour", "retail"),
    ("JPMorgan Chase", "financial services"), ("Coinbase", "financial services"),
    ("Robinhood", "financial services"),
    ("Cleveland Clinic", "healthcare"), ("Merck & Co", "healthcare"), ("Bristol-Myers Squibb", "healthcare"),
]
MUST_NOT_FLAG = ["Walmart", "Costco", "Kroger", "Bank of America", "MetLife"]


@pytest.fixture
def report(seed_db):
    return conflicts(seed_db)


@pytest.mark.parametrize(("customer", "sector"), MUST_FLAG)
def test_customer_of_aws_is_flagged_against_amazon(report, customer, sector):
    found = [c for c in report if c["customer"] == customer and c["supplier"] == "Amazon"]
    assert found, f"{customer} not flagged against Amazon"


@pytest.mark.parametrize("customer", MUST_NOT_FLAG)
def test_microsoft_customers_are_not_flagged(report, customer):
    assert not [c for c in report if c["customer"] == customer and c["supplier"] == "Microsoft"]


def test_every_conflict_step_has_evidence_or_a_registry_source(report):
    for c in report:
        assert c["reason"] and c["severity"] in ("high", "medium", "low")
        assert c["path"][0]["relation"] == "customer_of"
        for step in c["path"]:
            assert step["source"] == "registry" or step["evidence"], step
        for ev in c["evidence"]:
            assert set(ev) == {"doc", "sentence", "date"} and ev["sentence"]


def test_ingesting_the_seeds_twice_changes_nothing(seed_db, seeds_dir):
    from frenemy.api import ingest

    before = stats(seed_db)
    report = ingest([seeds_dir], seed_db)
    assert report.new == 0 and report.known == 3
    assert stats(seed_db) == before


def test_conflicts_json_from_the_cli(seed_db):
    result = CliRunner().invoke(app, ["conflicts", "--db", str(seed_db), "--format", "json"])
    assert result.exit_code == 0, result.output
    records = json.loads(result.stdout)
    assert {"customer", "supplier", "reason", "severity", "evidence"} <= set(records[0])


def test_conflicts_for_one_company(seed_db):
    records = conflicts(seed_db, company="Netflix")
    assert records and all("Netflix" in (r["customer"], r["supplier"]) for r in records)


def test_stats_json_from_the_cli(seed_db):
    result = CliRunner().invoke(app, ["stats", "--db", str(seed_db), "--format", "json"])
    numbers = json.loads(result.stdout)
    assert set(numbers) == {"documents", "entities", "claims", "relations", "conflicts"}
    assert numbers["documents"] == 3 and numbers["conflicts"] >= len(MUST_FLAG)


def test_company_profile_shows_family_and_evidence(seed_db):
    result = CliRunner().invoke(app, ["company", "AWS", "--db", str(seed_db), "--format", "json"])
    assert result.exit_code == 0, result.output
    profile = json.loads(result.stdout)
    assert profile["name"] == "Amazon Web Services" and profile["parent"] == "Amazon"
    assert any(r["relation"] == "customer_of" and r["best_evidence"]["sentence"] for r in profile["relations"])


def test_unknown_company_is_a_clear_error(seed_db):
    result = CliRunner().invoke(app, ["company", "Nonexistent Widgets Plc", "--db", str(seed_db)])
    assert result.exit_code == 2
    assert "no company named" in result.output and "Traceback" not in result.output


def test_relations_of_a_subsidiary_show_on_the_parent_profile(seed_db):
    result = CliRunner().invoke(app, ["company", "Amazon", "--db", str(seed_db), "--format", "json"])
    profile = json.loads(result.stdout)
    via_aws = [r for r in profile["relations"] if r["via"] == "Amazon Web Services"]
    assert any(r["relation"] == "customer_of" and r["object"] == "Amazon Web Services" for r in via_aws)
    assert "Amazon Web Services" in profile["family"]


def test_a_rival_of_the_customers_family_is_a_direct_conflict(tmp_path):
    """The rivalry is with a subsidiary of the customer (known from the registry), not the customer."""
    from frenemy.analysis.conflicts import conflict_keys, find_conflicts
    from frenemy.api import _graph, ingest
    from frenemy.store import Store

    article = tmp_path / "a.txt"
    article.write_text("Walmart uses Google Cloud for its stores. YouTube competes with Flipkart in India.\n", "utf-8")
    db = tmp_path / "f.db"
    ingest([str(article)], str(db))
    found = conflicts(db)
    direct = [c for c in found if c["customer"] == "Walmart" and c["kind"] == "direct"]
    assert direct and direct[0]["supplier"] == "Alphabet" and direct[0]["severity"] == "high"
    assert "Flipkart" in direct[0]["reason"]
    store = Store.open(db)
    graph = _graph(store, evidence=False)
    # Counting keys builds no path, and finds exactly the conflicts the report lists.
    assert conflict_keys(graph) == {(c.customer, c.supplier) for c in find_conflicts(graph)}
    assert ("walmart", "alphabet") in conflict_keys(graph)


def test_the_owner_most_articles_name_wins_and_a_hedged_deal_moves_nobody(tmp_path):
    """Over many articles one misread sentence must not move a company into another family."""
    from frenemy.api import company_profile, ingest

    texts = {
        "a.txt": "Netflix acquired the robotics start-up Kestrel Robotics in March.",
        "b.txt": "Amazon acquired the robotics start-up Kestrel Robotics last year.",
        "c.txt": "Amazon bought the robotics start-up Kestrel Robotics in 2024.",
        "d.txt": "Spotify may have acquired the audio start-up Orvane Labs, according to people close to it.",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text + "\n", "utf-8")
    db = tmp_path / "f.db"
    ingest([str(tmp_path / n) for n in texts], str(db))
    assert company_profile(db, "Kestrel Robotics")["parent"] == "Amazon"
    assert "Kestrel Robotics" not in company_profile(db, "Netflix")["family"]
    assert "Orvane Labs" not in company_profile(db, "Spotify")["family"]
