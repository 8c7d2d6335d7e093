"""Round 17 (r17year): the document time of articles whose own time is unknown or wide.
Every sentence and article is invented.

- a year-less day with its weekday and no upper bound takes its latest occurrence up to the day the
  text is read (`time/document_time._solve`), also where nothing else dates the text;
- a year-less dateline takes the one weekday its lead names as its own (`document_time.estimate`)."""

from __future__ import annotations

from datetime import date

from dateline.clean.plaintext import clean_text
from dateline.clean.pubdate import choose
from dateline.records import Article, DateInterval, TenureHint
from dateline.time.document_time import Bound, Evidence, Window, _solve, estimate
from dateline.time.partial_values import MonthDay

TODAY = date(2026, 6, 1)


def _weekday_day(month: int, day: int, weekday: int, lower: date | None = None) -> Evidence:
    bounds = [Bound(lower, "in office since", strength=3)] if lower else []
    ev = Evidence(bounds, [], [], [], TODAY)
    ev.windows.append(
        Window("a day with its weekday", 3, 0, 1, yearless=MonthDay(month, day), weekday=weekday)
    )
    return ev


def test_a_weekday_day_with_nothing_else_takes_its_latest_year_up_to_today():
    # "on Tuesday (Dec 3)": 2019 and 2024 up to June 2026 (2030 has not come)
    interval, used = _solve(_weekday_day(12, 3, 1))
    assert interval.start == date(2024, 12, 3) and interval.end == date(2024, 12, 4)
    assert any("2019, 2024" in u for u in used)


def test_a_weekday_day_after_an_old_tenure_takes_the_latest_year():
    # "Saturday, December 28" under a tenure from 2003: 2013, 2019 and 2024 fit; 2024 is the latest
    interval, _ = _solve(_weekday_day(12, 28, 5, date(2003, 10, 31)))
    assert interval.start == date(2024, 12, 28)


def test_a_year_that_has_not_come_is_not_taken():
    # "Wednesday, December 30" fits 2026 too, but after the day the text is read: 2020
    interval, _ = _solve(_weekday_day(12, 30, 2))
    assert interval.start == date(2020, 12, 30)


def test_a_year_less_day_without_its_weekday_is_left_open():
    ev = Evidence([], [], [Window("'March 3' (past)", 1, 0, 120, yearless=MonthDay(3, 3))], [], TODAY)
    interval, _ = _solve(ev)
    assert interval.start is None and interval.end is None


RUIZ = TenureHint(
    "Foreign Minister Ana Ruiz", "ruiz", DateInterval(date(2010, 5, 2), date(2014, 8, 30), "range", 0.9)
)


def _dateline_june_3(nlp, lead: str):
    """The article the cleaner makes of a wire story under a year-less dateline, dated by the time stage."""
    raw = f"Ministers meet on fisheries\n\nLIMA, June 3 (Wire) - Foreign Minister Ana Ruiz {lead}\n"
    cleaned = clean_text(raw, as_of=TODAY)
    page = choose(cleaned.dates)
    assert page.value is None and page.month_day == "--06-03"
    return estimate(Article(id="t", text=cleaned.text, published=page), nlp(cleaned.text), [RUIZ], [])


def test_a_year_less_dateline_takes_the_weekday_its_lead_names(nlp):
    # "June 3" fits every year of the tenure; a Monday only in 2013
    assert _dateline_june_3(nlp, "met her Peruvian counterpart.").dct is None
    monday = _dateline_june_3(nlp, "met her Peruvian counterpart on Monday.")
    assert monday.dct == date(2013, 6, 3)
    assert any("the Monday its lead names" in r for r in monday.reasons)


def test_two_weekdays_in_the_lead_give_the_dateline_none(nlp):
    assert _dateline_june_3(nlp, "met her Peruvian counterpart on Monday after talks on Sunday.").dct is None
