"""The web app's read queries: pages of events with a total, facet counts, dyads, actors, monthly
counts per PLOVER quad, and what an article or event page shows.

Filters are the store's `EventFilter` (the CLI's) plus a text search; every value is a parameter.
Whole-database summaries (top dyads and actors) need a scan of every event's actors, so they are
computed once per database state and kept until the file changes.
"""

from __future__ import annotations

import json
import threading
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import duckdb

from dateline.report.quads import QUADS, quad_of
from dateline.store.database import EventFilter


@dataclass(frozen=True)
class Filters:
    """What an event list is narrowed to; `q` searches names, types, topics, places and sentences."""

    actor: str | None = None
    dyad: str | None = None
    type: str | None = None
    modality: str | None = None
    since: date | None = None
    until: date | None = None
    q: str | None = None

    def where(self, *, without: str | None = None) -> tuple[str, list[Any]]:
        """The WHERE clause and its parameters; `without` leaves one filter out (for its facet)."""
        keep = {k: getattr(self, k) for k in ("actor", "dyad", "type", "modality", "since", "until")}
        if without:
            keep[without] = None
        where, params = EventFilter(**keep).where()
        if self.q and without != "q":
            text = "CAST(json_extract(payload, '$') AS VARCHAR) ILIKE ? ESCAPE '\\'"
            where += (" AND " if where else " WHERE ") + text
            # the payload re-written as UTF-8 JSON text: look for the words as JSON writes them (\")
            params.append(f"%{_like_escape(json.dumps(self.q, ensure_ascii=False)[1:-1])}%")
        return where, params

    def active(self) -> dict[str, str]:
        return {k: str(v) for k, v in self.__dict__.items() if v not in (None, "")}


def _like_escape(text: str) -> str:
    # with ESCAPE '\\' in the query: the search is for the text as typed, % and _ included
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


SORTS = {
    "date": "date_start NULLS LAST, id",
    "-date": "date_start DESC NULLS LAST, id",
    "sources": "sources DESC, mention_count DESC, date_start NULLS LAST, id",
    # the best-attested, ties broken by a hash rather than by date, so that a sample spans the years
    "attested": "sources DESC, mention_count DESC, hash(id), id",
}


def count_events(con: duckdb.DuckDBPyConnection, flt: Filters) -> int:
    where, params = flt.where()
    return con.execute(f"SELECT count(*) FROM canonical_events{where}", params).fetchone()[0]  # noqa: S608


def _page(
    con: duckdb.DuckDBPyConnection, flt: Filters, offset: int, limit: int | None, sort: str, columns: str
) -> list[tuple[Any, ...]]:
    """`columns` of the events of one page, in order. Row ids are chosen first, sorting only narrow
    columns; then the wide ones (the JSON payload) are read for those rows alone."""
    where, params = flt.where()
    # `where`, the ORDER BY and `columns` come from constant fragments; every value is a parameter
    sql = f"SELECT rowid FROM canonical_events{where} ORDER BY {SORTS[sort]}"  # noqa: S608
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [limit, offset]
    rowids = [r[0] for r in con.execute(sql, params).fetchall()]
    if not rowids:
        return []
    rows = con.execute(
        f"SELECT rowid, {columns} FROM canonical_events WHERE rowid IN (SELECT unnest(?))",  # noqa: S608
        [rowids],
    ).fetchall()
    by_rowid = {r[0]: r[1:] for r in rows}
    return [by_rowid[r] for r in rowids]


def event_page(
    con: duckdb.DuckDBPyConnection, flt: Filters, offset: int, limit: int | None, sort: str = "date"
) -> list[dict[str, Any]]:
    """Schema-shaped events of one page."""
    return [json.loads(p) for (p,) in _page(con, flt, offset, limit, sort, "payload")]


def axis_events(con: duckdb.DuckDBPyConnection, flt: Filters, limit: int, sort: str) -> list[dict[str, Any]]:
    """What the time axis needs of each event (type, status, date, actors, sources), without parsing
    whole payloads."""
    columns = (
        "id, type, modality, date_start, date_end, granularity,"
        " json_extract_string(payload, '$.date.likely'), json_extract(payload, '$.actors'), sources"
    )
    out = []
    for id_, type_, modality, start, end, granularity, likely, actors, sources in _page(
        con, flt, 0, limit, sort, columns
    ):
        out.append(
            {"id": id_, "type": type_, "modality": modality, "actors": json.loads(actors or "[]"),
             "sources": sources,
             "date": {"start": start.isoformat() if start else None, "end": end.isoformat() if end else None,
                      "granularity": granularity, "likely": likely}}
        )  # fmt: skip
    return out


def facet(con: duckdb.DuckDBPyConnection, flt: Filters, column: str) -> list[tuple[str, int]]:
    """Counts per value of `type` or `modality` under every other filter (what choosing it would give)."""
    assert column in ("type", "modality")
    where, params = flt.where(without=column)
    sql = f"SELECT {column}, count(*) FROM canonical_events{where} GROUP BY 1 ORDER BY 2 DESC, 1"  # noqa: S608
    return [(v, n) for v, n in con.execute(sql, params).fetchall() if v is not None]


