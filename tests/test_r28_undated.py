"""Round 28 (r28undated): dates in articles that show no publication day. Every sentence is invented."""

from __future__ import annotations

from datetime import date

import pytest
from dating_support import date_of, story_dated

from dateline.pipeline import Pipeline
from dateline.time.document_time import CORPUS_LIKELY, CORPUS_STATED

LEAD = "Border row\n\n"
STORY_DAY = "2031-03-10"  # a Monday: the day the dated articles give the story's news


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


# --- a clause reported by a verb of saying on a bare weekday, in a story-dated article --------------------


@pytest.mark.parametrize("confidence", [CORPUS_STATED, CORPUS_LIKELY])
def test_clause_said_on_a_weekday_is_likely_that_weekday_before_the_story_day(pipeline, confidence):
    text = LEAD + "Ruritania announced on Sunday that it is cutting diplomatic relations with Elbonia."
    anchor, found = story_dated(pipeline, text, "cutting", STORY_DAY, confidence)
    assert anchor.dct is None and anchor.interval.likely == date(2031, 3, 10)
    # the Sunday before the story's Monday, as a publication day on that Monday places it
    assert found.likely == date(2031, 3, 9)
    assert date_of(text, "cutting", STORY_DAY)["likely"] == "2031-03-09"
    # the interval stays the window's: the day is a guess from the story's day
    assert found.start is not None and found.end is not None and found.end > date(2031, 3, 10)
    # the same text with no day at all keeps no likely day
    anchor, alone = story_dated(pipeline, text, "cutting", None)
    assert anchor.interval.likely is None and alone.likely is None


def test_present_perfect_said_on_a_weekday_after_it(pipeline):
    text = (
        LEAD + "The ruling council has revoked the defence accord with Elbonia with immediate effect, "
        "its spokesman said on Saturday."
    )
    _, found = story_dated(pipeline, text, "revoked", STORY_DAY)
    assert found.likely == date(2031, 3, 8)
    # the story day's own weekday is the story's day, not the week before
    text = LEAD + "Ruritania said on Monday it was recalling its ambassador from Elbonia for consultations."
    _, found = story_dated(pipeline, text, "recalling", STORY_DAY)
    assert found.likely == date(2031, 3, 10)
