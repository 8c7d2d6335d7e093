"""Round 10, one meeting whatever venue its reports name: the in-person modes of a consultation
(`meet`, `third-party`, `multilateral`) merge as one family (`compatible.IN_PERSON`) for dated
reports, the event keeping the venue's mode (`compatible.trip_mode`), a report joining the meeting of
its own mode first; a call and a meeting of the pair stay two events.

Invented records through the real merge, and invented articles through the whole pipeline (real
spaCy) in memory and into the DuckDB store, in one batch and one article per batch.
"""

from __future__ import annotations

from pathlib import Path

from test_dedup_merge import day, mention

import dateline
from dateline.dedup import merge
from dateline.dedup.compatible import modes_compatible, trip_mode
from dateline.records import Location, RawDocument
from dateline.run import run
from dateline.store.database import Database


def test_a_meeting_at_a_third_venue_and_a_report_naming_no_venue_are_one_meeting_in_either_order():
    venue = mention("m000", 10, mode="third-party")
    plain = mention("m001", 10, mode="meet")
    for order in ([venue, plain], [plain, venue]):
        (meeting,) = merge(order)
        assert meeting.mode == "third-party" and meeting.sources == 2


def test_a_call_and_a_meeting_of_the_pair_stay_two_events():
    for in_person in ("meet", "third-party", "multilateral"):
        events = merge([mention("m000", 10, mode="phone"), mention("m001", 10, mode=in_person)])
        assert sorted(e.mode for e in events) == sorted(["phone", in_person])
    # Nor does a meeting at a third venue join a visit: the trip is another encounter.
    assert len(merge([mention("m000", 10, mode="visit"), mention("m001", 10, mode="third-party")])) == 2


def test_other_conditions_still_apply_to_the_family():
    # Two days apart: two meetings, whatever their venues.
    monday = mention("m000", 10, mode="meet", when=day(2031, 3, 3))
    tuesday = mention("m001", 10, mode="third-party", when=day(2031, 3, 5))
    assert len(merge([monday, tuesday])) == 2


def test_a_report_beside_two_meetings_of_the_pair_joins_the_one_of_its_own_mode():
    # A meeting in Islamabad and a summit in Beijing the same day, kept apart by their places; a
    # report of "the meeting" naming no place is the one of its own mode, not ambiguous.
    meeting = mention("m000", 10, mode="meet", location=Location("Islamabad", "PAK"))
    summit = mention("m001", 10, mode="multilateral", location=Location("Beijing", "CHN"))
    events = merge([meeting, summit, mention("m002", 10, mode="meet")])
    assert sorted((e.mode, e.sources) for e in events) == [("meet", 2), ("multilateral", 1)]


def test_the_specific_in_person_mode_wins_over_meet_and_the_first_known_otherwise():
    assert trip_mode("meet", "third-party") == trip_mode("third-party", "meet") == "third-party"
    assert trip_mode("meet", "multilateral") == trip_mode("multilateral", "meet") == "multilateral"
    assert trip_mode("third-party", "multilateral") == "third-party"
    assert trip_mode("meet", "phone") == "meet" and trip_mode(None, "meet") == "meet"
    assert modes_compatible("meet", "multilateral") and not modes_compatible("phone", "meet")
    assert modes_compatible(None, "third-party") and not modes_compatible(None, "visit")


HOSTED = (
    "Qatar hosted talks between Kazakh President Kassym-Jomart Tokayev and Uzbek President Shavkat "
    "Mirziyoyev on Tuesday, the Akorda press service said.\n\nThe two leaders discussed water sharing."
)
MET = (
    "Uzbek President Shavkat Mirziyoyev met Kazakh President Kassym-Jomart Tokayev on Tuesday, "
    "his office said.\n\nNo joint statement was issued after the meeting."
)
CALLED = (
    "Kazakh President Kassym-Jomart Tokayev held a telephone conversation with Uzbek President Shavkat "
    "Mirziyoyev on Thursday, the Akorda press service reported.\n\nThey spoke about the border."
)


def _meetings(texts: list[str]) -> list:
    items = [{"id": f"t{i}", "text": t} for i, t in enumerate(texts)]
    events = dateline.process(items, published="2031-03-07")
    return [e for e in events if e.type == "CONSULT" and e.modality == "asserted"]


def test_invented_articles_through_the_pipeline_give_one_meeting_at_the_venue_and_the_call_apart():
    for texts in ([HOSTED, MET, CALLED], [CALLED, MET, HOSTED]):
        events = _meetings(texts)
        by_mode = {e.mode: e for e in events}
        assert sorted(by_mode) == ["phone", "third-party"], [(e.mode, e.sources) for e in events]
        meeting = by_mode["third-party"]
        # The host is a party of the meeting (PLOVER's third party), beside the pair.
        assert meeting.sources == 2 and {"KAZ", "UZB"} <= {a.actor.country for a in meeting.actors}
        assert by_mode["phone"].sources == 1


def _stored(pipeline, path: Path, batch_size: int) -> list[tuple]:
    texts = [MET, CALLED, HOSTED]
    docs = [
        RawDocument(source=f"v{i}.txt", id=f"v{i}", text=t, published="2031-03-07")
        for i, t in enumerate(texts)
    ]
    with Database(path) as db:
        run(docs, pipeline, db, batch_size=batch_size)
        events = db.events(mention_detail=True)
    return sorted(
        (e["mode"], e["sources"], tuple(sorted({m["article"] for m in e["mentions"]})))
        for e in events
        if e["type"] == "CONSULT" and e["modality"] == "asserted"
    )


def test_the_store_holds_one_meeting_whatever_the_batches(pipeline, tmp_path):
    at_once = _stored(pipeline, tmp_path / "once.duckdb", 32)
    assert ("third-party", 2, ("v0", "v2")) in at_once
    assert [m for m, *_ in at_once].count("phone") == 1
    assert _stored(pipeline, tmp_path / "apart.duckdb", 1) == at_once
