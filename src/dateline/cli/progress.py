"""The progress display of a run (`dateline ingest`, `dateline demo`): a bar on stderr, errors as
they come. The runner only reports (`run.OnBatch`); drawing belongs here."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from dateline.records import IngestError
from dateline.run import OnBatch, RunSummary


@contextmanager
def progress_bar(console: Console, show: bool = True) -> Iterator[OnBatch]:
    """An `on_batch` callback drawing the run's progress while the block runs."""
    progress = Progress(
        SpinnerColumn(),
        TextColumn("[bold]{task.fields[files]}[/] files"),
        TextColumn("{task.completed} articles"),
        TextColumn("{task.fields[rate]:.1f} articles/s"),
        TextColumn("[red]{task.fields[errors]} errors[/]"),
        BarColumn(bar_width=None),
        TimeElapsedColumn(),
        console=console,
        disable=not show,
        transient=False,
    )

    with progress:
        task = progress.add_task("ingest", total=None, files=0, rate=0.0, errors=0)

        def on_batch(summary: RunSummary, errors: list[IngestError]) -> None:
            for e in errors:
                progress.console.print(f"[red]error[/] {e.source}: {e.reason}", highlight=False)
            elapsed = progress.tasks[0].elapsed or 1e-9
            progress.update(
                task,
                completed=summary.documents,
                files=summary.files,
                rate=summary.documents / elapsed,
                errors=len(summary.errors),
            )

        yield on_batch
