"""`dateline.date_event(text, published, start, end)`: the date of one event, given by the character
span of its trigger in a whole article, through the stages ingest uses after cleaning (the text is
taken as it is, so that the offsets stay valid): spaCy parse, the actor stage's tenure hints, the
document time, TIMEX3 tagging against it and event dating of the trigger.

Evaluation tools date many events of one text in a row: the analysed text is kept for the next call
(one entry per process).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from spacy.tokens import Doc

from dateline.records import Article, DocumentTime, PublishedDate, Timex


@dataclass
class _Analysed:
    key: tuple[str, str | None]
    doc: Doc
    anchor: DocumentTime
    timexes: list[Timex]


_last: _Analysed | None = None
_pipeline = None


def date_event(text: str, published: str | date | None, start: int, end: int) -> dict[str, Any]:
    """The `date` object of event.schema.json for the event whose trigger is `text[start:end]`;
    `published` is the article's publication day (ISO) or None. Raises ValueError when the span
    is empty, outside the text, or covers no word."""
    if not 0 <= start < end <= len(text):
        raise ValueError(f"trigger span {start}:{end} is not inside the text ({len(text)} characters)")
    iso = published.isoformat() if isinstance(published, date) else published
    analysed = _analyse(text, iso)
    span = analysed.doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        raise ValueError(f"trigger span {start}:{end} covers no word")
    pipeline = _get_pipeline()
    interval = pipeline.time.date_event(analysed.doc, span.root, analysed.timexes, analysed.anchor)
    return interval.to_json()


def _get_pipeline():
    global _pipeline
    if _pipeline is None:
        from dateline.pipeline import Pipeline

        _pipeline = Pipeline()
    return _pipeline


def _analyse(text: str, published: str | None) -> _Analysed:
    global _last
    key = (text, published)
    if _last is not None and _last.key == key:
        return _last
    pipeline = _get_pipeline()
    # The caller states the publication day (an evaluation's creation time, a user's own record):
    # taken as the document time, never overruled by the content as a crawled date may be.
    given = PublishedDate(published, "input", 1.0, "given with the call") if published else None
    article = Article(id="date_event", text=text, published=given or PublishedDate(None, "none", 0.0))
    doc = pipeline.nlp(text)
    hints = pipeline.actors.tenure_hints(doc)
    anchor = pipeline.time.anchor(article, doc, hints)
    timexes = pipeline.time.tag(doc, anchor)
    _last = _Analysed(key, doc, anchor, timexes)
    return _last
