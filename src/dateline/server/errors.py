"""One error shape for the API (`models.Error`), an error page for the HTML pages."""

from __future__ import annotations

import typing
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException

from dateline.report.pages import render_page


def _param_models(request: Request) -> list[type[BaseModel]]:
    route = request.scope.get("route")
    dependant = getattr(route, "dependant", None)
    if dependant is None:
        return []
    out = []
    for param in dependant.query_params:
        kind = getattr(param.field_info, "annotation", None)
        if isinstance(kind, type) and issubclass(kind, BaseModel):
            out.append(kind)
    return out


def _allowed(request: Request, error: dict[str, Any]) -> list[str] | None:
    """What the parameter may be: the accepted names for an unknown one, the choices for a choice."""
    models = _param_models(request)
    name = str(error["loc"][-1]) if error.get("loc") else ""
    if error.get("type") == "extra_forbidden":
        return sorted({f for m in models for f in m.model_fields}) or None
    for model in models:
        field = model.model_fields.get(name)
        if field is None:
            continue
        for arg in (field.annotation, *typing.get_args(field.annotation)):
            if typing.get_origin(arg) is typing.Literal:
                return [str(v) for v in typing.get_args(arg)]
    return None


def error_body(status: int, message: str, problems: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {"error": {"status": status, "message": message, "problems": problems or []}}


def _respond(request: Request, status: int, message: str, problems: list[dict[str, Any]]) -> Any:
    if request.url.path.startswith("/api/") or request.url.path == "/openapi.json":
        return JSONResponse(error_body(status, message, problems), status_code=status)
    html = render_page("error.html", title=f"{status}: {message}", status=status, message=message,
                       problems=problems)  # fmt: skip
    return HTMLResponse(html, status_code=status)


def install(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Any:
        problems = []
        for e in exc.errors():
            where = ".".join(str(p) for p in e.get("loc", ()))
            problem = "unknown parameter" if e.get("type") == "extra_forbidden" else e.get("msg", "invalid")
            problems.append({"where": where, "problem": problem, "allowed": _allowed(request, e)})
        return _respond(request, 422, "invalid request parameters", problems)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Any:
        return _respond(request, exc.status_code, str(exc.detail), [])
