"""Round 13 (r13pub2) publication-date forms, with invented pages and URLs (clean/date_lines.py,
clean/dates.py): a wire dateline with a full stop after the place, and a day in a URL's query as
year, month and day parameters or as a date-named key's day-first or month-first value."""

from datetime import date

from cleaning_support import published as _published

from dateline.clean.dates import url_date
from dateline.clean.plaintext import clean_text

AS_OF = date(2026, 12, 6)  # the day the texts are read in (`RawDocument.as_of`)

_BODY = "They also agreed to reopen two bridge crossings on the river by the end of the year."


def test_a_full_stop_after_the_place_reads_like_a_comma_when_the_agency_follows_the_date():
    text = (
        "Two states sign a river accord\n\n"
        "PORTVALE. June 4, 2024 (Examplepress) - The presidents of two river states signed an accord.\n\n"
        f"{_BODY}\n"
    )
    cleaned = clean_text(text, as_of=AS_OF)
    assert cleaned.dateline == "Portvale"
    assert cleaned.text.startswith("The presidents")
    assert _published(text).value == "2024-06-04"
    # a place of two words with its own abbreviation, and the agency between slashes
    line = "ST. MARYVILLE. June 4, 2024 /EXPRESS/. The presidents met again.\n"
    assert (
        clean_text(f"Two states sign a river accord\n\n{line}\n{_BODY}\n", as_of=AS_OF).dateline
        == "St. Maryville"
    )


def test_a_year_less_dateline_after_a_full_stop_passes_on_its_day_and_invents_no_year():
    text = (
        "Two states sign a river accord\n\n"
        "PORTVALE. March 13 (Examplepress) - The presidents signed an accord, a correspondent said.\n\n"
        f"{_BODY}\n"
    )
    found = _published(text)
    assert (found.value, found.month_day) == (None, "--03-13")


def test_a_full_stop_without_the_agency_is_a_sentence_not_a_dateline():
    for lead in (
        "Talks resumed. March 13 - the day the presidents met - was a Thursday.",
        # a weekday in brackets is no agency
        "Talks resumed. March 13, 2024 (Thursday) - the presidents met in Portvale.",
    ):
        text = f"Two states sign a river accord\n\n{lead}\n\n{_BODY}\n"
        assert clean_text(text, as_of=AS_OF).dateline is None
        assert _published(text).value is None


def test_a_dated_wire_paragraph_in_the_body_is_not_the_publication_date():
    paragraphs = [
        "Two states sign a river accord",
        "The presidents of two river states signed an accord on the shared river on Thursday, officials "
        "in both capitals said.",
        _BODY,
        "A spokesman said the accord would be sent to both parliaments next month.",
        "PORTVALE. June 4, 2023 (Examplepress) - An earlier round ended without a deal.",
    ]
    assert _published("\n\n".join(paragraphs)).value is None


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
