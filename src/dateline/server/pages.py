"""The HTML pages: home, timeline, event, article, dyad and actor pages, and the lists.

Filters are a plain GET form, so the URL holds the whole state (shareable, the back button works);
the server applies them and shows counts per choice.
"""

from __future__ import annotations

import json
from collections import OrderedDict
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse

from dateline.report.highlight import segments
from dateline.report.pages import render_page
from dateline.report.quads import QUADS, quad_label
from dateline.report.timeline import timeline_items
from dateline.server import queries
from dateline.server.api import Db, dyad_key
from dateline.server.params import PageParams, TimelineParams
from dateline.server.queries import Filters

AXIS_LIMIT = 500  # events drawn on one axis; beyond it the best-attested are drawn, and the page says so
ROWS = 50

router = APIRouter(default_response_class=HTMLResponse, include_in_schema=False)


def _axis(con: Any, flt: Filters, lanes: str, sort: str) -> tuple[dict[str, Any], int]:
    total = queries.count_events(con, flt)
    drawn = queries.axis_events(con, flt, AXIS_LIMIT, "attested" if total > AXIS_LIMIT else sort)
    return timeline_items(drawn, lanes), total


def _monthly_block(con: Any, flt: Filters) -> dict[str, Any]:
    data = queries.monthly(con, flt)
    data["labels"] = {k: quad_label(k) for k in data["series"]}
    return data


@router.get("/")
def home(request: Request, db: Db) -> str:
    s = queries.summary(db.con, request.app.state.db_path)
    return render_page("home.html", title="dateline", s=s, dyads=s.dyads[:15], actors=s.actors[:15])


@router.get("/timeline")
def timeline(request: Request, db: Db, p: Annotated[TimelineParams, Query()]) -> str:
    flt = p.filters()
    data, total = _axis(db.con, flt, p.lanes, p.sort)
    rows = queries.event_page(db.con, flt, p.offset, ROWS, p.sort)
    params = {k: v for k, v in request.query_params.items() if k != "event"}
    return render_page(
        "timeline.html", title="Timeline · dateline", data=data, total=total, rows=rows, p=p,
        params=params, active=flt.active(), axis_limit=AXIS_LIMIT, offset=p.offset, limit=ROWS,
        types=queries.facet(db.con, flt, "type"), modalities=queries.facet(db.con, flt, "modality"),
    )  # fmt: skip


def _entity(request: Request, db: Db, p: PageParams, flt: Filters, kind: str, name: str, key: str) -> str:
    data, total = _axis(db.con, flt, "none", "date")
    if total == 0:
        raise HTTPException(404, f"no events for {kind} {key}")
    return render_page(
        "entity.html", title=f"{name} · dateline", kind=kind, name=name, key=key, data=data, total=total,
        monthly=_monthly_block(db.con, flt), types=queries.top_types(db.con, flt),
        topics=queries.top_topics(db.con, flt), rows=queries.event_page(db.con, flt, p.offset, ROWS, "date"),
        offset=p.offset, limit=ROWS, params=dict(request.query_params), active=flt.active(), QUADS=QUADS,
    )  # fmt: skip


@router.get("/dyads/{dyad}")
def dyad_page(request: Request, db: Db, dyad: str, p: Annotated[PageParams, Query()]) -> str:
    key = dyad_key(dyad)
    return _entity(request, db, p, Filters(dyad=key), "dyad", key.replace("-", " – "), key)


@router.get("/actors/{key}")
def actor_page(request: Request, db: Db, key: str, p: Annotated[PageParams, Query()]) -> str:
    s = queries.summary(db.con, request.app.state.db_path)
    known = next((a for a in s.actors if a["key"] == key), None)
    name = known["name"] if known else key
    return _entity(request, db, p, Filters(actor=key), "actor", name, key)


def _list(kind: str, total: int, rows: list[Any], p: PageParams) -> str:
    params = {"limit": p.limit} if p.limit != ROWS else {}
    return render_page("list.html", title=f"{kind.capitalize()} · dateline", kind=kind, total=total,
                       rows=rows, offset=p.offset, limit=p.limit, params=params)  # fmt: skip


@router.get("/dyads")
def dyads(request: Request, db: Db, p: Annotated[PageParams, Query()]) -> str:
    rows = queries.summary(db.con, request.app.state.db_path).dyads
    return _list("dyads", len(rows), rows[p.offset : p.offset + p.limit], p)


@router.get("/actors")
def actors(request: Request, db: Db, p: Annotated[PageParams, Query()]) -> str:
    rows = queries.summary(db.con, request.app.state.db_path).actors
    return _list("actors", len(rows), rows[p.offset : p.offset + p.limit], p)


@router.get("/articles")
def articles(db: Db, p: Annotated[PageParams, Query()]) -> str:
    total, rows = queries.articles_page(db.con, p.offset, p.limit)
    return _list("articles", total, rows, p)


@router.get("/events/{event_id}")
def event_page(db: Db, event_id: str) -> str:
    ev = db.event(event_id)
    if ev is None:
        raise HTTPException(404, f"no event {event_id}")
    groups: OrderedDict[str, list[dict[str, Any]]] = OrderedDict()
    for m in queries.event_mentions(db.con, event_id):
        groups.setdefault(m["copy_of"] or m["article"], []).append(m)
    return render_page(
        "event.html", title=f"{ev['type']} · dateline", ev=ev, groups=list(groups.values()),
        related=queries.event_brief(db.con, ev.get("related", [])),
    )  # fmt: skip


@router.get("/articles/{article_id}")
def article_page(db: Db, article_id: str) -> str:
    row = queries.article_row(db.con, article_id)
    if row is None:
        raise HTTPException(404, f"no article {article_id}")
    marks = queries.article_marks(db.con, article_id)
    removed = json.loads(row["removed"]) if row["removed"] else []
    return render_page(
        "article.html", title=f"{row['title'] or article_id} · dateline", a=row,
        parts=segments(row["text"] or "", marks), removed=removed,
        events=sorted({(m["event"], m["label"]) for m in marks if m["kind"] == "trigger" and m.get("event")}),
    )  # fmt: skip
