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
    assert narrow(*year, "EARLY") == (date(2024, 1, 1), date(2024, 4, 30))  # round 25: by months
    assert narrow(*year, "LATE") == (date(2024, 9, 1), date(2024, 12, 31))
    # two days have no thirds: the span stays whole rather than end before it starts
    two = (date(2024, 1, 1), date(2024, 1, 2))
    assert narrow(*two, "MID") == two


# --- an occasion of some days bounded at its end, and what happens during it ---------------------

MONDAY = "2025-08-25"


def test_a_visit_wrapped_up_on_a_day_ends_on_it() -> None:
    text = "The president on Sunday wrapped up a two-day visit to Peru for talks on trade."
    found = _date(text, "visit", MONDAY)
    assert _span(found) == ("2025-08-23", "2025-08-24")
    assert found["likely"] == "2025-08-23"  # its first day, as for a range of days
    assert found["extent"]["end"] == {"after": "2025-08-24", "before": "2025-08-24"}


def test_a_visit_begun_on_a_day_still_starts_on_it() -> None:
    text = "The president on Saturday began a two-day visit to Peru for talks on trade."
    assert _span(_date(text, "visit", MONDAY)) == ("2025-08-23", "2025-08-24")


def test_what_happens_during_a_visit_of_known_days_lies_within_them() -> None:
    text = "The president on Sunday wrapped up a two-day visit to Peru, during which he signed three deals."
    found = _date(text, "signed", MONDAY)
    assert _span(found) == ("2025-08-23", "2025-08-24")
    assert found["likely"] is None  # the text names no day of the two


def test_a_visit_ended_at_an_undated_report_runs_up_to_its_likely_day() -> None:
    # the remarks are the report's news, most likely of the publication day: the visit is the three
    # days up to it, and so is what he did during it (the parse hangs the clause on "remarks")
    text = (
        "The president made these remarks at the end of a three-day visit to Chile, during which he met "
        "neither the king nor the prime minister."
    )
    assert _span(_date(text, "visit", MONDAY)) == ("2025-08-23", "2025-08-25")
    met = _date(text, "met", MONDAY)
    assert _span(met) == ("2025-08-23", "2025-08-25")
    assert met["likely"] is None


@pytest.mark.parametrize(
    ("text", "word", "span", "likely"),
    [
        # a day of its own wins over the visit's days
        (
            "The president met the minister on Saturday during his two-day visit to Peru.",
            "met",
            ("2025-08-23", "2025-08-23"),
            "2025-08-23",
        ),
        # a visit whose days the text does not give leaves the tense's window
        (
            "The president signed three deals during his two-day visit to Peru.",
            "signed",
            ("2025-08-18", "2025-08-25"),
            MONDAY,
        ),
    ],
)
def test_a_visit_dates_only_what_has_no_day_and_only_when_its_days_are_known(
    text: str, word: str, span: tuple[str, str], likely: str
) -> None:
    found = _date(text, word, MONDAY)
    assert (_span(found), found["likely"]) == (span, likely)


# --- an occasion's time dates an event noun; "At that meeting, ..." carries the occasion's date ---


@pytest.mark.parametrize(
    ("text", "word", "published", "span"),
    [
        # the date on the occasion's noun dates an event noun, as it dates a verb
        (
            "The president has signalled support for closer ties, including during his first meeting "
            "with the premier on the sidelines of the G7 summit in Canada in June.",
            "meeting",
            "2025-08-23",
            ("2025-06-01", "2025-06-30"),
        ),
        # a phrase pointing back to the occasion just told dates what happened at it, a statement too
        (
            "The last time the two ministers met in person was in Geneva in January 2022. At that "
            "meeting, the minister warned his counterpart about the consequences.",
            "warned",
            "2023-03-02",
            ("2022-01-01", "2022-01-31"),
        ),
    ],
)
def test_an_occasions_time_dates_what_took_place_at_it(
    text: str, word: str, published: str, span: tuple[str, str]
) -> None:
    assert _span(_date(text, word, published)) == span


def test_a_phrase_that_is_no_occasion_does_not_date_the_noun() -> None:
    # "to" names where the visit goes, not an occasion it took place at
    text = "The minister praised the visit to the summit in 2019 on Tuesday."
    assert _date(text, "visit", "2024-02-14")["start"] != "2019-01-01"


def test_at_the_meeting_is_the_storys_own_and_carries_nothing_to_a_statement() -> None:
    text = "The ministers met in Geneva on Monday. At the meeting, the minister warned his counterpart."
    assert _date(text, "warned", "2023-03-02")["likely"] == "2023-03-02"
