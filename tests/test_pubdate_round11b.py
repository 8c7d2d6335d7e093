"""Round 11 (r11pub2) publication-date forms, with invented pages: a live page's one day heading
without its year, a lead's "today, <day>" and "today (<day>)" without a year, and the year the
headline or the URL's slug names, taken only where the weekday named with the day fits it
(clean/plaintext.py `_live_page_days`, `_today_in_brackets`, `_title_year`)."""

import pytest
from cleaning_support import published as _published


def _live_page(title: str, heading: str, entry: str = "9:40am: The first boats reached the harbour.") -> str:
    return (
        f"{title}\n\nCrews from eleven ports are taking part in the regatta this week.\n\n"
        f"Follow the latest here.\n\n{heading}\n\n{entry}\n\n"
        "The harbour master said the weather would hold until the evening."
    )


def test_a_live_pages_one_day_heading_takes_the_headlines_year_where_its_weekday_fits():
    # 9 March fell on a Saturday in 2024
    found = _published(_live_page("Harbour Games 2024 live: crews set off", "Saturday March 9"))
    assert found.value == "2024-03-09" and found.inferred
    assert "Saturday" in found.note and "heading" in found.note


def test_a_weekday_that_does_not_fit_the_headlines_year_leaves_the_day_open():
    # 9 March 2023 was a Thursday: the heading's Saturday belongs to another year
    found = _published(_live_page("Harbour Games 2023 live: crews set off", "Saturday March 9"))
    assert found.value is None and found.month_day == "--03-09"


def test_a_day_heading_with_no_entry_stamped_under_it_is_no_live_day():
    # a date alone deep in the body, no entry opening with its clock time: a schedule's line
    body = "\n\n".join(f"Crew {n} from the eastern ports is taking part this week." for n in range(6))
    text = f"Harbour Games 2024 live: crews set off\n\n{body}\n\nSaturday March 9\n\nThe first boats left."
    assert _published(text).value is None
    # the same page with its entries stamped is a live page
    assert _published(text.replace("The first", "9:40am: The first")).value == "2024-03-09"


def test_today_in_brackets_in_the_third_paragraph_takes_the_urls_year():
    # 14 June fell on a Friday in 2024; the headline opens the lead and names no year
    text = (
        "Regional assembly count: officials open the ballot boxes at dawn.\n\n"
        "Extra police were sent to the three northern districts.\n\n"
        "The commission will begin counting the votes today (14 June, Friday) at 8 am.\n\n"
        "Results are expected late in the evening."
    )
    found = _published(
        text, "https://news.example.org/politics/regional-assembly-count-2024-live-updates-81234"
    )
    assert found.value == "2024-06-14" and found.inferred


def test_today_with_its_day_between_commas_in_the_lead_and_the_headlines_year():
    # 4 March fell on a Tuesday in 2025
    text = (
        "Port treaty 2025: ministers meet in Valmora\n\n"
        "The foreign minister received her northern counterpart today, Tuesday 4 March, in the capital.\n\n"
        "The two sides discussed fishing rights."
    )
    found = _published(text)
    assert found.value == "2025-03-04" and found.inferred


def test_today_with_its_day_and_no_year_anywhere_waits_for_the_time_stage():
    text = (
        "Ministers meet in Valmora\n\n"
        "The foreign minister received her northern counterpart today, March 28, in the capital.\n\n"
        "The two sides discussed fishing rights."
    )
    found = _published(text)
    assert found.value is None and found.month_day == "--03-28"


def test_today_with_a_day_quoted_below_the_lead_is_no_publication_day():
    text = (
        "Ministers meet in Valmora\n\n"
        "The foreign minister received her northern counterpart in the capital.\n\n"
        'The two sides discussed fishing rights. "We sign today, March 28, or never," she said.'
    )
    found = _published(text)
    assert found.value is None and found.month_day is None


def test_a_headlines_year_places_no_day_without_a_weekday_of_its_own():
    # "Budget 2021" is voted in the year before: without a weekday the calendar cannot confirm it
    text = (
        "Budget 2021 passes the lower house\n\n"
        "PORTVALE, Dec 14 (Wire) -- Members voted the supply bill through after a long night.\n\n"
        "The opposition walked out before the final count."
    )
    found = _published(text)
    assert found.value is None and found.month_day == "--12-14"


_STORY = (
    "Ministers meet in Valmora\n\n"
    "The foreign minister received her northern counterpart in the capital on Tuesday.\n\n"
    "The two sides discussed fishing rights and a new ferry line.\n\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "A version of this article appears in print on March 5, 2024, Section A, Page 8 of the national"
        " edition with the headline: Ministers Meet in Valmora Over Fishing Rights and a Ferry Line.",
        "Appeared in the March 5, 2024, print edition as 'Ministers Meet'.",
        "This article appeared in the print edition of 5 March 2024.",
        "Printed in the issue of 5 March 2024",
    ],
)
def test_the_print_editions_day_is_a_candidate_below_an_online_stamp(line):
    found = _published(_STORY + line)
    assert found.value == "2024-03-05" and "print edition" in found.note
    # an online stamp of its own wins over the paper's day
    stamped = _published(_STORY.replace("\n\n", "\n\nPublished: 4 March 2024\n\n", 1) + line)
    assert stamped.value == "2024-03-04"


def test_a_sentence_about_another_document_printed_is_no_print_edition():
    found = _published(_STORY + "The treaty text was published in the official gazette on 5 March 2024.")
    assert found.value is None


def test_today_in_brackets_inside_a_quotation_is_a_speakers_word():
    text = (
        "Ministers meet in Valmora\n\n"
        "The foreign minister received her northern counterpart in the capital.\n\n"
        '"We sign today (Tuesday, 4 March) or never," she said.'
    )
    assert _published(text).month_day is None
    assert _published(text.replace('"', "")).month_day == "--03-04"
