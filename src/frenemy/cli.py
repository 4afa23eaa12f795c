"""The `frenemy` command: a thin layer over frenemy.api.

Parses arguments, calls the API, prints Rich tables or JSON, and turns domain errors into
messages and exit codes (1: some input rejected, 2: usage or database error).
"""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from frenemy import api
from frenemy.output import DEFAULT_MIN_CONFIDENCE

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Which of your suppliers are, or are becoming, your competitors? Reads business news, "
    "extracts companies and their relations with evidence, and reports coopetition conflicts.",
)
out = Console()
err = Console(stderr=True)

DbOption = Annotated[
    str | None,
    typer.Option("--db", help=f"SQLite database file [default: ${api.DB_ENV} or ./{api.DEFAULT_DB}]"),
]
NerOption = Annotated[
    bool, typer.Option("--ner", help="Also use a statistical NER model (pip install 'frenemy[ner]'); slower")]
PROGRESS_FROM = 5  # files; fewer finish before a bar would be read


class ReportFormat(StrEnum):
    table = "table"
    json = "json"


class ExtractFormat(StrEnum):
    jsonl = "jsonl"
    json = "json"


def _db(db: str | None) -> str:
    return db or api.default_db()


def _fail(message: str, code: int = 2) -> typer.Exit:
    err.print(f"[red]error:[/red] {message}", highlight=False, markup=True)
    return typer.Exit(code)


def _count_inputs(paths: list[str]) -> int:
    from frenemy.ingest import supported_extensions

    exts = tuple(supported_extensions())
    n = 0
    for p in paths:
        path = Path(p)
        if path.is_dir():
            n += sum(1 for f in path.rglob("*") if f.is_file() and f.name.endswith(exts))
        else:
            n += 1
    return n


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders (recursive) or - for stdin")],
    db: DbOption = None,
    ner: NerOption = False,
    count_conflicts: Annotated[bool, typer.Option(
        "--count-conflicts/--no-count-conflicts",
        help="Count the conflicts this ingest adds (reads the whole graph; skip it for large batches)")] = True,
) -> None:
    """Read articles (.txt, .html, .json, .jsonl), extract claims and store them."""
    from frenemy.nlp.ner import NerUnavailable
    from frenemy.store import StoreError

    total = _count_inputs(paths)
    try:
        if total > PROGRESS_FROM and err.is_terminal:
            with Progress(TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), console=err) as bar:
                task = bar.add_task("ingest", total=total)
                report = api.ingest(paths, _db(db), on_item=lambda _src: bar.advance(task), ner=ner,
                                    count_conflicts=count_conflicts)
        else:
            report = api.ingest(paths, _db(db), ner=ner, count_conflicts=count_conflicts)
    except (StoreError, NerUnavailable) as exc:
        raise _fail(str(exc)) from None
    for rejected in report.rejected:
        err.print(f"skipped {rejected.source}: {rejected.reason}", markup=False, highlight=False, soft_wrap=True)
    table = Table(title=f"ingest into {_db(db)}", show_header=False)
    for label, value in (("documents new", report.new), ("already known", report.known),
                         ("rejected", len(report.rejected)), ("entities", report.entities),
                         ("claims", report.claims),
                         ("new conflicts", report.new_conflicts if count_conflicts else "not counted")):
        table.add_row(label, str(value))
    out.print(table)
    if report.rejected:
        raise typer.Exit(1)


@app.command()
def extract(
    files: Annotated[list[str], typer.Argument(help="Article files or folders")],
    format: Annotated[ExtractFormat, typer.Option("--format", help="Output format")] = ExtractFormat.jsonl,
    min_confidence: Annotated[float, typer.Option(help="Drop relations below this confidence")] = (
        DEFAULT_MIN_CONFIDENCE),
    ner: NerOption = False,
) -> None:
    """Print entities and relations per article in the evaluation format, without a database."""
    from frenemy.ingest import Rejected
    from frenemy.nlp.ner import NerUnavailable

    if ner:
        try:
            api.default_pipeline(True)
        except NerUnavailable as exc:
            raise _fail(str(exc)) from None
    rejected = 0
    records = []
    for item in api.extract_files(files, min_confidence, ner=ner):
        if isinstance(item, Rejected):
            rejected += 1
            err.print(f"skipped {item.source}: {item.reason}", markup=False, highlight=False, soft_wrap=True)
        elif format is ExtractFormat.jsonl:
            sys.stdout.write(json.dumps(item, ensure_ascii=False) + "\n")
        else:
            records.append(item)
    if format is ExtractFormat.json:
        sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
    if rejected:
        raise typer.Exit(1)


