"""Publication-date forms of round 8 (a check set of pages from sites never seen before), each on the
project's own invented lines."""

from __future__ import annotations

import pytest
from cleaning_support import published as _published

from dateline.clean.component import DefaultCleaner
from dateline.clean.dates import find_dates, url_date
from dateline.records import RawDocument

TITLE = "Valley council approves the new bridge over the river"
PARAGRAPHS = [
    "The valley council approved the building of a new bridge over the river on a vote of nine to two, "
    "ending a debate that had run for most of the year.",
    "Farmers on the east bank had asked for a crossing wide enough for harvest trucks.",
    "Works are due to begin after the spring floods and to last about eighteen months.",
]
BODY = "\n\n".join(PARAGRAPHS)


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Publicat: 09 04. 2021, 10:15", "2021-04-09"),  # a label in its language, the first dot lost
        ("Opublikowano: 9. 4. 2021", "2021-04-09"),  # spaced dotted date
        ("Gepubliceerd 09.04. 2021 10:15", "2021-04-09"),
    ],
)
def test_labels_and_spaced_dotted_dates_of_central_european_pages(line: str, day: str) -> None:
    published = _published(f"{TITLE}\n{line}\n\n{BODY}")
    assert (published.value, published.source) == (day, "published-line")


def test_a_labelled_update_in_another_language_stays_an_update() -> None:
    text = f"{TITLE}\nPublicat: 09.04.2021, 10:15\nActualizat: 10.04.2021, 08:00\n\n{BODY}"
    published = _published(text)
    assert published.value == "2021-04-09"
    assert "2021-04-10" in [c.value for c in published.candidates]


@pytest.mark.parametrize("text", ["He won 4 2. 2019 was a good year", "rows 3 11. 2020 onwards"])
def test_a_spaced_date_without_its_first_dot_counts_only_opening_a_line(text: str) -> None:
    assert find_dates(text) == []


def test_a_date_line_glued_to_its_comment_counter() -> None:
    published = _published(f"{TITLE}\n\nApril 9, 2021 6:05 pm2 commentsViews:\n\n{BODY}")
    assert published.value == "2021-04-09"


def test_dates_beside_temperatures_are_a_weather_widgets() -> None:
    widget = "Weather\nRiverton\ncloudy\n14°\n10.04.2021\n11°\n11.04.2021"
    assert _published(f"{TITLE}\n\n{BODY}\n\n{widget}").value is None


def test_a_stamp_printed_three_times_is_a_widgets_not_the_articles() -> None:
    stamp = "Updated on April 10, 2021 9:30 am"
    text = f"Vaccinations given\n{stamp}\n{stamp}\n{stamp}\n\n{TITLE}\n\n{BODY}"
    assert _published(text).value is None


def test_a_stamp_printed_once_is_still_the_update() -> None:
    text = f"{TITLE}\nUpdated on April 10, 2021 9:30 am\n\n{BODY}"
    assert _published(text).value == "2021-04-10"


def test_a_source_and_section_around_the_date_are_not_a_wrapped_paragraph() -> None:
    # three lines of similar length under a site's day header: the middle one is the byline's stamp
    text = (
        "• Tuesday, 3 May 2022\n\n"
        f"{TITLE}\n"
        "Valley Courier April 9, 2021 Regional\n"
        "Valley council approves the new bridge over the river\n"
        f"{PARAGRAPHS[0]}\n\n{PARAGRAPHS[1]}"
    )
    assert _published(text).value == "2021-04-09"


def test_the_dateline_opens_the_lead_below_the_sites_short_labels() -> None:
    text = f"{TITLE}\n\nblog\n\nFile\n\nRIVERTON, April 9, 2021: {BODY}"
    published = _published(text)
    assert (published.value, published.source) == ("2021-04-09", "dateline")


def test_a_content_date_just_before_places_a_yearless_dateline_over_a_site_header() -> None:
    # the site's day header is years after the story; the lead names the council's meeting two days
    # before the dateline's day, with its year
    text = (
        "Monday, 3 July 2023\n"
        f"{TITLE}\n\n"
        "Riverton, Apr. 9 — The decision the valley council took at its meeting on April 7, 2021 was "
        "confirmed by the regional board, the council's secretary said.\n\n"
        f"{PARAGRAPHS[1]}"
    )
    published = _published(text)
    assert (published.value, published.source, published.inferred) == ("2021-04-09", "dateline", True)


def test_a_site_header_months_after_a_yearless_dateline_does_not_choose_its_year() -> None:
    text = f"Monday, 3 July 2023\n{TITLE}\n\nblog\n\nRiverton, April 9: {BODY}"
    published = _published(text)
    assert published.value is None and published.month_day == "--04-09"


def test_the_day_alone_over_a_lead_opening_with_its_dateline() -> None:
    published = _published(f"April 9, 2021\nRIVERTON – {BODY}")
    assert (published.value, published.source) == ("2021-04-09", "header")


def test_a_site_day_header_over_a_datelined_lead_is_not_taken() -> None:
    # with the weekday, as a site's calendar prints it, the day is the crawl's
    assert _published(f"Friday, April 9, 2021\nRIVERTON – {BODY}").value is None


