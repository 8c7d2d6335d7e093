"""Security headers on every response. Pages load scripts and styles only from this server; data
reaches scripts as JSON (an endpoint or a `<script type="application/json">` block), never as code.
The API docs page (Swagger UI) has one fixed inline script; it is allowed by its hash alone."""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Awaitable, Callable

from fastapi import FastAPI, Request, Response

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
_INLINE_SCRIPT = re.compile(rb"<script>(.*?)</script>", re.S)
DOC_PAGES = ("/docs", "/redoc", "/docs/oauth2-redirect")


def _hashes(body: bytes) -> str:
    return " ".join(
        f"'sha256-{base64.b64encode(hashlib.sha256(m).digest()).decode()}'"
        for m in _INLINE_SCRIPT.findall(body)
    )


def install(app: FastAPI) -> None:
    @app.middleware("http")
    async def headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        response = await call_next(request)
        csp = CSP
        if request.url.path in DOC_PAGES:
            body = b"".join([chunk async for chunk in response.body_iterator])  # type: ignore[attr-defined]
            csp = CSP.replace("script-src 'self'", f"script-src 'self' {_hashes(body)}").replace(
                "style-src 'self'", "style-src 'self' 'unsafe-inline'"
            )
            response = Response(body, response.status_code, dict(response.headers), response.media_type)
        response.headers["Content-Security-Policy"] = csp
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response
