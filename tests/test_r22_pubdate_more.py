"""Round 22 (r22pub2): publication dates in a bracketed stamp closing the headline line, in a URL slug
that closes with the day and its folder's month, and in date lines that name their weekday in another
language. Every line here is invented."""

from __future__ import annotations

from datetime import date

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


def _dct(pipeline, text: str, url: str | None = None) -> date | None:
    return pipeline.process(RawDocument(source="t", id="t", text=text, url=url)).document_time.dct


# --- a bracketed date closing the headline's line -----------------------------------------------------


def test_a_bracketed_iso_date_closing_the_headline_line_is_its_stamp():
    text = "Home > Article > News\n\n" + HEAD + "      [2018-03-23]" + BODY
    assert _published(text) == "2018-03-23"


def test_a_bracketed_written_date_closing_the_headline_line_is_its_stamp_and_only_there():
    assert _published(HEAD + " [March 23, 2018]" + BODY) == "2018-03-23"
    # inside the headline, or beside words in its bracket, a date is no stamp
    assert _published("Vote on [March 23, 2018] budget" + BODY) is None
    assert _published(HEAD + " [March 23, 2018 summit]" + BODY) is None


def test_a_bracketed_stamp_dates_the_document(pipeline):
    assert _dct(pipeline, HEAD + " [2018-03-23]" + BODY) == date(2018, 3, 23)


# --- the URL slug closing with the day and the folder's month ----------------------------------------


def test_a_slug_closing_with_day_and_the_folders_month_gives_the_day():
    found = dates.url_date("https://news.example/en/politics/2014/05/border-talks-resume-28-05")
    assert found is not None and found[0] == date(2014, 5, 28)
    # with another month the two numbers are no day of that folder
    assert dates.url_date("https://news.example/2014/05/border-talks-resume-28-06") is None


def test_the_slug_day_dates_a_page_that_shows_none(pipeline):
    url = "https://news.example/en/politics/2014/05/border-talks-resume-28-05"
    assert _dct(pipeline, HEAD + BODY, url) == date(2014, 5, 28)


# --- a weekday named in another language beside the date --------------------------------------------


def test_a_russian_long_date_line_under_the_headline_is_the_date_line():
    assert _published(HEAD + "\n\nсреда, 7 декабря 2011 г." + BODY) == "2011-12-07"


def test_a_bulgarian_long_date_line_under_the_headline_is_the_date_line():
    assert _published(HEAD + "\n\nсряда, 7 декември 2011 г." + BODY) == "2011-12-07"


def test_another_languages_weekday_is_taken_out_only_where_it_stands_alone():
    assert date_lines.strip_rest("среда, г.") == ""
    # beside other words it may be a word of a name: the line keeps it
    assert date_lines.strip_rest("Sreda Novak") == "Sreda Novak"
