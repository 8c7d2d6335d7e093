"""Shared by the publication-date tests: the date the default cleaner gives an invented page."""

from __future__ import annotations

from dateline.clean.component import DefaultCleaner
from dateline.records import PublishedDate, RawDocument


def published(text: str, url: str | None = None) -> PublishedDate:
    """The publication date the default cleaner reads from `text` (and `url`, where given)."""
    return DefaultCleaner()(RawDocument("t", id="t", text=text, url=url)).published
