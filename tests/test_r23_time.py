"""Round 23 (issue 11, r23time): value classes of the time tagger. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.time.tagger import tag_text

MONDAY = date(2030, 10, 28)  # a Monday in late October: days of early November lie just ahead


def _values(text: str, dct: date = MONDAY) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag_text(text, dct)]


# A period that has ended ended on or before the report, also on a day of the month around it.
@pytest.mark.parametrize(
    "text",
    [
        "The grocer lost $2 million in the quarter ended Oct. 31.",
        "The grocer lost $2 million in the quarter ended on Oct. 31.",
        "The dock strike ended Nov. 2 after a month.",
    ],
)
def test_a_day_that_ended_something_is_not_ahead(text: str) -> None:
    day = [v for v in _values(text) if v[0] in ("Oct. 31", "Nov. 2")]
    assert day and day[0][2].startswith("2029-")


def test_a_day_that_ended_something_keeps_its_named_year() -> None:
    assert ("Oct. 31, 2030", "DATE", "2030-10-31") in _values("The offer ended Oct. 31, 2030.")


def test_a_day_still_to_end_stays_ahead() -> None:
    found = _values("The grocer will report for the quarter ending Nov. 2.")
    assert ("Nov. 2", "DATE", "2030-11-02") in found


# A quarter named with the day that ended it lies in that day's year, not after it.
def test_a_quarter_lies_in_the_year_of_the_day_it_ended() -> None:
    text = (
        "In the year-ago period, the second quarter ended Oct. 30, the grocer lost $3 million. "
        "Results for that quarter included a charge of $1 million."
    )
    found = _values(text)
    assert ("the second quarter", "DATE", "2029-Q2") in found
    assert ("that quarter", "DATE", "2029-Q2") in found


def test_a_quarter_ended_in_a_future_clause_is_the_one_just_ended() -> None:
    found = _values("The bank will report results for its third quarter ended Sept. 30 on Thursday.")
    assert ("third quarter", "DATE", "2030-Q3") in found


def test_a_fiscal_quarter_ended_before_its_calendar_quarter_keeps_its_year() -> None:
    found = _values("The truck maker said profit for its fourth quarter ended Aug. 31 rose.")
    assert ("fourth quarter", "DATE", "2030-Q4") in found


# An expression the parser hangs on "ended" is not the period's day: it takes its own clause's tense.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bank will report for its third quarter ended Sept. 30 Thursday.", ("Thursday", "2030-10-31")),
        ("The bank will report for the quarter ended Sept. 30 next week.", ("next week", "2030-W45")),
        ("The mill expects to file for the fiscal year ended June 30 by December.", ("December", "2030-12")),
    ],
)  # fmt: skip
def test_an_expression_after_the_day_a_period_ended_takes_the_clause_tense(
    text: str, expected: tuple[str, str]
) -> None:
    assert expected in [(v[0], v[2]) for v in _values(text)]


# A year written before a quarter as its possessor, with or without "fiscal".
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Profit rose in fiscal 2031's first quarter.", ("fiscal 2031's first quarter", "DATE", "2031-Q1")),
        ("Profit fell in 2029's third quarter.", ("2029's third quarter", "DATE", "2029-Q3")),
        ("It rose in the fiscal 2029 fourth quarter.", ("the fiscal 2029 fourth quarter", "DATE", "2029-Q4")),
    ],
)  # fmt: skip
def test_a_year_before_its_quarter(text: str, expected: tuple[str, str, str]) -> None:
    assert _values(text) == [expected]


# A quarter or half of a century (or decade) is a duration of its years, not a quarter of a year.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The index fell to a quarter-century low.", ("a quarter-century", "DURATION", "P25Y")),
        ("The party ruled for a quarter of a century.", ("a quarter of a century", "DURATION", "P25Y")),
        ("Rates hit their lowest level in a quarter century.", ("a quarter century", "DURATION", "P25Y")),
        ("The dam stood for a half-century.", ("a half-century", "DURATION", "P50Y")),
        ("The guards waited a quarter of an hour.", ("a quarter of an hour", "DURATION", "PT15M")),
        ("The dam was built half a century ago.", ("half a century ago", "DATE", "1980")),
        ("The dam was built a quarter century ago.", ("a quarter century ago", "DATE", "2005")),
    ],
)  # fmt: skip
def test_fractions_of_long_units(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _values(text)


def test_a_quarter_of_something_is_still_no_time() -> None:
    assert _values("About a quarter of the workforce left.") == []


# "the prior quarter", "the preceding year": "previous" in other words, counted from the period told.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mill earned $3 million in the third quarter, against $2 million in the prior quarter.",
         ("the prior quarter", "DATE", "2030-Q2")),
        ("The mill earned $3 million in the third quarter, against $2 million in the preceding quarter.",
         ("the preceding quarter", "DATE", "2030-Q2")),
        ("Exports rose 5% in 2028, after falling in the prior year.", ("the prior year", "DATE", "2027")),
    ],
)  # fmt: skip
def test_prior_and_preceding_are_previous(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _values(text)


def test_prior_without_the_is_no_time() -> None:
    assert _values("Prior year results were restated.") == []


# "that evening", "that same night": the part of the day last told, as a TIME.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebels took the port on Oct. 3. That evening, troops drove them out.",
         ("That evening", "TIME", "2030-10-03TEV")),
        ("Rebels took the port on Friday. Troops drove them out that same night.",
         ("that same night", "TIME", "2030-10-25TNI")),
    ],
)  # fmt: skip
def test_a_part_of_the_day_told(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _values(text)


def test_a_part_of_no_day_told_is_not_tagged() -> None:
    assert _values("Residents fled that night.") == []
