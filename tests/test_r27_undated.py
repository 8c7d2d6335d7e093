"""Round 27 (r27undated): dates in articles that show no publication day. Every sentence is invented."""

from __future__ import annotations

from datetime import date

import pytest
from dating_support import date_of, story_dated

from dateline.pipeline import Pipeline

LEAD = "Trade row\n\nRuritania expelled the Elbonian trade envoy over the tariff dispute.\n\n"
STORY_DAY = "2031-03-10"  # a Monday: the day the dated articles give the expulsion


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


# --- a weekday counted from the writer's day ("last Wednesday") in a story-dated article ---------------


def test_last_weekday_counts_from_the_story_day(pipeline):
    text = LEAD + "Border guards detained two Ruritanian fishermen last Wednesday, the ministry said."
    anchor, found = story_dated(pipeline, text, "detained", STORY_DAY)
    assert anchor.dct is None and anchor.interval.likely == date(2031, 3, 10)
    # the Wednesday before the story's Monday, not any Wednesday of the month the window allows
    assert found.likely == date(2031, 3, 5)
    # as a publication day on the story's day would place it
    assert date_of(text, "detained", STORY_DAY)["likely"] == "2031-03-05"


def test_last_weekday_of_the_story_days_own_weekday_is_the_story_day(pipeline):
    # the article was written after the Monday that dated it: its "last Monday" is that Monday
    text = LEAD + "The envoy left the capital last Monday after the ministry's decision."
    _, found = story_dated(pipeline, text, "left", STORY_DAY)
    assert found.likely == date(2031, 3, 10)


def test_this_weekday_ahead_counts_from_the_story_day(pipeline):
    text = LEAD + "The two foreign ministers will sign a new fisheries accord in Lakeport this Friday."
    _, found = story_dated(pipeline, text, "sign", STORY_DAY)
    assert found.likely == date(2031, 3, 14)
    assert found.start is not None and found.start <= date(2031, 3, 14)


def test_the_window_without_a_story_day_keeps_no_likely_day(pipeline):
    text = LEAD + "Border guards detained two Ruritanian fishermen last Wednesday, the ministry said."
    # with the story's day the Wednesday is one day; without any day the article gives none
    assert story_dated(pipeline, text, "detained", STORY_DAY)[1].likely == date(2031, 3, 5)
    assert story_dated(pipeline, text, "detained", None)[1].likely is None
