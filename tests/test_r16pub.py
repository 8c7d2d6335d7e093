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
