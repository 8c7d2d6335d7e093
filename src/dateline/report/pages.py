"""Rendering of every page (the app's and the self-contained timeline file) from templates/.

Article text, titles and names are untrusted: autoescaping is on for every template, data reaches
scripts only as JSON inside `<script type="application/json">` (escaped by `tojson`), and a URL
from an article becomes a link only when it is http(s).
"""

from __future__ import annotations

from datetime import date
from typing import Any
from urllib.parse import urlencode, urlsplit

from jinja2 import Environment, PackageLoader, select_autoescape

from dateline.report.quads import QUADS, quad_label, quad_of

MODALITY_WORDS = {
    "asserted": "happened",
    "planned": "planned",
    "hoped": "hoped for",
    "negated": "did not happen",
    "hypothetical": "hypothetical",
}


def date_label(d: dict[str, Any] | None) -> str:
    """An event date as a person reads it: a day, 'between A and B', 'on or after A', 'undated'."""
    d = d or {}
    start, end = d.get("start"), d.get("end")
    if not start and not end:
        return "undated"
    if start == end:
        return str(start)
    if not end:
        return f"on or after {start}"
    if not start:
        return f"on or before {end}"
    return f"between {start} and {end}"


def safe_url(url: str | None) -> str | None:
    if not url:
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None


def query(params: dict[str, Any], **changes: Any) -> str:
    """A query string from the current filters with some changed (None removes one)."""
    merged = {**params, **changes}
    clean = {k: v for k, v in merged.items() if v not in (None, "")}
    return "?" + urlencode(clean) if clean else "?"


def dyads_of(event: dict[str, Any]) -> list[str]:
    countries = sorted({a["country"] for a in event.get("actors", []) if a.get("country")})
    return [f"{a}-{b}" for i, a in enumerate(countries) for b in countries[i + 1 :]]


def actor_key(actor: dict[str, Any]) -> str:
    return actor.get("id") or actor["name"]


def number(n: int | None) -> str:
    return f"{n:,}" if n is not None else "0"


_env = Environment(
    loader=PackageLoader("dateline.report", "templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)
_env.globals.update(
    QUADS=QUADS, MODALITY_WORDS=MODALITY_WORDS, query=query, safe_url=safe_url, quad_of=quad_of,
    quad_label=quad_label, date_label=date_label, dyads_of=dyads_of, actor_key=actor_key,
)  # fmt: skip
_env.filters["number"] = number
_env.filters["iso"] = lambda d: d.isoformat() if isinstance(d, date) else (d or "")


def render_page(template: str, **context: Any) -> str:
    context.setdefault("inline", None)
    return _env.get_template(template).render(**context)
