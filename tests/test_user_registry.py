"""User knowledge files: good rows load, bad rows are named with line and field, user facts win."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from frenemy.cli import app
from frenemy.knowledge.registry import Registry
from frenemy.knowledge.user import import_user_file


def test_csv_adds_companies_products_and_amends_bundled(tmp_path):
    path = tmp_path / "mine.csv"
    path.write_text(
        "id,name,kind,aliases,country,industries,parent,homonyms\n"
        "zentra,Zentra Foods,company,Zentra,NL,grocery,,\n"
        "zentra_go,Zentra Go,product,,,e-commerce,zentra,\n"
        "walmart,,,Walmart Stores,,,,\n", "utf-8")
    registry = Registry.load(include_user=False)
    report = import_user_file(registry, path)
    assert (report.added, report.updated, report.errors) == (2, 1, [])
    assert registry.lookup("Zentra")[0].id == "zentra"
    assert registry.root("zentra_go") == "zentra"
    assert "Walmart Stores" in registry.entries["walmart"].aliases
    assert registry.source_of("walmart", "aliases") == "user:mine.csv"
    assert registry.source_of("walmart", "country") == "bundled"


def test_user_parent_overrides_bundled_parent(tmp_path):
    path = tmp_path / "override.yaml"
    path.write_text("- id: hulu\n  parent: comcast\n", "utf-8")
    registry = Registry.load(include_user=False)
    if "comcast" not in registry.entries:
        path.write_text("- id: comcast\n  name: Comcast\n- id: hulu\n  parent: comcast\n", "utf-8")
    import_user_file(registry, path)
    assert registry.entries["hulu"].parent == "comcast"
    assert "hulu" not in registry.descendants("disney")


def test_bad_rows_are_reported_with_line_and_field_and_good_rows_load(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text(
        "id,name,kind,industries,parent\n"
        "good_one,Good One,company,software,\n"
        "Bad Id,Bad,company,,\n"
        "nameless,,company,,\n"
        "weird,Weird,planet,,\n"
        "lost,Lost,company,underwater basket weaving,\n"
        "orphan,Orphan,company,,no_such_parent\n", "utf-8")
    registry = Registry.load(include_user=False)
    report = import_user_file(registry, path)
    assert report.added == 1
    found = {(e.line, e.field) for e in report.errors}
    assert found == {(3, "id"), (4, "name"), (5, "kind"), (6, "industries"), (7, "parent")}


def test_invalid_yaml_is_one_clear_error(tmp_path):
    path = tmp_path / "broken.yaml"
    path.write_text("- id: a\n  name: [unclosed\n", "utf-8")
    report = import_user_file(Registry.load(include_user=False), path)
    assert report.errors and "invalid YAML" in report.errors[0].reason


def test_cli_import_persists_and_show_explains_sources(tmp_path):
    path = tmp_path / "team.yaml"
    path.write_text("- id: quillon\n  name: Quillon Analytics\n  industries: [software]\n  parent: microsoft\n",
                    "utf-8")
    runner = CliRunner()
    result = runner.invoke(app, ["registry", "import", str(path)])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["registry", "show", "Quillon Analytics", "--format", "json"])
    record = json.loads(result.stdout)
    assert record["parent"] == {"value": "Microsoft", "source": "user:team.yaml"}
    shown = runner.invoke(app, ["registry", "show", "Microsoft", "--format", "json"])
    assert any(m["name"] == "Quillon Analytics" and m["source"] == "user:team.yaml"
               for m in json.loads(shown.stdout)["family"])


def test_registry_show_amazon_lists_its_family_with_sources():
    result = CliRunner().invoke(app, ["registry", "show", "Amazon", "--format", "json"])
    record = json.loads(result.stdout)
    names = {m["name"] for m in record["family"]}
    assert {"Amazon Web Services", "Whole Foods Market", "PillPack", "One Medical", "Twitch"} <= names
    assert record["industries"]["source"] == "bundled" and "cloud computing" in record["industries"]["value"]
