"""Round 16 (r16yearfix): the year of a year-less day when the evidence leaves several years open.
Every sentence is invented; real office holders of the actors' KB stand in them.

- document time (`time/document_time._solve`): a year-less day with its weekday and only a lower
  bound takes the first year that fits only when no later year fits up to today; else (round 17)
  the latest year up to today, not a first-fit guess that would date the story's other reports.
- cleaner (`clean/tenure_years.year_from_offices`): a year inferred from the tenures and the lead's
  weekday is dropped when a dating term of the text ("a post on X") rules it out."""

from datetime import date

from dateline.clean.dates import MonthDay
from dateline.clean.tenure_years import year_from_offices
from dateline.time.document_time import Bound, Evidence, Window, _solve
from dateline.time.partial_values import MonthDay as Yearless

TODAY = date(2026, 6, 1)


def _weekday_day(lower: date, month: int, day: int, weekday: int) -> Evidence:
    ev = Evidence([Bound(lower, "in office since", strength=3)], [], [], [], TODAY)
    ev.windows.append(
        Window("a day with its weekday", 3, 0, 1, yearless=Yearless(month, day), weekday=weekday)
    )
    return ev


def test_a_weekday_day_that_recurs_after_an_old_lower_bound_takes_the_latest_year():
    # Saturday, December 28 after a tenure from 2003: 2013, 2019 and 2024 all fit; round 17 takes
    # the latest up to today (round 16 left the year open)
    interval, used = _solve(_weekday_day(date(2003, 10, 31), 12, 28, 5))
    assert interval.start == date(2024, 12, 28)
    assert any("2013, 2019, 2024" in u for u in used)


def test_the_one_fit_up_to_today_is_kept():
    # Sunday, May 19 after a tenure from December 2023: 2024, and next in 2030 (after today)
    interval, _ = _solve(_weekday_day(date(2023, 12, 10), 5, 19, 6))
    assert interval.start == date(2024, 5, 19)


def test_a_dated_mention_closes_the_range():
    # the same Saturday, December 28, with a report dated in the autumn of 2024: 2024 alone fits
    ev = _weekday_day(date(2003, 10, 31), 12, 28, 5)
    ev.windows.append(Window("said on November 30, 2024", 3, 0, 60, (date(2024, 11, 30), date(2024, 11, 30))))
    interval, _ = _solve(ev)
    assert interval.start == date(2024, 12, 28)


def _md(month: int, day: int) -> MonthDay:
    return MonthDay(0, 0, month, day)


LEAD = "Prime Minister Narendra Modi and President Xi Jinping held talks in the city on Wednesday."


def test_the_leads_weekday_year_stands_without_a_dating_term():
    # October 24 fell on a Wednesday once in both tenures up to 2026: 2018
    assert year_from_offices(_md(10, 24), LEAD, TODAY)[0] == date(2018, 10, 24)


def test_a_dating_term_rules_out_the_leads_weekday_year():
    # "a post on X" (not before July 2023): the Wednesday was not the dateline's own day
    text = LEAD + " In a post on X, the envoy welcomed the talks."
    assert year_from_offices(_md(10, 24), text, TODAY) is None