def monthly(con: duckdb.DuckDBPyConnection, flt: Filters) -> dict[str, Any]:
    """Events per month per quad. An event counts in the month of its `likely` day where it has
    one, else of its interval's start; events with no start are counted apart as undated."""
    where, params = flt.where()
    sql = f"""
        SELECT strftime(coalesce(TRY_CAST(json_extract_string(payload, '$.date.likely') AS DATE),
                                 date_start), '%Y-%m') AS month, type, count(*)
        FROM canonical_events{where} GROUP BY 1, 2"""  # noqa: S608
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    undated = 0
    for month, type_, n in con.execute(sql, params).fetchall():
        if month is None:
            undated += n
        else:
            counts[month][quad_of(type_)] += n
    months = _month_range(min(counts), max(counts)) if counts else []
    quads = [key for key, _ in QUADS] + (["other"] if any("other" in c for c in counts.values()) else [])
    return {
        "months": months,
        "series": {q: [counts[m][q] for m in months] for q in quads},
        "undated": undated,
        "basis": "month of the likely day where there is one, else of the interval's start",
    }


def _month_range(first: str, last: str) -> list[str]:
    y, m = int(first[:4]), int(first[5:])
    out = []
    while f"{y:04d}-{m:02d}" <= last:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def top_types(con: duckdb.DuckDBPyConnection, flt: Filters, n: int = 10) -> list[tuple[str, int]]:
    return facet(con, flt, "type")[:n] if not flt.type else [(flt.type, count_events(con, flt))]


def top_topics(con: duckdb.DuckDBPyConnection, flt: Filters, n: int = 10) -> list[tuple[str, int]]:
    where, params = flt.where()
    sql = f"""SELECT topic, count(*) FROM (
                SELECT unnest(CAST(json_extract(payload, '$.topics') AS VARCHAR[])) AS topic
                FROM canonical_events{where}) GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT ?"""  # noqa: S608
    return [(t, c) for t, c in con.execute(sql, [*params, n]).fetchall()]


# --- whole-database summaries, cached per database state ----------------------------------------


@dataclass
class Summary:
    events: int = 0
    articles: int = 0
    dyads: list[tuple[str, int]] = field(default_factory=list)
    actors: list[dict[str, Any]] = field(default_factory=list)  # key, name, country, sector, events
    types: list[tuple[str, int]] = field(default_factory=list)
    best_attested: list[dict[str, Any]] = field(default_factory=list)  # the most independent sources
    first: date | None = None
    last: date | None = None


_summaries: dict[tuple[str, float, int], Summary] = {}
_summary_lock = threading.Lock()


def summary(con: duckdb.DuckDBPyConnection, path: Path) -> Summary:
    stat = path.stat()
    wal = path.with_name(path.name + ".wal")
    key = (str(path), max(stat.st_mtime, wal.stat().st_mtime if wal.exists() else 0), stat.st_size)
    with _summary_lock:
        found = _summaries.get(key)
        if found is None:
            _summaries.clear()  # only the newest state of a database is worth keeping
            found = _summaries[key] = _compute_summary(con)
        return found


def _compute_summary(con: duckdb.DuckDBPyConnection) -> Summary:
    out = Summary()
    out.events, out.first, out.last = con.execute(
        "SELECT count(*), min(date_start), max(coalesce(date_end, date_start)) FROM canonical_events"
    ).fetchone()
    out.articles = con.execute("SELECT count(*) FROM articles").fetchone()[0]
    out.dyads = [
        (d, n)
        for d, n in con.execute(
            """SELECT a.c || '-' || b.c AS dyad, count(DISTINCT e.id) AS n
               FROM canonical_events e, unnest(e.countries) AS a(c), unnest(e.countries) AS b(c)
               WHERE a.c < b.c GROUP BY 1 ORDER BY 2 DESC, 1"""
        ).fetchall()
    ]
    rows = con.execute(
        """SELECT coalesce(a.id, a.name) AS key, any_value(a.name), any_value(a.country),
                  any_value(a.sector), any_value(a.kind), count(DISTINCT e.id) AS n
           FROM canonical_events e,
                unnest(json_transform(json_extract(e.payload, '$.actors'),
                       '[{"id": "VARCHAR", "name": "VARCHAR", "country": "VARCHAR", "sector": "VARCHAR",
                          "kind": "VARCHAR"}]')) AS t(a)
           GROUP BY 1 ORDER BY n DESC, 1"""
    ).fetchall()
    out.actors = [
        {"key": k, "name": name, "country": c, "sector": s, "kind": kind, "events": n}
        for k, name, c, s, kind, n in rows
    ]
    out.types = facet(con, Filters(), "type")
    out.best_attested = event_page(con, Filters(), 0, 10, "sources")
    return out


