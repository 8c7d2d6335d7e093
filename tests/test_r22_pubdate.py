"""Round 22 (r22pub): publication dates a lead gives with its "today". Every line here is invented."""

from __future__ import annotations

from datetime import date

from cleaning_support import document_day as _dct

from dateline.clean import dates
from dateline.clean.component import DefaultCleaner
from dateline.records import RawDocument

HEAD = "Leaders of Norland and Sudria agree on rail links\n\n"


def _published(text: str, url: str | None = None) -> str | None:
    return DefaultCleaner()(RawDocument(source="t", id="t", text=text, url=url)).published.value


# --- "today" with a weekday and its date in apposition ----------------------------------------------


def test_today_with_a_weekday_and_a_full_date_in_apposition_dates_the_release():
    text = HEAD + "The two presidents met today, Friday, May 17, 2024, in Portvale to sign a deal."
    assert _published(text) == "2024-05-17"


def test_today_with_a_weekday_and_a_full_date_below_a_summary_bullet(pipeline):
    text = (
        "• In Portvale the two presidents agreed to widen customs cooperation.\n\n"
        "The presidents of Norland and Sudria met today, Tuesday, March 4, 2025, in Portvale. "
        "They signed a rail agreement.\n\nThe ministers will meet again next month."
    )
    assert _dct(pipeline, text) == date(2025, 3, 4)


def test_a_weekday_apposed_to_today_inside_a_quotation_is_a_speakers_word():
    text = (
        HEAD + 'The minister said: "We met today, Friday, May 17, 2024, and we agreed on everything." '
        "The presidents met again today, Tuesday, March 4, 2025, in Portvale."
    )
    assert _published(text) == "2025-03-04"


# --- another language's "today" with its day ----------------------------------------------------------


def test_a_swahili_today_with_a_yearless_day_takes_the_year_of_the_urls_month_folder():
    text = "Wakuu wa nchi wanakutana leo tarehe 12 Machi huko Portvale, kujadili biashara ya reli."
    url = "https://example-blog.example/2019/03/wakuu-wanakutana.html"
    assert _published(text, url) == "2019-03-12"


def test_a_spanish_today_with_a_weekday_and_a_full_date_dates_the_report():
    text = "Los presidentes de Norlandia y Sudria se reunieron hoy, viernes 17 de mayo de 2024, en Portvale."
    assert _published(text) == "2024-05-17"


def test_a_capitalized_leo_inside_a_sentence_is_a_name_not_swahilis_today():
    text = (
        "Balozi walikutana na Kardinali Leo 14 Machi mjini Portvale. "
        "Wakuu wa nchi wanakutana leo tarehe 20 Machi 2019 huko Portvale."
    )
    assert _published(text) == "2019-03-20"


# --- a URL folder of day, month word and year --------------------------------------------------------


def test_a_url_folder_of_day_month_word_and_year_dates_the_page():
    text = HEAD + "The envoys met in Portvale and discussed fishing rights, officials said."
    assert _published(text, "https://example-paper.example/04-Mar-2024/envoys-meet") == "2024-03-04"


# --- month names read whatever the run's string hash --------------------------------------------------


def test_the_month_name_pattern_has_one_branch_per_lower_case_name():
    # "Nov" and "novemba" made two branches that both match case-blind; which was tried first changed
    # with the string hash from run to run, and "N(ov)" stopped short of "30 Novemba"
    assert not any(ch.isupper() for ch in dates.MONTH_NAMES)
    assert [(m.end, m.month) for m in dates.find_yearless("30 Novemba")] == [(10, 11)]
