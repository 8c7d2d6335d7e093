"""One runner for every engine: `run(items, pipeline, sink)`.

    clean (here) -> dedup.Corpus.admit -> per-article stages (here, or in worker processes)
                 -> dedup.Corpus.add -> sink.write (here, one transaction per batch)
    at the end:  undated articles next to dated ones (dedup.doctime) -> per-article stages again
                 -> dedup.Corpus.redate -> sink.write, until none is left

`dateline ingest` runs it into the DuckDB store, `dateline.process` into `inmemory.MemoryStore`, and the
Ray engine uses the same stage and dedup functions. The input is read as a stream in batches, and at
most two batches per worker are in flight, so memory stays bounded whatever the input size; results
are taken in input order, so the output does not depend on the number of workers. Content already
stored is sorted out before parsing (`Corpus.admit`), so an interrupted run, started again, resumes
where it stopped without duplicates or gaps. A document that fails anywhere is reported by its source
with the reason, and the run goes on. Progress is reported through `on_batch`; showing it is the
caller's business (the CLI draws a bar).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import islice
from pathlib import Path
from time import perf_counter
from typing import Protocol

from dateline.dedup import Admitted, Corpus, Memory
from dateline.dedup.corpus import latest
from dateline.dedup.doctime import Reports, pending, unchanged
from dateline.dedup.signatures import Signatures
from dateline.ingest import read
from dateline.pipeline import Pipeline, PipelineConfig, clean_document, make_cleaner
from dateline.records import Article, Changes, IngestError, ProcessedArticle, RawDocument
from dateline.store.identity import ArticleIds, Sources
from dateline.workers import Analysis, Batch, InProcess, Outcome, WorkerPool


class Sink(Memory, Reports, Sources, Protocol):
    """Where a run's batches go: it answers `dedup.Memory`, `dedup.doctime.Reports` and which file an
    article came from, and writes each batch with its Changes."""

    def write(
        self, processed: Sequence[ProcessedArticle], changes: Changes, errors: Sequence[IngestError] = ()
    ) -> None: ...

    def release(self, held_for: float = 0.0) -> None:
        """Let go of what a reader in another process would wait for (DuckDB's file lock), until the
        next batch needs it, once it has been held `held_for` seconds; nothing to do in memory."""


@dataclass
class RunSummary:
    documents: int = 0
    files: int = 0
    stored: int = 0  # new or changed articles written
    unchanged: int = 0  # same id, same content already stored
    same_text: int = 0  # content already stored under another id: recorded as a copy
    copies: int = 0  # syndicated copies (near-duplicates) of an earlier article
    event_mentions: int = 0
    canonical_changed: int = 0
    redated: int = 0  # undated articles dated again from the corpus (dedup/doctime.py)
    errors: list[IngestError] = field(default_factory=list)
    stage_seconds: dict[str, float] = field(default_factory=dict)  # summed over every process

    def add(self, processed: Sequence[ProcessedArticle], changes: Changes) -> None:
        self.stored += len(processed)
        self.unchanged += changes.unchanged
        self.same_text += len(changes.same_text)
        self.copies += len(changes.copy_of)
        self.event_mentions += sum(len(p.events) for p in processed)
        self.canonical_changed += len(changes.events)

    def spent(self, stage: str, seconds: float) -> None:
        self.stage_seconds[stage] = self.stage_seconds.get(stage, 0.0) + seconds


# The longest a run keeps the store's file from readers while it has work of its own to do.
HOLD_SECONDS = 2.0

# Called after each batch is written, with the summary so far and the batch's errors.
OnBatch = Callable[[RunSummary, list[IngestError]], None]


class Writer:
    """The cross-article half of a run, batch by batch in input order: `Corpus.admit` before the
    per-article stages, `Corpus.add` and `sink.write` after them. Every engine writes through it."""

    def __init__(self, sink: Sink, on_batch: OnBatch | None = None, merge: bool = True) -> None:
        self.sink = sink
        self.corpus = Corpus(sink)
        self.summary = RunSummary()
        self.on_batch = on_batch
        self.merge = merge  # False: canonical events are merged afterwards, family by family

    def admit(self, articles: list[Article]) -> Admitted:
        return self.corpus.admit(articles)

    def write(
        self,
        processed: list[ProcessedArticle],
        admitted: Admitted,
        errors: list[IngestError],
        signatures: Signatures | None = None,
    ) -> Changes:
        summary = self.summary
        processed = latest(processed)
        start = perf_counter()
        changes = self.corpus.add(processed, admitted, signatures, self.merge)
        summary.spent("dedup", perf_counter() - start)
        start = perf_counter()
        self.sink.write(processed, changes, errors)
        summary.spent("store", perf_counter() - start)
        summary.add(processed, changes)
        summary.errors += errors
        if self.on_batch is not None:
            self.on_batch(summary, errors)
        return changes

    def redate(self, analyse: Callable[[list[Article]], Outcome]) -> None:
        """Date undated articles again from the corpus (`dedup.doctime`), pass after pass, each pass
        one transaction, until none is left; `analyse` runs the per-article stages."""
        tried: set[str] = set()  # an article whose analysis fails is not asked for again in this run
        while todo := pending(self.sink, tried):
            tried.update(a.id for a in todo)
            processed, spent, signatures = analyse(todo)
            for stage, seconds in spent.items():
                self.summary.spent(stage, seconds)
            start = perf_counter()
            same, placed = unchanged(processed, self.sink.placed([p.article.id for p in processed]))
            changes = self.corpus.redate(processed, signatures, same, placed)
            self.summary.spent("dedup", perf_counter() - start)
            errors = kept_failures(processed)
            self.sink.write(processed, changes, errors)
            self.summary.redated += len(processed)
            self.summary.errors += errors


def run(
    items: Iterable[RawDocument | IngestError],
    pipeline: Pipeline | PipelineConfig | None,
    sink: Sink,
    *,
    batch_size: int = 32,
    workers: int = 1,
    on_batch: OnBatch | None = None,
) -> RunSummary:
    """Process `items` into `sink`. `pipeline`: a built Pipeline (used as it is with one worker) or
    its configuration; `workers` > 1 runs the per-article stages in that many processes."""
    config = pipeline.config if isinstance(pipeline, Pipeline) else pipeline or PipelineConfig()
    analysis: Analysis
    if workers > 1:
        analysis = WorkerPool(config, workers)
        cleaner = make_cleaner(config)
    else:
        built = pipeline if isinstance(pipeline, Pipeline) else Pipeline(config)
        analysis, cleaner = InProcess(built), built.cleaner
    writer = Writer(sink, on_batch)
    summary = writer.summary
    ids = ArticleIds(sink)
    files: set[str] = set()
    in_flight: deque[tuple[Batch, Admitted, list[IngestError]]] = deque()

    def finish() -> None:
        analysed, admitted, errors = in_flight.popleft()
        # Readers may open the file while this waits for the workers; when the batch is already done,
        # the file is kept unless held for a while (reopening costs tens of milliseconds a time).
        sink.release(0.0 if not analysed.done() else HOLD_SECONDS)
        processed, spent, signatures = analysed.result()
        for stage, seconds in spent.items():
            summary.spent(stage, seconds)
        writer.write(processed, admitted, errors + kept_failures(processed), signatures)

    stream = iter(items)
    try:
        while batch := list(islice(stream, batch_size)):
            articles: list[Article] = []
            errors: list[IngestError] = []
            start = perf_counter()
            for doc in batch:
                files.add(doc.source.split("#", 1)[0])
                summary.files = len(files)
                if isinstance(doc, IngestError):
                    errors.append(doc)
                    continue
                summary.documents += 1
                articles.append(ids.assign(doc, clean_document(cleaner, doc)))
            summary.spent("clean", perf_counter() - start)
            admitted = writer.admit(articles)
            if isinstance(analysis, InProcess):  # the stages run here, for seconds: readers may come in
                sink.release()
            in_flight.append((analysis.submit(admitted.analyse), admitted, errors))
            while len(in_flight) > 2 * max(1, workers) - 1:
                finish()
        while in_flight:
            finish()
        writer.redate(lambda articles: analysis.submit(articles).result())
    finally:
        analysis.close()
    return summary


def kept_failures(processed: Iterable[ProcessedArticle]) -> list[IngestError]:
    """An article a stage failed on is stored with what came before, and reported."""
    return [
        IngestError(p.article.source, f"{p.failure} (article {p.article.id} kept)")
        for p in processed
        if p.failure
    ]


def ingest(
    paths: Iterable[str | Path],
    db: Sink,
    config: PipelineConfig | None = None,
    batch_size: int = 32,
    workers: int = 1,
    on_batch: OnBatch | None = None,
    as_of: date | None = None,
) -> RunSummary:
    """`dateline ingest`: read files, folders or stdin (`-`) and run them into the store. `as_of`: the
    day the texts are taken to be read in (`RawDocument.as_of`; default the day each is read), so that a
    later run over the same files gives the same result."""
    items = read(list(paths))
    if as_of is not None:
        items = (replace(d, as_of=as_of.isoformat()) if isinstance(d, RawDocument) else d for d in items)
    return run(items, config, db, batch_size=batch_size, workers=workers, on_batch=on_batch)


def store(sink: Sink, processed: Sequence[ProcessedArticle], errors: Sequence[IngestError] = ()) -> Changes:
    """Write articles processed elsewhere as one batch, deciding copies and canonical events on the way
    (content already stored is left out, as a run leaves it out before parsing)."""
    writer = Writer(sink)
    admitted = writer.admit([p.article for p in processed])
    return writer.write(admitted_only(processed, admitted), admitted, list(errors))


def admitted_only(processed: Iterable[ProcessedArticle], admitted: Admitted) -> list[ProcessedArticle]:
    """The processed articles `admitted` gave to analyse (for engines that parse before admitting)."""
    keep = {id(a) for a in admitted.analyse}
    return [p for p in processed if id(p.article) in keep]
