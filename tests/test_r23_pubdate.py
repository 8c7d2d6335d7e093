"""Round 23 (r23pub): publication dates and document time of date-line forms left over by round 22.
Every line here is invented."""

from __future__ import annotations

from datetime import date

from cleaning_support import document_day as _dct
from cleaning_support import published as _published

HEAD = "Norland and Sudria agree to resume rail talks\n\n"
BODY = (
    "The two governments agreed to reopen the border crossing after months of closure.\n\n"
    "Officials said the first trains could run before the end of the year."
)


# --- a bare day opening a page that has no headline ---------------------------------------------------


STATEMENT = (
    "The ministers of the coastal league met today, chaired by the premier of Norland, to review the "
    "drought in Sudria and pledge more aid.\n\n"
    "They heard a report from the monitors and praised the steps taken on the ceasefire."
)


def test_a_bare_day_opening_a_page_right_above_its_body_is_the_statements_date():
    found = _published("March 4, 2024\n" + STATEMENT)
    assert found.value == "2024-03-04"
    assert found.confidence >= 0.5  # CONFIRMED: kept where the content says nothing against it
    # a site's day header names the weekday, and a lead that does not tell of today may be any
    # page's under the site's day: still no candidate
    assert _published("Monday, March 4, 2024\n" + STATEMENT).value is None
    assert _published("March 4, 2024\n" + STATEMENT.replace("met today", "met")).value is None


def test_a_bare_day_opening_a_page_dates_its_document(pipeline):
    assert _dct(pipeline, "March 4, 2024\n" + STATEMENT) == date(2024, 3, 4)


# --- the page store's month-only field --------------------------------------------------------------


LEAD_APRIL_5 = (
    "Portvale, April 5: Several agreements were signed after talks between the two presidents on "
    "Saturday, including one on defence cooperation.\n\nThe leaders also opened a new rail terminal."
)


def test_the_stores_month_field_gives_a_yearless_dateline_of_that_month_its_year():
    found = _published(" date 2025-04 " + LEAD_APRIL_5)
    assert found.value == "2025-04-05"
    assert found.inferred and found.confidence >= 0.7
    assert _published(" date 2025-03 " + LEAD_APRIL_5).value is None  # another month gives no year


def test_the_stores_month_field_is_taken_out_of_the_text_so_the_dateline_is_read():
    # before, "date 2025-04 Portvale, April 5:" was no dateline at all: the field stayed glued to it
    found = _published(" date 2025-04 " + LEAD_APRIL_5)
    assert found.month_day == "--04-05"


def test_the_stores_month_field_dates_the_document(pipeline):
    assert _dct(pipeline, " date 2025-04 " + LEAD_APRIL_5) == date(2025, 4, 5)


# --- a wire dateline whose agency bracket the store left empty ------------------------------------


def test_a_dateline_with_an_empty_agency_bracket_is_read():
    text = (
        HEAD
        + "Portvale, Norland, November 14, 2023 ( – The foreign minister travelled to the court.\n\n"
        + BODY
    )
    assert _published(text).value == "2023-11-14"


def test_a_dateline_with_empty_brackets_is_read():
    text = (
        HEAD
        + "Portvale, Norland, November 14, 2023 () – The foreign minister travelled to the court.\n\n"
        + BODY
    )
    assert _published(text).value == "2023-11-14"


# --- a full-date dateline below a one-sentence standfirst and a caption ------------------------------


def test_a_full_date_dateline_under_a_long_standfirst_and_a_caption_is_the_storys():
    text = (
        HEAD + "Sudria argues that since the case went before the tribunal, Norland has dropped bilateral "
        "talks in favour of acting alone on the frontier.\n\n"
        "The foreign minister speaking before the court on Monday. (@someone / X)\n\n"
        "Portvale, Norland, November 14, 2023 – The foreign minister travelled to the court on Monday.\n\n"
        + BODY
    )
    assert _published(text).value == "2023-11-14"
    # under a paragraph of two sentences a dateline is not the story's
    two = text.replace("the tribunal, Norland", "the tribunal. Norland")
    assert _published(two).value is None


