"""Round 28 (r28etime, issue 11): a weekday and the date in brackets after it; the hour or part of the
day of a reading merged over an estimated publication interval. Invented texts."""

from __future__ import annotations

from datetime import date

from dateline.nlp import load
from dateline.records import DateInterval, DocumentTime, Timex
from dateline.time.tagger import tag
from dateline.time.values import merge


def _tagged(text: str, first: date, last: date) -> dict[str, Timex]:
    """The expressions of `text` by their words, in an article whose date is only estimated."""
    anchor = DocumentTime(None, DateInterval(first, last, "range", 0.5, "estimated"), ("estimated",))
    return {t.text: t for t in tag(load()(text), anchor)}


def _days(t: Timex) -> tuple[date | None, date | None]:
    assert t.interval is not None
    return t.interval.start, t.interval.end


# "on Friday morning (Aug. 2)": the bracketed date is the weekday's day
def test_a_weekday_takes_the_date_in_brackets_after_it() -> None:
    found = _tagged(
        "The cabinet met on Friday morning (Aug. 2) and approved the plan.",
        date(2019, 8, 7),
        date(2019, 8, 9),
    )
    assert found["Friday morning"].value == "2019-08-02TMO"
    assert _days(found["Friday morning"]) == (date(2019, 8, 2), date(2019, 8, 2))
    assert found["Aug. 2"].value == "2019-08-02"


def test_a_weekday_and_a_date_of_unknown_year_fix_the_year() -> None:
    # 4 December is a Sunday only in 2022 between 2020 and 2025
    found = _tagged(
        "The envoys met on Sunday (4 December) in the capital.", date(2020, 1, 1), date(2025, 12, 31)
    )
    assert found["Sunday"].value == "2022-12-04"
    assert _days(found["Sunday"]) == (date(2022, 12, 4), date(2022, 12, 4))
    # a Friday in 2020 and in 2026: the two bound it, the year stays open
    found = _tagged(
        "The envoys met on Friday (4 December) in the capital.", date(2020, 1, 1), date(2026, 12, 31)
    )
    assert found["Friday"].value == "XXXX-12-04"
    assert _days(found["Friday"]) == (date(2020, 12, 4), date(2026, 12, 4))


def test_a_weekday_beside_a_date_on_another_weekday_is_left_apart() -> None:
    # 2 August 2019 is a Friday: "Saturday (Aug. 2)" holds a slip, and the text does not say which
    found = _tagged(
        "The cabinet met on Saturday (Aug. 2) and approved the plan.", date(2019, 8, 7), date(2019, 8, 9)
    )
    assert found["Saturday"].value != "2019-08-02"
    # a date after a comma is one expression with its weekday, as before
    found = _tagged(
        "The cabinet met on Friday, Aug. 2, and approved the plan.", date(2019, 8, 7), date(2019, 8, 9)
    )
    assert found["Friday, Aug. 2"].value == "2019-08-02"


# a reading over an estimated interval: the day is lost, the hour the text gives is not
def test_a_merged_reading_keeps_the_hour_or_part_of_day_both_share() -> None:
    assert merge("2019-08-02TMO", "2019-08-09TMO", "XXXX-WXX-5TMO") == "2019-08-XXTMO"
    assert merge("2019-08-03T07:43", "2019-09-03T07:43") == "2019-XX-XXT07:43"
    # different hours are not the text's; dates keep their form
    assert merge("2024-05-02T10:00", "2024-05-09T11:00") == "2024-05-XX"
    assert merge("2021-05-04", "2021-09-28") == "2021-XX-XX"
    found = _tagged(
        "Ministers will meet this afternoon to discuss the plan.", date(2019, 8, 7), date(2019, 8, 9)
    )
    assert found["this afternoon"].value == "2019-08-XXTAF"


# "in April 2018, months after the standoff": the comma ends the year, it does not join a count
def test_a_year_before_a_comma_is_no_count_of_the_unit_after_it() -> None:
    found = _tagged(
        "The first summit was held in April 2018, months after a standoff.",
        date(2019, 1, 1),
        date(2019, 12, 31),
    )
    assert found["April 2018"].value == "2018-04"
    assert "2018, months" not in found
    found = _tagged(
        "The accord was signed in 1995, years before the war.", date(2019, 1, 1), date(2019, 12, 31)
    )
    assert found["1995"].value == "1995"
    # a comma that groups thousands is still a number
    found = _tagged("The siege lasted 1,000 days.", date(2019, 1, 1), date(2019, 12, 31))
    assert found["1,000 days"].value == "P1000D"
