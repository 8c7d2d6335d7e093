"""The DuckDB store: articles, their time expressions, actor and event mentions, canonical events.

Writes happen one batch per transaction (`write_batch`), so a killed run leaves whole articles or
none, and a re-run skips what is already stored (same content hash) and picks up the rest. Every query
takes its values as parameters; no SQL is ever built from article text.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import Any

import duckdb

from dateline.dedup import CanonicalIndex, block_keys
from dateline.records import (
    CanonicalEvent,
    EventMention,
    IngestError,
    ProcessedArticle,
    PublishedDate,
)
from dateline.store.connection import WriterLock, connect
from dateline.store.copies import CopyDetector
from dateline.store.schema import migrate, transaction
from dateline.store.tables import article_table, event_table

DEFAULT_DB = "dateline.duckdb"


@dataclass
class BatchResult:
    stored: int = 0  # new or changed articles written
    unchanged: int = 0  # same content already stored
    copies: int = 0  # near-duplicates of an article already stored
    events: int = 0  # event mentions written
    canonical_changed: int = 0
    errors: int = 0


@dataclass
class EventFilter:
    """The filters `dateline events` and the API share. Dates compare by interval overlap."""

    actor: str | None = None  # actor id, name or ISO3 country code
    dyad: str | None = None  # "PAK-RUS": both countries among the participants
    type: str | None = None
    since: date | None = None
    until: date | None = None
    modality: str | None = None
    limit: int | None = None

    @classmethod
    def of(
        cls, actor: str | None = None, dyad: str | None = None, type: str | None = None,
        since: date | str | None = None, until: date | str | None = None, modality: str | None = None,
        limit: int | None = None,
    ) -> EventFilter:  # fmt: skip
        """The filter from user input: dates as YYYY-MM-DD strings (ValueError names a bad one)."""
        return cls(actor, dyad, type, _as_date(since), _as_date(until), modality, limit)

    def where(self) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if self.actor:
            clauses.append(
                "(list_contains(actor_ids, ?) OR list_contains(countries, upper(?))"
                " OR list_contains(list_transform(actor_names, lambda x: lower(x)), lower(?)))"
            )
            params += [self.actor, self.actor, self.actor]
        if self.dyad:
            parts = [p.strip().upper() for p in self.dyad.split("-") if p.strip()]
            if len(parts) != 2:
                raise ValueError(f"--dyad takes two country codes like PAK-RUS, not {self.dyad!r}")
            clauses.append("list_contains(countries, ?) AND list_contains(countries, ?)")
            params += parts
        if self.type:
            clauses.append("type = upper(?)")
            params.append(self.type)
        if self.modality:
            clauses.append("modality = lower(?)")
            params.append(self.modality)
        if self.since:
            clauses.append("(date_end IS NULL OR date_end >= ?)")
            params.append(self.since)
        if self.until:
            clauses.append("(date_start IS NULL OR date_start <= ?)")
            params.append(self.until)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


class Database:
    def __init__(
        self, path: str | Path = DEFAULT_DB, read_only: bool = False, wait: float | None = None
    ) -> None:
        """Open for reading (waits briefly while a writer commits) or for writing (one writing
        process at a time: another one raises `DatabaseBusy` naming it, before anything is written).
        `wait`: seconds to wait for the file before `DatabaseBusy` (default: `connection`'s)."""
        self.path = Path(path)
        self.read_only = read_only
        self._wait = wait
        if read_only and not self.path.exists():
            raise FileNotFoundError(f"no database at {self.path}; run `dateline ingest` first")
        self._writer = None if read_only else WriterLock(self.path)
        self._con: duckdb.DuckDBPyConnection | None = None
        self._opened = time.monotonic()
        if self._writer is not None:
            self._writer.acquire()
        try:
            if not read_only and not self.path.exists():
                _create(self.path)
            self._con = connect(self.path, read_only, self._wait)
            self._opened = time.monotonic()
            if not read_only:
                migrate(self._con)
        except BaseException:
            self.close()
            raise

    @property
    def con(self) -> duckdb.DuckDBPyConnection:
        """The connection, reopened after `release` (waiting while a reader holds the file)."""
        if self._con is None:
            self._con = connect(self.path, self.read_only, self._wait)
            self._opened = time.monotonic()
        return self._con

    @property
    def copies(self) -> CopyDetector:
        return CopyDetector(self.con)

    def release(self, held_for: float = 0.0) -> None:
        """Let go of DuckDB's file lock between writes, so readers can open the file meanwhile; the
        writer lock stays, and the next query reopens the connection. With `held_for`, only once the
        connection is that many seconds old: reopening costs tens of milliseconds, so a writer that
        releases between articles does it about once a second, still often enough for readers."""
        if self._con is not None and time.monotonic() - self._opened >= held_for:
            self._con.close()
            self._con = None

    def close(self) -> None:
        self.release()
        if self._writer is not None:
            self._writer.release()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- writing -----------------------------------------------------------------------------------

    def stored_hash(self, article_id: str) -> str | None:
        row = self.con.execute("SELECT content_hash FROM articles WHERE id = ?", [article_id]).fetchone()
        return row[0] if row else None

    def source_of(self, article_id: str) -> str | None:
        row = self.con.execute("SELECT source FROM articles WHERE id = ?", [article_id]).fetchone()
        return row[0] if row else None

    def id_for_source(self, source: str) -> str | None:
        """The id of the article stored from this file (one-article files only)."""
        row = self.con.execute("SELECT min(id) FROM articles WHERE source = ?", [source]).fetchone()
        return row[0] if row else None

    def has_content(self, content_hash: str) -> bool:
        row = self.con.execute(
            "SELECT 1 FROM articles WHERE content_hash = ? LIMIT 1", [content_hash]
        ).fetchone()
        return row is not None

    def write_batch(
        self, processed: Sequence[ProcessedArticle], errors: Sequence[IngestError] = ()
    ) -> BatchResult:
        """Store a batch in one transaction and merge its event mentions into canonical events."""
        result = BatchResult(errors=len(errors))
        con = self.con
        with transaction(con):
            for err in errors:
                con.execute(
                    "INSERT INTO ingest_errors (source, reason) VALUES (?, ?)", [err.source, err.reason]
                )
            new_mentions: list[tuple[EventMention, str]] = []
            orphaned: set[str] = set()
            for item in processed:
                art = item.article
                if self.has_content(art.content_hash):
                    result.unchanged += 1
                    continue
                if self.stored_hash(art.id) is not None:
                    orphaned |= self._forget_article(art.id)
                copy_of = self.copies.add(art.id, art.text)
                result.copies += copy_of is not None
                self._insert_article(item, copy_of)
                group = copy_of or art.id
                new_mentions += [(m, group) for m in item.events]
                result.stored += 1
            result.events = len(new_mentions)
            result.canonical_changed = self._merge(new_mentions, orphaned)
        return result

    def _many(self, sql: str, rows: list[list[Any]]) -> None:
        if rows:  # DuckDB refuses an empty parameter list
            self.con.executemany(sql, rows)

    def _forget_article(self, article_id: str) -> set[str]:
        """Remove a changed article's rows; return the canonical events that must be re-merged."""
        rows = self.con.execute(
            "SELECT DISTINCT canonical_id FROM event_mentions"
            " WHERE article_id = ? AND canonical_id IS NOT NULL",
            [article_id],
        ).fetchall()
        for table in ("timexes", "actor_mentions", "event_mentions", "article_bands", "article_signatures"):
            # table names come from the constant tuple above, values are parameters
            self.con.execute(f"DELETE FROM {table} WHERE article_id = ?", [article_id])  # noqa: S608
        self.con.execute("DELETE FROM articles WHERE id = ?", [article_id])
        return {r[0] for r in rows}

    def _insert_article(self, item: ProcessedArticle, copy_of: str | None) -> None:
        art, when = item.article, item.document_time
        pub = art.published
        self.con.execute(
            """INSERT INTO articles (id, content_hash, title, outlet, byline, dateline, url, source, language,
                text, published_value, published_source, published_confidence, published_note,
                time_start, time_end, time_dct, time_basis, time_reasons, copy_of, removed, notes,
                published_detail)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            [
                art.id, art.content_hash, art.title, art.outlet, art.byline, art.dateline, art.url,
                art.source, art.language, art.text, pub.value, pub.source, pub.confidence, pub.note,
                when.interval.start, when.interval.end, when.dct, when.interval.basis, list(when.reasons),
                copy_of, json.dumps([asdict(r) for r in art.removed]), list(art.notes),
                json.dumps(_published_detail(pub)),
            ],
        )  # fmt: skip
        self._many(
            "INSERT INTO timexes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                [art.id, t.start, t.end, t.text, t.type, t.value, t.mod,
                 t.interval.start if t.interval else None, t.interval.end if t.interval else None,
                 t.interval.granularity if t.interval else None]
                for t in item.timexes
            ],
        )  # fmt: skip
        self._many(
            "INSERT INTO actor_mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                [art.id, m.start, m.end, m.text, [a.id for a in m.actors if a.id],
                 sorted({a.country for a in m.actors if a.country}), m.how,
                 json.dumps([asdict(a) for a in m.actors])]
                for m in item.actor_mentions
            ],
        )  # fmt: skip
        self._many(
            "INSERT OR REPLACE INTO event_mentions VALUES (?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                [m.id, art.id, m.type, m.mode, m.modality, m.trigger, m.sentence,
                 m.date.start, m.date.end, json.dumps(m.to_json())]
                for m in item.events
            ],
        )  # fmt: skip

    def _merge(self, new: list[tuple[EventMention, str]], orphaned: set[str]) -> int:
        """Merge new mentions into the canonical events of their blocks, re-merging the events that
        lost mentions when an article changed. Only candidate events (same block keys) are loaded."""
        if not new and not orphaned:
            return 0
        readd: list[tuple[EventMention, str]] = []
        if orphaned:
            ids = sorted(orphaned)
            rows = self.con.execute(
                """SELECT m.payload, coalesce(a.copy_of, a.id) FROM event_mentions m
                   JOIN articles a ON a.id = m.article_id WHERE list_contains(?, m.canonical_id)""",
                [ids],
            ).fetchall()
            readd = [(EventMention.from_json(json.loads(p)), g) for p, g in rows]
            self.con.execute("DELETE FROM canonical_events WHERE list_contains(?, id)", [ids])
        todo = readd + new
        keys = sorted({k for m, _ in todo for k in block_keys(m)})
        existing = [
            CanonicalEvent.from_json(json.loads(p))
            for (p,) in self.con.execute(
                "SELECT payload FROM canonical_events WHERE list_has_any(block_keys, ?)", [keys]
            ).fetchall()
        ]
        index = CanonicalIndex(existing)
        assignments = [(m.id, index.add(m, group).id) for m, group in todo]
        changed = index.changed()
        self._many(
            "INSERT OR REPLACE INTO canonical_events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [_canonical_row(ev) for ev in changed],
        )
        self._many(
            "UPDATE event_mentions SET canonical_id = ? WHERE id = ?", [[c, m] for m, c in assignments]
        )
        return len(changed)

    # --- reading -----------------------------------------------------------------------------------

    def events(
        self,
        *,
        actor: str | None = None,
        dyad: str | None = None,
        type: str | None = None,
        since: date | str | None = None,
        until: date | str | None = None,
        modality: str | None = None,
        limit: int | None = None,
        mention_detail: bool = False,
        frame: str | None = None,
    ) -> Any:
        """Canonical events as schema-shaped dicts, filtered like `dateline events`; every mention's
        article and sentence, plus its trigger, date and modality with `mention_detail`.
        `frame="pandas"` or `"polars"` returns a flat data frame instead (one row per event, one per
        mention with `mention_detail`), with the columns of `dateline events --format parquet`."""
        flt = EventFilter.of(actor, dyad, type, since, until, modality, limit)
        if frame:
            return _frame(self.con, *self.event_table(flt, mention_detail), kind=frame)
        where, params = flt.where()
        # `where` is assembled from constant fragments; every value is a parameter
        sql = f"SELECT payload FROM canonical_events{where} ORDER BY date_start NULLS LAST, id"  # noqa: S608
        if flt.limit:
            sql += " LIMIT ?"
            params.append(flt.limit)
        out = []
        for (payload,) in self.con.execute(sql, params).fetchall():
            event = json.loads(payload)
            if not mention_detail:
                event["mentions"] = [
                    {k: m[k] for k in ("article", "sentence", "start", "end")} for m in event["mentions"]
                ]
            out.append(event)
        return out

    @staticmethod
    def event_table(flt: EventFilter, mention_detail: bool = False) -> tuple[str, list[Any]]:
        """The query for the flat event table (CSV, Parquet, frames) and its parameters."""
        where, params = flt.where()
        return event_table(where, params, flt.limit, mention_detail)

    def event(self, event_id: str) -> dict[str, Any] | None:
        row = self.con.execute("SELECT payload FROM canonical_events WHERE id = ?", [event_id]).fetchone()
        return json.loads(row[0]) if row else None

    def articles(
        self, ids: Iterable[str] | None = None, with_removed: bool = False, frame: str | None = None
    ) -> Any:
        if frame:
            return _frame(self.con, *article_table(None if ids is None else list(ids)), kind=frame)
        sql = "SELECT * FROM articles"
        params: list[Any] = []
        if ids is not None:
            sql += " WHERE list_contains(?, id)"
            params.append(list(ids))
        cur = self.con.execute(sql + " ORDER BY id", params)
        names = [d[0] for d in cur.description]
        return [_article_record(dict(zip(names, row, strict=True)), with_removed) for row in cur.fetchall()]

    def event_mentions(self, article_id: str | None = None) -> list[dict[str, Any]]:
        sql, params = "SELECT payload, canonical_id FROM event_mentions", []
        if article_id:
            sql += " WHERE article_id = ?"
            params.append(article_id)
        rows = self.con.execute(sql + " ORDER BY id", params).fetchall()
        return [{**json.loads(p), "canonical_id": c} for p, c in rows]

    def summary(self) -> dict[str, int]:
        q = {
            "articles": "SELECT count(*) FROM articles",
            "dated_articles": "SELECT count(*) FROM articles WHERE time_start IS NOT NULL",
            "non_english": "SELECT count(*) FROM articles WHERE language <> 'en'",
            "copies": "SELECT count(*) FROM articles WHERE copy_of IS NOT NULL",
            "event_mentions": "SELECT count(*) FROM event_mentions",
            "canonical_events": "SELECT count(*) FROM canonical_events",
            "errors": "SELECT count(*) FROM ingest_errors",
        }
        return {k: self.con.execute(v).fetchone()[0] for k, v in q.items()}


def _create(path: Path) -> None:
    """A new database appears whole: built beside its place and renamed, so that a reader never
    opens a file without tables (the caller holds the writer lock)."""
    building = path.with_name(f".{path.name}.{os.getpid()}.new")
    with duckdb.connect(str(building)) as con:
        migrate(con)
    os.replace(building, path)


def _canonical_row(ev: CanonicalEvent) -> list[Any]:
    payload = ev.to_json()
    return [
        ev.id, ev.type, ev.mode, ev.modality, ev.date.start, ev.date.end, ev.date.granularity,
        sorted({ea.actor.country for ea in ev.actors if ea.actor.country}),
        sorted({ea.actor.id for ea in ev.actors if ea.actor.id}),
        sorted({ea.actor.name for ea in ev.actors}),
        block_keys(ev), len(ev.mentions), ev.sources, json.dumps(payload),
    ]  # fmt: skip


def _published_detail(pub: PublishedDate) -> dict[str, Any]:
    fields = ("value", "source", "confidence", "note", "inferred")
    losers = [{name: getattr(c, name) for name in fields} for c in pub.candidates]
    return {"inferred": pub.inferred, "month_day": pub.month_day, "candidates": losers}


def _article_record(row: dict[str, Any], with_removed: bool) -> dict[str, Any]:
    """An article as the contract names its fields (`dateline articles`)."""

    def iso(d: date | None) -> str | None:
        return d.isoformat() if d else None

    record = {
        "id": row["id"],
        "title": row["title"],
        "outlet": row["outlet"],
        "byline": row["byline"],
        "dateline": row["dateline"],
        "url": row["url"],
        "source": row["source"],
        "language": row["language"],
        "published": {
            "value": iso(row["published_value"]),
            "source": row["published_source"],
            "confidence": row["published_confidence"],
            "note": row["published_note"] or "",
        },
        "document_time": {
            "start": iso(row["time_start"]),
            "end": iso(row["time_end"]),
            "dct": iso(row["time_dct"]),
            "basis": row["time_basis"],
            "reasons": list(row["time_reasons"] or []),
        },
        "copy_of": row["copy_of"],
        "notes": list(row["notes"] or []),
        "text": row["text"],
    }
    detail = json.loads(row["published_detail"]) if row.get("published_detail") else {}
    if detail.get("inferred"):
        record["published"]["inferred"] = True
    if detail.get("month_day"):
        record["published"]["month_day"] = detail["month_day"]
    if with_removed:
        record["removed"] = json.loads(row["removed"]) if row["removed"] else []
        record["published"]["candidates"] = detail.get("candidates", [])
    return record


def _as_date(value: date | str | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value)
    except ValueError as err:
        raise ValueError(f"not a date (YYYY-MM-DD): {value!r}") from err


def _frame(con: duckdb.DuckDBPyConnection, sql: str, params: list[Any], kind: str) -> Any:
    """A flat table as a pandas or polars data frame (whichever the caller names; both optional)."""
    if kind not in ("pandas", "polars"):
        raise ValueError(f"frame must be 'pandas' or 'polars', not {kind!r}")
    cur = con.execute(sql, params)
    columns = [d[0] for d in cur.description]
    rows = cur.fetchall()
    if kind == "pandas":
        import pandas as pd

        return pd.DataFrame(rows, columns=columns)
    try:
        import polars as pl
    except ImportError as err:
        raise ImportError("frame='polars' needs polars: pip install 'dateline[frames]'") from err
    return pl.DataFrame(rows, schema=columns, orient="row")
