"""Round 16 (r16pub) publication-date forms, with invented pages and URLs: an article number in the URL
that opens with its day (clean/dates.py `url_code_days`)."""

import pytest

from dateline.clean.component import DefaultCleaner
from dateline.clean.dates import url_code_days
from dateline.records import RawDocument


def _published(text: str, url: str | None = None):
    return DefaultCleaner()(RawDocument("t", id="t", text=text, url=url)).published


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
