"""Round 27 (r27undated): dates in articles that show no publication day. Every sentence is invented."""

from __future__ import annotations

from datetime import date

import pytest
from dating_support import corpus_dated, date_of

from dateline.pipeline import Pipeline
from dateline.records import RawDocument
from dateline.time.document_time import CORPUS_STATED

LEAD = "Trade row\n\nRuritania expelled the Elbonian trade envoy over the tariff dispute.\n\n"
STORY_DAY = "2031-03-10"  # a Monday: the day the dated articles give the expulsion


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


def _dated(pipeline: Pipeline, text: str, word: str, story_day: str | None):
    """The date of the event `word` names in `text`, as one article dated by the corpus to
    `story_day` (None: the article alone, with no day at all)."""
    if story_day is None:
        article = pipeline.clean(RawDocument(source="t.txt", id="t", text=text))
    else:
        article = corpus_dated(pipeline, text, story_day, CORPUS_STATED, "the expulsion, stated")
    doc = pipeline.nlp(article.text)
    anchor = pipeline.time.anchor(article, doc, pipeline.actors.tenure_hints(doc))
    start = article.text.index(word)
    trigger = doc.char_span(start, start + len(word)).root
    return anchor, pipeline.time.date_event(doc, trigger, pipeline.time.tag(doc, anchor), anchor)


# --- a weekday counted from the writer's day ("last Wednesday") in a story-dated article ---------------


def test_last_weekday_counts_from_the_story_day(pipeline):
    text = LEAD + "Border guards detained two Ruritanian fishermen last Wednesday, the ministry said."
    anchor, found = _dated(pipeline, text, "detained", STORY_DAY)
    assert anchor.dct is None and anchor.interval.likely == date(2031, 3, 10)
    # the Wednesday before the story's Monday, not any Wednesday of the month the window allows
    assert found.likely == date(2031, 3, 5)
    # as a publication day on the story's day would place it
    assert date_of(text, "detained", STORY_DAY)["likely"] == "2031-03-05"


def test_last_weekday_of_the_story_days_own_weekday_is_the_story_day(pipeline):
    # the article was written after the Monday that dated it: its "last Monday" is that Monday
    text = LEAD + "The envoy left the capital last Monday after the ministry's decision."
    _, found = _dated(pipeline, text, "left", STORY_DAY)
    assert found.likely == date(2031, 3, 10)


def test_this_weekday_ahead_counts_from_the_story_day(pipeline):
    text = LEAD + "The two foreign ministers will sign a new fisheries accord in Lakeport this Friday."
    _, found = _dated(pipeline, text, "sign", STORY_DAY)
    assert found.likely == date(2031, 3, 14)
    assert found.start is not None and found.start <= date(2031, 3, 14)


def test_the_window_without_a_story_day_keeps_no_likely_day(pipeline):
    text = LEAD + "Border guards detained two Ruritanian fishermen last Wednesday, the ministry said."
    # with the story's day the Wednesday is one day; without any day the article gives none
    assert _dated(pipeline, text, "detained", STORY_DAY)[1].likely == date(2031, 3, 5)
    assert _dated(pipeline, text, "detained", None)[1].likely is None