# --- a reporter's name, the place in brackets, a slash and the day -----------------------------------


def test_a_reporters_place_in_brackets_and_a_yearless_day_take_the_urls_month():
    text = (
        "Prime Minister in Portvale\n\nAna Ruiz (Portvale) / March 20: The prime minister arrived in the "
        "capital on Sunday for a week-long visit.\n\n" + BODY
    )
    assert _published(text, "https://news.example/2016/03/64249").value == "2016-03-20"


def test_a_reporters_place_in_brackets_and_a_full_day():
    text = (
        "Prime Minister in Portvale\n\nAna Ruiz (Portvale) / March 20, 2016: The prime minister arrived in "
        "the capital on Sunday for a week-long visit.\n\n" + BODY
    )
    assert _published(text).value == "2016-03-20"


# --- a sidebar teaser's headline and day above the article's own date line -----------------------------


PAGE_BELOW_TEASER = (
    "News\nHarbour Budget Debate Splits the Coastal Towns\n5 December 2024\n15 December 2023\n"
    "The prime minister of Norland is biding his time instead of bargaining for small gains at the "
    "coming summit, where he may block the aid package for Sudria.\n"
    "The ministers' session on 18-19 December is due to approve opening membership talks with Sudria."
)


def test_a_date_line_under_a_teasers_headline_gives_way_to_the_date_line_below_it():
    assert _published(PAGE_BELOW_TEASER).value == "2023-12-15"
    # under the article's own headline (the body speaks of it) the first date line stays the one
    own = PAGE_BELOW_TEASER.replace(
        "Harbour Budget Debate Splits the Coastal Towns",
        "Norland Prime Minister Bides His Time at the Summit",
    )
    assert _published(own).value == "2024-12-05"
    # an older day above a newer one is an original above its update: the first stays
    older_first = PAGE_BELOW_TEASER.replace(
        "5 December 2024\n15 December 2023", "15 December 2023\n5 December 2024"
    )
    assert _published(older_first).value == "2023-12-15"


# --- a video script's shot list ----------------------------------------------------------------------


def test_a_shot_lists_day_is_the_footages_not_the_storys():
    text = (
        "STORY: :: Norland Armed Forces\n\n:: June 17, 2024\n\n"
        "Footage from the navy shows patrol boats blocking fishing vessels near the reef.\n\n"
        "The navy says a crewman was hurt during a supply run on Monday."
    )
    assert _published(text).value is None
    # the same day on a line of its own under the headline is the story's date line: the shot list's
    # marker is what makes it the footage's day
    assert _published(text.replace(":: June 17, 2024", "June 17, 2024")).value == "2024-06-17"


# --- document time: a participle describing a noun ------------------------------------------------


def test_a_date_a_participle_gives_a_noun_is_no_past_event_bounding_the_document(pipeline):
    text = (
        " date 2022-07-03 Regional ministers gather this Sunday, July 3 in the capital to discuss "
        "their roadmap.\n\nThe junta published on Wednesday a timetable setting the general "
        "election in February 2024.\n\nThe mediator came to the capital last week."
    )
    assert _dct(pipeline, text) == date(2022, 7, 3)
    # a past participle ("the troops deployed in February 2024") still dates a past event
    deployed = text.replace("a timetable setting the general election", "the troops deployed")
    assert _dct(pipeline, deployed) != date(2022, 7, 3)


# --- document time: a title lingering after its office ended ------------------------------------------


def test_a_title_kept_months_after_the_office_ended_does_not_overrule_the_stores_day(pipeline):
    text = (
        " date 2023-04-20 A court in Lima on Tuesday ordered President Pedro Castillo held for six more "
        "months pending trial, his lawyers said.\n\n"
        "The court will hear his appeal next week, the lawyers added."
    )
    assert _dct(pipeline, text) == date(2023, 4, 20)
    # years after the office ended the title still overrules the store's day (a crawl day)
    assert _dct(pipeline, text.replace("2023-04-20", "2026-04-20")) != date(2026, 4, 20)
