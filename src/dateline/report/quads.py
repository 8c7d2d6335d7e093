"""PLOVER's four quads (verbal/material × cooperation/conflict) for colours, legends and charts."""

from __future__ import annotations

from functools import cache

from dateline.events.ontology import load

# key, label; the order legends and stacked charts use
QUADS: tuple[tuple[str, str], ...] = (
    ("verbal-coop", "verbal cooperation"),
    ("material-coop", "material cooperation"),
    ("verbal-conflict", "verbal conflict"),
    ("material-conflict", "material conflict"),
)
OTHER = "other"  # a type outside the ontology (a user's own coder)


@cache
def quad_of(event_type: str) -> str:
    kind = load().types.get(event_type)
    if kind is None:
        return OTHER
    return f"{'verbal' if kind.verbal else 'material'}-{'coop' if kind.cooperative else 'conflict'}"


def quad_label(key: str) -> str:
    return dict(QUADS).get(key, "other")
