"""Round 22 (r22pub2): publication dates in a bracketed stamp closing the headline line, in a URL slug
that closes with the day and its folder's month, and in date lines that name their weekday in another
language. Every line here is invented."""

from __future__ import annotations

from datetime import date

from cleaning_support import document_day as _dct

from dateline.clean import date_lines, dates
from dateline.clean.component import DefaultCleaner
from dateline.records import RawDocument

HEAD = "Norland and Sudria resume border talks"
BODY = (
    "\n\nThe two ministries said on their websites that the talks would cover customs posts and river "
    "crossings.\n\nOfficials declined to say when a decision would come."
)


def _published(text: str, url: str | None = None) -> str | None:
    return DefaultCleaner()(RawDocument(source="t", id="t", text=text, url=url)).published.value


# --- a bracketed date closing the headline's line -----------------------------------------------------


def test_a_bracketed_iso_date_closing_the_headline_line_is_its_stamp():
    text = "Home > Article > News\n\n" + HEAD + "      [2021-06-09]" + BODY
    assert _published(text) == "2021-06-09"


def test_a_bracketed_written_date_closing_the_headline_line_is_its_stamp_and_only_there():
    assert _published(HEAD + " [June 9, 2021]" + BODY) == "2021-06-09"
    # inside the headline, or beside words in its bracket, a date is no stamp
    assert _published("Vote on [June 9, 2021] budget" + BODY) is None
    assert _published(HEAD + " [June 9, 2021 summit]" + BODY) is None


def test_a_bracketed_stamp_dates_the_document(pipeline):
    assert _dct(pipeline, HEAD + " [2021-06-09]" + BODY) == date(2021, 6, 9)


# --- the URL slug closing with the day and the folder's month ----------------------------------------


def test_a_slug_closing_with_day_and_the_folders_month_gives_the_day():
    found = dates.url_date("https://news.example/en/politics/2019/11/border-talks-resume-14-11")
    assert found is not None and found[0] == date(2019, 11, 14)
    # with another month the two numbers are no day of that folder
    assert dates.url_date("https://news.example/2019/11/border-talks-resume-14-12") is None


def test_the_slug_day_dates_a_page_that_shows_none(pipeline):
    url = "https://news.example/en/politics/2019/11/border-talks-resume-14-11"
    assert _dct(pipeline, HEAD + BODY, url) == date(2019, 11, 14)


# --- a weekday named in another language beside the date --------------------------------------------


def test_a_russian_long_date_line_under_the_headline_is_the_date_line():
    assert _published(HEAD + "\n\nвторник, 14 марта 2023 г." + BODY) == "2023-03-14"


def test_a_bulgarian_long_date_line_under_the_headline_is_the_date_line():
    assert _published(HEAD + "\n\nвторник, 14 март 2023 г." + BODY) == "2023-03-14"


def test_another_languages_weekday_is_taken_out_only_where_it_stands_alone():
    assert date_lines.strip_rest("среда, г.") == ""
    # beside other words it may be a word of a name: the line keeps it
    assert date_lines.strip_rest("Sreda Novak") == "Sreda Novak"
