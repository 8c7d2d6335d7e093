"""Round 29 (r29likely): a clock time in an article dated only by its story's day names that day,
as "this morning" does. Every sentence is invented."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.records import DateInterval, DocumentTime
from dateline.time.event_date import date_event
from dateline.time.tagger import tag

STORY_DAY = date(2031, 3, 10)


def _story_dated() -> DocumentTime:
    """An undated article's document time as `document_time` infers it from its story's day."""
    interval = DateInterval(
        STORY_DAY, date(2031, 4, 10), "range", 0.5, "inferred: on or shortly after", likely=STORY_DAY
    )
    return DocumentTime(None, interval, ("inferred",))


@pytest.mark.parametrize(
    ("text", "expression", "trigger"),
    [
        ("The two presidents met at 4:15 p.m. at the palace.", "4:15 p.m.", "met"),
        ("The envoys signed the memorandum at 11:30 in the harbour office.", "11:30", "signed"),
    ],
)
def test_a_clock_time_is_likely_on_the_story_day(nlp, text, expression, trigger):
    anchor = _story_dated()
    doc = nlp(text)
    timexes = tag(doc, anchor)
    (timex,) = [t for t in timexes if t.text == expression]
    assert timex.interval is not None and timex.interval.likely == STORY_DAY
    (word,) = [t for t in doc if t.text == trigger]
    assert date_event(doc, word, timexes, anchor).likely == STORY_DAY


def test_a_clock_time_has_no_likely_day_where_only_the_content_dates_the_article(nlp):
    # an estimate from a tenure alone has no day its writer wrote on
    tenure = DocumentTime(None, DateInterval(date(2030, 1, 1), date(2031, 12, 31), "range", 0.2, "tenure"))
    doc = nlp("The two presidents met at 4:15 p.m. at the palace.")
    (timex,) = [t for t in tag(doc, tenure) if t.text == "4:15 p.m."]
    assert timex.interval is None or timex.interval.likely is None
