"""Round 23 (r23pub): publication dates and document time of date-line forms left over by round 22.
Every line here is invented."""

from __future__ import annotations

from datetime import date

from dateline.clean.component import DefaultCleaner
from dateline.records import RawDocument

HEAD = "Norland and Sudria agree to resume rail talks\n\n"
BODY = (
    "The two governments agreed to reopen the border crossing after months of closure.\n\n"
    "Officials said the first trains could run before the end of the year."
)


def _published(text: str, url: str | None = None):
    return DefaultCleaner()(RawDocument(source="t", id="t", text=text, url=url)).published


def _dct(pipeline, text: str, url: str | None = None) -> date | None:
    return pipeline.process(RawDocument(source="t", id="t", text=text, url=url)).document_time.dct


# --- a bare day opening a page that has no headline ---------------------------------------------------


STATEMENT = (
    "The heads of government of the regional community met today under the chairmanship of the "
    "president of Norland to consider the situation in Sudria and agree on further support.\n\n"
    "They received a briefing from the envoys and welcomed the progress made on the transition."
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
        HEAD + "Sudria maintains that since the referral of the dispute to the court, Norland has abandoned "
        "direct diplomacy in favour of unilateral steps on the border.\n\n"
        "The foreign minister speaking before the court on Monday. (@someone / X)\n\n"
        "Portvale, Norland, November 14, 2023 – The foreign minister travelled to the court on Monday.\n\n"
        + BODY
    )
    assert _published(text).value == "2023-11-14"
    # under a paragraph of two sentences a dateline is not the story's
    two = text.replace("to the court, Norland", "to the court. Norland")
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
    "News\nHarbour Budget Debate Splits the Coastal Towns\n3 December 2024\n13 December 2023\n"
    "The prime minister of Norland is playing a long game rather than seeking tactical deals at the "
    "forthcoming summit, where he may veto the aid package for Sudria.\n"
    "The council meeting on 14-15 December is meant to approve the start of accession talks with Sudria."
)


def test_a_date_line_under_a_teasers_headline_gives_way_to_the_date_line_below_it():
    assert _published(PAGE_BELOW_TEASER).value == "2023-12-13"
    # under the article's own headline (the body speaks of it) the first date line stays the one
    own = PAGE_BELOW_TEASER.replace(
        "Harbour Budget Debate Splits the Coastal Towns",
        "Norland Prime Minister Plays a Long Game at the Summit",
    )
    assert _published(own).value == "2024-12-03"
    # an older day above a newer one is an original above its update: the first stays
    older_first = PAGE_BELOW_TEASER.replace(
        "3 December 2024\n13 December 2023", "13 December 2023\n3 December 2024"
    )
    assert _published(older_first).value == "2023-12-13"


# --- a video script's shot list ----------------------------------------------------------------------


def test_a_shot_lists_day_is_the_footages_not_the_storys():
    text = (
        "STORY: :: Norland Armed Forces\n\n:: June 17, 2024\n\n"
        "This video released by the army shows coast guard vessels ramming boats near the shoal.\n\n"
        "The military says a sailor was injured during a resupply mission on Monday."
    )
    assert _published(text).value is None


# --- document time: a participle describing a noun ------------------------------------------------


def test_a_date_a_participle_gives_a_noun_is_no_past_event_bounding_the_document(pipeline):
    text = (
        " date 2022-07-03 Regional leaders are meeting this Sunday, July 3 in the capital to review "
        "their plan.\n\nThe authorities announced on Wednesday an electoral calendar fixing the "
        "presidential election in February 2024.\n\nThe mediator came to the capital last week."
    )
    assert _dct(pipeline, text) == date(2022, 7, 3)
    # a past participle ("the troops deployed in February 2024") still dates a past event
    deployed = text.replace("an electoral calendar fixing the presidential election", "the troops deployed")
    assert _dct(pipeline, deployed) != date(2022, 7, 3)


# --- document time: a title lingering after its office ended ------------------------------------------


def test_a_title_kept_months_after_the_office_ended_does_not_overrule_the_stores_day(pipeline):
    text = (
        " date 2023-04-20 Judges in Lima on Tuesday extended the pre-trial detention of President Pedro "
        "Castillo by another six months, his lawyers said.\n\n"
        "The court will hear his appeal next week, the lawyers added."
    )
    assert _dct(pipeline, text) == date(2023, 4, 20)
    # years after the office ended the title still overrules the store's day (a crawl day)
    assert _dct(pipeline, text.replace("2023-04-20", "2026-04-20")) != date(2026, 4, 20)
