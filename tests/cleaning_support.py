"""Shared by the publication-date tests: the date the default cleaner gives an invented page, and the
document time the whole pipeline settles on."""

from __future__ import annotations

from datetime import date

from dateline.clean.component import DefaultCleaner
from dateline.records import PublishedDate, RawDocument


def published(text: str, url: str | None = None) -> PublishedDate:
    """The publication date the default cleaner reads from `text` (and `url`, where given)."""
    return DefaultCleaner()(RawDocument("t", id="t", text=text, url=url)).published


def document_day(pipeline, text: str, url: str | None = None) -> date | None:
    """The day the pipeline's document time settles on for `text` (`dct`: the publication day, or the
    story's day where the content overrules or supplies it)."""
    return pipeline.process(RawDocument("t", id="t", text=text, url=url)).document_time.dct
