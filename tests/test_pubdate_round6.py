"""Publication-date forms of round 6 (pages from more outlets), each on the project's own invented lines."""

from __future__ import annotations

import pytest

from dateline.clean.component import DefaultCleaner
from dateline.clean.dates import find_dates, url_date, url_six_digits
from dateline.records import RawDocument

TITLE = "Ferry operators agree on a winter timetable"
BODY = (
    "Ferry operators on the northern routes agreed on a reduced winter timetable after talks with the "
    "port authority.\n\n"
    "The new sailings start next month and will be reviewed in the spring, a spokesman said."
)


def _article(text: str, url: str | None = None):
    return DefaultCleaner()(RawDocument("t", id="t", text=text, url=url))


def _published(text: str, url: str | None = None):
    return _article(text, url).published


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Published 7 octombrie 2022", "2022-10-07"),  # Romanian
        ("3 września 2021, 10:15", "2021-09-03"),  # Polish genitive
        ("Posted 21 lipnja 2020", "2020-06-21"),  # Croatian
        ("18 σεπτεμβρίου 2019", "2019-09-18"),  # Greek
        ("Updated: 2 huhtikuuta 2024", "2024-04-02"),  # Finnish
    ],
)
def test_month_names_of_more_languages_in_date_lines(line: str, day: str) -> None:
    assert _published(f"{TITLE}\n{line}\n\n{BODY}").value == day


def test_a_comma_after_the_day_with_a_weekday_or_opening_the_line() -> None:
    published = _published(f"{TITLE}\n  • Saturday 9, March 2024 in 7:41 PM\n\n{BODY}")
    assert published.value == "2024-03-09"
    assert [f.value.isoformat() for f in find_dates("27, November 2017")] == ["2017-11-27"]
    # a number before a month and year is not a day when nothing marks it as one
    assert find_dates("Volume 3, March 2020") == []


def test_a_desk_and_place_dateline_closed_by_a_semicolon() -> None:
    text = f"{TITLE}\n\nMetro Desk, Ranchi; April 9, 2023: {BODY}"
    published = _published(text)
    assert (published.value, published.source) == ("2023-04-09", "dateline")


@pytest.mark.parametrize("head", ["Friday, 8 October 2021\n", "8 octombrie 2021\nWorld\n"])
def test_a_date_line_above_the_headline_stays_a_site_header(head: str) -> None:
    # a site's day header, with its weekday or away from the headline: without something else
    # marking it as the post's (the URL, a time of day, the lead), it dates nothing; it only bounds a
    # year-less day (round 7: the day alone right above the headline is the post's, see test_pubdate_round7)
    assert _published(f"{head}{TITLE}\n\n{BODY}").value is None


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://example.net/2019oct08/ferry_timetable.html", "2019-10-08"),  # joined month word
        ("https://example.org/item/77/2023%20Mar%2005%20Sunday", "2023-03-05"),  # escaped spaces
        ("https://example.org/news/2022-sept-14-ferry-talks", "2022-09-14"),  # hyphens around it
        ("https://example.org/ferry-talks-live-october-3-2022-updates/", "2022-10-03"),  # a headline's date
    ],
)
def test_urls_with_the_month_as_a_word(url: str, day: str) -> None:
    found = url_date(url)
    assert found is not None and found[0].isoformat() == day


def test_a_slug_with_day_before_month_is_no_date() -> None:
    assert url_date("https://example.org/news/covid-19-march-2020-ferry-rules") is None


def test_folders_with_a_two_digit_year_in_the_outlets_order() -> None:
    # a Philippine outlet on .com writes month first (data/outlet_hosts.tsv): June 4, 2021
    assert (
        _published(f"{TITLE}\n\n{BODY}", "https://news.abs-cbn.com/nation/06/04/21/ferry").value
        == "2021-06-04"
    )
    # a day above 12 shows the order wherever the page is
    assert url_date("https://example.com/local/25/04/21/ferry")[0].isoformat() == "2021-04-25"
    # with neither, no date: 05/04/21 could be either day
    assert url_date("https://example.com/local/05/04/21/ferry") is None


def test_a_six_digit_folder_read_where_the_text_names_a_day_near_it() -> None:
    url = "https://example.in/world/asia/150322/ferry-talks.html"
    # ddmmyy and yymmdd readings (no 15th month for mmddyy)
    assert [d.isoformat() for d in url_six_digits(url, folders=True)] == ["2022-03-15", "2015-03-22"]
    body = "Ferry operators will vote on the timetable on March 16, the port authority said today."
    published = _published(f"{TITLE}\n\n{body}", url)
    assert (published.value, published.source, published.inferred) == ("2022-03-15", "url", True)


def test_a_six_digit_folder_alone_proves_nothing() -> None:
    # an id looks the same: with no day in the text near any reading, no date
    assert _published(f"{TITLE}\n\n{BODY}", "https://example.in/world/asia/150322/ferry.html").value is None


def test_a_date_closing_the_headline_names_the_issue() -> None:
    published = _published(f"News from the harbour - May 6, 2021\n\n{BODY}")
    assert (published.value, published.source) == ("2021-05-06", "header")


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Ferry timetable hearing set for May 6, 2021", BODY),  # after a preposition: another day
        # the text gives the same day again: the day of the event announced, not of the page
        (
            "Open day at the harbour - May 6, 2021",
            "The harbour opens its gates to visitors on May 6 from ten.",
        ),
    ],
)
def test_a_date_closing_the_headline_that_names_something_else(title: str, body: str) -> None:
    assert _published(f"{title}\n\n{body}").value is None


def test_a_date_line_loses_to_nothing_but_beats_the_headlines_date() -> None:
    published = _published(f"News from the harbour - May 6, 2021\n7 May 2021\n\n{BODY}")
    assert published.value == "2021-05-07"
    assert "2021-05-06" in [c.value for c in published.candidates]


def test_a_relative_stamp_opening_the_text_is_read_without_failing() -> None:
    article = _article(f"5 hours ago\n\n{BODY}")
    assert article.published.value is None
    assert not any("failed" in note for note in article.notes)


def test_a_template_placeholder_beside_the_date_is_left_aside() -> None:
    line = "Tuesday, 4 March 2025 09:15 -     - {{counter.views}}"
    assert _published(f"{TITLE}\n{line}\n\n{BODY}").value == "2025-03-04"


def test_the_lead_giving_todays_date_in_brackets() -> None:
    lead = "The ferry company today (4 March 2025) announced a winter timetable for the northern routes."
    published = _published(f"{TITLE}\n\n{lead}\n\nThe timetable will be reviewed in the spring.")
    assert (published.value, published.source) == ("2025-03-04", "published-line")
    # in a later paragraph "today" may be someone's quoted words: not the article's date line
    quoted = f'{TITLE}\n\n{BODY}\n\nHe added: "We met today (4 March 2025) and agreed."'
    assert _published(quoted).value is None
