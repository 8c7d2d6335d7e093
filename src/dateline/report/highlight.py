"""An article's text cut into plain and highlighted segments (triggers, actors, time expressions)
for the article page; the template escapes each segment's text."""

from __future__ import annotations

from typing import Any

PRIORITY = {"trigger": 0, "actor": 1, "timex": 2}


def segments(text: str, marks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Non-overlapping segments covering `text`. Where marks overlap, a trigger wins over an actor
    and an actor over a time expression; a mark outside the text is ignored."""
    chosen: list[dict[str, Any]] = []
    taken: list[tuple[int, int]] = []
    for mark in sorted(marks, key=lambda m: (PRIORITY[m["kind"]], m["start"], -m["end"])):
        start, end = mark["start"], mark["end"]
        if not (0 <= start < end <= len(text)):
            continue
        if any(start < e and s < end for s, e in taken):
            continue
        taken.append((start, end))
        chosen.append(mark)
    out: list[dict[str, Any]] = []
    at = 0
    for mark in sorted(chosen, key=lambda m: m["start"]):
        if mark["start"] > at:
            out.append({"text": text[at : mark["start"]]})
        out.append({**mark, "text": text[mark["start"] : mark["end"]]})
        at = mark["end"]
    if at < len(text):
        out.append({"text": text[at:]})
    return out
