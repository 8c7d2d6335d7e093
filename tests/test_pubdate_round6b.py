"""Publication-date forms found by probing invented page openings (round 6b), each on the project's own
invented lines."""

from __future__ import annotations

import pytest
from cleaning_support import published as _published

from dateline.clean.component import DefaultCleaner
from dateline.clean.dates import find_dates
from dateline.records import RawDocument

TITLE = "Valley farmers win a say over the new irrigation canal"
PARAGRAPHS = [
    "Farmers in the upper valley will sit on the board that runs the new irrigation canal, the regional "
    "water agency said after a week of meetings with growers.",
    "The canal, due to open next spring, will carry water to about four hundred farms along the river.",
    "Growers had asked for a seat on the board since the plans were first drawn up, a spokeswoman said.",
    "The agency will publish the board's rules for sharing water before the first season.",
]
BODY = "\n\n".join(PARAGRAPHS)


@pytest.mark.parametrize(
    "text",
    [
        f"Home / Regions / April 9, 2025\n{TITLE}\n\n{BODY}",  # a trail above the headline
        f"{TITLE}\nNews › Farming › 9 April 2025\n\n{BODY}",  # and below it
        f"Home » Valley » Apr 9, 2025\n\n{TITLE}\n\n{BODY}",
    ],
)
def test_a_breadcrumb_trail_closed_by_the_day_dates_the_post(text: str) -> None:
    published = _published(text)
    assert (published.value, published.source) == ("2025-04-09", "published-line")
    assert "breadcrumb" in published.note


@pytest.mark.parametrize(
    "line",
    [
        "Home | Weather | Contact | Wednesday, April 9, 2025",  # a menu bar with the site's day
        "Home › Valley › Canal board agreed April 9, 2025",  # a crumb that is a headline with a date
    ],
)
def test_a_menu_or_a_dated_headline_crumb_is_not_a_breadcrumb_date(line: str) -> None:
    assert _published(f"{line}\n{TITLE}\n\n{BODY}").value is None


@pytest.mark.parametrize(
    "closing",
    [
        "(Reporting by Ana Ruiz in Valle; Editing by Tom Berg) April 9, 2025",
        "April 9, 2025 (Writing by Ana Ruiz; Additional reporting by Lee Park)",
    ],
)
def test_a_wire_credit_beside_the_closing_date_line(closing: str) -> None:
    published = _published(f"{TITLE}\n\n{BODY}\n\n{closing}")
    assert published.value == "2025-04-09"


def test_a_credit_after_a_sentence_with_a_date_leaves_it_a_sentence() -> None:
    closing = "The board meets again on April 9, 2025. (Reporting by Ana Ruiz; Editing by Tom Berg)"
    assert _published(f"{TITLE}\n\n{BODY}\n\n{closing}").value is None


@pytest.mark.parametrize(
    ("text", "day"),
    [("Apr 9th '25", "2025-04-09"), ("9 Apr '25", "2025-04-09"), ("April 9, ’25", "2025-04-09")],
)
def test_an_apostrophe_for_the_century(text: str, day: str) -> None:
    assert [f.value.isoformat() for f in find_dates(text)] == [day]
    assert _published(f"{TITLE}\nBy Ana Ruiz | {text}\n\n{BODY}").value == day


def test_an_apostrophe_before_a_number_that_is_not_a_year() -> None:
    assert find_dates("He said on April 9 ‘25 farms would join’.") == []
    assert find_dates("By April '25, the canal was full.") == []


def test_a_year_glued_to_the_clock_time() -> None:
    # a page store running a header's parts together: "April 9, 2025" then "7:40 AM"
    found = find_dates("April 9, 20257:40 AM GMT+2Updated 3 hours ago")
    assert [f.value.isoformat() for f in found] == ["2025-04-09"]
    assert find_dates("April 9, 20257") == []


def test_dates_of_other_stories_below_a_related_label_after_a_short_article() -> None:
    # two paragraphs only: the label must end the header, so the teaser's date is not the article's
    related = "Related stories\nDrought hits hill farms\nMarch 2, 2025"
    text = f"{TITLE}\n\n{PARAGRAPHS[0]}\n\n{PARAGRAPHS[1]}\n\n{related}"
    assert _published(text).value is None


@pytest.mark.parametrize(
    "header",
    [
        "Last Updated on April 11, 2025 by Site Editor\nPublished on April 9, 2025 at 7:40 am",
        "Updated April 11, 2025 12:05 PM ET\nOriginally published April 9, 2025 7:40 AM ET",
    ],
)
def test_labelled_date_lines_under_the_headline_are_not_a_wrapped_paragraph(header: str) -> None:
    # three long lines without a blank line between them read like a hard-wrapped paragraph; a
    # line that opens with a publication label and a date is the header's own
    published = _published(f"{TITLE}\n{header}\n\n{BODY}")
    assert published.value == "2025-04-09"
    assert "2025-04-11" in {c.value for c in published.candidates}


