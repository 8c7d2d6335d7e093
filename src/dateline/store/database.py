"""The DuckDB store: articles, their time expressions, actor and event mentions, canonical events.

The store only persists. It answers the questions of `dedup.Memory` (what earlier batches left: content
hashes, LSH bands, canonical events by block key, their mentions) and writes a batch together with the
`Changes` that `dedup.Corpus` decided for it, in one transaction (`write`), so a killed run leaves whole
articles or none and a re-run picks up the rest. Every query takes its values as parameters; no SQL is
ever built from article text.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Collection, Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import duckdb

from dateline.records import (
    Actor,
    Article,
    CanonicalEvent,
    Changes,
    DocumentTime,
    Earlier,
    EventMention,
    IngestError,
    Known,
    ProcessedArticle,
    PublishedDate,
    RemovedLine,
)
from dateline.store.connection import WriterLock, connect
from dateline.store.schema import migrate, transaction
from dateline.store.tables import article_table, event_table
from dateline.time.document_time import CORPUS, PINNED_SOURCE, STORY_LAG

DEFAULT_DB = "dateline.duckdb"

# the dated article `d`'s own day (`document_time.own_day`): its document time's day, else the story
# day its own text gives
_OWN_DAY = "coalesce(d.time_dct, d.time_story_day)"
# the sources of an article's publication-day candidates ("corpus", "pinned", ...), of the alias given
_SOURCES = "json_extract_string({}.published_detail, '$.candidates[*].source')"


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

    # --- what dedup.Corpus remembers (the `dedup.Memory` protocol) ---------------------------------

    def stored_articles(self, ids: Collection[str]) -> dict[str, str]:
        rows = self.con.execute(
            "SELECT id, content_hash FROM articles WHERE id IN (SELECT unnest(?))", [list(ids)]
        ).fetchall()
        return dict(rows)

    def known_content(self, hashes: Collection[str]) -> dict[str, list[Known]]:
        out: dict[str, list[Known]] = {}
        for h, i, g in self.con.execute(
            """SELECT content_hash, id, coalesce(copy_of, id) FROM articles
               WHERE content_hash IN (SELECT unnest(?)) ORDER BY copy_of IS NOT NULL, id""",
            [list(hashes)],
        ).fetchall():
            out.setdefault(h, []).append(Known(i, g))
        return out

    def earlier(self, bands: Collection[str]) -> list[Earlier]:
        rows = self.con.execute(
            """SELECT s.article_id, s.signature, coalesce(a.copy_of, a.id) FROM article_signatures s
               JOIN articles a ON a.id = s.article_id
               WHERE s.article_id IN (SELECT article_id FROM article_bands WHERE band IN (SELECT unnest(?)))
               ORDER BY s.article_id""",
            [list(bands)],
        ).fetchall()
        return [Earlier(i, tuple(sig), g) for i, sig, g in rows]

    def events_in(self, keys: Collection[str]) -> list[CanonicalEvent]:
        rows = self.con.execute(
            "SELECT payload FROM canonical_events WHERE list_has_any(block_keys, ?) ORDER BY id", [list(keys)]
        ).fetchall()
        return [CanonicalEvent.from_json(json.loads(p)) for (p,) in rows]

    def events_of(self, article_ids: Collection[str]) -> set[str]:
        rows = self.con.execute(
            """SELECT DISTINCT canonical_id FROM event_mentions
               WHERE article_id IN (SELECT unnest(?)) AND canonical_id IS NOT NULL""",
            [list(article_ids)],
        ).fetchall()
        return {r[0] for r in rows}

    def mentions_in_order(self) -> list[tuple[EventMention, str]]:
        """Every stored mention with its article's group, in the order they were stored."""
        rows = self.con.execute(
            """SELECT m.payload, coalesce(a.copy_of, a.id) FROM event_mentions m
               JOIN articles a ON a.id = m.article_id ORDER BY a.rowid, m.rowid"""
        ).fetchall()
        return [(EventMention.from_json(json.loads(p)), g) for p, g in rows]

    def mentions_of(self, event_ids: Collection[str]) -> list[tuple[EventMention, str]]:
        rows = self.con.execute(
            """SELECT m.payload, coalesce(a.copy_of, a.id) FROM event_mentions m
               JOIN articles a ON a.id = m.article_id
               WHERE m.canonical_id IN (SELECT unnest(?)) ORDER BY a.rowid, m.rowid""",
            [list(event_ids)],
        ).fetchall()
        return [(EventMention.from_json(json.loads(p)), g) for p, g in rows]

    def mentions_in(self, article_ids: Collection[str], types: Collection[str]) -> list[EventMention]:
        rows = self.con.execute(
            """SELECT m.payload FROM event_mentions m JOIN articles a ON a.id = m.article_id
               WHERE m.article_id IN (SELECT unnest(?)) AND m.type IN (SELECT unnest(?))
               ORDER BY a.rowid, m.rowid""",
            [list(article_ids), list(types)],
        ).fetchall()
        return [EventMention.from_json(json.loads(p)) for (p,) in rows]

    def groups(self, article_ids: Collection[str]) -> dict[str, str]:
        rows = self.con.execute(
            "SELECT id, coalesce(copy_of, id) FROM articles WHERE id IN (SELECT unnest(?))",
            [list(article_ids)],
        ).fetchall()
        return dict(rows)

    # --- what dedup.doctime reads -----------------------------------------------------------------

    def undated_reports(self) -> list[tuple[EventMention, EventMention, date]]:
        return self._undated_pairs("o.canonical_id = u.canonical_id")

    def alike_reports(self) -> list[tuple[EventMention, EventMention, date]]:
        # Only a dated report whose day (the one it states, else its likely day) lies inside the
        # undated one's interval can date it (doctime._alike, _story): said here, so that the join's
        # output stays small on a large corpus. Round 26: as `doctime.reported_day` takes it, a
        # report held within the STORY_LAG days before its article's day and dated to an interval
        # with no likely day ("says it is closing the border": the two days before publication)
        # gives the interval's last day; the query left such reports out before `reported_day` saw them.
        day = (
            "(CASE WHEN o.date_start = o.date_end THEN o.date_start"
            " ELSE coalesce(TRY_CAST(json_extract_string(o.payload, '$.date.likely') AS DATE),"
            f" CASE WHEN o.modality = 'asserted' AND o.date_end <= {_OWN_DAY}"
            f" AND datediff('day', o.date_start, {_OWN_DAY}) <= {STORY_LAG} THEN o.date_end END) END)"
        )
        return self._undated_pairs(
            "o.type = u.type AND u.modality = 'asserted' AND o.canonical_id IS DISTINCT FROM u.canonical_id"
            " AND o.modality IN ('asserted', 'planned')",
            f"{day} IS NOT NULL AND (u.date_start IS NULL OR u.date_start <= {day})"
            f" AND (u.date_end IS NULL OR {day} <= u.date_end)",
        )

    def _undated_pairs(
        self, paired: str, dated: str = "TRUE"
    ) -> list[tuple[EventMention, EventMention, date]]:
        """Mentions of undated articles not yet dated from the corpus beside mentions of dated
        articles, paired by `paired` and kept where `dated` holds of the pair and the dated article
        `d` (fixed conditions, never text from an article)."""
        query = f"""SELECT u.payload, o.payload, {_OWN_DAY} AS day
               FROM event_mentions u
               JOIN articles a ON a.id = u.article_id
               JOIN event_mentions o ON {paired} AND o.article_id <> u.article_id
               JOIN articles d ON d.id = o.article_id
               WHERE a.time_dct IS NULL AND day IS NOT NULL AND {dated}
                   AND NOT coalesce(list_contains({_SOURCES.format("a")}, ?), false)
                   AND NOT coalesce(list_contains({_SOURCES.format("d")}, ?), false)
               ORDER BY a.rowid, u.rowid, d.rowid, o.rowid"""  # noqa: S608 (`paired`, `dated`: fixed text)
        # an article whose day the corpus pinned (time/corpus_day.py) dates no other: no chains
        rows = self.con.execute(query, [CORPUS, PINNED_SOURCE]).fetchall()
        return [
            (EventMention.from_json(json.loads(u)), EventMention.from_json(json.loads(o)), day)
            for u, o, day in rows
        ]

    def undated_articles(self) -> list[str]:
        query = f"""SELECT id FROM articles a WHERE a.time_dct IS NULL
               AND NOT coalesce(list_contains({_SOURCES.format("a")}, ?), false) ORDER BY a.rowid"""  # noqa: S608
        return [r[0] for r in self.con.execute(query, [CORPUS]).fetchall()]

    def stored(self, article_ids: Iterable[str]) -> list[Article]:
        wanted = list(article_ids)
        cur = self.con.execute("SELECT * FROM articles WHERE id IN (SELECT unnest(?))", [wanted])
        names = [d[0] for d in cur.description]
        rows = [dict(zip(names, row, strict=True)) for row in cur.fetchall()]
        found = {r["id"]: _stored_article(r) for r in rows}
        return [found[i] for i in wanted if i in found]

    def placed(self, article_ids: Iterable[str]) -> list[tuple[EventMention, str | None]]:
        rows = self.con.execute(
            """SELECT m.payload, m.canonical_id FROM event_mentions m JOIN articles a ON a.id = m.article_id
               WHERE m.article_id IN (SELECT unnest(?)) ORDER BY a.rowid, m.rowid""",
            [list(article_ids)],
        ).fetchall()
        return [(EventMention.from_json(json.loads(p)), c) for p, c in rows]

    # --- writing -----------------------------------------------------------------------------------

    def source_of(self, article_id: str) -> str | None:
        row = self.con.execute("SELECT source FROM articles WHERE id = ?", [article_id]).fetchone()
        return row[0] if row else None

    def id_for_source(self, source: str) -> str | None:
        """The id of the article stored from this file (one-article files only)."""
        row = self.con.execute("SELECT min(id) FROM articles WHERE source = ?", [source]).fetchone()
        return row[0] if row else None

    def write(
        self, processed: Sequence[ProcessedArticle], changes: Changes, errors: Sequence[IngestError] = ()
    ) -> None:
        """Store a batch and what `dedup.Corpus.add` decided about it, in one transaction."""
        con = self.con
        with transaction(con):
            self._insert("ingest_errors", "source, reason", [[e.source, e.reason] for e in errors])
            for article_id in changes.replaced:
                self._forget_article(article_id)
            self._insert_articles(processed, changes)
            new_mentions = {m.id for item in processed for m in item.events}
            self._insert(
                "article_signatures",
                "article_id, signature",
                [[i, list(sig)] for i, (sig, _) in changes.signatures.items()],
            )
            self._insert(
                "article_bands",
                "article_id, band",
                [[i, b] for i, (_, bands) in changes.signatures.items() for b in bands],
            )
            self._many("DELETE FROM canonical_events WHERE id = ?", [[i] for i in changes.dropped_events])
            self._insert(
                "canonical_events",
                _CANONICAL_COLUMNS,
                [_canonical_row(ev, keys) for ev, keys in changes.events],
                replace=True,
            )
            moved = [(m, c) for m, c in changes.canonical.items() if m not in new_mentions]
            if moved:  # mentions stored earlier, merged again (one statement, not one per row)
                self.con.execute(
                    """UPDATE event_mentions SET canonical_id = u.c
                       FROM (SELECT unnest(?) AS m, unnest(?) AS c) u WHERE event_mentions.id = u.m""",
                    [[m for m, _ in moved], [c for _, c in moved]],
                )

    def _many(self, sql: str, rows: list[list[Any]]) -> None:
        if rows:  # DuckDB refuses an empty parameter list
            self.con.executemany(sql, rows)

    def _insert(self, table: str, columns: str, rows: list[list[Any]], replace: bool = False) -> None:
        """Insert rows with one statement, a list parameter per column: `executemany` runs one
        statement per row, which made writing cost a third of the parse on real news."""
        if not rows:
            return
        n = len(rows[0])
        select = ", ".join(f"unnest(${i + 1})" for i in range(n))
        verb = "INSERT OR REPLACE" if replace else "INSERT"
        # table and column names are constants of this module; values are parameters
        sql = f"{verb} INTO {table} ({columns}) SELECT {select}"
        self.con.execute(sql, [list(col) for col in zip(*rows, strict=True)])

    def _forget_article(self, article_id: str) -> None:
        """Remove the rows of an article's earlier version (its canonical events are re-merged)."""
        for table in ("timexes", "actor_mentions", "event_mentions", "article_bands", "article_signatures"):
            # table names come from the constant tuple above, values are parameters
            self.con.execute(f"DELETE FROM {table} WHERE article_id = ?", [article_id])  # noqa: S608
        self.con.execute("DELETE FROM articles WHERE id = ?", [article_id])

    def _insert_articles(self, processed: Sequence[ProcessedArticle], changes: Changes) -> None:
        rows = [_article_row(p.article, p.document_time, changes.copy_of.get(p.article.id), p.article.notes)
                for p in processed]  # fmt: skip
        for art, original in changes.same_text:
            note = f"same text as article {original}, stored earlier; not analysed again"
            rows.append(_article_row(art, DocumentTime.unknown(), original, [*art.notes, note]))
        self._insert("articles", _ARTICLE_COLUMNS, rows)
        self._insert(
            "timexes",
            "article_id, start_char, end_char, text, type, value, mod, date_start, date_end, granularity",
            [
                [p.article.id, t.start, t.end, t.text, t.type, t.value, t.mod,
                 t.interval.start if t.interval else None, t.interval.end if t.interval else None,
                 t.interval.granularity if t.interval else None]
                for p in processed
                for t in p.timexes
            ],
        )  # fmt: skip
        self._insert(
            "actor_mentions",
            "article_id, start_char, end_char, text, actor_ids, countries, how, actors",
            [
                [p.article.id, m.start, m.end, m.text, [a.id for a in m.actors if a.id],
                 sorted({a.country for a in m.actors if a.country}), m.how,
                 "[" + ", ".join(_actor_json(a) for a in m.actors) + "]"]
                for p in processed
                for m in p.actor_mentions
            ],
        )  # fmt: skip
        self._insert(
            "event_mentions",
            "id, article_id, canonical_id, type, mode, modality, trigger, sentence, date_start, date_end, "
            "payload",
            [
                [m.id, p.article.id, changes.canonical.get(m.id), m.type, m.mode, m.modality, m.trigger,
                 m.sentence, m.date.start, m.date.end, json.dumps(m.to_json())]
                for p in processed
                for m in _first_per_id(p.events)
            ],
        )  # fmt: skip

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


