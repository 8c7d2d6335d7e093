"""The Ray engine: `dateline batch` runs the per-article stages on a Ray cluster with Ray Data.

    inputs ──► Ray Data: read (one task per input: file, folder, JSONL/WARC/Parquet shard)
           ──► map_batches(Analyse): clean + nlp + time + actors + events in long-lived actors,
               each holding one Pipeline (the model loaded once per actor)
           ──► driver, in input order: dedup.Corpus (content seen before, syndicated copies) and the
               DuckDB store (run.Writer), as `ingest` does
           ──► Ray Data: groupby(type family).map_groups: canonical events, family by family
           ──► driver: undated articles dated again from the corpus (`run.Writer.redate`)
           ──► OUT/*.parquet: articles, timexes, actor and event mentions, canonical events, ...

The stage functions are the local engine's (`workers.analyse_batch`), and the cross-article step is
the same `run.Writer` over the same `Corpus` and store code, fed in input order (Ray Data keeps it with
`preserve_order`), with the merge into canonical events deferred and run per family over the same
`CanonicalIndex` (`dedup.corpus.merge_in_order`), so a batch gives exactly what `dateline ingest`
gives on the same inputs. The
driver writes into a DuckDB work file in OUT (spilled to disk, not held in memory), then exports every
table as Parquet with the store's own columns; `dateline load OUT --db FILE` copies them into a
database. What scales and what does not: docs/scale.md.
"""

from __future__ import annotations

import json
import pickle
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from dateline.dedup.blocking import block_keys
from dateline.dedup.compatible import type_family
from dateline.dedup.corpus import encounters_by_article, merge_in_order
from dateline.ingest import read
from dateline.pipeline import Pipeline, PipelineConfig, clean_document, make_cleaner
from dateline.records import (
    Article,
    CanonicalEvent,
    Changes,
    EventMention,
    IngestError,
    ProcessedArticle,
    RawDocument,
)
from dateline.run import OnBatch, RunSummary, Writer, admitted_only, kept_failures
from dateline.store.database import Database
from dateline.store.identity import ArticleIds
from dateline.store.schema import transaction
from dateline.workers import Outcome, analyse_batch

# The tables a batch writes, as the store defines them (store/schema.py); `load` reads them back.
TABLES = (
    "articles",
    "article_signatures",
    "article_bands",
    "timexes",
    "actor_mentions",
    "event_mentions",
    "canonical_events",
    "ingest_errors",
)
PARQUET_FIELDS = ("id", "text", "html", "url", "title", "published")


def _parquet_records(path: str) -> Iterator[RawDocument | IngestError]:
    """Rows of a Parquet shard with `text` or `html` (and optional id, url, title, published)."""
    import pyarrow.parquet as pq

    try:
        shard = pq.ParquetFile(path)
    except Exception as exc:  # reported by name like any unreadable input
        yield IngestError(path, f"not a readable Parquet file: {exc}")
        return
    n = 0
    for part in shard.iter_batches(batch_size=256):
        for row in part.to_pylist():
            n += 1
            fields = {k: (str(row[k]) if row.get(k) is not None else None) for k in PARQUET_FIELDS}
            if not (fields["text"] or fields["html"]):
                yield IngestError(f"{path}#row{n}", f"row {n}: no 'text' or 'html' column value")
            else:
                yield RawDocument(source=f"{path}#row{n}", **fields)


def read_input(row: dict[str, Any]) -> list[dict[str, Any]]:
    """One input as numbered rows (`input`, `n`) holding a pickled RawDocument or IngestError."""
    path = str(row["input"])
    items = _parquet_records(path) if path.endswith(".parquet") else read([path])
    return [{"input": row["i"], "n": n, "raw": pickle.dumps(item)} for n, item in enumerate(items)]


