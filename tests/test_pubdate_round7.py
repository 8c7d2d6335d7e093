"""Publication-date forms of round 7 (a check set of pages from sites never seen before), each on the
project's own invented lines."""

from __future__ import annotations

import pytest
from cleaning_support import published as _published

from dateline.clean import date_lines

TITLE = "Harbour town opens its new ferry terminal after two years of building"
PARAGRAPHS = [
    "The new ferry terminal in the harbour town opened to passengers after two years of building, the "
    "port authority said, with four crossings a day to the islands.",
    "The terminal replaces a wooden pier that storms had damaged several times in the last decade.",
    "Island councils had asked for a covered waiting hall and a ramp for wheelchairs, both now built.",
    "The authority will add an evening crossing in the summer months if demand holds up.",
]
BODY = "\n\n".join(PARAGRAPHS)


@pytest.mark.parametrize("line", ["07 March 2024", "March 7, 2024", "7 martie 2024"])
def test_the_day_alone_right_above_the_headline_is_the_posts_date_line(line: str) -> None:
    # under a section label, over the headline, with related posts dated the same way lower down
    text = f"Regional News\n{line}\n{TITLE}\n\n{BODY}\n\nRelated News\n02 March 2024\nQuay repairs begin"
    published = _published(text)
    assert (published.value, published.source) == ("2024-03-07", "header")
    assert "right above the headline" in published.note


@pytest.mark.parametrize(
    "head",
    [
        "Thursday, 7 March 2024\n",  # a site's day header names the weekday
        "7 March 2024 | 09:40 GMT\n",  # or stands beside its clock (printed once: a post's stamp)
        "7 March 2024\nHome | Ports | Weather\n",  # and not with its links between it and the headline
        "21°C Harbourtown\n7 March 2024\n",  # under the weather: the site's header
    ],
)
def test_a_day_header_with_its_weekday_or_away_from_the_headline_is_not_the_bare_day(head: str) -> None:
    published = _published(f"{head}{TITLE}\n\n{BODY}")
    assert published.value is None or "right above the headline" not in published.note


def test_a_day_over_the_sites_tagline_and_trail_is_the_sites_day() -> None:
    # the line under the day is the site's tagline: the site's menu and trail follow it, not a story
    text = f"7 March 2024\n\nNews and views from the islands\n\nHome » Ports » {TITLE}\n{BODY}"
    assert _published(text).value is None


@pytest.mark.parametrize(
    ("lead", "day"),
    [
        ("Coastal Courier Weekly: 7 March 2024: The new ferry terminal opened", "2024-03-07"),
        ("Island Radio: March 7, 2024: The new ferry terminal opened", "2024-03-07"),
    ],
)
def test_an_outlet_name_and_colons_around_a_full_date_open_the_lead(lead: str, day: str) -> None:
    published = _published(f"{TITLE}\n\n{lead} to passengers on Thursday.\n\n{BODY}")
    assert (published.value, published.source) == (day, "dateline")


@pytest.mark.parametrize(
    "lead",
    [
        "Update: March 7 – the terminal opened to passengers",  # a label and a day without its year
        "Deadline: 7 March 2024 – island councils must send their timetables",  # a label and its date
        "Updated: 7 March 2024: the terminal opened to passengers",  # a label, not an outlet
    ],
)
def test_a_label_and_a_colon_before_a_date_are_not_an_outlets_dateline(lead: str) -> None:
    assert date_lines.dated_prefix(lead) is None


@pytest.mark.parametrize(
    ("title", "day"),
    [
        ("Ports Weekly Review: 1 Mar-7 Mar 24", None),  # the span the issue covers, not its day
        ("Ports Weekly Review 1 - 7 March 2024", None),
        ("Ports Weekly Review - 7 March 2024", "2024-03-07"),  # the day
    ],
)
def test_a_span_closing_a_headline_is_the_period_covered(title: str, day: str | None) -> None:
    assert _published(f"{title}\nHighlights\n\n{BODY}").value == day


def test_a_long_office_name_signs_a_byline_when_a_date_label_introduces_the_day() -> None:
    line = (
        "By Office of the Assistant to the Deputy Secretary for Port Documents and Records Date 7 March 2024"
    )
    published = _published(f"{TITLE}\n{line}\n\n{BODY}")
    assert (published.value, published.source) == ("2024-03-07", "byline")


def test_published_and_modified_date_labels_keep_their_roles() -> None:
    text = f"{TITLE}\nPublished Date: 09:40 | 5 March 2024\nModified Date: 11:15 | 7 March 2024\n\n{BODY}"
    published = _published(text)
    assert published.value == "2024-03-05"
    assert [c.value for c in published.candidates] == ["2024-03-07"]


def test_a_name_in_another_scripts_capitals_signs_a_byline() -> None:
    # "Νikos" opens with a Greek capital (pages mix the two alphabets' look-alike letters)
    published = _published(f"{TITLE}\nΝikos Papadakis 7 March 2024\n\n{BODY}")
    assert (published.value, published.source) == ("2024-03-07", "byline")


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("FOR IMMEDIATE RELEASE – 5 March 2024", "published-line"),  # a press release's label
        ("Details Written by Harbour Desk Category: Ports Published: 05 March 2024 Hits: 234", "byline"),
        ("5 March 2024 by harbourdesk Leave a Comment", "published-line"),  # a blog's tools beside it
        ("Port Desk 5 March 2024 Comments Off Tweet Share on Facebook", "byline"),  # the share bar
        ("Written by Jane Roe on 5 March 2024.", "byline"),  # a full stop closing the date
    ],
)
def test_labels_counters_and_page_tools_beside_the_date(line: str, source: str) -> None:
    published = _published(f"{TITLE}\n{line}\n\n{BODY}")
    assert (published.value, published.source) == ("2024-03-05", source)


def test_a_sentence_closing_with_a_date_is_still_no_date_line() -> None:
    line = "Councillors first asked for the terminal on 5 March 2019."
    assert _published(f"{TITLE}\n{line}\n\n{BODY}").value is None


@pytest.mark.parametrize(
    "lead",
    [
        "(March 5, 2024, Harbourtown, Island Courier) The new ferry terminal opened to passengers.",
        "5th Mar, 2024, HARBOURTOWN-- The new ferry terminal opened to passengers.",
    ],
)
def test_a_dateline_with_the_date_before_the_place(lead: str) -> None:
    published = _published(f"{TITLE}\n\n{lead}\n\n{BODY}")
    assert (published.value, published.source) == ("2024-03-05", "dateline")


def test_the_date_before_the_place_counts_only_with_its_year() -> None:
    # (round 10: with the outlet named after the place, the bracket is a dateline without its year too)
    assert date_lines.dated_prefix("(March 5, Harbourtown) The terminal opened.") is None


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("Reading time: 3 min | 5 March 2024", "published-line"),
        ("Jane Roe March 5, 2024 0", "byline"),  # the comment icon's count closing the line
    ],
)
def test_a_reading_time_or_a_bare_count_beside_the_date(line: str, source: str) -> None:
    published = _published(f"{TITLE}\n{line}\n\n{BODY}")
    assert (published.value, published.source) == ("2024-03-05", source)


def test_a_dateline_between_bars() -> None:
    lead = "Harbourtown | 5 March 2024 | The new ferry terminal opened to passengers on Tuesday."
    published = _published(f"{TITLE}\n\n{lead}\n\n{BODY}")
    assert (published.value, published.source) == ("2024-03-05", "dateline")