_ARTICLE_COLUMNS = (
    "id, content_hash, title, outlet, byline, dateline, url, source, language, text, published_value, "
    "published_source, published_confidence, published_note, time_start, time_end, time_dct, time_basis, "
    "time_reasons, copy_of, removed, notes, published_detail, as_of, time_story_day"
)
_CANONICAL_COLUMNS = (
    "id, type, mode, modality, date_start, date_end, granularity, countries, actor_ids, actor_names, "
    "block_keys, mention_count, sources, payload"
)


def _first_per_id(mentions: list[EventMention]) -> list[EventMention]:
    """An article's mentions in order, once per id: the one the merge took (it ignores a repeat). Plain
    INSERT keeps this order in the table (INSERT OR REPLACE did not), and `mentions_in_order` reads it."""
    seen: set[str] = set()
    return [m for m in mentions if not (m.id in seen or seen.add(m.id))]


@cache
def _actor_json(actor: Actor) -> str:
    """An actor as the JSON `json.dumps(asdict(actor))` gives, made once per actor: a run names the
    same few thousand actors over and over, and `asdict` was half of the time spent writing."""
    return json.dumps(asdict(actor))


def _article_row(art: Article, when: DocumentTime, copy_of: str | None, notes: list[str]) -> list[Any]:
    pub = art.published
    return [
        art.id, art.content_hash, art.title, art.outlet, art.byline, art.dateline, art.url,
        art.source, art.language, art.text, pub.value, pub.source, pub.confidence, pub.note,
        when.interval.start, when.interval.end, when.dct, when.interval.basis, list(when.reasons),
        copy_of, json.dumps([asdict(r) for r in art.removed]), list(notes),
        json.dumps(_published_detail(pub)), art.as_of, when.story_day,
    ]  # fmt: skip


