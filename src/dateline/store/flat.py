"""One flat row per canonical event dict (nested fields become columns), for the web app's CSV download
of a page of API results; the CLI exports read flat tables straight from SQL (`store/tables.py`)."""

from __future__ import annotations

from typing import Any


def _side(actors: list[dict[str, Any]], side: str, key: str) -> str:
    return ";".join(str(a.get(key) or "") for a in actors if a.get("side") == side)


def flatten_event(event: dict[str, Any]) -> dict[str, Any]:
    actors = event.get("actors", [])
    date = event.get("date") or {}
    location = event.get("location") or {}
    mentions = event.get("mentions", [])
    return {
        "id": event["id"],
        "type": event["type"],
        "mode": event.get("mode"),
        "modality": event["modality"],
        "date_start": date.get("start"),
        "date_end": date.get("end"),
        "date_granularity": date.get("granularity"),
        "date_confidence": date.get("confidence"),
        "date_basis": date.get("basis"),
        "source_names": _side(actors, "source", "name"),
        "source_countries": _side(actors, "source", "country"),
        "target_names": _side(actors, "target", "name"),
        "target_countries": _side(actors, "target", "country"),
        "participant_names": _side(actors, "participant", "name"),
        "participant_countries": _side(actors, "participant", "country"),
        "actor_ids": ";".join(a.get("id") or "" for a in actors),
        "location": location.get("name"),
        "location_country": location.get("country"),
        "topics": ";".join(event.get("topics", [])),
        "sources": event.get("sources", len(mentions)),
        "mention_count": len(mentions),
        "articles": ";".join(sorted({m["article"] for m in mentions})),
        "sentence": mentions[0]["sentence"] if mentions else None,
    }
