"""Where the per-article stages run: in this process, or in a pool of worker processes.

Both take a batch of cleaned articles and give back, in a future, the processed articles (one that
failed is kept with its failure) and the seconds spent per stage. A worker builds its
`Pipeline` once, when it starts (spaCy and the knowledge base load once per process), and parses each
batch with one `nlp.pipe` call. Workers are spawned, not forked: the main process holds a DuckDB
connection and its threads, which a fork would copy in whatever state they were. A component
registered in a script's own code is therefore only seen by workers when its module is importable
(or installed through an entry point); with one worker everything runs here.
"""

from __future__ import annotations

import multiprocessing
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from time import perf_counter
from typing import Protocol

from dateline.dedup.signatures import Signatures, signature
from dateline.pipeline import Pipeline, PipelineConfig, StageFailed
from dateline.records import Article, DocumentTime, ProcessedArticle

# Processed articles (those that failed kept with their failure), seconds per stage, and each processed
# article's MinHash signature for the copy detector (per-article work too, so it is done here rather
# than by the writer).
Outcome = tuple[list[ProcessedArticle], dict[str, float], Signatures]


# Articles parsed together by one `nlp.pipe` call: batching saves 10-20% of spaCy's CPU time over one
# call per article, but a pipe's working memory grows with its batch (32 news articles at once took a
# worker from 380 to 830 MB, 8 to 500 MB), so a run's batch is parsed and analysed 8 articles at a time.
PARSE_BATCH = 8


def analyse_batch(pipeline: Pipeline, articles: list[Article]) -> Outcome:
    """Parse a few articles together, then run the later stages article by article; an article that
    fails is kept with its failure (the runner reports it by source and id) and the others go on."""
    before = dict(pipeline.stage_seconds)
    done: list[ProcessedArticle] = []
    for i in range(0, len(articles), PARSE_BATCH):
        part = articles[i : i + PARSE_BATCH]
        try:
            docs = pipeline.parse(part)
        except Exception:  # one text spaCy refuses fails the whole `pipe`: parse one by one instead
            docs = [None] * len(part)
        for article, doc in zip(part, docs, strict=True):
            try:
                done.append(pipeline.analyse(article, doc))
            except Exception as exc:  # one bad document never stops the run, nor is it lost:
                # kept with its failure, as a failing stage keeps it, and reported with its id
                failed = str(StageFailed("analysis", exc))
                article.notes.append(failed)
                done.append(ProcessedArticle(article, DocumentTime.unknown(), failure=failed))
        del docs  # the parses of this part, before the next is made
    start = perf_counter()
    signatures = {p.article.id: signature(p.article.text) for p in done}
    spent = {k: v - before.get(k, 0.0) for k, v in pipeline.stage_seconds.items()}
    spent["signatures"] = perf_counter() - start
    return done, spent, signatures


@dataclass
class Batch:
    """A batch handed to the stages: its parts' futures, in order. The runner asks whether it is done
    (to let readers in while it waits) and then for its outcome, the parts' outcomes joined."""

    parts: list[Future[Outcome]]

    def done(self) -> bool:
        return all(part.done() for part in self.parts)

    def result(self) -> Outcome:
        outcomes = [part.result() for part in self.parts]
        spent: dict[str, float] = {}
        for _, seconds, _ in outcomes:
            for stage, value in seconds.items():
                spent[stage] = spent.get(stage, 0.0) + value
        return (
            [p for done, _, _ in outcomes for p in done],
            spent,
            {k: v for *_, signatures in outcomes for k, v in signatures.items()},
        )


class Analysis(Protocol):
    def submit(self, articles: list[Article]) -> Batch: ...

    def close(self) -> None: ...


class InProcess:
    """The stages in this process, one batch at a time."""

    def __init__(self, pipeline: Pipeline) -> None:
        self.pipeline = pipeline

    def submit(self, articles: list[Article]) -> Batch:
        future: Future[Outcome] = Future()
        future.set_result(analyse_batch(self.pipeline, articles))
        return Batch([future])

    def close(self) -> None:
        pass


_worker_pipeline: Pipeline | None = None


def _start_worker(config: PipelineConfig) -> None:
    global _worker_pipeline
    _worker_pipeline = Pipeline(config)


def _work(articles: list[Article]) -> Outcome:
    assert _worker_pipeline is not None, "worker started without its pipeline"
    return analyse_batch(_worker_pipeline, articles)


class WorkerPool:
    """The stages in `workers` processes, each with its own pipeline."""

    def __init__(self, config: PipelineConfig, workers: int) -> None:
        self._pool = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start_worker,
            initargs=(config,),
        )
        # The pool starts a process per submission; asking every worker for a no-op now starts them all
        # loading their model while the first batch is still being cleaned here.
        for _ in range(workers):
            self._pool.submit(int)

    def submit(self, articles: list[Article]) -> Batch:
        """The batch goes out in parse-sized parts, so that every worker has a share of it: a batch
        given whole to one worker left the others idle at the end of a run (and at its start)."""
        parts = [
            self._pool.submit(_work, articles[i : i + PARSE_BATCH])
            for i in range(0, len(articles), PARSE_BATCH)
        ]
        return Batch(parts)

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
