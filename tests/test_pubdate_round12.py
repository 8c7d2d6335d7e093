"""Round 12 publication-date forms, with invented pages and sentences (clean/tenure_years.py,
clean/plaintext.py). Real office holders of the actors' KB stand in the stories; every sentence is
made up."""

from datetime import date

from dateline.clean.component import DefaultCleaner
from dateline.clean.dates import MonthDay
from dateline.clean.tenure_years import year_from_offices
from dateline.records import RawDocument

TODAY = date(2025, 6, 1)


def _md(month: int, day: int) -> MonthDay:
    return MonthDay(0, 0, month, day)


def _published(text: str, url: str | None = None):
    return DefaultCleaner()(RawDocument("t", id="t", text=text, url=url)).published


def test_a_plural_title_before_a_list_of_names_names_each_holder():
    # July 14 fell on a Thursday once in Medvedev's presidency (2011)
    text = (
        "The presidents of Russia and Kazakhstan, Dmitry Medvedev and Nursultan Nazarbayev, will open "
        "a rail link on Thursday."
    )
    assert year_from_offices(_md(7, 14), text, TODAY)[0] == date(2011, 7, 14)


def test_a_title_in_lower_case_with_the_country_after_it():
    text = "The president of Russia, Dmitry Medvedev, will receive four new envoys on Thursday."
    assert year_from_offices(_md(7, 14), text, TODAY)[0] == date(2011, 7, 14)


def test_a_former_holders_title_does_not_bound_the_year():
    # named as former president, he held no such office on the day: nothing places it
    text = "Former President Dmitry Medvedev will give a lecture at the academy on Thursday."
    assert year_from_offices(_md(7, 14), text, TODAY) is None
    text = "The former president, Dmitry Medvedev, will give a lecture at the academy on Thursday."
    assert year_from_offices(_md(7, 14), text, TODAY) is None


def test_another_office_whose_title_holds_the_holders_word_is_no_holder():
    # "Vice President Joe Biden" held no head-of-state office: his presidency places nothing
    text = "Vice President Joe Biden will meet the mayors of three cities on Tuesday."
    assert year_from_offices(_md(3, 9), text, TODAY) is None
    text = "President Joe Biden will meet the mayors of three cities on Tuesday."
    assert year_from_offices(_md(3, 9), text, TODAY)[0] == date(2021, 3, 9)


def test_an_agency_dateline_takes_the_year_of_the_presidents_named_after_their_plural_title():
    page = (
        "MOSCOW, July 14. /Wire/. The presidents of Russia and Kazakhstan, Dmitry Medvedev and Nursultan "
        "Nazarbayev, agreed on Thursday to open a rail link, the Kremlin press office said.\n\n"
        "Freight trains are to run on the line from next spring."
    )
    found = _published(page)
    assert found.value == "2011-07-14" and found.inferred
