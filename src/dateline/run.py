"""`dateline ingest` as a function: read, process and store a stream of documents in batches.

Each batch is one transaction. Articles whose content is already stored are skipped before parsing,
so an interrupted run, started again, resumes where it stopped without duplicates or gaps. A document
that fails anywhere is reported by its source with the reason, and the run goes on.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from dateline.ingest import read
from dateline.pipeline import Pipeline, PipelineConfig
from dateline.records import IngestError, ProcessedArticle, RawDocument
from dateline.store.database import BatchResult, Database
from dateline.store.identity import ArticleIds


@dataclass
class RunSummary:
    documents: int = 0
    files: int = 0
    stored: int = 0
    unchanged: int = 0
    copies: int = 0
    event_mentions: int = 0
    canonical_changed: int = 0
    errors: list[IngestError] = field(default_factory=list)

    def add(self, batch: BatchResult) -> None:
        self.stored += batch.stored
        self.unchanged += batch.unchanged
        self.copies += batch.copies
        self.event_mentions += batch.events
        self.canonical_changed += batch.canonical_changed


def _source_file(source: str) -> str:
    return source.split("#", 1)[0]


def ingest(
    paths: Iterable[str | Path],
    db: Database,
    config: PipelineConfig | None = None,
    batch_size: int = 32,
    console: Console | None = None,
    show_progress: bool = True,
) -> RunSummary:
    pipeline = Pipeline(config)
    summary = RunSummary()
    seen_files: set[str] = set()
    console = console or Console(stderr=True)
    progress = Progress(
        SpinnerColumn(),
        TextColumn("[bold]{task.fields[files]}[/] files"),
        TextColumn("{task.completed} articles"),
        TextColumn("{task.fields[rate]:.1f} articles/s"),
        TextColumn("[red]{task.fields[errors]} errors[/]"),
        BarColumn(bar_width=None),
        TimeElapsedColumn(),
        console=console,
        disable=not show_progress,
        transient=False,
    )
    with progress:
        task = progress.add_task("ingest", total=None, files=0, rate=0.0, errors=0)
        for batch, errors in _batches(read(paths), pipeline, db, batch_size, summary, seen_files):
            summary.add(db.write_batch(batch, errors))
            db.release()  # readers may open the file until the next article needs it
            summary.errors += errors
            for err in errors:
                progress.console.print(f"[red]error[/] {err.source}: {err.reason}", highlight=False)
            elapsed = progress.tasks[0].elapsed or 1e-9
            progress.update(
                task,
                advance=len(batch),
                files=len(seen_files),
                rate=(progress.tasks[0].completed + len(batch)) / elapsed,
                errors=len(summary.errors),
            )
    summary.files = len(seen_files)
    return summary


def _batches(
    docs: Iterator[RawDocument | IngestError],
    pipeline: Pipeline,
    db: Database,
    size: int,
    summary: RunSummary,
    seen_files: set[str],
) -> Iterator[tuple[list[ProcessedArticle], list[IngestError]]]:
    batch: list[ProcessedArticle] = []
    errors: list[IngestError] = []
    ids = ArticleIds(db)
    for doc in docs:
        seen_files.add(_source_file(doc.source))
        if isinstance(doc, IngestError):
            errors.append(doc)
        else:
            summary.documents += 1
            try:
                article = ids.assign(doc, pipeline.clean(doc))
                stored = db.has_content(article.content_hash)
                db.release(held_for=1.0)  # now and then, readers may open the file during an analysis
                if stored:
                    summary.unchanged += 1
                    continue
                batch.append(processed := pipeline.analyse(article))
                if processed.failure:  # stored with what the earlier stages made, and reported
                    errors.append(IngestError(doc.source, f"{processed.failure} (article {article.id} kept)"))
            except Exception as exc:  # one bad document never stops the run
                errors.append(IngestError(doc.source, f"processing failed: {type(exc).__name__}: {exc}"))
        if len(batch) >= size:
            yield batch, errors
            batch, errors = [], []
    if batch or errors:
        yield batch, errors
