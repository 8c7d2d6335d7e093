"""Round 22 (issue 11, r22time): value and span classes of the development errors. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.time.tagger import tag_text

WEDNESDAY = date(2031, 3, 19)  # a Wednesday in ISO week 12


def _values(text: str, dct: date = WEDNESDAY) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag_text(text, dct)]


# "last year" names the calendar year, also in an earnings story that has just named a quarter.
def test_last_year_beside_a_quarter_is_the_year() -> None:
    found = _values("Fourth-quarter sales at the mill slid to $14 million against $19 million last year.")
    assert ("last year", "DATE", "2030") in found


def test_last_year_beside_a_quarter_leaves_the_story_in_the_quarter() -> None:
    text = (
        "The brewer said third-quarter profit fell to $4 million from $6 million last year. "
        "It earned 12 cents a share in the 2029 quarter."
    )
    assert ("the 2029 quarter", "DATE", "2029-Q3") in _values(text)


def test_a_year_ago_beside_a_quarter_is_still_that_quarter() -> None:
    found = _values("Third-quarter profit at the brewer rose 5% from a year ago.")
    assert ("a year ago", "DATE", "2029-Q3") in found


# "the then current price": "then" puts the adjective in the past.
@pytest.mark.parametrize("text", ["Holders may buy shares at half the then current price.",
                                  "Holders may buy shares at half the then-current price."])  # fmt: skip
def test_then_current_is_past_ref(text: str) -> None:
    assert [(v[1], v[2]) for v in _values(text)] == [("DATE", "PAST_REF")]
    assert _values(text)[0][0].startswith("then")


def test_then_of_a_sequence_is_not_tagged_with_current() -> None:
    assert _values("Imports fell and then current accounts widened.") == []


# A part of the day written before its day: the same TIME as "yesterday afternoon".
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By mid-afternoon yesterday, rain fell.", [("mid-afternoon yesterday", "TIME", "2031-03-18TAF")]),
        ("The offer expires late afternoon Friday.", [("late afternoon Friday", "TIME", "2031-03-21TAF")]),
        ("They voted early morning on Monday.", [("early morning on Monday", "TIME", "2031-03-17TMO")]),
    ],
)
def test_a_part_of_day_before_its_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _values(text) == expected


def test_a_day_modifier_alone_is_unchanged() -> None:
    assert _values("The council voted late Monday.") == [("late Monday", "DATE", "2031-03-17")]


# "that same day" points back to the day told, like "that day".
def test_that_same_day_is_the_day_told() -> None:
    found = _values("The dam gates opened on March 3. The valley was flooded that same day.")
    assert found[-1] == ("that same day", "DATE", "2031-03-03")


def test_that_same_day_without_a_day_told_is_left_alone() -> None:
    assert _values("The valley was flooded that same day.") == []


# A day of a run named by a day subject: "today is the sixth day of the dock strike".
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the port, today is the sixth day of the dock strike.", ("the sixth day", "DATE", "2031-03-19")),
        ("Monday was the third day of the ferry strike.", ("the third day", "DATE", "2031-03-17")),
    ],
)
def test_a_day_subject_names_the_day_of_the_run(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _values(text)


def test_an_ordinal_day_of_an_event_is_still_left_alone() -> None:
    assert _values("Officials toured the dam on the second day of the visit.") == []


# Named days counted from Easter or from Thanksgiving are those days, not the nearest weekday.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shoppers queued outside the mall on Black Friday.", ("Black Friday", "DATE", "2030-11-29")),
        ("Retailers cut prices again on Cyber Monday.", ("Cyber Monday", "DATE", "2030-12-02")),
        ("The procession is held on Maundy Thursday.", ("Maundy Thursday", "DATE", "2031-04-10")),
    ],
)
def test_named_days_on_a_weekday(text: str, expected: tuple[str, str, str]) -> None:
    assert _values(text) == [expected]
