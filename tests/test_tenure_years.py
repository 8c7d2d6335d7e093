"""A year-less dateline's year from the offices its story names and the weekday its lead gives
(clean/tenure_years.py), with invented stories about real office holders of the actors' KB."""

from datetime import date

from dateline.clean.dates import MonthDay
from dateline.clean.tenure_years import year_from_offices
from dateline.pipeline import PipelineConfig, clean_document, make_cleaner
from dateline.records import RawDocument

TODAY = date(2025, 6, 1)


def _md(month: int, day: int) -> MonthDay:
    return MonthDay(0, 0, month, day)


def test_president_and_weekday_fix_the_year():
    text = "Russian President Dmitry Medvedev will receive the new envoys of three states on Thursday."
    found = year_from_offices(_md(7, 14), text, TODAY)
    assert found is not None and found[0] == date(2011, 7, 14)


def test_same_holder_in_a_later_office_does_not_count_for_the_first():
    # as prime minister (2012-2020) July 14 was a Thursday in 2016 as well: no single year
    text = "Prime Minister Dmitry Medvedev will chair a cabinet session on Thursday."
    assert year_from_offices(_md(7, 14), text, TODAY) is None


def test_no_weekday_no_year():
    text = "Russian President Dmitry Medvedev will receive the new envoys of three states."
    assert year_from_offices(_md(7, 14), text, TODAY) is None


def test_name_without_its_title_is_not_an_office():
    text = "A street named for Dmitry Medvedev was renamed on Thursday, residents said."
    assert year_from_offices(_md(7, 14), text, TODAY) is None


def test_weekday_of_the_day_before_leaves_the_year_open():
    # Sunday is July 8 itself in one year and the day before it in the next: no choice
    text = "Venezuelan President Nicolás Maduro said on Sunday that talks would resume."
    assert year_from_offices(_md(7, 8), text, TODAY) is None


def test_dateline_gets_the_year_through_the_cleaner():
    page = (
        "Envoys to meet the Kremlin chief\n\n"
        "MOSCOW, July 14 (Wire) -- Russian President Dmitry Medvedev will receive the credentials of "
        "four new ambassadors on Thursday, his office said.\n\n"
        "The ceremony is held twice a year in the Kremlin."
    )
    art = clean_document(make_cleaner(PipelineConfig()), RawDocument("invented#1", text=page))
    assert art.published is not None and art.published.value == "2011-07-14"
    assert "in office of Dmitry Medvedev" in art.published.note
