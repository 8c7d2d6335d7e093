"""Round 16 (r16pub) publication-date forms, with invented pages and URLs: an article number in the URL
that opens with its day (clean/dates.py `url_code_days`)."""

import pytest
from cleaning_support import published as _published

from dateline.clean.component import DefaultCleaner
from dateline.clean.dates import url_code_days
from dateline.records import RawDocument

_HEAD = "Council urges neighbours to reopen the ferry line\n\n"
_MORE = "\n\nThe chairman said the talks would resume in the spring.\n\nA communique is expected later."


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://news.example.cn/world/2503041234/", "2025-03-04"),  # yymmdd and a serial
        ("https://example.com/article/ferry-talks-125030400217_1.html", "2025-03-04"),  # one digit first
    ],
)
def test_an_article_number_opening_with_its_day_on_the_weekday_the_lead_names(url, day):
    text = f"{_HEAD}The council on Tuesday urged its neighbours to reopen the ferry line.{_MORE}"
    found = _published(text, url)  # 4 March 2025 was a Tuesday
    assert (found.value, found.source, found.inferred) == (day, "url", True)


def test_an_article_number_on_another_weekday_is_a_serial():
    text = f"{_HEAD}The council on Friday urged its neighbours to reopen the ferry line.{_MORE}"
    assert _published(text, "https://news.example.cn/world/2503041234/").value is None


def test_an_article_number_alone_proves_nothing():
    text = f"{_HEAD}The council urged its neighbours to reopen the ferry line.{_MORE}"
    assert _published(text, "https://news.example.cn/world/2503041234/").value is None


@pytest.mark.parametrize(
    "url",
    [
        "https://example.com/x-1709121530",  # ten digits opening with 1: a Unix time, not 17-09-12
        "https://example.com/stories/201005120400.html",  # a four-digit year's day, read elsewhere
        "https://example.com/app/1175991675178205558",  # too long: a snowflake id
        "https://example.com/story/981302/",  # too short
    ],
)
def test_numbers_that_are_not_day_codes(url):
    assert url_code_days(url) == []


# --- a date stamp run into the lead without a label (clean/plaintext.py `_OPENING_STAMP`) ---------

_LEAD = (
    "The council suspended the country's membership on Thursday, a day after the coup, its chairman "
    "said in a statement."
)


@pytest.mark.parametrize(
    "stamp",
    [
        "Thursday, 6 March, 2025, 22:54",
        "5210 Thursday, 6 March, 2025, 22:54",  # a view count before it
        "March 6, 2025 10:15 AM",
        "06.03.2025 10:15",
    ],
)
def test_a_stamp_with_the_minute_run_into_the_lead(stamp):
    found = _published(f"{_HEAD}{stamp} {_LEAD}{_MORE}")
    assert (found.value, found.source) == ("2025-03-06", "published-line")


@pytest.mark.parametrize(
    "opening",
    [
        "On Thursday, 6 March 2025, at 10:15 the council met. ",  # a sentence giving the day
        "At 10:15 on 6 March 2025 The council met. ",  # the minute first: no stamp
        "6 March 2025 The council met. ",  # no minute: not this form
    ],
)
def test_a_lead_giving_its_day_is_no_stamp(opening):
    found = _published(f"{_HEAD}{opening}{_LEAD}{_MORE}")
    assert found.source != "published-line"


def test_a_stamp_and_its_byline_stay_one_line():
    text = f"{_HEAD}6 March 2025 - 07:01 By Ana Ruiz\n\n{_LEAD}{_MORE}"
    article = DefaultCleaner()(RawDocument("t", id="t", text=text))
    assert (article.published.value, article.published.source, article.byline) == (
        "2025-03-06",
        "byline",
        "Ana Ruiz",
    )


# --- a labelled date line between the story's paragraphs (clean/plaintext.py `_mark_loose_dates`) -----

_STORY = (
    "The council urged its neighbours on Tuesday to reopen the ferry line, closed since the storm.\n\n"
    "Its chairman said the talks would resume in the spring, after the elections.\n\n"
    "Two of the neighbours have already said they would send their ministers.\n\n"
    "The third has not answered the council's letter.\n\n"
)
_AFTER = "\n\nThe ferry company welcomed the call and said it was ready."


def test_a_published_line_inside_the_story_yields_to_the_urls_day():
    text = f"{_HEAD}{_STORY}Published May 4, 2025{_AFTER}"
    found = _published(text, "https://news.example.org/2025/03/04/council-urges-ferry-line")
    assert (found.value, found.source) == ("2025-03-04", "url")
    assert "2025-05-04" in {c.value for c in found.candidates}


def test_a_published_line_inside_the_story_still_dates_a_page_with_nothing_else():
    text = f"{_HEAD}{_STORY}Published May 4, 2025{_AFTER}"
    found = _published(text)
    assert (found.value, found.source, found.confidence) == ("2025-05-04", "published-line", 0.5)


def test_a_published_line_under_the_headline_is_the_header():
    text = f"{_HEAD}Published May 4, 2025\n\n{_STORY}{_AFTER}"
    found = _published(text, "https://news.example.org/2025/03/04/council-urges-ferry-line")
    assert (found.value, found.confidence) == ("2025-05-04", 0.95)


# --- a dotted day above the headline: its day and month are no clock time (`_clock`) ----------------


@pytest.mark.parametrize("line", ["Tuesday, 14.03.2023", "NEWS 14.03.2023"])
def test_a_dotted_day_header_gives_no_minute(line):
    assert _published(f"{line}\n{_HEAD}{_STORY}").value is None  # a site's day, nothing marks it


def test_a_dotted_day_header_with_its_minute_is_a_posts_stamp():
    assert _published(f"14.03.2023 09:15\n{_HEAD}{_STORY}").value == "2023-03-14"


# --- a wire's dateline with the agency between bars (clean/plaintext.py `_BARRED_DATELINE`) --------


@pytest.mark.parametrize(
    ("opening", "place"),
    [("PORTVALE, RIVERLAND | Wire | ", "Portvale"), ("Portvale, Riverland | Wire | ", "Portvale")],
)
def test_the_agency_between_bars_after_the_place_is_a_dateline(opening, place):
    text = f"{_HEAD}{opening}The council on Tuesday urged its neighbours to reopen the ferry line.{_MORE}"
    article = DefaultCleaner()(RawDocument("t", id="t", text=text))
    assert article.text.startswith("The council on Tuesday")
    assert (article.dateline, article.outlet) == (place, "Wire")


def test_a_photo_credit_between_bars_is_no_dateline():
    text = f"{_HEAD}Ana Ruiz | Wire | Example Images\n\nThe council urged its neighbours to act.{_MORE}"
    article = DefaultCleaner()(RawDocument("t", id="t", text=text))
    assert article.dateline is None
