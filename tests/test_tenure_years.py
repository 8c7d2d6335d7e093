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
    # as prime minister (2012-2020) July 14 was a Thursday in 2016 only; as president, in 2011
    text = "Prime Minister Dmitry Medvedev will chair a cabinet session on Thursday."
    found = year_from_offices(_md(7, 14), text, TODAY)
    assert found is not None and found[0] == date(2016, 7, 14)


def test_no_weekday_no_year():
    text = "Russian President Dmitry Medvedev will receive the new envoys of three states."
    assert year_from_offices(_md(7, 14), text, TODAY) is None


def test_name_without_its_title_is_not_an_office():
    text = "A street named for Dmitry Medvedev was renamed on Thursday, residents said."
    assert year_from_offices(_md(7, 14), text, TODAY) is None


def test_the_leads_weekday_is_the_datelines_own_day():
    # July 8 was a Sunday once in his term to this day (2018); in 2019 Sunday was the day before it,
    # which a lead names less often than the dateline's own day: that year does not count
    text = "Venezuelan President Nicolás Maduro said on Sunday that talks would resume."
    found = year_from_offices(_md(7, 8), text, TODAY)
    assert found is not None and found[0] == date(2018, 7, 8)


def test_two_years_on_the_weekday_leave_the_year_open():
    # Saturday 1 May: 2021 in this president's term, and again in 2027 once "today" is later
    text = "Kyrgyz President Sadyr Japarov spoke by phone with his neighbour on Saturday."
    assert year_from_offices(_md(5, 1), text, TODAY)[0] == date(2021, 5, 1)
    assert year_from_offices(_md(5, 1), text, date(2027, 6, 1)) is None


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
