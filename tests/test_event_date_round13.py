"""Event dating rules of round 13 (issue 11: classes of dated articles read on the dev news sets and
TimeBank-EventTime's train and dev documents), through `dateline.date_event` on invented sentences."""

from __future__ import annotations

import dateline

THURSDAY = "2024-03-14"
WEDNESDAY = "2024-03-13"


def _date(text: str, word: str, published: str | None = THURSDAY, nth: int = 0) -> dict:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return dateline.date_event(text, published, start, start + len(word))


# --- what led up to a dated day ----------------------------------------------------------------


def test_talks_an_act_follows_on_a_day_are_likely_that_day() -> None:
    text = "The two presidents signed a border treaty following their talks in Lima on Wednesday."
    found = _date(text, "talks")
    assert found["likely"] == WEDNESDAY
    assert found["start"] is None and found["end"] == WEDNESDAY  # still only "before" the signing


def test_talks_after_which_an_act_came_are_likely_its_day() -> None:
    text = "The ministers issued a joint statement on Wednesday after talks in Geneva."
    found = _date(text, "talks")
    assert found["likely"] == WEDNESDAY
    assert found["start"] is None


def test_what_follows_a_dated_day_gets_no_likely_day() -> None:
    # the other direction: "agreed on Wednesday to meet" says only that the meeting comes later
    text = "The two presidents agreed on Wednesday to meet again."
    found = _date(text, "meet")
    assert found["likely"] is None and found["end"] is None


def test_an_event_ordered_before_a_month_gets_no_likely_day() -> None:
    text = "The accord, signed in February after a summit in Hanoi, takes effect next year."
    found = _date(text, "summit")
    assert found["likely"] is None
    assert found["end"] == "2024-02-29"


# --- expressions that say how long since, not when -----------------------------------------------


def _lead(second: str) -> str:
    return f"The presidents of Chile and Peru met in Lima on Wednesday. {second}"


def test_the_first_talks_in_a_year_continue_the_story_of_the_day_before() -> None:
    # "in a year" measures the gap since the last talks: the clause has no time of its own, and the
    # day the sentence before set is carried to it
    text = _lead("In their first talks in a year, the two leaders also agreed to open a hotline.")
    found = _date(text, "agreed")
    assert found["likely"] == WEDNESDAY
    assert found["start"] == found["end"] == WEDNESDAY


def test_a_duration_that_dates_the_clause_still_stops_the_carry() -> None:
    found = _date(_lead("The envoys negotiated the text in two weeks of talks."), "negotiated")
    assert found["start"] != WEDNESDAY or found["end"] != WEDNESDAY


def test_days_after_keep_the_two_days_apart() -> None:
    text = "The envoys signed the accord in Quito on Wednesday, two weeks after talks in Lima."
    found = _date(text, "talks")
    assert found["likely"] is None and found["end"] is not None and found["end"] <= WEDNESDAY
