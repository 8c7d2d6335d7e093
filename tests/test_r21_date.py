"""Round 21 (r21date): the likely day of "today", "yesterday", "tomorrow" in an article dated only by
its story's day; reports of one pair that name different people on both sides date no undated
article. Every sentence and article is invented."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from test_r18undated import BORDA, ISTAN, RUIZ, SINCE_TENURE, _Alike
from test_r19undated import EXPULSION_DAY, _dated, _expulsion

import dateline
from dateline.dedup.doctime import pending
from dateline.records import Actor, DateInterval, DocumentTime, EventActor
from dateline.time.document_time import CORPUS
from dateline.time.event_date import date_event
from dateline.time.tagger import tag

STORY = date(2031, 3, 10)  # the latest day the article reports, learnt from other reports of it


def story_dated() -> DocumentTime:
    """An undated article's document time as `document_time` infers it from the corpus: on or
    shortly after its story's day, that day its likely one."""
    interval = DateInterval(
        STORY, date(2031, 4, 10), "range", 0.5, "inferred: on or shortly after", likely=STORY
    )
    return DocumentTime(None, interval, ("inferred",))


@pytest.mark.parametrize(
    ("text", "expression", "likely"),
    [
        ("The envoy was summoned this morning.", "this morning", STORY),
        ("The two presidents spoke by phone yesterday.", "yesterday", STORY),
        ("The ministers spoke late last night.", "late last night", STORY),
        ("The talks opened today in Lakeport.", "today", STORY),
        ("The envoy will meet the minister tomorrow.", "tomorrow", STORY + timedelta(days=1)),
    ],
)
def test_a_deictic_day_is_likely_counted_from_the_story_day(nlp, text, expression, likely):
    doc = nlp(text)
    (timex,) = [t for t in tag(doc, story_dated()) if t.text == expression]
    assert timex.interval is not None and timex.interval.likely == likely
    # the interval stays the estimate's, shifted: the writer may have written later
    assert timex.interval.start is not None and timex.interval.end is not None
    assert timex.interval.start < timex.interval.end
    # an estimate from the content alone (a tenure) has no day its writer wrote on
    tenure = DocumentTime(None, DateInterval(date(2030, 1, 1), date(2031, 12, 31), "range", 0.2, "tenure"))
    (timex,) = [t for t in tag(doc, tenure) if t.text == expression]
    assert timex.interval is not None and timex.interval.likely is None


def test_the_event_takes_the_likely_day_of_its_deictic_expression(nlp):
    doc = nlp("The foreign ministry summoned the Bordan ambassador this morning. The envoy left last month.")
    anchor = story_dated()
    timexes = tag(doc, anchor)
    (trigger,) = [t for t in doc if t.text == "summoned"]
    interval = date_event(doc, trigger, timexes, anchor)
    assert interval.likely == STORY
    assert interval.start == STORY and interval.end is not None and interval.end > STORY
    # "last month" is counted from the story's day already (round 11): a month, no day stands out
    (month,) = [t for t in timexes if t.text == "last month"]
    assert month.value == "2031-02" and month.interval is not None and month.interval.likely is None


# --- reports alike of one pair, named apart (`dedup/doctime._alike`) -------------------------------

OKAFOR = Actor("okafor", "Ben Okafor", "BOR", "GOV", "foreign minister", "person")
SILVA = Actor("silva", "Rui Silva", "IST", "GOV", "president", "person")
MENDES = Actor("mendes", "Lia Mendes", "BOR", "GOV", "president", "person")


def _call(article: str, span: DateInterval, people: tuple[Actor, ...]):
    """ "Ruiz called Okafor by phone." (or the presidents), each a lead of its article."""
    m = _expulsion(article, span) if article == "undated" else _dated()
    actors = [EventActor(people[0], "source"), *(EventActor(a, "target") for a in people[1:])]
    return replace(m, type="CONSULT", mode="phone", trigger="called", actors=actors)


def _dates_of(own, other) -> list[str]:
    found = pending(_Alike([(own, other, EXPULSION_DAY)], [own, other]))
    return [c.value for a in found for c in a.published.candidates if c.source == CORPUS]


def test_the_foreign_ministers_call_is_not_dated_by_the_presidents_call():
    # same pair, both leads, but each names who called whom, and no one is on both
    own = _call("undated", SINCE_TENURE, (RUIZ, OKAFOR))
    other = _call("dated", _dated().date, (SILVA, MENDES))
    assert _dates_of(own, other) == []
    # round 19's case stands: a ministry's act, no person named on one side, is still dated by the pair
    own = _call("undated", SINCE_TENURE, (ISTAN, BORDA))
    assert _dates_of(own, other) == [EXPULSION_DAY.isoformat()]


# --- "for the first time since 2019" (`event_date._first_since`) -----------------------------------


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The two ministers met for the first time since 2019.", "met"),
        ("Mr Lim visited Lakeport for the first time since 2018.", "visited"),
        ("The two envoys held their first talks since 2019.", "held"),
    ],
)
def test_the_date_after_a_first_since_is_the_last_such_events(text, trigger):
    i = text.index(trigger)
    found = dateline.date_event(text, "2024-02-14", i, i + len(trigger))
    assert found["end"] == "2024-02-14" and found["likely"] == "2024-02-14"  # the news, not 2019
    # with no count, "since" still bounds the event; and a day of its own still dates it
    guard = "The first convoy arrived as the rebels have shelled the town since 2019."
    i = guard.index("shelled")
    found = dateline.date_event(guard, "2024-02-14", i, i + len("shelled"))
    assert found["start"] == "2019-01-01" and "'since' bound" in found["basis"]
    guard = "The two ministers met on Monday for the first time since 2019."
    i = guard.index("met")
    assert dateline.date_event(guard, "2024-02-14", i, i + 3)["start"] == "2024-02-12"
