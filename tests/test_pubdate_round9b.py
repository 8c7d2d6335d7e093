"""Round 9b publication-date forms, with invented pages: a relay's stamp after the body."""

from dateline.pipeline import PipelineConfig, clean_document, make_cleaner
from dateline.records import RawDocument

PAGE = """Harbour talks set for Friday

Transport ministers from four island states meet in Apia on Friday to agree a shared ferry
schedule before the cyclone season.

The host minister said the talks would also cover fuel prices and port fees for the smaller islands.

{line}

No comments:

Post a Comment"""


def _published(line: str) -> str | None:
    raw = RawDocument("invented#9b", text=PAGE.format(line=line))
    art = clean_document(make_cleaner(PipelineConfig()), raw)
    return art.published.value if art.published else None


def test_relay_stamp_after_the_body_dates_the_post():
    assert _published("via FeedBot July 24, 2019 at 07:03PM") == "2019-07-24"


def test_relay_named_by_its_domain():
    assert _published("via relay.example 24 July 2019 19:03") == "2019-07-24"


def test_via_before_a_common_word_is_not_a_relay():
    # "via the embassy" opens a phrase, not a relay's name: the line keeps its words and is no date line
    assert _published("via the embassy on July 24, 2019") is None


HEADED = """Ferry talks end without a deal

{line}

Transport ministers from four island states ended two days of talks in Apia without agreeing a
shared ferry schedule before the cyclone season.

The host minister said the talks would resume next month and would also cover fuel prices."""


def _headed(line: str) -> str | None:
    raw = RawDocument("invented#9b-head", text=HEADED.format(line=line))
    art = clean_document(make_cleaner(PipelineConfig()), raw)
    return art.published.value if art.published else None


def test_breadcrumb_with_the_day_before_the_posts_title():
    assert _headed("Home / Regional / March 3, 2023 / Ferry talks end") == "2023-03-03"
    assert _headed("Start » Pacific » 3 March 2023 » Ferry talks end without a deal") == "2023-03-03"


def test_breadcrumb_day_with_two_crumbs_after_it_is_not_read():
    # only the post's title may follow the day: an archive's day above a section is not the post's
    assert _headed("Home / March 3, 2023 / Regional / Ferry talks end") is None


def test_reference_number_beside_a_date_label():
    assert _headed("Ref: TR/2023/42 Date: 03.03.2023") == "2023-03-03"
    assert _headed("Ref. No. MOT/PR/42/2023 Date: 3 March 2023") == "2023-03-03"


def test_reference_word_without_a_file_code_keeps_its_words():
    assert _headed("Reference: 3 March 2023 letter from the minister") is None


def test_unnamed_correspondent_credit_before_a_dateline():
    assert _headed("From our correspondent, APIA, March 3, 2023 –") == "2023-03-03"
    assert _headed("By our staff reporter, Suva, 3 March 2023") == "2023-03-03"


def _lead_under(headline: str) -> str | None:
    text = (
        f"{headline}\n\n"
        "SUVA, August 2 (Wire) -- Fiji's Prime Minister Sitiveni Rabuka will open the regional "
        "fisheries talks on Friday, his office said.\n\n"
        "Delegates from twelve states are expected."
    )
    art = clean_document(make_cleaner(PipelineConfig()), RawDocument("invented#9b-lead", text=text))
    return art.published.month_day if art.published else None


def test_dateline_under_a_headline_with_a_full_stop():
    # the headline written as a sentence stays a paragraph; the dateline below it is still read
    assert _lead_under("Rabuka to open fisheries talks.") == "--08-02"


def test_long_first_paragraph_is_not_taken_for_such_a_headline():
    first = (
        "The prime minister said on Tuesday that the talks would cover licences, patrols and the "
        "price of fuel for the fleets of the smaller islands in the region."
    )
    assert _lead_under(first) is None
