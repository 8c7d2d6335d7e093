"""Round 10 publication-date forms, with invented pages: a content system's field name as the date's
label ("PublishDate:"), a clock time glued to the year, and a dateline that opens the story below a
subtitle or a photo caption (with the date, the place and the outlet in brackets, the year left out)."""

from dateline.clean.date_lines import TIME, dated_prefix
from dateline.pipeline import PipelineConfig, clean_document, make_cleaner
from dateline.records import RawDocument

ABOVE = """Ref 20931
{line}

Harbour board delays ferry tender

The harbour board of Port Elin postponed the award of its ferry tender after two bidders withdrew,
the board's chair told reporters.

A new round of bids will open next month, she said."""


def _published(text: str, url: str | None = None):
    raw = RawDocument("invented#10", text=text, url=url)
    return clean_document(make_cleaner(PipelineConfig()), raw).published


def test_field_name_label_run_together_dates_the_page_above_the_headline():
    # "PublishDate:" is the publication label, wherever the header puts it
    got = _published(ABOVE.format(line="PublishDate: Friday, March 8, 2024 09:40"))
    assert (got.value, got.source) == ("2024-03-08", "published-line")
    assert _published(ABOVE.format(line="Post Date: 8 March 2024")).value == "2024-03-08"


def test_clock_time_glued_to_the_year_is_a_time_of_day():
    assert [m.group(0) for m in TIME.finditer("Friday, March 8, 202409:40")] == ["09:40"]
    # the glued time marks the line as a post's stamp, not a site's day header
    assert _published(ABOVE.format(line="PublishDate: Friday, March 8, 202409:40")).value == "2024-03-08"


def test_a_bare_day_header_above_the_headline_stays_a_header():
    # no label, no time of day: a site's day header as likely as the post's (not taken)
    assert _published(ABOVE.format(line="Friday, March 8, 2024")).value is None


CAPTIONED = """Island states sign a ferry pact

Agreement reached at the end of a two-day meeting of transport ministers

The four ministers hold up the signed pact in Port Elin on March 8, 2024. - Example Photos
{line} The transport ministers of four island states signed a pact on shared ferry routes.

The pact takes effect at the start of the next cyclone season, the host minister said."""


def test_bracketed_dateline_below_a_subtitle_and_a_caption_takes_the_urls_year():
    page = CAPTIONED.format(line="( March 8, Port Elin, Example Herald)")
    got = _published(page, url="https://herald.example/2024/03/ferry-pact.html")
    assert got.value == "2024-03-08"
    assert got.source == "dateline"


def test_bracketed_dateline_without_its_outlet_needs_the_year():
    assert dated_prefix("( March 8, Port Elin) The ministers met.") is None
    assert dated_prefix("( March 8, 2024, Port Elin) The ministers met.") is not None
    assert dated_prefix("( March 8, Port Elin, Example Herald) The ministers met.") is not None


def test_a_chronology_entry_below_the_lead_is_no_dateline():
    # a date with no place opening a later paragraph is an entry of a timeline, not the story's dateline
    page = CAPTIONED.format(line="March 3, 2019: first talks.")
    assert _published(page).value is None


STORY_FIRST = """Island states sign a ferry pact

{first}

Port Elin, March 8, 2024 (Wire) - The host minister said the pact takes effect next season."""


def test_dateline_below_a_stamp_line_is_the_storys():
    # a short stamp or label under the headline ("8/3 Wire 2") stands above the story
    assert _published(STORY_FIRST.format(first="8/3 Wire 2")).value == "2024-03-08"


def test_dateline_below_a_paragraph_of_the_body_is_not_the_storys():
    first = (
        "The transport ministers of four island states signed a pact on shared ferry routes on "
        "Friday after two days of talks about fuel prices, port fees and the cyclone season."
    )
    assert _published(STORY_FIRST.format(first=first)).value is None


RELEASE = """Ferry tender postponed

The harbour board of Port Elin postponed the award of its ferry tender after two bidders withdrew.

A new round of bids will open next month, the board said.

{office}

{day}"""


def test_release_signed_by_an_office_of_a_ministry_is_dated_below_the_signature():
    for office in ("Spokesperson's Office, Ministry of Transport", "Press Service, Ministry of Transport"):
        assert _published(RELEASE.format(office=office, day="March 14 , 2024")).value == "2024-03-14"


def test_another_storys_headline_above_a_date_after_the_body_is_a_teaser():
    teaser = "Fishing fleet returns to the northern reefs"
    assert _published(RELEASE.format(office=teaser, day="March 14, 2024")).value is None


def test_headline_run_into_its_stamp_with_a_zone():
    page = "Harbour board delays ferry tenderThu, 14 Mar 2024 10:40:29 GMT\n\n" + BODY
    assert _published(page).value == "2024-03-14"


def test_headline_naming_a_day_without_a_clock_is_no_stamp():
    page = "Harbour board to decide on ferry tender by 14 March 2024\n\n" + BODY
    assert _published(page).value is None


def test_labelled_stamp_run_into_the_lead():
    page = f"Harbour board delays ferry tender\n\nLast updated: March 14, 2024 at 15:25 pm{BODY}"
    got = _published(page)
    assert got.value == "2024-03-14"
    assert (
        "Last updated"
        not in clean_document(make_cleaner(PipelineConfig()), RawDocument("invented#10", text=page)).text
    )


BODY = """The harbour board of Port Elin postponed the award of its ferry tender after two bidders withdrew.

A new round of bids will open next month, the board said."""


def test_a_word_that_begins_like_a_label_is_no_label():
    from dateline.clean.plaintext import _LABEL

    assert _LABEL.match("Postdated cheques were issued on 5 March 2024") is None
    assert _LABEL.match("Posted one hour ago")["label"] == "Posted"
