"""The `dateline` command line (see ../shared/contract/README.md for the public commands)."""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
from datetime import date
from enum import StrEnum
from itertools import combinations
from pathlib import Path
from typing import Annotated, Any, get_args

import typer
from rich.console import Console

from dateline import __version__
from dateline.cli.batch import batch as batch_command
from dateline.cli.batch import load as load_command
from dateline.cli.check import check_command
from dateline.cli.evaluate import app as eval_app
from dateline.cli.output import Format, write_jsonl, write_table
from dateline.events.ontology import PLOVER_TYPES
from dateline.records import Modality
from dateline.store.connection import DatabaseBusy
from dateline.store.database import DEFAULT_DB, Database, EventFilter
from dateline.store.tables import article_table

app = typer.Typer(
    name="dateline",
    help="Dated, deduplicated, evidence-linked political and diplomatic events from news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.add_typer(eval_app, name="eval")
app.command("batch")(batch_command)
app.command("load")(load_command)
err = Console(stderr=True)

DbOption = Annotated[Path, typer.Option("--db", help="DuckDB file.")]
# Closed sets of values are choices: --help lists them, anything else is a usage error (exit 2).
EventType = StrEnum("EventType", {t: t for t in PLOVER_TYPES})
EventModality = StrEnum("EventModality", {m: m for m in get_args(Modality)})


def _version(show: bool) -> None:
    if show:
        print(f"dateline {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, metavar="", help="Show the version."),
    ] = False,
) -> None:
    """Dated, deduplicated, evidence-linked political and diplomatic events from news articles."""


def _fail(message: str, code: int = 2) -> typer.Exit:
    err.print(f"[red]error:[/] {message}", highlight=False, soft_wrap=True)
    return typer.Exit(code)


def _open(db: Path) -> Database:
    try:
        return Database(db, read_only=True)
    except (FileNotFoundError, DatabaseBusy) as exc:
        raise _fail(str(exc)) from exc


def _filtered(store: Database, **filters: Any) -> list[dict[str, Any]]:
    """`Database.events`, with a malformed filter (a bad --dyad) reported as a usage error."""
    try:
        return store.events(**filters)
    except ValueError as exc:
        raise _fail(str(exc)) from exc


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, or - for stdin.")],
    db: DbOption = Path(DEFAULT_DB),
    kb: Annotated[list[Path] | None, typer.Option("--kb", help="Extra actor knowledge-base TSV.")] = None,
    event_coder: Annotated[str, typer.Option(help="Registered event coder.")] = "default",
    batch_size: Annotated[int, typer.Option(min=1, help="Articles per transaction.")] = 32,
    workers: Annotated[
        int | None, typer.Option(min=1, help="Processes for the per-article stages (default: all cores).")
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", metavar="", help="No progress bar.")] = False,
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of",
            help="YYYY-MM-DD: the day the texts were read in (default today); no article is taken to be "
            "later. Give the crawl's day to re-run with the same result.",
        ),
    ] = None,
) -> None:
    """Read, process and store articles (.txt, .html, .jsonl, .warc/.warc.gz, or - for stdin)."""
    from dateline.cli.progress import progress_bar
    from dateline.pipeline import PipelineConfig
    from dateline.run import ingest as run_ingest

    config = PipelineConfig(event_coder=event_coder, kb_files=tuple(kb or ()))
    try:
        read_on = date.fromisoformat(as_of) if as_of else None
    except ValueError as exc:
        raise _fail(f"--as-of must be YYYY-MM-DD, not {as_of!r}") from exc
    created = not db.exists()
    try:
        with Database(db) as store, progress_bar(err, show=not quiet) as on_batch:
            summary = run_ingest(paths, store, config, batch_size, workers or _cores(), on_batch, read_on)
            counts = store.summary()
            if created and not counts["articles"]:  # every input failed: leave no empty database
                store.release()  # (still holding the writer lock, so no other ingest starts on it)
                for path in (db, Path(f"{db}.wal")):
                    path.unlink(missing_ok=True)
    except DatabaseBusy as exc:  # another ingest, or a reader holding the file for over a minute
        raise _fail(str(exc)) from exc
    err.print(
        f"{summary.documents} documents from {summary.files} files: {summary.stored} stored, "
        f"{summary.unchanged} already stored, {summary.same_text} same text under a new id, "
        f"{summary.copies} syndicated copies, {summary.redated} undated dated again from the corpus, "
        f"{summary.event_mentions} event mentions ({summary.canonical_changed} canonical events new or "
        "updated); "
        + (
            f"database {db} now holds {counts['articles']} articles and "
            f"{counts['canonical_events']} canonical events."
            if db.exists()
            else f"nothing stored, so no database was left at {db}."
        ),
        highlight=False,
    )
    if summary.errors:
        err.print(f"[red]{len(summary.errors)} files or records failed[/] (listed above).")
        raise typer.Exit(1)


