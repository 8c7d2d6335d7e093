"""Round 25 (r25date): a plan told without a date in an undated article dated by its story's day is
most likely that day's occasion; "early", "mid-" and "late" a year are cut by months. Every sentence is
invented."""

from __future__ import annotations

from datetime import date

from dating_support import corpus_dated

import dateline
from dateline.time.values import narrow

STORY_DAY = "2031-03-10"
LEAD = "Ruritania and Elbonia signed a trade accord on Monday, March 10, 2031, in Lakeport.\n\n"


def _date(text: str, trigger: str, published: str | None) -> dict:
    start = text.index(trigger)
    return dateline.date_event(text, published, start, start + len(trigger))


# --- a plan in an article dated by its story's day -------------------------------------------------------


def test_an_undated_plan_of_a_story_dated_article_is_likely_on_the_story_day():
    text = LEAD + "The two presidents will hold talks on fishing rights at the harbour."
    found = _date(text, "hold talks", None)
    # the story's occasion, previewed: likely that day, the interval still open after it
    assert found["likely"] == STORY_DAY
    assert found["start"] == STORY_DAY and found["end"] is None
    conditional = _date(LEAD + "A second meeting with the mayor would also take place.", "meeting", None)
    assert conditional["likely"] == STORY_DAY


def test_a_plan_for_a_later_occasion_keeps_no_likely_day():
    for sentence, trigger in (
        ("The two presidents will meet again at the harbour.", "meet"),
        ("The two presidents will hold another meeting at the harbour.", "meeting"),
    ):
        found = _date(LEAD + sentence, trigger, None)
        assert found["likely"] is None and found["end"] is None


def test_a_plan_keeps_no_likely_day_where_the_article_has_a_publication_day():
    text = LEAD + "The two presidents will hold talks on fishing rights at the harbour."
    found = _date(text, "hold talks", "2031-03-11")
    assert found["likely"] is None and found["end"] is None


def test_a_plan_with_a_date_of_its_own_keeps_that_date():
    text = LEAD + "The two presidents will hold talks on fishing rights on March 20."
    assert _date(text, "hold talks", None)["likely"] != STORY_DAY


# --- early, mid- and late a year ---------------------------------------------------------------------------


def test_a_year_is_cut_in_thirds_by_months():
    year = (date(2029, 1, 1), date(2029, 12, 31))  # not a leap year: 365 days split badly by days
    assert narrow(*year, "EARLY") == (date(2029, 1, 1), date(2029, 4, 30))
    assert narrow(*year, "MID") == (date(2029, 5, 1), date(2029, 8, 31))
    assert narrow(*year, "LATE") == (date(2029, 9, 1), date(2029, 12, 31))
    # a month keeps its thirds by days
    assert narrow(date(2029, 8, 1), date(2029, 8, 31), "LATE") == (date(2029, 8, 21), date(2029, 8, 31))


def test_late_in_a_year_dates_the_event_from_september():
    text = "The rebel militia resumed its raids in late 2029 after two quiet years."
    found = _date(text, "resumed", "2030-05-04")
    assert (found["start"], found["end"]) == ("2029-09-01", "2029-12-31")


# --- a bare weekday in an article dated by its story's day -----------------------------------------------


def test_a_weekday_of_an_article_dated_by_the_corpus_is_that_day_alone():
    from dateline.pipeline import Pipeline
    from dateline.time.document_time import CORPUS_STATED

    pipeline = Pipeline()
    text = (
        "Trade row\n\nRuritania expelled the Elbonian trade envoy over the tariff dispute.\n\n"
        "The two foreign ministers had argued over the tariffs at a dinner on Sunday."
    )
    # the dated articles place the expulsion on Monday, March 10: the article's story day
    article = corpus_dated(pipeline, text, "2031-03-10", CORPUS_STATED, "the expulsion, stated")
    doc = pipeline.nlp(article.text)
    anchor = pipeline.time.anchor(article, doc, pipeline.actors.tenure_hints(doc))
    assert anchor.dct is None and anchor.interval.likely == date(2031, 3, 10)
    start = article.text.index("argued")
    trigger = doc.char_span(start, start + len("argued")).root
    dinner = pipeline.time.date_event(doc, trigger, pipeline.time.tag(doc, anchor), anchor)
    # the Sunday before the story's day, not any Sunday of the month the article may have been written in
    assert dinner.start == dinner.end == dinner.likely == date(2031, 3, 9)
