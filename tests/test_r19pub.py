"""Round 19 (r19pub): publication-date forms of pages from new sites, with invented lines.

A language switcher's long menu before the header, a section label beside a stamp with the minute,
the writer's credit before "by", a date and an agency's initials after a semicolon, a date line a day
before the URL's day, and a year no web page has.
"""

from __future__ import annotations

import pytest
from cleaning_support import published

from dateline.clean.component import DefaultCleaner
from dateline.clean.dates import day_order
from dateline.clean.plaintext import HEAD_SCAN, _head_scan, classify, split_units
from dateline.clean.pubdate import choose
from dateline.records import PublishedDate, RawDocument

BODY = (
    "The two ministers met in the capital to discuss trade, transit and the border crossings, "
    "officials said.\n\nThey agreed to meet again next month in the other capital."
)
HEADLINE = "Ministers discuss trade and border crossings"
LANGUAGES = ["English", "Français", "Deutsch", "Español", "Русский", "Türkçe", "Italiano", "Polski"]


def test_a_language_menu_before_the_headline_leaves_the_header_its_lines() -> None:
    # sixteen one-word menu items: the header's window opens after them, so the headline and the
    # date line under it are found as on a page without the menu
    menu = "\n".join(LANGUAGES * 2)
    text = f"{menu}\n{HEADLINE}\n09:41 / 2022-03-08\n\n{BODY}"
    found = published(text)
    assert (found.value, found.source) == ("2022-03-08", "published-line")


def test_a_short_menu_changes_nothing() -> None:
    text = f"News\nWorld\n{HEADLINE}\n\n8 March 2022\n\n{BODY}"
    assert published(text).value == "2022-03-08"


def test_the_window_opens_after_the_menu_only() -> None:
    # the menu's lines are skipped, not the headline's or a short label's after it
    menu = split_units("\n".join([*LANGUAGES, HEADLINE, "World", "8 March 2022"]))
    for unit in menu:
        classify(unit)
    assert _head_scan(menu) == len(LANGUAGES) + HEAD_SCAN
    assert _head_scan(menu[len(LANGUAGES) :]) == HEAD_SCAN


@pytest.mark.parametrize(
    ("head", "day", "source"),
    [
        # a section's label beside a stamp with the minute, above the headline
        ("English version | 05.02.2020 12:05\n\n{title}", "2020-02-05", "header"),
        ("World news · 5 February 2020 12:05\n\n{title}", "2020-02-05", "header"),
        ("Foreign affairs | February 5, 2020 10:15 AM\n\n{title}", "2020-02-05", "header"),
        # the writer's credit before "by", under the headline
        ("{title}\n\n11th August 2021 post by Trade Desk", "2021-08-11", "byline"),
        ("{title}\n\n11 August 2021 written by Trade Desk", "2021-08-11", "byline"),
        ("{title}\n\nStory by Jane Roe | 11 August 2021", "2021-08-11", "byline"),
    ],
)
def test_header_lines_of_new_sites(head: str, day: str, source: str) -> None:
    found = published(head.format(title=HEADLINE) + "\n\n" + BODY)
    assert (found.value, found.source) == (day, source)


@pytest.mark.parametrize(
    ("line", "kind"),
    [("Latest news | 5 February 2020", "text"), ("Latest news | 5 February 2020 10:15", "date")],
)
def test_a_two_word_label_beside_a_day_without_the_minute_is_no_date_line(line: str, kind: str) -> None:
    # a site's label and its day header print no minute: only the stamp with the minute is a date line
    unit = split_units(line)[0]
    classify(unit)
    assert unit.kind == kind


def test_a_sentence_written_by_someone_on_a_day_is_no_byline() -> None:
    text = f"{HEADLINE}\n\nThe letter was written by the minister on 11 August 2021, aides said.\n\n{BODY}"
    assert published(text).value is None


def test_a_date_and_an_agencys_initials_after_a_semicolon_open_the_lead() -> None:
    text = "08 Feb 2021; AGNC: Foreign ministers of the three countries met today in the capital for talks."
    found = published(text + "\n\n" + BODY)
    assert (found.value, found.source) == ("2021-02-08", "dateline")


def test_a_date_and_a_lower_case_word_after_a_semicolon_is_no_dateline() -> None:
    text = "08 Feb 2021; the talks resumed after a pause of two weeks, officials said in the capital."
    assert published(text + "\n\n" + BODY).value is None