def test_an_agency_line_below_a_news_ticker() -> None:
    ticker = (
        "VNA   Harbour strike called off after talks     VNA   Rail line reopens in the north     "
        "VNA   Floods ease along the coast     VNA"
    )
    text = f"Valley News Agency\n\n{ticker}\n\n{TITLE}\nVNA - Riverton 09/04/2021 14:20\n\n{BODY}"
    published = _published(text)
    assert (published.value, published.source) == ("2021-04-09", "byline")


def test_a_paragraph_naming_an_agency_thrice_is_not_a_ticker() -> None:
    lead = (
        "UN envoys met the council in Riverton, UN officials said, and UN staff will visit the "
        "valley next week."
    )
    cleaned = DefaultCleaner()(RawDocument("t", id="t", text=f"{TITLE}\n\n{lead}\n\n{BODY}"))
    assert lead in cleaned.text


@pytest.mark.parametrize(
    "heading",
    [
        "PRESS STATEMENT [FOR IMMEDIATE RELEASE - 09/04/2021] COUNCIL ANSWERS THE MINISTER",
        "Statement by the council (Release: April 9, 2021)",
    ],
)
def test_a_release_label_with_its_day_in_brackets(heading: str) -> None:
    text = f"Below is the statement of the valley council:\n\n{heading}\n\n{BODY}"
    assert _published(text).value == "2021-04-09"


def test_the_day_of_the_briefing_a_record_is_titled_by() -> None:
    # the title names the briefing's day; a question below names the same day for other talks
    title = "Council Spokesperson Ana Ruiz's Regular Press Briefing on April 9, 2021"
    question = "Q: Talks with the valley towns are due on April 9. Any comment?"
    text = f"Home > News\n{title}\n\n{question}\n\n{BODY}"
    published = _published(text)
    assert (published.value, published.source) == ("2021-04-09", "header")


def test_a_headline_announcing_a_vote_on_a_day_does_not_date_the_page() -> None:
    assert _published(f"Council vote set on April 9, 2021\n\n{BODY}").value is None


def test_a_yearless_dateline_takes_the_year_of_the_urls_year_folder() -> None:
    url = "https://example.org/news/2021/valley-council-bridge"
    published = _published(f"{TITLE}\n\nRIVERTON, April 9 (Agency) - {BODY}", url=url)
    assert (published.value, published.inferred) == ("2021-04-09", True)
    assert "/2021/ folder" in published.note


def test_an_agency_in_brackets_opening_the_lead_before_its_date() -> None:
    published = _published(f"{TITLE}\n\n(Agency) — April 9, 2021 — {BODY}")
    assert (published.value, published.source) == ("2021-04-09", "dateline")
    assert _published(f"{TITLE}\n\n(Agency) — {BODY}").value is None


def test_a_byline_with_by_glued_to_the_source_and_a_bar_before_the_day() -> None:
    text = f"Begin typing your search...\n{TITLE}\nByValley WireValley Wire|9 Apr 2021 4:34 AM GMT\n\n{BODY}"
    published = _published(text)
    assert (published.value, published.source) == ("2021-04-09", "byline")


def test_a_search_boxs_prompt_is_navigation_not_the_articles_first_line() -> None:
    cleaned = DefaultCleaner()(RawDocument("t", id="t", text=f"Type your search here\n{TITLE}\n\n{BODY}"))
    assert cleaned.title == TITLE and "search" not in cleaned.text


def test_a_url_with_section_folders_between_the_year_and_the_month_and_day() -> None:
    url = "https://example.org/2021/opinion/letters/04/09/bridge-letter/"
    assert url_date(url)[0].isoformat() == "2021-04-09"
    assert url_date("https://example.org/2021/news/12/34/story") is None


def test_a_reading_time_and_date_glued_to_the_headline() -> None:
    text = f"{TITLE}2 min read 09 Apr 2021, 05:37 PM IST\n\n{BODY}"
    assert _published(text).value == "2021-04-09"


def test_a_place_and_its_day_opening_a_transcript() -> None:
    assert _published(f"Riverton, 9 April 2021\n\n{BODY}").value == "2021-04-09"
    # with the weekday, as a site's day header prints it, the day is the crawl's
    assert _published(f"Riverton, Friday, 9 April 2021\n\n{BODY}").value is None


def test_a_date_of_history_does_not_place_a_yearless_dateline() -> None:
    lead = "RIVERTON, Apr. 9 (Agency) - The valley society, founded on April 7, 1961, met the council today."
    published = _published(f"{TITLE}\n\n{lead}\n\n{BODY}")
    assert published.value is None and published.month_day == "--04-09"


def test_an_anniversary_the_text_counts_brings_the_founding_day_to_the_years_story() -> None:
    lead = (
        "RIVERTON, Apr. 9 (Agency) - The valley society celebrates its 60th anniversary this week; it "
        "was founded on April 7, 1961."
    )
    published = _published(f"{TITLE}\n\n{lead}\n\n{BODY}")
    assert (published.value, published.inferred) == ("2021-04-09", True)
