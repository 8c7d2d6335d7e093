"""Round 21 (issue 11, r21time): classes of time expressions the tagger missed. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.time.tagger import tag_text

WEDNESDAY = date(2031, 3, 19)  # a Wednesday in ISO week 12


def _values(text: str, dct: date = WEDNESDAY) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag_text(text, dct)]


# A run counted up to the story's day names that day, or the week, month or year it is in.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Copper prices slid for a third straight day.", [("a third straight day", "DATE", "2031-03-19")]),
        ("The ferry strike entered its second week.", [("second week", "DATE", "2031-W12")]),
        ("Bond yields climbed for the fourth week in a row.", [("the fourth week", "DATE", "2031-W12")]),
        ("Vendors marched through the market for a second day.", [("a second day", "DATE", "2031-03-19")]),
        ("Car sales shrank for a sixth successive month.", [("a sixth successive month", "DATE", "2031-03")]),
        ("Orchard yields fell for a second year running.", [("a second year", "DATE", "2031")]),
    ],
)
def test_a_counted_run_is_the_story_s_period(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _values(text) == expected


def test_a_counted_run_ends_on_the_day_its_sentence_names() -> None:
    assert _values("Tin prices slipped for a third consecutive day on Monday.") == [
        ("a third consecutive day", "DATE", "2031-03-17"),
        ("Monday", "DATE", "2031-03-17"),
    ]


def test_a_counted_run_takes_the_day_told_before() -> None:
    assert _values("On Monday, the ferry crews struck. They held out for a second straight day.") == [
        ("Monday", "DATE", "2031-03-17"),
        ("a second straight day", "DATE", "2031-03-17"),
    ]


# Guards: an ordinal day counted from an event, or a year of someone's term, is not the story's day.
@pytest.mark.parametrize(
    "text",
    [
        "On the second day of the fair, the mayor cut a ribbon.",
        "The third day of the hearing ended early.",
        "She is in her second year as harbour master.",
    ],
)
def test_an_ordinal_unit_without_a_run_is_left_alone(text: str) -> None:
    assert _values(text) == []


# "the entire year", "the whole month": the year (month) the story told last, else the reference's.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mill lost $3 million in the fourth quarter of 2030 and $9 million for the entire year.",
            [("the fourth quarter of 2030", "DATE", "2030-Q4"), ("the entire year", "DATE", "2030")],
        ),
        ("The cooperative expects a surplus for the full year.", [("the full year", "DATE", "2031")]),
        ("Snow fell for the whole month.", [("the whole month", "DATE", "2031-03")]),
        ("The ferry reported full-year losses.", []),
    ],
)
def test_a_whole_unit_is_the_story_s_unit(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _values(text) == expected


# "earlier in the year", "Later in the month,": the year (month) the story is telling, fronted or not.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The harbour master retired earlier in the year.", [("earlier in the year", "DATE", "2031")]),
        (
            "In 2029 the guild won the tender. Later in the year, its chairman resigned.",
            [("2029", "DATE", "2029"), ("Later in the year", "DATE", "2029")],
        ),
        ("The council will vote later in the month.", [("later in the month", "DATE", "2031-03")]),
        ("The ferry sailed earlier in the day.", []),  # the clause-final day is left untagged
    ],
)
def test_earlier_in_the_year_is_the_story_s_year(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _values(text) == expected


# A part of the day the story tells of, in a past clause: "in the morning", "in afternoon trading".
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On Monday, brokers placed heavy sell orders in the morning.",
            [("Monday", "DATE", "2031-03-17"), ("the morning", "TIME", "2031-03-17TMO")],
        ),
        ("Zinc futures slid in afternoon trading.", [("afternoon", "TIME", "2031-03-19TAF")]),
        ("The ferryman usually sails in the evening.", []),  # a habit
        ("The envoy will land in the evening.", []),  # a day ahead, which one the text does not say
        ("The raid began on the morning of March 4.", [("March 4", "DATE", "2031-03-04")]),
    ],
)
def test_a_part_of_the_story_s_day(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _values(text) == expected


def test_a_record_day_is_the_story_s_day() -> None:
    assert _values("Tin futures had their worst week since 2029.") == [
        ("week", "DATE", "2031-W12"),
        ("2029", "DATE", "2029"),
    ]
    assert _values("It was the best day of the festival.") == []


def test_a_month_after_since_has_come() -> None:
    # the date hangs off a noun ("day"), so the clause gives no side; "since" does
    assert _values("On Monday the index had its worst day since June.") == [
        ("Monday", "DATE", "2031-03-17"),
        ("day", "DATE", "2031-03-17"),
        ("June", "DATE", "2030-06"),
    ]