def test_a_date_line_a_day_before_the_urls_day_is_the_pages() -> None:
    # a stamp late in the evening under the headline, and a URL code of the next day (the content
    # system's filing day): the page's own line
    text = f"{HEADLINE}\n\n2023-01-17 23:55\n\n{BODY}"
    found = published(text, url="https://example.gov/eng/news/202301/t20230118_1101.htm")
    assert (found.value, found.source) == ("2023-01-17", "published-line")
    assert "2023-01-18" in {c.value for c in found.candidates}


@pytest.mark.parametrize("line", ["2023-01-19 09:10", "2023-01-12 09:10"])
def test_a_date_line_after_the_urls_day_or_long_before_it_loses(line: str) -> None:
    # later: an update as often; a week before: something else than the story's stamp
    text = f"{HEADLINE}\n\n{line}\n\n{BODY}"
    found = published(text, url="https://example.gov/eng/news/202301/t20230118_1101.htm")
    assert (found.value, found.source) == ("2023-01-18", "url")


def test_choose_prefers_the_earlier_line_only_when_nearly_as_sure() -> None:
    url = PublishedDate("2023-01-18", "url", 0.8, "from the URL")
    loose = PublishedDate("2023-01-17", "published-line", 0.6, "a loose date line")
    assert choose([url, loose]).value == "2023-01-18"


def test_a_year_no_web_page_has_is_no_publication_date() -> None:
    # a year-less day and a view count run together ("27 November 1810 3 minutes")
    found = published(f"{HEADLINE}\nPolitics\n27 November 1810 3 minutes\n\n{BODY}")
    assert found.value is None


def test_choose_passes_over_an_impossible_year() -> None:
    old = PublishedDate("1810-11-27", "published-line", 0.75, "a date line")
    url = PublishedDate("2019-11-27", "url", 0.6, "from the URL")
    assert choose([old, url]).value == "2019-11-27"


def test_two_numeric_stamps_of_one_line_settle_the_order() -> None:
    # a release's day and its distribution's a day apart read month first (5 and 6 October); day
    # first they would lie a month apart (10 May, 10 June)
    line = "10/06/2025 | Press release | Distributed by Example Wire on 10/05/2025 23:18"
    found = published(f"Office of the Minister\n{line}\nTalks in the capital\n\n{BODY}")
    assert found.value == "2025-10-06"
    assert day_order(None, line) == ("mdy", "two numeric dates of one line fall days apart only read mdy")


@pytest.mark.parametrize(
    ("text", "order"),
    [
        ("Talks 01/02/2024 - 03/02/2024 in the capital", "dmy"),  # 1 and 3 February
        ("Talks 02/01/2024 - 02/03/2024 in the capital", "mdy"),  # 1 and 3 February
        ("Posted 05/03/2024, updated 05/03/2024", None),  # the same day either way
        ("Filed 03/04/2024\nUpdated 04/03/2024", None),  # on two lines: no pair
    ],
)
def test_a_pair_votes_only_where_one_order_puts_it_days_apart(text: str, order: str | None) -> None:
    assert day_order(None, text)[0] == order


def test_a_known_outlets_convention_comes_before_a_pair() -> None:
    # AFP writes day first (data/outlet_hosts.tsv): its convention stands
    assert day_order("https://www.afp.com/en/news/1", "02/01/2024 - 02/03/2024")[0] == "dmy"


@pytest.mark.parametrize(
    ("opening", "place", "day"),
    [
        (
            "PORTVALE/EASTHAVEN, Jan 21 2026 - Ministers of the two countries",
            "Portvale/Easthaven",
            "2026-01-21",
        ),
        ("PORTVALE/EASTHAVEN, January 5. /AGNC/. Envoys of the two countries", "Portvale/Easthaven", None),
    ],
)
def test_a_joint_dateline_of_two_places(opening: str, place: str, day: str | None) -> None:
    text = f"{opening} will meet next week in a third capital, officials said on Wednesday.\n\n{BODY}"
    article = DefaultCleaner()(RawDocument("t", id="t", text=text))
    assert article.dateline == place
    assert not article.text.startswith("PORTVALE")
    if day:
        assert article.published.value == day
    else:
        assert article.published.month_day == "--01-05"