def test_the_update_stays_below_an_ambiguous_original() -> None:
    # no convention for the numeric order: the original keeps both readings at a lowered confidence,
    # and the update of the same line must not overtake it
    line = "Updated at 12:05 11/04/2025 | First published 07:40 09/04/2025"
    published = _published(f"{TITLE}\n{line}\n\n{BODY}")
    assert published.value == "2025-04-09"


@pytest.mark.parametrize("line", ["2025年4月9日", "2025년 4월 9일", "2025 年 04 月 09 日 07:40"])
def test_year_month_day_with_east_asian_unit_signs(line: str) -> None:
    assert _published(f"{TITLE}\n{line}\n\n{BODY}").value == "2025-04-09"


@pytest.mark.parametrize(
    "line", ["Deadline: 9 April 2025", "Closing date: April 9, 2025", "Hearing: Wednesday, 9 April 2025"]
)
def test_a_schedule_label_dates_what_the_page_announces(line: str) -> None:
    article = DefaultCleaner()(RawDocument("t", id="t", text=f"{TITLE}\n{line}\n\n{BODY}"))
    assert article.published.value is None
    assert line in article.text  # kept as a line of the text


def test_a_date_label_line_is_not_joined_into_the_headline() -> None:
    text = f"Home / Regions / Valley and river country news\n{TITLE}\nDate: Wednesday 9 April 2025\n\n{BODY}"
    article = DefaultCleaner()(RawDocument("t", id="t", text=text))
    assert article.title == TITLE
    assert (article.published.value, article.published.source) == ("2025-04-09", "published-line")


@pytest.mark.parametrize("footer", ["Posted by Ana Ruiz at 7:40 AM", "at 19:40", "Posted at 7:40 pm"])
def test_a_blog_post_footer_makes_the_day_above_the_headline_the_posts(footer: str) -> None:
    # a blog prints the day above the post's title and the time of day in the footer below it
    text = f"Wednesday, April 9, 2025\n\n{TITLE}\n\n{BODY}\n\n{footer}\n\nNo comments:"
    published = _published(text)
    assert (published.value, published.source) == ("2025-04-09", "header")
    assert "footer" in published.note


def test_without_a_footer_the_day_above_the_headline_stays_a_site_header() -> None:
    assert _published(f"Wednesday, April 9, 2025\n\n{TITLE}\n\n{BODY}\n\nNo comments:").value is None


@pytest.mark.parametrize("text", ["2025 April 9", "2025-Apr-09 07:40"])
def test_the_year_first_then_the_months_name(text: str) -> None:
    assert [f.value.isoformat() for f in find_dates(text)] == ["2025-04-09"]


def test_no_day_is_read_inside_a_number() -> None:
    # "2025-Apr-09" holds no "25 April"; nor does a count run into a month name
    assert [f.value.isoformat() for f in find_dates("2025-Apr-09")] == ["2025-04-09"]
    assert find_dates("Item 1025 April 2019") == []


@pytest.mark.parametrize("line", ["Press release | 9 April 2025", "News release - April 9, 2025"])
def test_a_release_label_before_the_date(line: str) -> None:
    published = _published(f"{TITLE}\n{line}\n\n{BODY}")
    assert (published.value, published.source) == ("2025-04-09", "published-line")


@pytest.mark.parametrize(
    "opening",
    [
        "KISUMU, Kenya (Lake Wire) – Wednesday, 9 April 2025 – ",  # a dash after the agency
        "Kisumu (Kenya), 9 April 2025: ",  # the country in brackets before a comma
        "KISUMU, 2025-04-09 – ",  # an ISO date
        "KISUMU, Apr 9 ’25 (Lake Wire) – ",  # an apostrophe year
        "(Lake Wire) Kisumu, April 9, 2025 - ",  # the agency before the place
        "KISUMU, 9 APRIL 2025 (Lake Wire) - ",  # the month in capitals
    ],
)
def test_more_dateline_forms_with_a_date(opening: str) -> None:
    article = DefaultCleaner()(RawDocument("t", id="t", text=f"{TITLE}\n\n{opening}{BODY}"))
    assert (article.published.value, article.published.source) == ("2025-04-09", "dateline")
    assert article.text.startswith("Farmers in the upper valley")


@pytest.mark.parametrize(
    "closing", ["Ana Ruiz\nApril 9, 2025", "Ends\n9 April 2025", "-ENDS-\nApril 9, 2025"]
)
def test_a_signature_or_an_end_mark_above_the_closing_date_is_no_teaser(closing: str) -> None:
    assert _published(f"{TITLE}\n\n{BODY}\n\n{closing}").value == "2025-04-09"


def test_dates_below_a_related_label_that_is_not_the_last_line() -> None:
    closing = 'Share this:\nFacebook\nLike this:\nRelated\nDrought hits hill farms\nMarch 2, 2025\nIn "Farm"'
    assert _published(f"{TITLE}\n\n{BODY}\n\n{closing}").value is None
