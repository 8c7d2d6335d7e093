"""Round 21 (r21pub): publication dates and document times on pages of many sites. Every line here
is invented."""

from __future__ import annotations

from datetime import date

from cleaning_support import document_day as _dct

from dateline.records import RawDocument

LEAD = "The envoys of the two countries met in Lisbon and discussed fishing rights, officials said."


# --- a page store's own date field -----------------------------------------------------------------


def test_a_page_store_date_field_dates_an_article_whose_content_says_nothing_against_it(pipeline):
    text = f" date 2024-03-05 Envoys meet in Lisbon over fishing rights\n\n{LEAD}"
    assert _dct(pipeline, text) == date(2024, 3, 5)


def test_a_page_store_date_field_glued_to_the_lead_dates_it(pipeline):
    assert _dct(pipeline, f" date 2024-03-05 {LEAD}") == date(2024, 3, 5)


def test_the_content_still_overrules_a_page_store_date_field(pipeline):
    text = (
        " date 2019-01-05 Envoys meet in Lisbon over fishing rights\n\n"
        "The envoys of the two countries met in Lisbon on March 3, 2024 and discussed fishing rights."
    )
    assert _dct(pipeline, text) != date(2019, 1, 5)


# --- an article the later stages do not read ----------------------------------------------------------


PORTUGUESE = (
    "Ministros dos dois países se reuniram em Lisboa nesta terça-feira para discutir os direitos de "
    "pesca.\n\nSegundo o comunicado, as conversas continuarão no próximo mês na capital do país vizinho, "
    "com a presença dos dois chanceleres."
)


def test_a_text_not_read_is_dated_by_its_own_publication_date(pipeline):
    url = "https://news.example.com.br/2021/10/14/ministros-discutem-pesca"
    processed = pipeline.process(RawDocument(source="t", id="t", text=PORTUGUESE, url=url))
    assert processed.article.language != "en"
    assert processed.document_time.dct == date(2021, 10, 14)


def test_a_text_not_read_without_a_date_stays_undated(pipeline):
    assert _dct(pipeline, PORTUGUESE, "https://news.example.com.br/mundo/ministros-discutem-pesca") is None


# --- a year or span a plan, a budget or a result covers ----------------------------------------------


def test_a_past_plan_for_a_span_of_years_gives_no_lower_bound(pipeline):
    # "adopted ... a work plan for 2026 – 2030": the period the plan covers, not when it was adopted
    for plan in ("adopted a work plan for 2026 – 2030", "adopted a work plan for 2030"):
        text = (
            "Leaders agree to deepen trade ties\n\nBy Ana Ruiz | 9 May 2023\n\n"
            f"The two leaders agreed to deepen trade ties and {plan} on the sidelines of the summit."
        )
        assert _dct(pipeline, text) == date(2023, 5, 9)


def test_a_future_review_of_a_past_year_gives_no_upper_bound(pipeline):
    text = (
        " date 2022-03-01 Ministers to review the trade figures\n\n"
        "The ministers will review the trade results for 2021 at their next meeting in Geneva, the "
        "secretariat said."
    )
    assert _dct(pipeline, text) == date(2022, 3, 1)


# --- an embedded post's signature near the top --------------------------------------------------------


def _published(text: str) -> str | None:
    from dateline.clean.component import DefaultCleaner

    return DefaultCleaner()(RawDocument(source="t", id="t", text=text)).published.value


HEADLINE = "Ministers agree to resume border talks next month"
FIRST = "Ministers of the two countries met in the capital and agreed to resume the talks, officials said."
MORE = "The talks had stalled over the border question, which both sides now want settled soon."


def test_an_embedded_posts_signature_under_the_first_paragraph_is_not_the_articles_date():
    post = "We welcome the talks. pic.twitter.com/AbC123"
    for signature in ("— Ana Ruiz (@anaruiz) March 11, 2024", "Example Ministry (@ExMFA) March 11, 2024"):
        text = f"{HEADLINE}\n\n{FIRST}\n\n{post}\n\n{signature}\n\n{MORE}"
        assert _published(text) is None


def test_an_authors_byline_with_a_handle_still_dates_the_article():
    text = f"{HEADLINE}\n\nBy Ana Ruiz (@anaruiz) | March 11, 2024\n\n{FIRST}\n\n{MORE}"
    assert _published(text) == "2024-03-11"


def test_a_year_a_deal_or_roadmap_runs_to_does_not_overrule_a_byline_date(pipeline):
    for sentence in (
        "The two leaders agreed on a roadmap to 2030 to double trade, officials said.",
        "The countries extended the fisheries deal through 2027.",
        "The accord, valid until 2031, was signed in the capital.",
    ):
        text = f"Leaders agree to deepen trade ties\n\nBy Ana Ruiz | 9 May 2023\n\n{sentence}"
        assert _dct(pipeline, text) == date(2023, 5, 9), sentence


def test_the_end_of_a_past_span_from_one_year_to_another_still_bounds_an_undated_article(pipeline):
    text = "Border clashes ended\n\nThe two armies fought over the pass from 2019 to 2023, officials said."
    anchor = pipeline.process(RawDocument(source="t", id="t", text=text)).document_time
    assert anchor.interval.start is not None and anchor.interval.start >= date(2023, 1, 1)


# --- a post's stamp with its minute above the headline ----------------------------------------------------


# a story with no date of its own: only the line above the headline can date it
AGENDA = (
    "Envoys agree to resume fishing talks\n\nThe envoys of the two countries agreed last month to resume the "
    "talks, and met again in Lisbon to set the agenda, officials said."
)


def test_a_stamp_with_its_minute_above_the_headline_dates_the_article_where_nothing_is_against_it(pipeline):
    text = f"Thursday 14 March 2024 - 09:40\n\n{AGENDA}"
    assert _dct(pipeline, text) == date(2024, 3, 14)


def test_a_days_header_without_the_minute_stays_an_upper_bound(pipeline):
    text = f"Thursday 14 March 2024\n\n{AGENDA}"
    assert _dct(pipeline, text) is None
