"""`dateline serve`: the web app (home, timeline, event, article, dyad and actor pages) and its
read-only JSON API over a dateline database.

Each request opens its own read-only DuckDB connection (server/reader.py): connections are not
shared across worker threads, and read-only access lets `dateline ingest` keep its own writer apart.
Scripts and styles are served from this process: our own from report/static, the libraries from the
folder `make assets` installs (report/assets.py); nothing comes from a CDN.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse
from fastapi_offline import FastAPIOffline

from dateline.report.assets import STATIC, VENDOR, vendor_path
from dateline.server import api, errors, pages, security

OWN_STATIC = ("app.css", "timeline.js", "monthly.js")


def create_app(db_path: str | Path) -> FastAPI:
    # The API docs page with its Swagger UI assets served from the installed package, not a CDN:
    # `dateline serve` must work on a machine without network.
    app = FastAPIOffline(
        title="dateline",
        description="Dated, deduplicated, evidence-linked political and diplomatic events.",
        version="0.1.0",
    )
    app.state.db_path = Path(db_path)
    security.install(app)
    errors.install(app)
    app.include_router(api.router)
    app.include_router(pages.router)

    @app.get("/static/vendor/{name}", include_in_schema=False)
    def vendor(name: str) -> FileResponse:
        if name not in VENDOR:
            raise HTTPException(404, f"no asset {name}")
        return FileResponse(vendor_path(name), headers={"Cache-Control": "public, max-age=86400"})

    @app.get("/static/{name}", include_in_schema=False)
    def static(name: str) -> FileResponse:
        if name not in OWN_STATIC:
            raise HTTPException(404, f"no asset {name}")
        return FileResponse(str(STATIC / name), headers={"Cache-Control": "no-cache"})

    return app
