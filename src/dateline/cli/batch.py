"""`dateline batch` (Ray Data) and `dateline load`: processing beyond one machine, Parquet in between."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

err = Console(stderr=True)


def batch(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders, JSONL/WARC/Parquet shards.")],
    out: Annotated[Path, typer.Option("--out", help="Folder for the Parquet output.")],
    ray_address: Annotated[
        str | None, typer.Option("--ray-address", help="Ray cluster address; local if unset.")
    ] = None,
    actors: Annotated[
        int | None, typer.Option(min=1, help="Actors for the stages (default: all CPUs).")
    ] = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Articles per actor call and per write.")] = 32,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Process inputs with Ray Data into Parquet (articles, mentions, canonical events)."""
    try:
        import ray  # noqa: F401
    except ImportError as exc:
        err.print("[red]error:[/] `dateline batch` needs Ray: pip install 'dateline[ray]'")
        raise typer.Exit(2) from exc
    from dateline.cli.progress import progress_bar
    from dateline.scale import batch as run_batch

    with progress_bar(err, show=not quiet) as on_batch:
        summary = run_batch(
            inputs, out, address=ray_address, actors=actors, batch_size=batch_size, on_batch=on_batch
        )
    err.print(
        f"{summary.documents} documents from {summary.files} files: {summary.stored} stored, "
        f"{summary.same_text} same text under a new id, {summary.copies} syndicated copies, "
        f"{summary.event_mentions} event mentions ({summary.canonical_changed} canonical events new or "
        f"updated); "
        f"Parquet in {out} (load it with `dateline load {out} --db FILE`).",
        highlight=False,
    )
    if summary.errors:
        raise typer.Exit(1)


def load(
    out: Annotated[Path, typer.Argument(help="A `dateline batch` output folder.")],
    db: Annotated[Path, typer.Option("--db", help="A new DuckDB file.")] = Path("dateline.duckdb"),
) -> None:
    """Bring a `dateline batch` output into a DuckDB database."""
    from dateline.scale import load as run_load

    try:
        counts = run_load(out, db)
    except (FileNotFoundError, ValueError) as exc:
        err.print(f"[red]error:[/] {exc}", highlight=False)
        raise typer.Exit(2) from exc
    err.print(
        f"loaded {counts['articles']} articles and {counts['canonical_events']} canonical events into {db}",
        highlight=False,
    )
