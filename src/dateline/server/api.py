"""The JSON API: every list is a page (offset, limit) with its total; one error shape
(`models.Error`); any event list also as CSV."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.responses import StreamingResponse

from dateline.server import queries
from dateline.server.models import (
    ActorSummary,
    Article,
    ArticleSummary,
    Dyad,
    Error,
    Event,
    MentionSource,
    Monthly,
    Page,
)
from dateline.server.params import DYAD, ArticleParams, CsvParams, ListParams, PageParams
from dateline.server.reader import reader
from dateline.store.database import Database
from dateline.store.flat import flatten_event


def _db(request: Request) -> Iterator[Database]:
    yield from reader(request.app.state.db_path)


Db = Annotated[Database, Depends(_db)]
ERRORS: dict[int | str, dict[str, Any]] = {
    404: {"model": Error, "description": "Not found"},
    422: {"model": Error, "description": "Unknown parameter or value; `allowed` lists what is accepted"},
}
router = APIRouter(prefix="/api", responses=ERRORS)


def page(total: int, offset: int, limit: int, items: list[Any]) -> dict[str, Any]:
    nxt = offset + limit
    return {"total": total, "offset": offset, "limit": limit, "next_offset": nxt if nxt < total else None,
            "items": items}  # fmt: skip


def dyad_key(dyad: str) -> str:
    """'RUS-PAK' and 'pak-rus' name the dyad PAK-RUS."""
    if not DYAD.match(dyad):
        raise HTTPException(404, f"no dyad {dyad!r}: a dyad is two ISO3 codes like PAK-RUS")
    return "-".join(sorted(dyad.upper().split("-")))


@router.get("/events", summary="Canonical events, filtered, one page at a time")
def events(db: Db, p: Annotated[ListParams, Query()]) -> Page[Event]:
    flt = p.filters()
    total = queries.count_events(db.con, flt)
    items = queries.event_page(db.con, flt, p.offset, p.limit, p.sort)
    return page(total, p.offset, p.limit, items)  # type: ignore[return-value]


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: Any) -> Any:
    """Text a spreadsheet would run as a formula ("=HYPERLINK(...)" in an article) is kept as text."""
    return "'" + value if isinstance(value, str) and value.startswith(FORMULA_START) else value


@router.get("/events.csv", summary="Every event matching the filters as CSV (one row per event)")
def events_csv(db: Db, p: Annotated[CsvParams, Query()]) -> StreamingResponse:
    rows = [
        {k: _cell(v) for k, v in flatten_event(e).items()}
        for e in queries.event_page(db.con, p.filters(), 0, None, p.sort)
    ]

    def lines() -> Iterator[str]:
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=list(rows[0]) if rows else ["id"])
        writer.writeheader()
        for row in rows:
            writer.writerow(row)
            if buf.tell() > 65536:
                yield buf.getvalue()
                buf.seek(0)
                buf.truncate()
        yield buf.getvalue()

    headers = {"Content-Disposition": 'attachment; filename="dateline-events.csv"'}
    return StreamingResponse(lines(), media_type="text/csv; charset=utf-8", headers=headers)


@router.get("/events/{event_id}", summary="One canonical event with every mention")
def event(db: Db, event_id: str) -> Event:
    found = db.event(event_id)
    if found is None:
        raise HTTPException(404, f"no event {event_id}")
    return found  # type: ignore[return-value]


@router.get("/events/{event_id}/mentions", summary="An event's mentions with their articles' titles, dates")
def event_mentions(db: Db, event_id: str) -> list[MentionSource]:
    found = queries.event_mentions(db.con, event_id)
    if not found and db.event(event_id) is None:
        raise HTTPException(404, f"no event {event_id}")
    return found  # type: ignore[return-value]


@router.get("/articles", summary="Articles (metadata only; the text is on /api/articles/{id})")
def articles(db: Db, p: Annotated[ArticleParams, Query()]) -> Page[ArticleSummary]:
    total, items = queries.articles_page(db.con, p.offset, p.limit, p.q)
    return page(total, p.offset, p.limit, items)  # type: ignore[return-value]


@router.get("/articles/{article_id}", summary="One article: cleaned text, removed lines, dates")
def article(db: Db, article_id: str) -> Article:
    found = db.articles(ids=[article_id], with_removed=True)
    if not found:
        raise HTTPException(404, f"no article {article_id}")
    return found[0]  # type: ignore[return-value]


@router.get("/dyads", summary="Country pairs by number of events")
def dyads(request: Request, db: Db, p: Annotated[PageParams, Query()]) -> Page[Dyad]:
    rows = queries.summary(db.con, request.app.state.db_path).dyads
    items = [{"dyad": d, "events": n} for d, n in rows[p.offset : p.offset + p.limit]]
    return page(len(rows), p.offset, p.limit, items)  # type: ignore[return-value]


@router.get("/dyads/{dyad}/monthly", summary="Events of a dyad per month and PLOVER quad")
def dyad_monthly(db: Db, dyad: Annotated[str, Path(description="e.g. PAK-RUS")]) -> Monthly:
    key = dyad_key(dyad)
    return {"dyad": key, **queries.monthly(db.con, queries.Filters(dyad=key))}  # type: ignore[return-value]


@router.get("/actors", summary="Actors by number of events")
def actors(request: Request, db: Db, p: Annotated[PageParams, Query()]) -> Page[ActorSummary]:
    rows = queries.summary(db.con, request.app.state.db_path).actors
    return page(len(rows), p.offset, p.limit, rows[p.offset : p.offset + p.limit])  # type: ignore[return-value]
