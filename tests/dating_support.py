"""Shared by the event-dating tests: `dateline.date_event` asked about one word of an invented text."""

from __future__ import annotations

import dateline
from dateline.records import Article, PublishedDate, RawDocument
from dateline.time.document_time import CORPUS, CORPUS_STATED


def date_of(text: str, word: str, published: str | None, nth: int = 0) -> dict:
    """The date of the event whose trigger is the `nth` occurrence of `word` in `text`."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return dateline.date_event(text, published, start, start + len(word))


def corpus_dated(pipeline, text: str, day: str, confidence: float, basis: str) -> Article:
    """`text` cleaned as one article whose only publication-date candidate is a day the corpus gives
    (the dated articles of its story), as the corpus pass leaves it."""
    article = pipeline.clean(RawDocument(source="t.txt", id="t", text=text))
    article.published.candidates = [PublishedDate(day, CORPUS, confidence, basis, inferred=True)]
    return article


def story_dated(pipeline, text: str, word: str, story_day: str | None, confidence: float = CORPUS_STATED):
    """The document time of `text` and the date of the event `word` names in it, as one article dated
    by the corpus to `story_day` (None: the article alone, with no day at all)."""
    if story_day is None:
        article = pipeline.clean(RawDocument(source="t.txt", id="t", text=text))
    else:
        article = corpus_dated(pipeline, text, story_day, confidence, "the news, dated elsewhere")
    doc = pipeline.nlp(article.text)
    anchor = pipeline.time.anchor(article, doc, pipeline.actors.tenure_hints(doc))
    start = article.text.index(word)
    trigger = doc.char_span(start, start + len(word)).root
    return anchor, pipeline.time.date_event(doc, trigger, pipeline.time.tag(doc, anchor), anchor)
