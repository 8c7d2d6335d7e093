"""The timeline: events as items on a time axis (vis-timeline), in the app and as one file.

A day-precise event is a point; an interval is a bar as long as its uncertainty, with its `likely`
day marked where there is one; an interval open on one side is drawn a month long and marked open.
Undated events cannot be placed and are counted instead.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from dateline.report.assets import VENDOR, read_asset
from dateline.report.pages import MODALITY_WORDS, dyads_of, render_page
from dateline.report.quads import quad_of

FILE_LIMIT = 5000  # events a self-contained file holds; beyond it the page says so
MAX_LANES = 30


def _lane(event: dict[str, Any], lanes: str) -> str | None:
    if lanes == "dyad":
        pairs = dyads_of(event)
        return pairs[0] if pairs else "no dyad"
    if lanes == "actor":
        actors = event.get("actors") or []
        first = next((a for a in actors if a.get("side") == "source"), actors[0] if actors else None)
        return first["name"] if first else "no actor"
    if lanes == "type":
        return event["type"]
    return None


def _label(event: dict[str, Any]) -> str:
    pairs = dyads_of(event)
    who = pairs[0].replace("-", "–") if pairs else ", ".join(a["name"] for a in event["actors"][:2])
    prefix = "" if event["modality"] == "asserted" else f"{MODALITY_WORDS[event['modality']]}: "
    return f"{prefix}{event['type']} · {who}"


def timeline_items(events: list[dict[str, Any]], lanes: str = "none") -> dict[str, Any]:
    """What the timeline script draws: one compact item per dated event, the lanes, and how many
    events could not be placed."""
    items, undated = [], 0
    lane_counts: Counter[str] = Counter()
    for ev in events:
        d = ev["date"]
        if not d.get("start") and not d.get("end"):
            undated += 1
            continue
        lane = _lane(ev, lanes)
        if lane is not None:
            lane_counts[lane] += 1
        items.append(
            {"id": ev["id"], "type": ev["type"], "quad": quad_of(ev["type"]), "modality": ev["modality"],
             "start": d.get("start"), "end": d.get("end"), "likely": d.get("likely"),
             "granularity": d.get("granularity"), "label": _label(ev), "lane": lane,
             "sources": ev.get("sources", 1)}
        )  # fmt: skip
    kept = [name for name, _ in lane_counts.most_common(MAX_LANES)]
    if len(lane_counts) > MAX_LANES:
        for item in items:
            if item["lane"] not in kept:
                item["lane"] = "other lanes"
        kept.append("other lanes")
    lanes_out = [{"id": k, "count": lane_counts.get(k)} for k in kept]
    return {"items": items, "lanes": lanes_out, "lane_kind": lanes, "undated": undated}


def _with_articles(event: dict[str, Any], articles: dict[str, dict[str, Any]]) -> dict[str, Any]:
    mentions = []
    for m in event["mentions"]:
        art = articles.get(m["article"]) or {}
        mentions.append({**m, "title": art.get("title"), "outlet": art.get("outlet"),
                         "published": (art.get("published") or {}).get("value")})  # fmt: skip
    return {**event, "mentions": mentions}


def render_timeline(
    events: list[dict[str, Any]], articles: dict[str, dict[str, Any]], title: str, lanes: str = "none"
) -> str:
    """The self-contained timeline file: scripts, styles and data inline, event details included,
    opened from disk with no server and no network."""
    total = len(events)
    shown = events[:FILE_LIMIT]
    data = timeline_items(shown, lanes)
    data["mode"] = "file"
    data["details"] = {ev["id"]: _with_articles(ev, articles) for ev in shown}
    inline = {
        "css": [read_asset("vis-timeline.min.css"), read_asset("app.css")],
        "js": [read_asset(n) for n in VENDOR if n.endswith(".js") and n != "chart.umd.min.js"]
        + [read_asset("timeline.js")],
    }
    # a "</script" inside an inlined script would end its element early
    inline["js"] = [s.replace("</script", "<\\/script") for s in inline["js"]]
    return render_page(
        "timeline_file.html", title=title, data=data, total=total, shown=len(shown), limit=FILE_LIMIT,
        inline=inline,
    )  # fmt: skip
