"""Round 20 (r20date): event days on the news sets. Invented sentences only."""

from __future__ import annotations

from datetime import date

import pytest
from cleaning_support import published

from dateline import date_event
from dateline.records import Article, DateInterval, PublishedDate, TenureHint
from dateline.time.document_time import adopted, estimate

BODY = (
    "The two ministers discussed fisheries and the new border posts for three hours, officials said.\n\n"
    "A joint statement is expected later in the week, according to the foreign ministry."
)


# --- a wire dateline whose date a full stop closes ----------------------------------------------


@pytest.mark.parametrize(
    "lead",
    [
        "PORTVALE, March 3. The council of Ruritania met the Elbonian envoy on Monday.",
        "PORTVALE, Ruritania, March 3. A positive atmosphere prevailed at the talks.",
        "PORTVALE, MARCH 3, RUPRESS. The envoys of the two countries met in the capital.",
        "NEW PORTVALE, March 3. The council of Ruritania met the Elbonian envoy.",
    ],
)
def test_a_capital_place_and_a_date_closed_by_a_full_stop_are_a_dateline(lead: str) -> None:
    found = published(f"{lead}\n\n{BODY}")
    assert found.source == "dateline" and found.month_day == "--03-03"


@pytest.mark.parametrize(
    "lead",
    [
        # a place in title case opens sentences and lists as often
        "Portvale, March 3. The council of Ruritania met the Elbonian envoy on Monday.",
        # no capital after the stop: no lead follows
        "PORTVALE, March 3. and the council met again.",
    ],
)
def test_other_openings_with_a_date_and_a_full_stop_are_no_dateline(lead: str) -> None:
    assert published(f"{lead}\n\n{BODY}").month_day is None


# --- the year chosen for a year-less day, ruled out by the content ------------------------------

RUIZ = TenureHint(
    "Foreign Minister Ana Ruiz", "ruiz", DateInterval(date(2013, 2, 1), date(2014, 1, 31), "range", 0.9)
)
TEXT = "Foreign Minister Ana Ruiz discussed fisheries with her Peruvian counterpart."


def _yearless(value: str | None) -> Article:
    # the cleaner's guess of the year (a lead's weekday read as the dateline's own) with the day
    page = PublishedDate(value, "dateline", 0.6, "a dateline without its year", True, month_day="--06-03")
    return Article(id="t", text=TEXT, published=page)


def test_a_yearless_day_whose_guessed_year_the_content_rules_out_takes_its_one_year_inside(nlp) -> None:
    found = estimate(_yearless("2012-06-03"), nlp(TEXT), [RUIZ], [])
    assert found.dct == date(2013, 6, 3)
    assert any("its year loses" in r for r in found.reasons)


def test_a_guessed_year_inside_the_content_estimate_stays(nlp) -> None:
    assert estimate(_yearless("2013-06-03"), nlp(TEXT), [RUIZ], []).dct == date(2013, 6, 3)


def test_a_ruled_out_year_with_the_day_in_several_years_leaves_the_interval(nlp) -> None:
    wide = TenureHint(RUIZ.text, "ruiz", DateInterval(date(2013, 2, 1), date(2016, 1, 31), "range", 0.9))
    found = estimate(_yearless("2012-06-03"), nlp(TEXT), [wide], [])
    assert found.dct is None and found.interval.start == date(2013, 2, 1)


def test_a_guessed_year_that_loses_leaves_the_page_without_a_publication_day(nlp) -> None:
    article = _yearless("2012-06-03")
    anchor = estimate(article, nlp(TEXT), [RUIZ], [])
    page = adopted(article.published, anchor)
    assert page.value is None and page.month_day == "--06-03"
    assert [c.value for c in page.candidates] == ["2012-06-03"]
    assert adopted(page, anchor) == page  # applied again, the same


def test_a_guessed_year_that_stands_stays_the_publication_day(nlp) -> None:
    article = _yearless("2013-06-03")
    anchor = estimate(article, nlp(TEXT), [RUIZ], [])
    assert adopted(article.published, anchor).value == "2013-06-03"


# --- a day hung on the verb's object that the parser took for a clausal complement -------------


def test_a_day_on_an_object_the_parser_takes_for_a_complement_dates_the_verb() -> None:
    # the small parser labels "bid" a ccomp of "endorsed" here; "on Tuesday" hangs on it
    text = "The parliament of Elbonia endorsed Ruritania's EU accession bid on Tuesday."
    start = text.index("endorsed")
    found = date_event(text, "2024-01-26", start, start + len("endorsed"))
    assert (found["start"], found["end"]) == ("2024-01-23", "2024-01-23")
