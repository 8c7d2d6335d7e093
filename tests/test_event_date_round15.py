"""Event dating rules of round 15 (issue 11: events whose date is an interval, multi-day events and
parts of a month), through `dateline.date_event` on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

import dateline
from dateline.time.values import narrow

SATURDAY = "2021-07-24"


def _date(text: str, word: str, published: str | None = SATURDAY) -> dict:
    start = text.index(word)
    return dateline.date_event(text, published, start, start + len(word))


def _span(found: dict) -> tuple[str | None, str | None]:
    return found["start"], found["end"]


# --- early, mid and late parts of a month are three thirds that share no day ---------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The ministers will meet in early August in Tashkent.", ("2021-08-01", "2021-08-10")),
        ("The ministers will meet in mid-August in Tashkent.", ("2021-08-11", "2021-08-20")),
        ("The ministers will meet in late August in Tashkent.", ("2021-08-21", "2021-08-31")),
    ],
)
def test_a_part_of_a_month_is_its_third(text: str, span: tuple[str, str]) -> None:
    assert _span(_date(text, "meet")) == span


def test_thirds_of_a_year_and_of_a_short_span() -> None:
    year = (date(2024, 1, 1), date(2024, 12, 31))
    assert narrow(*year, "EARLY") == (date(2024, 1, 1), date(2024, 5, 1))
    assert narrow(*year, "LATE") == (date(2024, 9, 1), date(2024, 12, 31))
    # two days have no thirds: the span stays whole rather than end before it starts
    two = (date(2024, 1, 1), date(2024, 1, 2))
    assert narrow(*two, "MID") == two
