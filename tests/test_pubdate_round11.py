"""Round 11 publication-date forms, with invented pages: a year-less dateline whose year the lead's
weekday and the text's dated mentions fix (clean/plaintext.py `_infer_years`), and month-year
mentions (clean/dates.py `find_month_years`)."""

from datetime import date

import pytest

from dateline.clean.component import DefaultCleaner
from dateline.clean.dates import find_month_years
from dateline.records import RawDocument

TITLE = "Council rejects the river levy"


def _published(lead: str, rest: str = "The levy had been debated for two sessions."):
    text = f"{TITLE}\n\nPORTVALE, June 3 (Wire) -- {lead}\n\n{rest}"
    return DefaultCleaner()(RawDocument("t", id="t", text=text)).published


def test_the_leads_weekday_and_a_month_with_its_year_fix_the_year():
    # June 3 fell on a Tuesday in 2025 alone of the years around March 2024
    found = _published(
        "The city council on Tuesday rejected the river levy.",
        "The mayor, in office since March 2024, said the vote was final.",
    )
    assert found.value == "2025-06-03" and found.inferred and "Tuesday" in found.note


def test_a_full_date_with_its_year_places_it_as_well():
    # June 3 was a Monday in 2019, the one year from 2016 to 2019 around the date the text gives
    found = _published(
        "The city council rejected the river levy on Monday.",
        "The levy was first proposed on 12 November 2018 by the harbour board.",
    )
    assert found.value == "2019-06-03" and found.inferred


def test_a_weekday_no_year_near_the_texts_dates_fits_leaves_it_open():
    # June 3 was a Friday in 2016 and 2022, neither within two years of the 2019 the text gives
    found = _published(
        "The city council rejected the river levy on Friday.",
        "The mayor, in office since March 2019, said the vote was final.",
    )
    assert found.value is None and found.month_day == "--06-03"


@pytest.mark.parametrize(
    "lead",
    [
        "The city council rejected the river levy, the mayor said.",  # no weekday
        "The council met on Monday and rejected the river levy on Tuesday.",  # two weekdays
    ],
)
def test_no_single_weekday_in_the_lead_leaves_the_year_open(lead):
    found = _published(lead, "The mayor, in office since March 2024, said the vote was final.")
    assert found.value is None and found.month_day == "--06-03"


def test_months_with_their_year():
    text = "Elected in July 2024 and sworn in on 2 August 2024, he had served since January, 2021."
    assert find_month_years(text) == [date(2024, 7, 1), date(2024, 8, 1), date(2021, 1, 1)]
    assert find_month_years("they may 2025 be back") == []  # a verb, not the month


def _opening(first_line: str, rest: str) -> object:
    text = f"{TITLE}\n\n{first_line}\n\n{rest}"
    return DefaultCleaner()(RawDocument("t", id="t", text=text)).published


def test_a_recalled_date_puts_a_yearless_dateline_after_it():
    # the January the report recalls is in the past: the October is the one after it
    found = _opening(
        "PORTVALE, October 22 (Wire) -- The regional summit opens in the harbour city tomorrow.",
        "Since January 1, 2024, three more states have sat on the council.",
    )
    assert found.value == "2024-10-22" and found.inferred


def test_a_date_announced_weeks_ahead_keeps_the_dateline_before_it():
    # the vote is twelve days ahead: the March 1 is the one of the same year
    found = _opening(
        "PORTVALE, March 1 (Wire) -- The council set the levy vote for a date later this month.",
        "The vote is due on March 13, 2024, the clerk said.",
    )
    assert found.value == "2024-03-01"


def test_a_dateline_with_no_mark_after_its_day():
    # a copy that dropped the agency's tag: the place and day still open the lead
    found = _opening(
        "Portvale, Oct 16 The harbour council rejected the river levy.",
        "The levy was first proposed on 12 November 2018 by the harbour board.",
    )
    assert found.month_day == "--10-16"
    art = DefaultCleaner()(RawDocument("t", id="t", text=f"{TITLE}\n\nPortvale, Oct 16 The council met."))
    assert art.dateline == "Portvale" and art.text.split("\n\n")[-1].startswith("The council met")
    # a sentence whose day is followed by a word in lower case is no dateline
    plain = DefaultCleaner()(RawDocument("t", id="t", text=f"{TITLE}\n\nPortvale, May 5 was quiet."))
    assert plain.dateline is None and plain.published.month_day is None
