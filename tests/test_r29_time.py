"""Round 29 (r29time, issue 11): a relative year ("last year", "next year", "this year") after a pair or
range of days, or after a day written before its month, is the year of those days, as it is after a
single month-first day ("on Oct. 7 last year"). Invented texts."""

from __future__ import annotations

from datetime import date

from dateline.time.tagger import tag_text

PUBLISHED = date(2031, 10, 9)


def _values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in tag_text(text, PUBLISHED)}


def test_a_range_of_days_takes_the_year_after_its_second_day() -> None:
    found = _values("The two ministers met in the port city on April 27-28 last year.")
    assert found["April 27"] == "2030-04-27"
    assert found["28"] == "2030-04-28"


def test_a_pair_of_days_takes_the_year_after_its_second_day() -> None:
    found = _values("The envoys held talks on May 30 and 31 last year.")
    assert found["May 30"] == "2030-05-30"
    assert found["31"] == "2030-05-31"


def test_a_range_across_months_takes_the_year_after_it() -> None:
    found = _values("The drills ran from May 30 to June 2 last year.")
    assert found["May 30"] == "2030-05-30"
    assert found["June 2"] == "2030-06-02"


def test_a_day_before_its_month_keeps_its_day_and_takes_the_year() -> None:
    found = _values("The ceasefire was signed on 28 April last year.")
    assert found["28 April"] == "2030-04-28"
    assert found["last year"] == "2030"
    found = _values("The summit is planned for 3 March next year.")
    assert found["3 March"] == "2032-03-03"


def test_a_day_first_range_takes_the_year_after_it() -> None:
    found = _values("Both leaders attended the forum from 27 to 28 April last year.")
    assert found["27"] == "2030-04-27"
    assert found["28 April"] == "2030-04-28"


def test_a_month_with_a_relative_year_is_still_one_month() -> None:
    # guard: without a day before it, "April last year" is the month of the year before
    assert _values("The talks broke down in April last year.")["April last year"] == "2030-04"
    # guard: a year written after the range is still both ends' year
    found = _values("The two ministers met on April 27-28, 2029.")
    assert found["April 27"] == "2029-04-27"
