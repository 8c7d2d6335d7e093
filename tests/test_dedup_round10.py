"""Round 10, one canonical event: a visit and its hosting, and two undated reports of one encounter.

- a `visit` and a `host` report are the two ends of one trip when the hosting names the visitor as its
  guest and both are dated to a week (`compatible.one_trip`); the event keeps the visit's mode;
- two reports from articles without a date (open or unknown intervals) join as the one event they
  can be when they share a named actor and tell the same mode of encounter (`compatible._alike` with
  `sole`), unless another occasion of the pair lies in the window (`index._crowded`).

Invented records through the real merge and `Corpus`, and invented articles through the whole
pipeline (real spaCy) in memory and into the DuckDB store.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from test_dedup_merge import KHAN, PUTIN, day, mention, month
from test_dedup_vague import _article, _in_batches_and_at_once

import dateline
from dateline.dedup import merge
from dateline.dedup.compatible import one_trip, trip_mode
from dateline.records import DateInterval, RawDocument
from dateline.run import run
from dateline.store.database import Database

# Putin's two-day visit, told by the guest ("Putin arrived in Islamabad") and by the host ("Khan
# received Putin"). (Putin visits, Khan hosts: the visitor is the first actor, the source.)
TRIP = DateInterval(date(2031, 3, 4), date(2031, 3, 5), "range", 0.8, "explicit days")


def _visit(article: str, when: DateInterval = TRIP, **kw) -> object:
    return mention(article, 10, mode="visit", when=when, sides=("source", "target"), **kw)


def _hosting(article: str, when: DateInterval = TRIP, guest=PUTIN, host=KHAN) -> object:
    return mention(article, 10, mode="host", when=when, actors=(host, guest), sides=("source", "target"))


def test_a_visit_and_the_hosting_of_its_visitor_are_one_trip_in_either_order():
    for order in ([_visit("h000"), _hosting("h001")], [_hosting("h001"), _visit("h000")]):
        (trip,) = merge(order)
        assert trip.mode == "visit" and trip.sources == 2
        assert (trip.date.start, trip.date.end) == (TRIP.start, TRIP.end)


def test_two_trips_a_month_wide_or_a_meeting_hosted_stay_apart():
    # "Putin visited Khan" and "Putin hosted Khan": the guest of one is the host of the other.
    assert len(merge([_visit("h000"), _hosting("h001", guest=KHAN, host=PUTIN)])) == 2
    # A hosting dated to a month may be another visit of the pair that month.
    assert len(merge([_visit("h000"), _hosting("h001", when=month(2031, 3))])) == 2
    # "Pakistan will host the dialogue with Russia" names no guest: not the visitor's trip.
    hosted = mention("h001", 10, mode="host", when=TRIP, actors=(KHAN,), sides=("source",))
    assert len(merge([_visit("h000"), hosted])) == 2
    # A plan to host ("will receive the ministers for the dialogue") is often of a meeting: apart.
    plan = mention("h001", 10, mode="host", modality="planned", when=TRIP, actors=(KHAN, PUTIN))
    assert len(merge([_visit("h000"), plan])) == 2
    # Only the two ends of a trip: a visit and a meeting keep their modes apart.
    met = mention("h001", 10, mode="meet", when=TRIP)
    assert len(merge([_visit("h000"), met])) == 2


def test_in_neighbouring_sentences_of_one_article_the_trip_needs_no_week():
    # "Putin arrived in Islamabad, the start of a visit" ... "Khan welcomed him": the article's date
    # is known only to a month, and the two sentences tell one trip.
    arrived = mention("h000", 10, mode="visit", when=month(2031, 3), sides=("source", "target"))
    host_guest = {"actors": (KHAN, PUTIN), "sides": ("source", "target")}
    welcomed = mention("h000", 300, mode="host", when=month(2031, 3), **host_guest)
    for order in ([arrived, welcomed], [welcomed, arrived]):
        assert [e.mode for e in merge(order)] == ["visit"]
    # Told in another article, a month-wide hosting may be another visit: two events.
    elsewhere = mention("h001", 300, mode="host", when=month(2031, 3), **host_guest)
    assert len(merge([arrived, elsewhere])) == 2


def test_the_merged_mode_is_the_visit_whatever_came_first():
    assert trip_mode("host", "visit") == trip_mode("visit", "host") == "visit"
    assert trip_mode(None, "host") == "host" and trip_mode("phone", None) == "phone"
    assert one_trip(_visit("h000"), _hosting("h001")) and one_trip(_hosting("h001"), _visit("h000"))


# Articles whose publication date was not found: "after he took office" is all the dating stage knows.
SINCE = DateInterval(date(2029, 5, 1), None, "range", 0.3, "after the start of his term")
NO_DATE = DateInterval(None, None, "unknown", 0.0, "no date")


def test_two_undated_reports_of_a_call_are_the_one_call_they_can_be():
    first = mention("n000", 10, when=SINCE)
    second = mention("n001", 10, when=NO_DATE)
    for order in ([first, second], [second, first]):
        (call,) = merge(order)
        assert call.sources == 2 and call.date.start == SINCE.start
    # Batch by batch through the store, as in one session.
    batches = [[_article("n000", first)], [_article("n001", second)]]
    by_batch, at_once = _in_batches_and_at_once(batches)
    assert by_batch == at_once and [len(e.mentions) for e in by_batch] == [2]


def test_undated_reports_of_two_modes_or_beside_a_dated_occasion_stay_apart():
    # A call and a meeting of the pair, neither dated: nothing says they are one encounter.
    call = mention("n000", 10, when=SINCE)
    meeting = mention("n001", 10, mode="meet", when=NO_DATE)
    assert len(merge([call, meeting])) == 2
    # Two calls of the pair on record a day apart (two occasions: they stay two), and an undated
    # report of a call: it may be either.
    monday = mention("n002", 10, when=day(2031, 3, 3))
    tuesday = mention("n003", 10, when=day(2031, 3, 4))
    events = merge([monday, tuesday, mention("n000", 10, when=SINCE), mention("n001", 10, when=NO_DATE)])
    assert sorted(len(e.mentions) for e in events) == [1, 1, 1, 1]


GUEST = (
    "Uzbek President Shavkat Mirziyoyev arrived in Astana on Tuesday for a two-day state visit, "
    "his office said.\n\nThe trip is his third to Kazakhstan this year."
)
HOST = (
    "Kazakh President Kassym-Jomart Tokayev received Shavkat Mirziyoyev at the Akorda palace on "
    "Tuesday.\n\nOfficials said the ceremony was brief."
)
OTHER_TRIP = (
    "Kazakh President Kassym-Jomart Tokayev paid a visit to Tashkent on Tuesday, his office said.\n\n"
    "He was met at the airport by officials."
)


def _consults(texts: list[str], published: str | None) -> list:
    items = [{"id": f"t{i}", "text": t} for i, t in enumerate(texts)]
    return [e for e in dateline.process(items, published=published) if e.type == "CONSULT"]


def test_invented_articles_through_the_pipeline_tell_one_trip_from_both_ends():
    for texts in ([GUEST, HOST], [HOST, GUEST]):
        (trip,) = _consults(texts, "2031-03-06")
        assert trip.mode == "visit" and trip.sources == 2 and trip.date.start == date(2031, 3, 4)
        assert {"KAZ", "UZB"} == {a.actor.country for a in trip.actors}
    # The Kazakh president's own trip to Tashkent is not the visit he hosted.
    trips = _consults([OTHER_TRIP, HOST], "2031-03-06")
    # Both are coded as visits (a hosted guest is the guest's visit): they go opposite ways.
    visits = [e for e in trips if e.mode == "visit"]
    visitors = sorted(a.actor.country for e in visits for a in e.actors if a.side == "source")
    assert len(visits) == 2 and visitors == ["KAZ", "UZB"]


CALL = (
    "Kazakh President Kassym-Jomart Tokayev held a telephone conversation with Uzbek President Shavkat "
    "Mirziyoyev, the Akorda press service reported.\n\nThe two leaders discussed water sharing."
)
CALL_AGAIN = (
    "Uzbek leader Shavkat Mirziyoyev and his Kazakh counterpart Kassym-Jomart Tokayev spoke by phone "
    "about water sharing, according to Tashkent.\n\nNo further details were given."
)


def _calls(pipeline, path: Path, batch_size: int) -> list[dict]:
    docs = [RawDocument(source=f"u{i}.txt", id=f"u{i}", text=t) for i, t in enumerate([CALL, CALL_AGAIN])]
    with Database(path) as db:
        run(docs, pipeline, db, batch_size=batch_size)
        events = db.events(mention_detail=True)
    return sorted((e for e in events if e["type"] == "CONSULT"), key=lambda e: e["id"])


def test_two_undated_articles_through_the_pipeline_and_the_store_give_one_call(pipeline, tmp_path):
    at_once = _calls(pipeline, tmp_path / "once.duckdb", 32)
    (call,) = at_once
    assert call["mode"] == "phone" and call["sources"] == 2
    assert sorted({m["article"] for m in call["mentions"]}) == ["u0", "u1"]
    # One article per batch: the second loads the first one's call through the leaders' keys.
    assert _calls(pipeline, tmp_path / "apart.duckdb", 1) == at_once
