"""`dateline serve`: the timeline page and a read-only JSON API over a dateline database.

Each request opens its own read-only DuckDB connection: DuckDB connections are not shared across
the server's worker threads, and read-only access lets `dateline ingest` keep its own writer apart.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from fastapi_offline import FastAPIOffline

from dateline.report.timeline import render_timeline
from dateline.store.database import Database


def _database(request: Request) -> Iterator[Database]:
    with Database(request.app.state.db_path, read_only=True) as db:
        yield db


Db = Annotated[Database, Depends(_database)]


def _filtered(db: Database, **filters: Any) -> list[dict[str, Any]]:
    try:
        return db.events(**filters)
    except ValueError as exc:
        raise HTTPException(status_code=422, detail=str(exc)) from exc


def create_app(db_path: str | Path) -> FastAPI:
    # The API docs page with its Swagger UI assets served from the installed package, not a CDN:
    # `dateline serve` must work on a machine without network.
    app = FastAPIOffline(
        title="dateline",
        description="Dated, deduplicated, evidence-linked political and diplomatic events.",
        version="0.1.0",
    )

    app.state.db_path = Path(db_path)

    @app.get("/", response_class=HTMLResponse, summary="The timeline page")
    def index(db: Db, dyad: str | None = None, actor: str | None = None) -> str:
        events = _filtered(db, dyad=dyad, actor=actor, mention_detail=True)
        articles = {a["id"]: a for a in db.articles()}
        return render_timeline(events, articles, f"dateline: {dyad or actor or 'all events'}")

    @app.get("/api/events", summary="Canonical events, filtered like `dateline events`")
    def events(
        db: Db,
        actor: str | None = None,
        dyad: str | None = None,
        type: str | None = None,
        since: str | None = None,
        until: str | None = None,
        modality: str | None = None,
        limit: Annotated[int, Query(ge=1, le=10_000)] = 1000,
        mentions: bool = False,
    ) -> list[dict[str, Any]]:
        return _filtered(
            db, actor=actor, dyad=dyad, type=type, since=since, until=until, modality=modality,
            limit=limit, mention_detail=mentions,
        )  # fmt: skip

    @app.get("/api/events/{event_id}", summary="One canonical event with every mention")
    def event(db: Db, event_id: str) -> dict[str, Any]:
        found = db.event(event_id)
        if found is None:
            raise HTTPException(status_code=404, detail=f"no event {event_id}")
        return found

    @app.get("/api/articles", summary="Articles with cleaned text and metadata")
    def articles(db: Db) -> list[dict[str, Any]]:
        return db.articles()

    @app.get("/api/articles/{article_id}", summary="One article, with the lines cleaning removed")
    def article(db: Db, article_id: str) -> dict[str, Any]:
        found = db.articles(ids=[article_id], with_removed=True)
        if not found:
            raise HTTPException(status_code=404, detail=f"no article {article_id}")
        return found[0]

    return app