def _cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


@app.command()
def events(
    db: DbOption = Path(DEFAULT_DB),
    format: Annotated[Format, typer.Option("--format", "-f")] = Format.jsonl,
    actor: Annotated[str | None, typer.Option(help="Actor id, name or ISO3 code.")] = None,
    dyad: Annotated[str | None, typer.Option(help="Two countries, e.g. PAK-RUS.")] = None,
    since: Annotated[str | None, typer.Option(help="YYYY-MM-DD: events ending on or after.")] = None,
    until: Annotated[str | None, typer.Option(help="YYYY-MM-DD: events starting on or before.")] = None,
    type: Annotated[
        EventType | None, typer.Option("--type", case_sensitive=False, help="PLOVER type.")
    ] = None,
    modality: Annotated[EventModality | None, typer.Option(case_sensitive=False)] = None,
    limit: Annotated[int | None, typer.Option(min=1, help="At most this many events.")] = None,
    mentions: Annotated[bool, typer.Option("--mentions", metavar="", help="Every mention in full.")] = False,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File instead of stdout.")] = None,
) -> None:
    """Canonical (deduplicated) events."""
    filters = dict(
        actor=actor, dyad=dyad, type=type and type.value, since=since, until=until,
        modality=modality and modality.value, limit=limit,
    )  # fmt: skip
    with _open(db) as store:
        if format is Format.jsonl:
            write_jsonl(_filtered(store, **filters, mention_detail=mentions), output)
            return
        try:
            query = store.event_table(EventFilter.of(**filters), mention_detail=mentions)
        except ValueError as exc:
            raise _fail(str(exc)) from exc
        write_table(store.con, *query, format, output)


@app.command()
def articles(
    db: DbOption = Path(DEFAULT_DB),
    format: Annotated[Format, typer.Option("--format", "-f")] = Format.jsonl,
    verbose: Annotated[
        bool,
        typer.Option(
            "--verbose", "-v", metavar="", help="Add removed lines and why, losing date candidates, failures."
        ),
    ] = False,
    output: Annotated[Path | None, typer.Option("--output", "-o")] = None,
) -> None:
    """Stored articles with their cleaned text and metadata."""
    with _open(db) as store:
        if format is Format.jsonl:
            write_jsonl(store.articles(with_removed=verbose), output)
        else:
            write_table(store.con, *article_table(), format, output)


@app.command()
def timeline(
    html: Annotated[Path, typer.Option("--html", help="Page to write.")],
    db: DbOption = Path(DEFAULT_DB),
    dyad: Annotated[str | None, typer.Option(help="Two countries, e.g. PAK-RUS.")] = None,
    actor: Annotated[str | None, typer.Option(help="Actor id, name or ISO3 code.")] = None,
    type: Annotated[str | None, typer.Option("--type", help="PLOVER type, e.g. CONSULT.")] = None,
    since: Annotated[str | None, typer.Option(help="YYYY-MM-DD: events ending on or after.")] = None,
    until: Annotated[str | None, typer.Option(help="YYYY-MM-DD: events starting on or before.")] = None,
    lanes: Annotated[str, typer.Option(help="Group into lanes: none, dyad, actor or type.")] = "none",
) -> None:
    """A self-contained timeline page (scripts and data inline; works offline, opened from disk)."""
    from dateline.report.assets import AssetsMissing
    from dateline.report.timeline import FILE_LIMIT, render_timeline

    if lanes not in ("none", "dyad", "actor", "type"):
        raise _fail(f"--lanes must be none, dyad, actor or type, not {lanes!r}")
    with _open(db) as store:
        rows = _filtered(
            store, dyad=dyad, actor=actor, type=type, since=since, until=until, mention_detail=True
        )
        arts = {a["id"]: a for a in store.articles()}
    title = f"dateline: {dyad or actor or type or 'all events'}"
    try:
        page = render_timeline(rows, arts, title, lanes)
    except AssetsMissing as exc:
        raise _fail(str(exc)) from exc
    html.write_text(page, encoding="utf-8")
    err.print(f"wrote {html} ({min(len(rows), FILE_LIMIT)} of {len(rows)} events)")
    if len(rows) > FILE_LIMIT:
        err.print(
            f"[yellow]only the first {FILE_LIMIT} events fit in one file:[/] narrow it with --dyad, "
            "--actor, --type, --since or --until, or browse them all with `dateline serve`"
        )


