"""Publication-date forms of round 9 (a check set of pages from sites never seen before), each on the
project's own invented lines."""

from __future__ import annotations

import pytest
from cleaning_support import published as _published

from dateline.clean.component import DefaultCleaner
from dateline.clean.dates import url_date, url_spelled_days
from dateline.records import RawDocument

TITLE = "Harbour board votes to dredge the northern channel"
PARAGRAPHS = [
    "The harbour board voted to dredge the northern channel before the grain season, after two "
    "freighters ran aground there in the spring.",
    "Pilots had warned for years that silt from the river was narrowing the approach.",
    "The work will be paid from the port's reserve and is due to take four months.",
]
BODY = "\n\n".join(PARAGRAPHS)


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://example.org/weekly-digest-7th-march-2022/", "2022-03-07"),  # day first, ordinal
        ("https://example.org/files/9876/March7-2022", "2022-03-07"),  # the month run into its day
        ("https://example.org/news/march-7-2022-board-meets", "2022-03-07"),
    ],
)
def test_a_day_spelled_in_the_slug_with_its_month_word(url: str, day: str) -> None:
    found = url_date(url)
    assert found is not None and found[0].isoformat() == day


@pytest.mark.parametrize(
    "url", ["https://example.org/covid-19-march-2020-report", "https://example.org/top10-2020"]
)
def test_a_number_before_a_month_word_without_an_ordinal_is_no_url_date(url: str) -> None:
    assert url_date(url) is None


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://example.org/report/harbour-situation-update-7-march-2022", "2022-03-07"),
        ("https://example.org/briefs/weekly-digest-21-jan-2019.html", "2019-01-21"),
        ("https://example.org/bulletins/market-notes-3-october-2020/", "2020-10-03"),
    ],
)
def test_a_day_first_slug_ending_the_path_is_the_issues_day(url: str, day: str) -> None:
    found = url_date(url)
    assert found is not None and found[0].isoformat() == day and found[1] < 0.7  # below a text date


def test_a_day_first_slug_only_confirms_a_day() -> None:
    url = "https://example.org/address-by-the-mayor,-7-march-2022,-city-hall.html"
    assert url_date(url) is None
    assert [d.isoformat() for d in url_spelled_days(url)] == ["2022-03-07"]


def test_a_dated_title_above_the_headline_counts_where_the_slug_spells_its_day() -> None:
    text = f"Board Digest | 7th March 2022\n\n{TITLE}\n\n{BODY}"
    assert _published(text, "https://example.org/board-digest-7th-march-2022/").value == "2022-03-07"
    # the same line with a URL that says nothing is a page header's day, not taken
    assert _published(text, "https://example.org/board-digest/").value is None


def test_a_day_first_slug_confirms_a_page_header_day() -> None:
    text = f"Monday, 7 March 2022: Board met at 10.05 a.m.\n\n{TITLE}\n\n{BODY}"
    url = "https://example.org/record-of-the-sitting-7-march-2022.html"
    assert _published(text, url).value == "2022-03-07"


def test_a_weather_reading_is_never_the_headline() -> None:
    widget = "Sunny ~ 64°F\nHigh: 70°F ~ Low: 51°F\nThursday, Sept. 15, 2022"
    text = f"{widget}\n{TITLE}\nWednesday, March 3, 2010\n\n{BODY}"
    published = _published(text)
    assert (published.value, published.source) == ("2010-03-03", "published-line")


def test_a_headline_with_a_temperature_stays_the_headline() -> None:
    title = "Temperatures climb to 41°C across the northern plains"
    text = f"{title}\nWednesday, March 3, 2010\n\n{BODY}"
    cleaned = DefaultCleaner()(RawDocument("t", id="t", text=text))
    assert cleaned.title == title
    assert cleaned.published.value == "2010-03-03"


def test_a_venue_and_city_with_the_day_under_a_speechs_title() -> None:
    text = (
        "Menu: Photos, Events\n\nAnnual Address\n\nCouncil Chamber\n\n"
        "Annual address by the Mayor of Riverton to the council\n\n"
        "Council Chamber, Riverton, 7 March 2022\n\nHonourable members,\n\n" + BODY
    )
    assert _published(text).value == "2022-03-07"


def test_a_date_line_with_the_length_and_word_count_of_the_page() -> None:
    published = _published(f"{TITLE}\nMay 13, 2026 · 1h 5m · 3,412 words · 12 views\n\n{BODY}")
    assert (published.value, published.source) == ("2026-05-13", "published-line")


@pytest.mark.parametrize("code", ["(HB-22-09)", "(No. 17)"])
def test_a_dated_issue_title_with_its_code_in_brackets(code: str) -> None:
    published = _published(f"Harbour Bulletin - 7 March 2022 {code}\n\n{BODY}")
    assert published.value == "2022-03-07"


@pytest.mark.parametrize(
    "signing", ["Issued by the Office of the Harbour Master", "Ministry of Ports and Shipping"]
)
def test_a_statements_date_after_the_body_under_its_signing_office(signing: str) -> None:
    published = _published(f"{TITLE}\n\n{BODY}\n\n{signing}\n\n7 March 2022")
    assert (published.value, published.source) == ("2022-03-07", "published-line")


