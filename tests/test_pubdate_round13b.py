"""Round 13 (r13pub2) publication-date forms, with invented pages and URLs (clean/dates.py): a day in
a URL's query as year, month and day parameters or as a date-named key's day-first or month-first
value."""

from datetime import date

from dateline.clean.component import DefaultCleaner
from dateline.clean.dates import url_date
from dateline.records import RawDocument

_BODY = "They also agreed to reopen two bridge crossings on the river by the end of the year."


def _published(text: str, url: str | None = None):
    return DefaultCleaner()(RawDocument("t", id="t", text=text, url=url)).published


def test_year_month_and_day_as_query_parameters_of_their_own():
    url = "https://news.example.com/politics.php?yyyy=2023&mm=02&dd=22&nav_id=4417"
    assert url_date(url) == (date(2023, 2, 22), 0.75, "2023-02-22")
    assert url_date("https://news.example.com/a?year=2024&month=3&day=9")[0] == date(2024, 3, 9)
    # a year and a month alone are an archive's page; no such day, no day; not a year
    assert url_date("https://news.example.com/archive.php?yyyy=2023&mm=02") is None
    assert url_date("https://news.example.com/a?yyyy=2023&mm=02&dd=30") is None
    assert url_date("https://news.example.com/a?yyyy=17&mm=02&dd=03") is None
    text = f"Two states sign a river accord\nThe presidents signed an accord.\n{_BODY}\n"
    found = _published(text, url)
    assert (found.value, found.source) == ("2023-02-22", "url")


def test_a_day_first_or_month_first_date_under_a_date_key_where_the_order_shows():
    assert url_date("https://news.example.com/world/accord/?date=14-12-2024")[0] == date(2024, 12, 14)
    assert url_date("https://news.example.com/world/accord/?pubdate=12-14-2024")[0] == date(2024, 12, 14)
    # 02-03-2024 could be either: left alone, as in the path
    assert url_date("https://news.example.com/world/accord/?date=02-03-2024") is None
    # a key that names no date is an id or a filter
    assert url_date("https://news.example.com/world/accord/?id=14-12-2024") is None


def test_a_query_date_does_not_beat_a_date_line_of_the_page():
    text = (
        "Two states sign a river accord\nDecember 15, 2024\n"
        "The presidents of two river states signed an accord, officials said.\n\n"
        f"{_BODY}\n"
    )
    found = _published(text, "https://news.example.com/world/accord/?date=14-12-2024")
    assert found.value == "2024-12-15"