@app.command()
def serve(
    db: DbOption = Path(DEFAULT_DB),
    host: Annotated[str, typer.Option(help="Interface; 127.0.0.1 unless told otherwise.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535)] = 8000,
) -> None:
    """The web app and its JSON API (OpenAPI at /docs)."""
    import uvicorn

    from dateline.server.app import create_app

    if not db.exists():
        raise _fail(f"no database at {db}; run `dateline ingest` first")
    uvicorn.run(create_app(db), host=host, port=port)


@app.command("time")
def time_command(
    file: Annotated[str, typer.Argument(help="A plain-text file, or - for stdin.")] = "-",
    dct: Annotated[
        str | None, typer.Option(help="Document creation time YYYY-MM-DD (default today).")
    ] = None,
) -> None:
    """Tag the time expressions of one plain text; one JSON object per line."""
    from dateline.time.tagger import tag_text

    try:
        anchor = date.fromisoformat(dct) if dct else date.today()
    except ValueError as exc:
        raise _fail(f"--dct must be YYYY-MM-DD, not {dct!r}") from exc
    if file == "-":
        text = sys.stdin.read()
    else:
        try:
            text = Path(file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise _fail(f"{file}: {exc}") from exc
    for t in tag_text(text, anchor):
        print(json.dumps({"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value}))


@app.command()
def demo(
    out: Annotated[Path, typer.Option("--out", help="Folder for the database and the page.")] = Path(
        "demo-output"
    ),
) -> None:
    """Process the bundled sample corpus into a fresh database and write a timeline page."""
    from dateline.cli.progress import progress_bar
    from dateline.report.assets import AssetsMissing
    from dateline.report.timeline import render_timeline
    from dateline.run import ingest as run_ingest
    from dateline.sample import corpus_dir

    out.mkdir(parents=True, exist_ok=True)
    db_path = out / "dateline.duckdb"
    for stale in (db_path, db_path.with_suffix(".duckdb.wal")):
        stale.unlink(missing_ok=True)
    with Database(db_path) as store, progress_bar(err) as on_batch:
        summary = run_ingest([str(corpus_dir())], store, on_batch=on_batch)
        counts = store.summary()
        rows = store.events(mention_detail=True)
        arts = {a["id"]: a for a in store.articles()}
    page = out / "timeline.html"
    try:
        page.write_text(render_timeline(rows, arts, "dateline demo: the sample corpus"), encoding="utf-8")
        wrote = str(page.resolve())
    except AssetsMissing as exc:  # the database is still worth having
        wrote = f"not written: {exc}"
    c = Console()
    c.print(f"[bold]dateline demo[/]: {summary.documents} articles read from the sample corpus")
    c.print(
        f"  articles stored: {counts['articles']} ({counts['dated_articles']} dated, "
        f"{counts['copies']} syndicated copies, {counts['non_english']} not English)"
    )
    c.print(f"  event mentions: {counts['event_mentions']} -> canonical events: {counts['canonical_events']}")
    c.print(f"  database: {db_path.resolve()}")
    c.print(f"  timeline: {wrote}")
    dyads = Counter(
        "-".join(pair)
        for ev in rows
        for pair in combinations(sorted({a["country"] for a in ev["actors"] if a["country"]}), 2)
    )
    if dyads:
        dyad = dyads.most_common(1)[0][0]
        c.print(f"  try: dateline events --db {db_path} --dyad {dyad} --format csv", soft_wrap=True)
    c.print("  open the web app (then browse http://127.0.0.1:8000):")
    c.print(f"  dateline serve --db {db_path}", soft_wrap=True)
    if summary.errors:
        raise typer.Exit(1)


app.command("check")(check_command)


def main() -> None:
    app()