@app.command()
def stats(
    db: DbOption = None,
    format: Annotated[ReportFormat, typer.Option("--format")] = ReportFormat.table,
) -> None:
    """Counts of documents, entities, claims, relations and conflicts."""
    from frenemy.store import StoreError

    try:
        numbers = api.stats(_db(db))
    except StoreError as exc:
        raise _fail(str(exc)) from None
    if format is ReportFormat.json:
        print(json.dumps(numbers))
        return
    table = Table(title=_db(db), show_header=False)
    for key, value in numbers.items():
        table.add_row(key, str(value))
    out.print(table)


@app.command()
def company(
    name: Annotated[str, typer.Argument(help="Company name or alias")],
    db: DbOption = None,
    format: Annotated[ReportFormat, typer.Option("--format")] = ReportFormat.table,
) -> None:
    """Profile: corporate family, industries and relations with their best evidence."""
    from frenemy.store import StoreError

    try:
        profile = api.company_profile(_db(db), name)
    except (StoreError, api.UnknownCompany) as exc:
        raise _fail(str(exc)) from None
    if format is ReportFormat.json:
        print(json.dumps(profile, ensure_ascii=False, indent=2))
        return
    out.print(f"[bold]{_esc(profile['name'])}[/bold]" + (f"  (part of {_esc(profile['parent'])})"
                                                         if profile["parent"] else ""))
    if profile["family"]:
        out.print("family: " + _esc(", ".join(profile["family"])), highlight=False)
    if profile["industries"]:
        out.print("industries: " + _esc(", ".join(f"{k} ({v})" for k, v in profile["industries"].items())),
                  highlight=False)
    table = Table("relation", "with", "via", "claims", "first seen", "last seen", "best evidence")
    for r in profile["relations"]:
        own = r["via"] or profile["name"]
        other = r["object"] if r["subject"] == own else r["subject"]
        table.add_row(r["relation"], _esc(other), _esc(r["via"]), str(r["claims"]), r["first_seen"], r["last_seen"],
                      _esc(r["best_evidence"]["sentence"][:160]))
    out.print(table)


@app.command()
def conflicts(
    company: Annotated[str | None, typer.Option("--company", help="Only conflicts involving this company")] = None,
    db: DbOption = None,
    format: Annotated[ReportFormat, typer.Option("--format")] = ReportFormat.table,
) -> None:
    """The coopetition report: suppliers whose family competes with their customer."""
    from frenemy.store import StoreError

    try:
        records = api.conflicts(_db(db), company)
    except (StoreError, api.UnknownCompany) as exc:
        raise _fail(str(exc)) from None
    if format is ReportFormat.json:
        print(json.dumps(records, ensure_ascii=False, indent=2))
        return
    _print_conflicts(records)


def _print_conflicts(records: list[dict]) -> None:
    table = Table("severity", "customer", "supplier", "why", "evidence", title="coopetition conflicts")
    for r in records:
        first = r["evidence"][0] if r["evidence"] else {"doc": "", "sentence": ""}
        table.add_row(r["severity"], _esc(r["customer"]), _esc(r["supplier"]), _esc(r["reason"]),
                      _esc(f"{Path(first['doc']).name}: {first['sentence'][:120]}"))
    out.print(table)
    out.print(f"{len(records)} conflicts")


@app.command()
def demo(db: DbOption = None) -> None:
    """Ingest the bundled sample articles into a local SQLite file and print the conflicts."""
    from importlib import resources

    samples = resources.files("frenemy").joinpath("samples")
    with resources.as_file(samples) as folder:
        report = api.ingest([str(folder)], _db(db))
    out.print(f"ingested {report.new} new articles ({report.known} already known) into {_db(db)}")
    _print_conflicts(api.conflicts(_db(db)))


