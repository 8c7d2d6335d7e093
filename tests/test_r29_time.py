"""Round 29 (r29time, issue 11): a relative year ("last year", "next year", "this year") after a pair or
range of days, or after a day written before its month, is the year of those days, as it is after a
single month-first day ("on Oct. 7 last year"). Invented texts."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.time.tagger import tag_text

PUBLISHED = date(2031, 10, 9)


def _values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in tag_text(text, PUBLISHED)}


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        # a range of days takes the year after its second day
        (
            "The two ministers met in the port city on April 27-28 last year.",
            ("April 27", "2030-04-27"),
            ("28", "2030-04-28"),
        ),
        # so does a pair of days
        ("The envoys held talks on May 30 and 31 last year.", ("May 30", "2030-05-30"), ("31", "2030-05-31")),
        # and a range across months
        (
            "The drills ran from May 30 to June 2 last year.",
            ("May 30", "2030-05-30"),
            ("June 2", "2030-06-02"),
        ),
        # and a day-first range
        (
            "Both leaders attended the forum from 27 to 28 April last year.",
            ("27", "2030-04-27"),
            ("28 April", "2030-04-28"),
        ),
    ],
)
def test_days_before_a_relative_year_take_that_year(text: str, first: tuple, second: tuple) -> None:
    found = _values(text)
    assert (first[0], found[first[0]]) == first
    assert (second[0], found[second[0]]) == second


def test_a_day_before_its_month_keeps_its_day_and_takes_the_year() -> None:
    found = _values("The ceasefire was signed on 28 April last year.")
    assert found["28 April"] == "2030-04-28"
    assert found["last year"] == "2030"
    found = _values("The summit is planned for 3 March next year.")
    assert found["3 March"] == "2032-03-03"


def test_a_month_with_a_relative_year_is_still_one_month() -> None:
    # guard: without a day before it, "April last year" is the month of the year before
    assert _values("The talks broke down in April last year.")["April last year"] == "2030-04"
    # guard: a year written after the range is still both ends' year
    found = _values("The two ministers met on April 27-28, 2029.")
    assert found["April 27"] == "2029-04-27"