def _stored_article(row: dict[str, Any]) -> Article:
    """The article as it was written (`_article_row`), to be analysed again."""
    detail = json.loads(row["published_detail"]) if row.get("published_detail") else {}
    value = row["published_value"]
    published = PublishedDate(
        value.isoformat() if value else None,
        row["published_source"],
        row["published_confidence"],
        row["published_note"] or "",
        detail.get("inferred", False),
        detail.get("month_day"),
        [PublishedDate(**c) for c in detail.get("candidates", [])],
        weekday=detail.get("weekday"),
    )
    return Article(
        id=row["id"],
        text=row["text"],
        title=row["title"],
        outlet=row["outlet"],
        byline=row["byline"],
        dateline=row["dateline"],
        url=row["url"],
        published=published,
        language=row["language"],
        source=row["source"],
        content_hash=row["content_hash"],
        removed=[RemovedLine(**r) for r in json.loads(row["removed"] or "[]")],
        notes=list(row["notes"] or []),
        as_of=row["as_of"].isoformat(),
    )


def _create(path: Path) -> None:
    """A new database appears whole: built beside its place and renamed, so that a reader never
    opens a file without tables (the caller holds the writer lock)."""
    building = path.with_name(f".{path.name}.{os.getpid()}.new")
    with duckdb.connect(str(building)) as con:
        migrate(con)
    os.replace(building, path)


def _canonical_row(ev: CanonicalEvent, keys: list[str]) -> list[Any]:
    payload = ev.to_json()
    return [
        ev.id, ev.type, ev.mode, ev.modality, ev.date.start, ev.date.end, ev.date.granularity,
        sorted({ea.actor.country for ea in ev.actors if ea.actor.country}),
        sorted({ea.actor.id for ea in ev.actors if ea.actor.id}),
        sorted({ea.actor.name for ea in ev.actors}),
        keys, len(ev.mentions), ev.sources, json.dumps(payload),
    ]  # fmt: skip


def _published_detail(pub: PublishedDate) -> dict[str, Any]:
    fields = ("value", "source", "confidence", "note", "inferred")
    losers = [
        {name: getattr(c, name) for name in fields} | ({"mention": c.mention} if c.mention else {})
        for c in pub.candidates
    ]
    return {
        "inferred": pub.inferred,
        "month_day": pub.month_day,
        "weekday": pub.weekday,
        "candidates": losers,
    }


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