class Analyse:
    """The per-article stages in a Ray actor: one Pipeline per actor, for every batch it gets."""

    def __init__(self, config: PipelineConfig) -> None:
        self.pipeline = Pipeline(config)
        self.cleaner = make_cleaner(config)

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[Any]]:
        keys = list(zip(batch["input"], batch["n"], strict=True))
        out: dict[str, list[Any]] = {"input": [], "n": [], "document": [], "record": []}

        def emit(key: tuple[int, int], document: bool, record: Any) -> None:
            out["input"].append(int(key[0]))
            out["n"].append(int(key[1]))
            out["document"].append(document)
            out["record"].append(pickle.dumps(record))

        articles: list[tuple[tuple[int, int], Article]] = []
        for key, raw in zip(keys, batch["raw"], strict=True):
            item = pickle.loads(raw)  # rows this engine pickled itself, a step earlier
            if isinstance(item, IngestError):
                emit(key, False, item)
                continue
            articles.append((key, clean_document(self.cleaner, item)))  # a failing cleaner keeps the text
        done, _, signatures = analyse_batch(self.pipeline, [a for _, a in articles])
        where = {id(a): key for key, a in articles}
        from_name = {key: pickle.loads(raw).id_from_name for key, raw in zip(keys, batch["raw"], strict=True)}
        for p in done:
            key = where[id(p.article)]
            emit(key, True, (p, signatures.get(p.article.id), from_name[key]))
        return out


def batch(
    inputs: Sequence[str | Path],
    out: Path,
    config: PipelineConfig | None = None,
    *,
    address: str | None = None,
    actors: int | None = None,
    batch_size: int = 32,
    on_batch: OnBatch | None = None,
) -> RunSummary:
    """Process `inputs` on Ray (a cluster at `address`, or a local one) into Parquet files in `out`."""
    import ray

    config = config or PipelineConfig()
    out.mkdir(parents=True, exist_ok=True)
    work = out / "work.duckdb"
    for stale in (work, work.with_suffix(".duckdb.wal"), *(out / f"{t}.parquet" for t in TABLES)):
        stale.unlink(missing_ok=True)
    started = not ray.is_initialized()
    if started:
        ray.init(address=address, include_dashboard=False, log_to_driver=False)
    try:
        context = ray.data.DataContext.get_current()
        context.execution_options.preserve_order = True
        # Work spreads over the actors block by block: blocks of 1 MB of raw text (a few hundred
        # articles) let a single big shard feed every actor, where the default 128 MB would not.
        context.target_max_block_size = 1 << 20
        count = actors or max(1, int(ray.cluster_resources().get("CPU", 1)))
        ds = ray.data.from_items([{"input": str(p), "i": i} for i, p in enumerate(inputs)])
        # Reading is light; at no CPU cost it never waits for the actors, which hold every CPU.
        ds = ds.flat_map(read_input, num_cpus=0)
        ds = ds.map_batches(
            Analyse,
            fn_constructor_kwargs={"config": config},
            batch_size=batch_size,
            compute=ray.data.ActorPoolStrategy(size=count),
            num_cpus=1,
        )
        with Database(work) as db:
            writer = Writer(db, on_batch, merge=False)
            ids = Renamer(ArticleIds(db), config)
            files: set[str] = set()
            for rows in ds.iter_batches(batch_size=batch_size, batch_format="numpy"):
                items = [pickle.loads(r) for r in rows["record"]]  # pickled by Analyse
                writer.summary.documents += int(sum(rows["document"]))
                # (ProcessedArticle, signature, id from a file name), under the ids `ingest` gives
                done = [ids.settle(*x) for x in items if isinstance(x, tuple)]
                processed: list[ProcessedArticle] = [p for p, _ in done]
                signatures = {p.article.id: sig for p, sig in done}
                errors = [x for x in items if isinstance(x, IngestError)]
                sources = [e.source for e in errors] + [p.article.source for p in processed]
                files.update(s.split("#", 1)[0] for s in sources)
                writer.summary.files = len(files)
                admitted = writer.admit([p.article for p in processed])
                kept = admitted_only(processed, admitted)
                # an article a stage failed on is stored and reported by its id, as `ingest` does
                writer.write(kept, admitted, errors + kept_failures(kept), signatures)
            writer.summary.canonical_changed = merge_by_family(db, count)
            writer.redate(ids.analyse)  # few articles, analysed in the driver as `ingest` would
            export(db, out)
    finally:
        if started:
            ray.shutdown()
    for leftover in (work, work.with_suffix(".duckdb.wal")):
        leftover.unlink(missing_ok=True)
    return writer.summary


