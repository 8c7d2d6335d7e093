"""The self-contained timeline page: one file, inline CSS and script, opened from disk offline.

Article text is untrusted: the template is rendered with autoescaping on (attributes included) and
the page's script reads only data attributes and text content, so no article can inject markup.
"""

from __future__ import annotations

from importlib.resources import files
from typing import Any

from jinja2 import Environment, select_autoescape

_env = Environment(autoescape=select_autoescape(default=True, default_for_string=True))


def _date_label(d: dict[str, Any]) -> str:
    start, end = d.get("start"), d.get("end")
    if not start and not end:
        return "undated"
    if start == end:
        return start
    return f"{start or '…'} – {end or '…'}"


def render_timeline(events: list[dict[str, Any]], articles: dict[str, dict[str, Any]], title: str) -> str:
    rows = []
    for ev in events:
        rows.append(
            {
                "id": ev["id"],
                "type": ev["type"],
                "mode": ev.get("mode"),
                "modality": ev["modality"],
                "when": _date_label(ev["date"]),
                "start": ev["date"].get("start") or "",
                "basis": ev["date"].get("basis", ""),
                "granularity": ev["date"].get("granularity"),
                "actors": ev["actors"],
                "location": (ev.get("location") or {}).get("name"),
                "topics": ev.get("topics", []),
                "sources": ev.get("sources", 1),
                "mentions": [
                    {
                        **m,
                        "title": (articles.get(m["article"]) or {}).get("title") or m["article"],
                        "outlet": (articles.get(m["article"]) or {}).get("outlet"),
                    }
                    for m in ev["mentions"]
                ],
            }
        )
    template = _env.from_string(files("dateline.report").joinpath("templates/timeline.html").read_text())
    return template.render(
        title=title,
        events=rows,
        types=sorted({r["type"] for r in rows}),
        article_count=len(articles),
    )
