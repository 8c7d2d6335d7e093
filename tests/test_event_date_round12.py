"""Event dating rules of round 12 (issue 11: the likely day of an event without a time of its own in
a story told of the day before publication), through `dateline.date_event` on the project's own
sentences."""

from __future__ import annotations

import dateline

TUESDAY = "2024-03-12"
MONDAY = "2024-03-11"


def _date(text: str, word: str, published: str | None = TUESDAY) -> dict:
    start = text.index(word)
    return dateline.date_event(text, published, start, start + len(word))


def _story(day: str) -> str:
    # the lead dates the story; two undated sentences follow, so no date is carried to the fourth
    return (
        f"The presidents of Chile and Peru met at the border on {day}. The talks lasted four hours. "
        "Officials said the crossing would reopen. The ministers said they had agreed a truce. "
        "The envoy told reporters that his government welcomes the offer."
    )


def test_a_past_perfect_in_a_story_of_yesterday_is_likely_on_that_day() -> None:
    found = _date(_story("Monday"), "agreed")
    assert found["likely"] == MONDAY
    assert found["start"] is None and found["end"] == TUESDAY  # the interval stays "before publication"


def test_a_past_perfect_in_a_story_of_the_publication_day_stays_on_the_report() -> None:
    # no story day before publication to move to: the reported past perfect is the report's news
    # (tests/test_event_date_news_round12.py), never the day the lead names for another story
    found = _date(_story("Tuesday"), "agreed")
    assert found["likely"] == TUESDAY
    assert found["start"] is None and found["end"] == TUESDAY


def test_a_past_perfect_in_an_undated_article_takes_its_story_day() -> None:
    text = _story("Monday, March 11, 2024")
    assert _date(text, "agreed", None)["likely"] == MONDAY


def test_a_reported_present_is_said_on_the_day_of_its_verb_of_saying() -> None:
    found = _date(_story("Monday"), "welcomes")
    assert found["likely"] == MONDAY
    assert found["start"] <= MONDAY and found["end"] == TUESDAY


def test_a_reported_present_of_a_story_of_the_publication_day_keeps_that_day() -> None:
    assert _date(_story("Tuesday"), "welcomes")["likely"] == TUESDAY


def test_undated_news_of_an_article_dated_by_its_story_day_starts_on_that_day() -> None:
    # no publication day: the document time is inferred from the latest day the text reports
    text = _story("Monday, March 11, 2024") + " Farmers praised the deal."
    found = _date(text, "praised", None)
    assert found["likely"] == MONDAY
    # not the week before the story's day, nor (round 24) the evening before it
    assert found["start"] == "2024-03-11"


COUNTED = (
    "The two leaders began their second summit this year in Oslo. It was the third attack on the "
    "pipeline this month. The army held a large parade this year. The rebels staged their first raid "
    "this week."
)


def test_a_running_period_that_an_ordinal_counts_in_does_not_date_the_event() -> None:
    for word in ("began", "attack"):
        found = _date(COUNTED, word)
        assert found["likely"] == TUESDAY
        assert found["start"] > "2024-03-01"  # the tense's few days, not the year or the month


def test_a_period_without_an_ordinal_or_a_week_still_dates_the_event() -> None:
    assert _date(COUNTED, "held")["start"] == "2024-01-01"
    assert _date(COUNTED, "staged")["start"] == "2024-03-11"  # this week, from its Monday