def test_a_teaser_headline_naming_an_office_still_dates_nothing() -> None:
    teaser = "Ministry of Ports warns of delays at the southern quay"
    assert _published(f"{TITLE}\n\n{BODY}\n\n{teaser}\n\n7 March 2022").value is None


def test_a_dateline_with_the_date_first_and_the_place_after_it() -> None:
    published = _published(f"{TITLE}\n\n7 March 2022, Riverton – {BODY}")
    assert (published.value, published.source) == ("2022-03-07", "dateline")


@pytest.mark.parametrize(
    "header", ["Monday 7 March 2022 - Rajab 4, 1443", "Monday, 7 March 2022 | 4 Rajab 1443 AH"]
)
def test_a_site_day_header_with_the_hijri_day_beside_it_is_no_dateline(header: str) -> None:
    assert _published(f"{header}\nHome | Region | Sport\n{TITLE}\n\n{BODY}").value is None


def test_the_articles_own_statement_of_its_date_in_brackets_after_the_body() -> None:
    published = _published(f"{TITLE}\n\n{BODY}\n\n(This story was first published on March 7, 2022.)")
    assert published.value == "2022-03-07"


LIVE_ENTRIES = [
    ("Saturday, 5 March 2022", "18:40 The last freighter cleared the channel before the tide turned."),
    ("Sunday, 6 March 2022", "08:10 Dredgers are back at work at the mouth of the river, the board said."),
]


def _live_page(entries: list[tuple[str, str]], title: str) -> str:
    return f"{title}\n\n" + "\n\n".join(f"{day}\n\n{entry}" for day, entry in entries) + f"\n\n{BODY}"


@pytest.mark.parametrize("entries", [LIVE_ENTRIES, LIVE_ENTRIES[::-1]], ids=["oldest first", "newest first"])
def test_a_live_page_is_dated_by_its_earliest_day_heading(entries: list[tuple[str, str]]) -> None:
    published = _published(_live_page(entries, "Channel dredging live: the harbour at work"))
    assert published.value == "2022-03-05"
    assert "2022-03-06" in [c.value for c in published.candidates]


def test_two_day_headings_on_a_page_that_is_not_live_keep_the_line_under_the_headline() -> None:
    published = _published(_live_page(LIVE_ENTRIES[::-1], TITLE))
    assert published.value == "2022-03-06"


@pytest.mark.parametrize("line", ["Mar-07-2022", "[March 7, 2022]"])
def test_date_lines_in_dashes_or_in_square_brackets(line: str) -> None:
    published = _published(f"{TITLE}\n{line}\n\n{BODY}")
    assert (published.value, published.source) == ("2022-03-07", "published-line")


def test_a_credit_in_square_brackets_is_still_a_caption() -> None:
    assert _published(f"{TITLE}\nDredgers at the river mouth. [Jane Roe]\n\n{BODY}").value is None


def test_a_headline_closing_with_its_day_in_brackets() -> None:
    assert _published(f"Harbour board minutes (March 7, 2022)\n\n{BODY}").value == "2022-03-07"


@pytest.mark.parametrize(
    "line",
    [
        "Source: Example Agency| 2022-03-07 09:05:33|Editor: desk",  # the desk editor after the date
        "Jane Roe Mar - 07 - 2022 , 09:05",  # spaced dashes
        "Riverton ● Mon, March 7, 2022",  # a round bullet between place and day
    ],
)
def test_agency_and_regional_date_lines(line: str) -> None:
    assert _published(f"{TITLE}\n{line}\n\n{BODY}").value == "2022-03-07"


def test_a_live_pages_list_of_dates_without_stamped_entries_is_a_schedule() -> None:
    schedule = [
        ("Saturday, 5 March 2022", "Riverton against Port Ellis"),
        ("Sunday, 6 March 2022", "Harbour Town"),
    ]
    text = _live_page(schedule, "Harbour cup live: the fixtures").replace("\n\n", "\nMarch 1, 2022\n\n", 1)
    assert _published(text).value == "2022-03-01"


def test_a_date_line_right_above_a_related_stories_list_closes_the_article() -> None:
    related = "Related\n\nPilots strike over night shifts at the quay\n\nMarch 1, 2022"
    assert _published(f"{TITLE}\n\n{BODY}\n\nMarch 7, 2022\n\n{related}").value == "2022-03-07"
    # the related list's dates alone date nothing
    assert _published(f"{TITLE}\n\n{BODY}\n\n{related}").value is None


def test_a_day_glued_to_the_lower_case_end_of_the_sources_name() -> None:
    published = _published(f"{TITLE}\nHarbour Times7 March 2022\n\n{BODY}")
    assert (published.value, published.source) == ("2022-03-07", "byline")


@pytest.mark.parametrize(
    "line", ["Dredger10 March 2022 update", "Top10 March 2022 Releases", "Dredger10 March 2022"]
)
def test_a_number_glued_to_a_word_before_a_month_is_no_date_line(line: str) -> None:
    assert _published(f"{TITLE}\n{line}\n\n{BODY}").value is None