class Renamer:
    """Article ids as `ingest` gives them. The actors analyse articles in parallel, so only the driver,
    which sees them in input order, can tell that a file's stem is held already (store/identity.py);
    such a rare article is analysed again in the driver under its suffixed id, since the ids of its
    mentions derive from the article's."""

    def __init__(self, ids: ArticleIds, config: PipelineConfig) -> None:
        self.ids, self.config = ids, config
        self.pipeline: Pipeline | None = None  # loaded on the first clash only

    def settle(
        self, processed: ProcessedArticle, sig: Any, id_from_name: bool
    ) -> tuple[ProcessedArticle, Any]:
        article = self.ids.rename(processed.article, id_from_name)
        if article is processed.article:
            return processed, sig
        done, _, signatures = self.analyse([article])
        return done[0], signatures.get(article.id)

    def analyse(self, articles: list[Article]) -> Outcome:
        """The per-article stages in the driver (a clash, or an article dated again from the corpus)."""
        self.pipeline = self.pipeline or Pipeline(self.config)
        return analyse_batch(self.pipeline, articles)


def _merge_family(group: dict[str, Any], encounters: dict[str, list[str]]) -> dict[str, list[Any]]:
    """One family's mentions (one PLOVER type) merged in input order, as `Corpus` would, with the
    encounters of their articles (JSON mentions by article id), which the merge reads across types."""
    todo = sorted(zip(group["order"], group["mention"], group["group"], strict=True), key=lambda r: r[0])
    mentions = [(EventMention.from_json(json.loads(m)), str(g)) for _, m, g in todo]
    articles = {m.article_id for m, _ in mentions}
    met = {a: [EventMention.from_json(json.loads(m)) for m in encounters.get(a, [])] for a in articles}
    events, assigned = merge_in_order(mentions, met)
    held: dict[str, list[str]] = {}
    for mention_id, event_id in assigned.items():
        held.setdefault(event_id, []).append(mention_id)
    return {"event": [json.dumps(e.to_json()) for e in events], "mentions": [held[e.id] for e in events]}


def merge_by_family(db: Database, tasks: int) -> int:
    """The canonical events of every stored mention, merged on Ray family by family (a family's
    events never meet another's), written back to the store; how many there are. The family is the
    PLOVER type's (`compatible.type_family`: the type alone, or the types one sentence may give one
    act under): within one article a mention naming one side of a pair joins the pair's event
    (`compatible.actors_compatible`, nearby), so events cross dyads, never families."""
    import ray

    stored = db.mentions_in_order()
    rows = [
        {"family": type_family(m.type), "order": i, "mention": json.dumps(m.to_json()), "group": g}
        for i, (m, g) in enumerate(stored)
    ]
    if not rows:
        return 0
    met = encounters_by_article(m for m, _ in stored)
    encounters = {a: [json.dumps(m.to_json()) for m in ms] for a, ms in met.items()}
    families = ray.data.from_items(rows).groupby("family", num_partitions=tasks)
    merged = families.map_groups(_merge_family, batch_format="numpy", fn_kwargs={"encounters": encounters})
    changes = Changes()
    for row in merged.iter_rows():
        event = CanonicalEvent.from_json(json.loads(row["event"]))
        changes.events.append((event, block_keys(event)))
        changes.canonical.update(dict.fromkeys(row["mentions"], event.id))
    db.write([], changes)
    return len(changes.events)


def _quoted(path: Path) -> str:
    # COPY takes no parameter for its file: quote the path (the user's own --out, never article text)
    return "'" + str(path).replace("'", "''") + "'"


def export(db: Database, out: Path) -> None:
    """Every table of the store as OUT/<table>.parquet, with the store's own columns."""
    for table in TABLES:
        target = _quoted(out / f"{table}.parquet")
        db.con.execute(f"COPY (SELECT * FROM {table}) TO {target} (FORMAT PARQUET)")  # noqa: S608


def load(out: Path, db_path: Path) -> dict[str, int]:
    """Copy a batch output into a database that holds no articles yet; the row count per table."""
    missing = [t for t in TABLES if not (out / f"{t}.parquet").exists()]
    if missing:
        raise FileNotFoundError(f"{out} is not a `dateline batch` output (no {missing[0]}.parquet)")
    with Database(db_path) as db:
        held = db.summary()["articles"]
        if held:
            raise ValueError(f"{db_path} already holds {held} articles: load a batch into a new database")
        counts = {}
        with transaction(db.con):
            for table in TABLES:
                # table names come from the constant tuple above; the file is a parameter
                sql = f"INSERT INTO {table} SELECT * FROM read_parquet(?)"  # noqa: S608
                db.con.execute(sql, [str(out / f"{table}.parquet")])
                counts[table] = db.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608
    return counts
