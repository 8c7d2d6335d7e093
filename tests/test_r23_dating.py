"""Round 23 (r23date): a present perfect a past verb of saying reports in a story of the day before;
a relative clause opened by "where" after a comma; a part of the day and the narrative's day before
or after in an article dated only by its story's day. Every sentence is invented."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

import dateline
from dateline.records import DateInterval, DocumentTime
from dateline.time.event_date import date_event
from dateline.time.tagger import tag

TUESDAY = "2031-03-11"  # publication day
MONDAY = "2031-03-10"  # the story's day its lead names


def _date(text: str, trigger: str, published: str = TUESDAY) -> dict:
    start = text.index(trigger)
    return dateline.date_event(text, published, start, start + len(trigger))


# --- a present perfect reported by a past verb of saying: the speaker's present ----------------------

STORY = "Ruritania broke off relations with Elbonia late on Monday. "


@pytest.mark.parametrize(
    ("sentence", "trigger"),
    [
        ("The government announced it has expelled the Elbonian envoy.", "expelled"),
        ("The minister said the embassy has closed its consular section.", "closed"),
        ("The cabinet announced it has recalled its diplomats, accusing Elbonia of meddling.", "accusing"),
    ],
)
def test_a_present_perfect_a_past_statement_reports_is_the_story_day(sentence, trigger):
    found = _date(STORY + sentence, trigger)
    assert found["likely"] == MONDAY
    assert found["start"] == MONDAY and found["end"] == TUESDAY  # the window is the story's, as before


def test_a_present_perfect_of_the_report_itself_keeps_the_publication_day():
    # no statement in the past reports it: the report's own present, most often the publication day
    assert _date(STORY + "The government has expelled the Elbonian envoy.", "expelled")["likely"] == TUESDAY
    # a denial says the act was not done at all; a present statement speaks at publication
    assert _date(STORY + "The ministry denied it has expelled the envoy.", "expelled")["likely"] == TUESDAY
    assert _date(STORY + "The ministry says it has expelled the envoy.", "expelled")["likely"] == TUESDAY


# --- a relative clause opened by "where" after a comma tells the story on -----------------------------


def test_where_after_a_comma_goes_on_with_the_story():
    found = _date("The minister greeted the envoy at the harbour, where both signed a memorandum.", "signed")
    assert found["likely"] == TUESDAY
    assert "relative clause" not in found["basis"]


def test_a_restrictive_where_clause_still_describes_the_place():
    found = _date("The envoy toured the village where the rebels killed ten farmers.", "killed")
    assert found["likely"] is None and "relative clause" in found["basis"]


# --- a part of the day, the day before or after, in an article dated by its story's day ---------------

STORY_DAY = date(2031, 3, 10)


def _story_dated(day: date = STORY_DAY, end: date = date(2031, 4, 10)) -> DocumentTime:
    """An undated article's document time as `document_time` infers it from the corpus."""
    interval = DateInterval(day, end, "range", 0.5, "inferred: on or shortly after", likely=day)
    return DocumentTime(None, interval, ("inferred",))


@pytest.mark.parametrize(
    ("text", "expression", "likely"),
    [
        ("The two presidents arrived in the morning.", "the morning", STORY_DAY),
        ("The envoys met in the afternoon at the palace.", "the afternoon", STORY_DAY),
        ("The army had withdrawn the previous day.", "the previous day", STORY_DAY - timedelta(days=1)),
    ],
)
def test_the_narratives_day_is_likely_counted_from_the_story_day(nlp, text, expression, likely):
    (timex,) = [t for t in tag(nlp(text), _story_dated()) if t.text == expression]
    assert timex.interval is not None and timex.interval.likely == likely
    # an estimate from the content alone (a tenure) has no day its writer wrote on
    tenure = DocumentTime(None, DateInterval(date(2030, 1, 1), date(2031, 12, 31), "range", 0.2, "tenure"))
    (timex,) = [t for t in tag(nlp(text), tenure) if t.text == expression]
    assert timex.interval is not None and timex.interval.likely is None


def test_the_event_takes_the_likely_day_where_the_estimate_spans_a_new_year(nlp):
    anchor = _story_dated(date(2031, 12, 20), date(2032, 1, 20))
    doc = nlp("The two presidents arrived in the morning with their delegations.")
    timexes = tag(doc, anchor)
    (morning,) = [t for t in timexes if t.text == "the morning"]
    assert morning.value.startswith("XXXX")  # the estimate's two ends fall in two years
    (trigger,) = [t for t in doc if t.text == "arrived"]
    assert date_event(doc, trigger, timexes, anchor).likely == date(2031, 12, 20)
