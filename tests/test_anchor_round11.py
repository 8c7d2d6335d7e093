"""Round 11: what relative expressions count from when the document time is not one known day, and
the "last <weekday>" convention (invented sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.records import DateInterval, DocumentTime
from dateline.time.tagger import tag, tag_text


def story_dated(day: date, until: date) -> DocumentTime:
    """An undated article's document time as `document_time` infers it: on or after its story day."""
    interval = DateInterval(day, until, "range", 0.5, "inferred story day", likely=day)
    return DocumentTime(None, interval, ("inferred",))


def values(nlp, text: str, anchor: DocumentTime) -> dict[str, str]:
    return {t.text: t.value for t in tag(nlp(text), anchor)}


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The envoy phoned both capitals last Friday.", "last Friday", "2031-03-07"),
        ("Last month the trade minister toured the region.", "Last month", "2031-02"),
        ("Two days ago the rebels shelled the port.", "Two days ago", "2031-03-08"),
        ("The summit is due next week.", "next week", "2031-W12"),
    ],
)
def test_article_that_names_its_story_day_counts_from_it(nlp, text, expression, value):
    # the story day is a Monday the article names; the inferred window runs a month past it
    anchor = story_dated(date(2031, 3, 10), date(2031, 4, 10))
    found = values(nlp, f"The talks opened on Monday (March 10). {text}", anchor)
    assert found["March 10"] == "2031-03-10"
    assert found[expression] == value


def test_story_day_anchor_says_so_in_the_basis(nlp):
    anchor = story_dated(date(2031, 3, 10), date(2031, 4, 10))
    timexes = tag(nlp("Talks began on March 10. The mayor resigned yesterday."), anchor)
    (timex,) = [t for t in timexes if t.text == "yesterday"]
    assert timex.value == "2031-03-09"
    assert timex.interval is not None and "story's day" in timex.interval.basis


def test_story_day_from_elsewhere_dates_months_not_days(nlp):
    # the story day comes from other reports, not from the article's own words: it was written on it
    # or after it, so "last month" counts from it, but "yesterday" may name the story day itself
    anchor = story_dated(date(2031, 3, 10), date(2031, 4, 10))
    found = {
        t.text: t for t in tag(nlp("The envoy left yesterday. Last month he toured the region."), anchor)
    }
    assert found["Last month"].value == "2031-02"
    interval = found["yesterday"].interval
    assert interval is not None and interval.start == date(2031, 3, 9) and interval.end == date(2031, 4, 9)


def test_window_without_a_story_day_stays_a_window(nlp):
    # no likely day: both ends of the window count, as before
    anchor = DocumentTime(None, DateInterval(date(2031, 3, 10), date(2031, 4, 10), "range", 0.4, "estimate"))
    (timex,) = tag(nlp("The mayor resigned last month."), anchor)
    assert timex.interval is not None
    assert timex.interval.start == date(2031, 2, 1) and timex.interval.end == date(2031, 3, 31)


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        # the day before is "yesterday" or plain "Friday": "last Friday" is the week before's
        ("The cabinet approved the budget last Friday.", date(2031, 3, 15), "2031-03-07"),
        # from any later day it is the most recent one
        ("The cabinet approved the budget last Thursday.", date(2031, 3, 15), "2031-03-13"),
        ("The cabinet approved the budget last Monday.", date(2031, 3, 13), "2031-03-10"),
        ("The cabinet approved the budget last Saturday.", date(2031, 3, 15), "2031-03-08"),
        # "next" is the nearest one ahead
        ("The cabinet meets next Friday.", date(2031, 3, 13), "2031-03-14"),
        ("The cabinet meets next Tuesday.", date(2031, 3, 13), "2031-03-18"),
        # "this past" and "this coming" are the nearest ones
        ("The cabinet met this past Friday.", date(2031, 3, 15), "2031-03-14"),
        ("The cabinet meets this coming Friday.", date(2031, 3, 13), "2031-03-14"),
    ],
)
def test_last_and_next_weekday(text, published, value):
    (timex,) = tag_text(text, published)
    assert timex.value == value
