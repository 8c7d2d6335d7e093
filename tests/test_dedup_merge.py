"""Canonical events from synthetic event mentions: what merges, what stays apart, what gets linked."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from dateline.dedup import CanonicalIndex, block_keys, merge
from dateline.dedup.blocking import query_keys
from dateline.records import Actor, CanonicalEvent, DateInterval, EventActor, EventMention, Location

PUTIN = Actor("RUS_PUTIN", "Vladimir Putin", "RUS", "GOV", "head of state", "person")
LAVROV = Actor("RUS_LAVROV", "Sergey Lavrov", "RUS", "GOV", "foreign minister", "person")
KHAN = Actor("PAK_KHAN", "Imran Khan", "PAK", "GOV", "head of government", "person")
QURESHI = Actor("PAK_QURESHI", "Shah Mahmood Qureshi", "PAK", "GOV", "foreign minister", "person")
RUSSIA = Actor("RUS", "Russia", "RUS", None, None, "country")
PAKISTAN = Actor("PAK", "Pakistan", "PAK", None, None, "country")
PAK_PM = Actor(None, "the Pakistani prime minister", "PAK", "GOV", "head of government", "role")


def day(y: int, m: int, d: int, basis: str = "explicit date") -> DateInterval:
    return DateInterval(date(y, m, d), date(y, m, d), "day", 0.9, basis)


def month(y: int, m: int) -> DateInterval:
    last = (date(y + m // 12, m % 12 + 1, 1)) - timedelta(days=1)
    return DateInterval(date(y, m, 1), last, "month", 0.7, "month named in the text")


def mention(
    article: str,
    start: int = 0,
    *,
    when: DateInterval | None = None,
    type: str = "CONSULT",
    mode: str | None = "phone",
    modality: str = "asserted",
    actors: tuple[Actor, ...] = (PUTIN, KHAN),
    sides: tuple[str, ...] | None = None,
    location: Location | None = None,
    topics: tuple[str, ...] = (),
) -> EventMention:
    sides = sides or ("participant",) * len(actors)
    sentence = f"Sentence {start} of {article}: the leaders talked."
    return EventMention(
        article_id=article,
        type=type,
        mode=mode,
        modality=modality,  # type: ignore[arg-type]
        actors=[EventActor(a, s) for a, s in zip(actors, sides, strict=True)],  # type: ignore[arg-type]
        trigger="talked",
        trigger_start=start + 30,
        trigger_end=start + 36,
        sentence=sentence,
        sentence_start=start,
        sentence_end=start + len(sentence),
        date=when or day(2021, 9, 14),
        location=location,
        topics=list(topics),
    )


def merged_sizes(mentions: list[EventMention]) -> list[int]:
    """How many mentions each event merged from `mentions` holds, smallest first."""
    return sorted(len(e.mentions) for e in merge(mentions))


def test_day_report_dates_a_month_back_reference_in_either_order():
    report = mention("a000", 10, when=day(2021, 9, 14, "weekday Tuesday before publication"))
    backref = mention("a001", 400, when=month(2021, 9), topics=("Afghanistan",))
    for order in ([report, backref], [backref, report]):
        events = merge(order)
        assert len(events) == 1
        ev = events[0]
        assert (ev.date.start, ev.date.end, ev.date.granularity) == (
            date(2021, 9, 14),
            date(2021, 9, 14),
            "day",
        )
        assert "intersection of 2 mentions" in ev.date.basis and "a000" in ev.date.basis
        assert ev.date.confidence == pytest.approx(0.9)
        assert sorted((m.article, m.start) for m in ev.mentions) == [("a000", 10), ("a001", 400)]
        assert ev.topics == ["Afghanistan"]
        assert ev.sources == 2


def test_two_calls_a_week_apart_stay_two():
    events = merge([mention("a", when=day(2021, 8, 25)), mention("b", when=day(2021, 9, 1))])
    assert len(events) == 2
    assert {e.date.start for e in events} == {date(2021, 8, 25), date(2021, 9, 1)}


def test_planned_meeting_and_the_meeting_held_are_linked_not_merged():
    plan = mention("a", mode="meet", modality="planned", when=month(2022, 2))
    held = mention("b", mode="meet", when=day(2022, 2, 4))
    planned, asserted = merge([plan, held])
    assert planned.modality == "planned" and asserted.modality == "asserted"
    assert planned.related == [asserted.id] and asserted.related == [planned.id]


def test_modeless_consult_joins_a_phone_call_but_modes_do_not_mix():
    events = merge([mention("a", mode="phone"), mention("b", mode=None)])
    assert len(events) == 1 and events[0].mode == "phone" and len(events[0].mentions) == 2
    assert len(merge([mention("a", mode="phone"), mention("b", mode="visit")])) == 2


def test_modeless_mention_between_two_same_day_events_is_ambiguous():
    events = merge([mention("a", mode="phone"), mention("b", mode="meet"), mention("c", mode=None)])
    assert len(events) == 3
    assert all(len(e.mentions) == 1 for e in events)


def test_talks_without_a_mode_are_not_the_visit_they_were_held_on():
    # "Khan arrived in Moscow on Tuesday" / "the two leaders held talks": the visit and the talks.
    for trip in ("visit", "host"):
        events = merge([mention("a", mode=trip), mention("a", 300, mode=None), mention("b", mode=None)])
        assert sorted((e.mode or "", len(e.mentions)) for e in events) == [("", 2), (trip, 1)]
    # A mode-less report still joins the meeting itself.
    assert len(merge([mention("a", mode="meet"), mention("b", mode=None)])) == 1


def test_unknown_dates_do_not_over_merge():
    unknown = DateInterval.unknown()
    # Two undated reports from different articles that name no mode ("the leaders talked"): nothing
    # says they are the same encounter. (Both of a phone call, they are the one call of the pair on
    # record, round 10: `test_dedup_round10`.)
    assert len(merge([mention("a", when=unknown, mode=None), mention("b", when=unknown, mode=None)])) == 2
    # An undated report naming the countries only does not join another article's dated call.
    countries = (RUSSIA, PAKISTAN)
    assert len(merge([mention("a", actors=countries), mention("b", when=unknown, actors=countries)])) == 2
    # Within one article an undated "the call" is the call the article dated, in either order.
    for order in (
        [mention("a", 0), mention("a", 200, when=unknown)],
        [mention("a", 200, when=unknown), mention("a", 0)],
    ):
        events = merge(order)
        assert len(events) == 1 and events[0].date.start == date(2021, 9, 14)


def test_event_id_is_stable_when_mentions_join_and_on_rerun():
    first = mention("a", 5)
    index = CanonicalIndex()
    eid = index.add(first).id
    assert index.add(mention("b", when=month(2021, 9))).id == eid
    assert index.add(mention("c", 70, mode=None)).id == eid
    inputs = [first, mention("b", when=month(2021, 9)), mention("x", when=day(2021, 9, 20))]
    assert [e.to_json() for e in merge(inputs)] == [e.to_json() for e in merge(inputs)]
    assert merge(inputs)[0].id == eid


def test_readding_a_mention_changes_nothing_even_after_a_store_round_trip():
    index = CanonicalIndex()
    ev = index.add(mention("a"))
    assert index.add(mention("a")) is ev and len(ev.mentions) == 1
    stored = [CanonicalEvent.from_json(json.loads(json.dumps(e.to_json()))) for e in index.events()]
    reloaded = CanonicalIndex(stored)
    again = reloaded.add(mention("a"))
    assert again.id == ev.id and len(again.mentions) == 1 and reloaded.changed() == []


def test_incremental_ingest_joins_stored_events_and_reports_only_what_changed():
    first = merge([mention("a", when=month(2021, 9)), mention("z", when=day(2020, 1, 3))])
    stored = [CanonicalEvent.from_json(e.to_json()) for e in first]
    index = CanonicalIndex(stored)
    joined = index.add(mention("b", when=day(2021, 9, 14)))
    assert joined.id == first[0].id
    assert joined.date.is_day and len(joined.mentions) == 2
    assert [e.id for e in index.changed()] == [first[0].id]
    assert len(index.events()) == 2


def test_syndicated_copies_count_as_one_source():
    index = CanonicalIndex()
    index.add(mention("wire"), group="wire")
    index.add(mention("copy1"), group="wire")
    ev = index.add(mention("copy2"), group="wire")
    assert ev.sources == 1 and len(ev.mentions) == 3
    assert index.add(mention("own-report"), group="own-report").sources == 2


def test_country_actor_joins_only_when_the_other_side_matches_by_identity():
    persons = mention("a")
    assert len(merge([persons, mention("b", actors=(RUSSIA, KHAN))])) == 1
    assert len(merge([persons, mention("b", actors=(RUSSIA, PAKISTAN))])) == 2


def test_actors_union_prefers_named_actors_and_leaves_other_officials_apart():
    events = merge([mention("a", actors=(PUTIN, PAK_PM)), mention("b", actors=(RUSSIA, KHAN))])
    assert len(events) == 1
    assert [ea.actor.id for ea in events[0].actors] == ["RUS_PUTIN", "PAK_KHAN"]
    assert len(merge([mention("a"), mention("b", actors=(LAVROV, QURESHI))])) == 2
    # A delegation member reported by one article only still belongs to the same call.
    assert len(merge([mention("a"), mention("b", actors=(PUTIN, LAVROV, KHAN))])) == 1


def test_directed_events_keep_their_direction_mutual_ones_do_not():
    a_on_b = mention("a", type="ACCUSE", mode=None, sides=("source", "target"))
    b_on_a = mention("b", type="ACCUSE", mode=None, sides=("target", "source"))
    assert len(merge([a_on_b, b_on_a])) == 2
    call = merge([mention("a", sides=("source", "target")), mention("b", sides=("target", "source"))])
    assert len(call) == 1 and {ea.side for ea in call[0].actors} == {"participant"}
    # A definite side wins over "participant".
    kept = merge([mention("c", type="ACCUSE", mode=None), a_on_b])
    assert len(kept) == 1
    assert [ea.side for ea in kept[0].actors] == ["source", "target"]


def test_locations_must_agree():
    beijing, islamabad = Location("Beijing", "CHN"), Location("Islamabad", "PAK")
    assert (
        len(
            merge(
                [mention("a", mode="meet", location=beijing), mention("b", mode="meet", location=islamabad)]
            )
        )
        == 2
    )
    events = merge([mention("a", mode="meet"), mention("b", mode="meet", location=beijing)])
    assert len(events) == 1 and events[0].location == beijing


def test_block_keys_of_a_multi_month_interval():
    span = DateInterval(date(2021, 8, 20), date(2021, 10, 5), "range", 0.5)
    assert block_keys(mention("a", when=span))[:3] == [
        "CONSULT|PAK+RUS|2021-08",
        "CONSULT|PAK+RUS|2021-09",
        "CONSULT|PAK+RUS|2021-10",
    ]
    year = DateInterval(date(2021, 1, 1), date(2021, 12, 31), "year", 0.5)
    # Two countries and no named actor: the pair itself is a key (`compatible.PAIR`).
    keys = block_keys(mention("a", when=year, actors=(RUSSIA, PAKISTAN)))
    assert len(keys) == 13 and keys[-1] == "CONSULT|PAK+RUS|@*"
    wide = DateInterval(date(2019, 1, 1), date(2021, 12, 31), "range", 0.5)
    half_open = DateInterval(None, date(2021, 9, 14), "range", 0.5)
    for when in (wide, half_open, DateInterval.unknown()):
        assert block_keys(mention("a", when=when, actors=(RUSSIA, PAKISTAN))) == [
            "CONSULT|PAK+RUS|undated",
            "CONSULT|PAK+RUS|@*",
            "CONSULT|PAK+RUS|~*",
        ]
    # Named actors add a key each, and a vague record a second one: a vague mention asks for every
    # event of its named actors, a dated one for their vague events only. A pair's record is filed
    # under the pair too, whatever persons it names (round 17, `compatible.filed_keys`).
    assert block_keys(mention("a", when=span, actors=(PUTIN, PAKISTAN)))[-2:] == [
        "CONSULT|PAK+RUS|@RUS_PUTIN",
        "CONSULT|PAK+RUS|@*",
    ]
    assert block_keys(mention("a", when=half_open, actors=(PUTIN, PAKISTAN))) == [
        "CONSULT|PAK+RUS|undated",
        "CONSULT|PAK+RUS|@RUS_PUTIN",
        "CONSULT|PAK+RUS|@*",
        "CONSULT|PAK+RUS|~RUS_PUTIN",
        "CONSULT|PAK+RUS|~*",
    ]
    assert query_keys(mention("a", when=half_open, actors=(PUTIN, PAKISTAN))) == [
        "CONSULT|PAK+RUS|@RUS_PUTIN"
    ]
    # A vague report of two countries asks for every event of the pair; of one country, for nothing.
    assert query_keys(mention("a", when=half_open, actors=(RUSSIA, PAKISTAN))) == ["CONSULT|PAK+RUS|@*"]
    assert query_keys(mention("a", when=half_open, actors=(RUSSIA,))) == []
    # A dated one asks for the vague events of its named actors and of its pair (round 17), and,
    # dated by its text, for their events told back in a past tense alone (round 20).
    assert query_keys(mention("a", actors=(PUTIN, PAKISTAN))) == [
        "CONSULT|PAK+RUS|2021-09",
        "CONSULT|PAK+RUS|~RUS_PUTIN",
        "CONSULT|PAK+RUS|~*",
        "CONSULT|PAK+RUS|^RUS_PUTIN",
    ]
    # The same record gives the same keys as a canonical event, whose date may have been refined.
    assert block_keys(merge([mention("a", when=span)])[0]) == block_keys(mention("a", when=span))


def test_canonical_events_validate_against_the_contract_schema(shared_dir):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((shared_dir / "contract" / "event.schema.json").read_text())
    events = merge(
        [
            mention("a", when=month(2021, 9), location=Location("Moscow", "RUS"), topics=("trade",)),
            mention("b"),
            mention("c", mode="meet", modality="planned", when=month(2022, 2)),
            mention("d", when=DateInterval.unknown(), actors=(RUSSIA, PAKISTAN)),
        ]
    )
    assert len(events) == 3
    for ev in events:
        jsonschema.validate(ev.to_json(), schema, format_checker=jsonschema.FormatChecker())


def _week(first: date, basis: str) -> DateInterval:
    return DateInterval(first, first + timedelta(days=6), "week", 0.6, basis)


def test_a_stored_event_refines_as_it_would_have_in_one_session():
    # Two weeks that overlap bound the date together; a third report then names exactly that overlap.
    reports = [
        mention("a", when=_week(date(2021, 9, 8), "the week before")),
        mention("b", when=_week(date(2021, 9, 12), "that week")),
        mention("c", when=DateInterval(date(2021, 9, 12), date(2021, 9, 14), "range", 0.5, "days")),
        mention("d", when=month(2021, 9)),
    ]
    in_one = [e.to_json() for e in merge(reports)]
    for cut in range(1, len(reports)):
        index = CanonicalIndex()
        for m in reports[:cut]:
            index.add(m)
        stored = [CanonicalEvent.from_json(json.loads(json.dumps(e.to_json()))) for e in index.events()]
        resumed = CanonicalIndex(stored)
        for m in reports[cut:]:
            resumed.add(m)
        assert [e.to_json() for e in resumed.events()] == in_one, f"stored after {cut} reports"


def test_a_place_without_a_country_contradicts_no_other_place():
    # "met at the National Palace" (no country known for the name) and "met in Mexico City" the same
    # day are one meeting; Mexico City and Ottawa are two.
    palace = Location("National Palace", None)
    mexico_city, ottawa = Location("Mexico City", "MEX"), Location("Ottawa", "CAN")
    assert len(merge([mention("a000", location=mexico_city), mention("a001", location=palace)])) == 1
    assert len(merge([mention("a000", location=palace), mention("a001", location=mexico_city)])) == 1
    assert len(merge([mention("a000", location=mexico_city), mention("a001", location=ottawa)])) == 2
