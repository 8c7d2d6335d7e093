"""Choosing the publication date among the candidates the text, the page and the input offer."""

from __future__ import annotations

from collections.abc import Iterable

from dateline.clean.dates import parse_given
from dateline.records import PublishedDate

INPUT_CONFIDENCE = 0.9  # a date the user supplied with the article (JSONL `published`)

# On equal confidence, the more direct statement wins.
_PRECEDENCE = ("published-line", "byline", "input", "html-meta", "dateline", "header")


def from_input(value: str | None) -> tuple[PublishedDate | None, str | None]:
    """The input's own `published` field as a candidate, or a note when it cannot be read."""
    if not value:
        return None, None
    parsed = parse_given(value)
    if parsed is None:
        return None, f"input 'published' {value!r} is not a date; ignored"
    return PublishedDate(parsed.isoformat(), "input", INPUT_CONFIDENCE, "given with the input"), None


def choose(candidates: Iterable[PublishedDate]) -> PublishedDate:
    """The most confident candidate (never a made-up one): none at all gives value None."""
    ranked = sorted(
        (c for c in candidates if c.value),
        key=lambda c: (-c.confidence, _PRECEDENCE.index(c.source) if c.source in _PRECEDENCE else 99),
    )
    if not ranked:
        return PublishedDate(None, "none", 0.0, "no publication date in the input")
    best = ranked[0]
    others = sorted({c.value for c in ranked[1:] if c.value != best.value})
    if others:
        best = PublishedDate(
            best.value, best.source, best.confidence, f"{best.note}; other dates: {', '.join(others)}"
        )
    return best