@app.command()
def explain(
    text: Annotated[str, typer.Argument(help="A sentence or article, or a path to a text file")],
    lang: Annotated[str, typer.Option(help="Language code; detected when empty")] = "",
) -> None:
    """Show how frenemy reads a text: mentions, cue phrases and the claims of each sentence."""
    from frenemy.explain import explain as explain_text

    if "\n" not in text and len(text.encode()) < 255 and Path(text).is_file():
        text = Path(text).read_text("utf-8", errors="replace")
    print(explain_text(text, lang))


@app.command("eval")
def evaluate(
    gold: Annotated[Path, typer.Option("--gold", help="Folder of articles with <doc>.gold.json annotations")],
    min_confidence: Annotated[float, typer.Option(help="Drop relations below this confidence")] = (
        DEFAULT_MIN_CONFIDENCE),
    errors: Annotated[bool, typer.Option("--errors/--no-errors", help="List misses and false alarms")] = True,
) -> None:
    """Score frenemy on your own annotated articles: P/R/F1 per relation type and language."""
    from frenemy.evaluation import GoldError

    try:
        report = api.evaluate(gold, min_confidence)
    except GoldError as exc:
        raise _fail(str(exc)) from None
    table = Table("scope", "P", "R", "F1", "tp", "fp", "fn", title=f"{report.docs} documents in {gold}")
    for key in ["all", *sorted(k for k in report.totals if k.startswith("lang:")),
                *sorted(k for k in report.totals if k.startswith("type:"))]:
        counts = report.totals[key]
        p, r, f = counts.prf
        table.add_row(key, f"{p:.3f}", f"{r:.3f}", f"{f:.3f}", str(counts.tp), str(counts.fp), str(counts.fn))
    out.print(table)
    out.print(f"company recall {report.company_recall:.3f} ({report.companies_found}/{report.companies})")
    if errors and report.errors:
        listing = Table("doc", "", "relation", "sentence", title="misses and false alarms")
        for e in report.errors:
            listing.add_row(e["doc"], e["kind"], _esc(e["relation"]), _esc(e["sentence"][:200]))
        out.print(listing)


registry_app = typer.Typer(help="The knowledge registry: companies, families, products, industries.",
                           no_args_is_help=True)
app.add_typer(registry_app, name="registry")


@registry_app.command("import")
def registry_import(file: Annotated[Path, typer.Argument(help="CSV or YAML file (see docs/registry.md)")]) -> None:
    """Add or override companies, aliases, parents, products and industries; user facts win."""
    report = api.import_registry(file)
    for error in report.errors:
        err.print(f"skipped {file}: {error}", markup=False, highlight=False, soft_wrap=True)
    out.print(f"{report.added} added, {report.updated} updated, {len(report.errors)} rejected")
    if report.errors:
        raise typer.Exit(1)


@registry_app.command("show")
def registry_show(
    name: Annotated[str, typer.Argument(help="Company or product name, alias or id")],
    db: DbOption = None,
    format: Annotated[ReportFormat, typer.Option("--format")] = ReportFormat.table,
) -> None:
    """What frenemy knows about a company and where each fact comes from."""
    try:
        record = api.registry_entry(name, _db(db))
    except api.UnknownCompany as exc:
        raise _fail(str(exc)) from None
    if format is ReportFormat.json:
        print(json.dumps(record, ensure_ascii=False, indent=2))
        return
    table = Table("fact", "value", "source", title=f"{_esc(record['name'])} ({record['kind']}, id {record['id']})")
    for fact in ("aliases", "country", "industries", "parent"):
        value = record[fact]["value"]
        shown = ", ".join(value) if isinstance(value, list) else value
        table.add_row(fact, _esc(shown or "-"), record[fact]["source"])
    for member in record["family"]:
        table.add_row(member["relation"].replace("_of", ""), _esc(member["name"]), member["source"])
    for fact in record["extracted"]:
        table.add_row(fact["relation"], _esc(f"{fact['subject']} → {fact['object']}"), _esc(fact["source"]))
    out.print(table)


def _esc(text: str) -> str:
    """Article text is untrusted: never let it be read as Rich markup."""
    from rich.markup import escape

    return escape(text)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
