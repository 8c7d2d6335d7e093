"""Shared by the event-dating tests: `dateline.date_event` asked about one word of an invented text."""

from __future__ import annotations

import dateline


def date_of(text: str, word: str, published: str | None, nth: int = 0) -> dict:
    """The date of the event whose trigger is the `nth` occurrence of `word` in `text`."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return dateline.date_event(text, published, start, start + len(word))