# --- one article, one event ---------------------------------------------------------------------


def article_row(con: duckdb.DuckDBPyConnection, article_id: str) -> dict[str, Any] | None:
    cur = con.execute("SELECT * FROM articles WHERE id = ?", [article_id])
    row = cur.fetchone()
    return dict(zip([d[0] for d in cur.description], row, strict=True)) if row else None


def article_marks(con: duckdb.DuckDBPyConnection, article_id: str) -> list[dict[str, Any]]:
    """Spans to highlight in an article: event triggers (linking to their canonical event), actors
    and time expressions, with character offsets into its cleaned text."""
    marks: list[dict[str, Any]] = []
    for payload, canonical in con.execute(
        "SELECT payload, canonical_id FROM event_mentions WHERE article_id = ?", [article_id]
    ).fetchall():
        m = json.loads(payload)
        marks.append(
            {"start": m["trigger_start"], "end": m["trigger_end"], "kind": "trigger", "event": canonical,
             "label": f"{m['type']} ({m['modality']})", "quad": quad_of(m["type"])}
        )  # fmt: skip
    for start, end, actors in con.execute(
        "SELECT start_char, end_char, actors FROM actor_mentions WHERE article_id = ?", [article_id]
    ).fetchall():
        names = ", ".join(a["name"] for a in json.loads(actors or "[]"))
        marks.append({"start": start, "end": end, "kind": "actor", "label": names})
    for start, end, value, type_ in con.execute(
        "SELECT start_char, end_char, value, type FROM timexes WHERE article_id = ?", [article_id]
    ).fetchall():
        marks.append({"start": start, "end": end, "kind": "timex", "label": f"{type_} {value}"})
    return marks


def event_mentions(con: duckdb.DuckDBPyConnection, event_id: str) -> list[dict[str, Any]]:
    """The mentions merged into an event, each with its article's title, outlet, publication date
    and the original it copies (syndication)."""
    rows = con.execute(
        """SELECT m.payload, a.id, a.title, a.outlet, a.published_value, a.published_source, a.copy_of, a.url
           FROM event_mentions m JOIN articles a ON a.id = m.article_id
           WHERE m.canonical_id = ? ORDER BY a.published_value NULLS LAST, a.id, m.id""",
        [event_id],
    ).fetchall()
    out = []
    for payload, aid, title, outlet, published, pub_source, copy_of, url in rows:
        out.append(
            {**json.loads(payload), "article": aid, "title": title, "outlet": outlet,
             "published": published.isoformat() if published else None, "published_source": pub_source,
             "copy_of": copy_of, "url": url}
        )  # fmt: skip
    return out


def event_brief(con: duckdb.DuckDBPyConnection, ids: list[str]) -> list[dict[str, Any]]:
    if not ids:
        return []
    rows = con.execute(
        "SELECT payload FROM canonical_events WHERE list_contains(?, id) ORDER BY date_start NULLS LAST",
        [ids],
    ).fetchall()
    return [json.loads(p) for (p,) in rows]


def articles_page(
    con: duckdb.DuckDBPyConnection, offset: int, limit: int, q: str | None = None
) -> tuple[int, list[dict[str, Any]]]:
    where, params = "", []
    if q:
        where = " WHERE " + " OR ".join(f"{c} ILIKE ? ESCAPE '\\'" for c in ("title", "id", "outlet"))
        params = [f"%{_like_escape(q)}%"] * 3
    total = con.execute(f"SELECT count(*) FROM articles{where}", params).fetchone()[0]  # noqa: S608
    # the page's ids first (a narrow sort), then their rows and mention counts
    ids = [r[0] for r in con.execute(
        f"SELECT id FROM articles{where} ORDER BY published_value DESC NULLS LAST, id LIMIT ? OFFSET ?",  # noqa: S608
        [*params, limit, offset],
    ).fetchall()]  # fmt: skip
    cur = con.execute(
        """SELECT a.id, a.title, a.outlet, a.url, a.language, a.published_value, a.published_source,
                  a.published_confidence, a.copy_of, coalesce(m.n, 0) AS event_mentions
           FROM articles a LEFT JOIN (SELECT article_id, count(*) AS n FROM event_mentions
                                      WHERE list_contains(?, article_id) GROUP BY 1) m ON m.article_id = a.id
           WHERE list_contains(?, a.id) ORDER BY a.published_value DESC NULLS LAST, a.id""",
        [ids, ids],
    )
    names = [d[0] for d in cur.description]
    items = []
    for row in cur.fetchall():
        r = dict(zip(names, row, strict=True))
        items.append(
            {"id": r["id"], "title": r["title"], "outlet": r["outlet"], "url": r["url"],
             "language": r["language"], "copy_of": r["copy_of"], "event_mentions": r["event_mentions"],
             "published": {"value": r["published_value"].isoformat() if r["published_value"] else None,
                           "source": r["published_source"], "confidence": r["published_confidence"]}}
        )  # fmt: skip
    return total, items
