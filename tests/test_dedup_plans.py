"""A plan and the event held: one event when both are dated to the same week, linked otherwise
(synthetic mentions, helpers of `test_dedup_merge`)."""

from __future__ import annotations

from datetime import date, timedelta

from test_dedup_merge import day, mention, month

from dateline.dedup import CanonicalIndex, merge
from dateline.records import DateInterval


def week_before(d: date) -> DateInterval:
    return DateInterval(d - timedelta(days=7), d, "range", 0.5, "past, in the week before publication")


def test_a_plan_for_the_day_and_the_report_that_it_happened_are_one_event_in_either_order():
    # "The two sides will sign the accord on Saturday" / "The two sides signed the accord on Saturday".
    plan = mention("a000", 0, type="AGREE", mode=None, modality="planned", when=day(2024, 3, 9))
    held = mention("a001", 0, type="AGREE", mode=None, when=day(2024, 3, 9))
    for order in ([plan, held], [held, plan]):
        events = merge(order)
        assert len(events) == 1
        ev = events[0]
        assert ev.modality == "asserted" and ev.related == []
        assert sorted(m.modality for m in ev.mentions) == ["asserted", "planned"]
        assert ev.sources == 2


def test_a_folded_event_is_found_as_asserted_afterwards():
    index = CanonicalIndex()
    plan = index.add(mention("a000", 0, mode="meet", modality="planned", when=day(2024, 3, 9)))
    assert index.add(mention("a001", 0, mode="meet", when=week_before(date(2024, 3, 11)))) is plan
    assert plan.modality == "asserted"
    # A later day-precise report of the meeting joins it among the asserted events.
    assert index.add(mention("a002", 0, mode="meet", when=day(2024, 3, 9))) is plan
    assert len(index.events()) == 1 and len(plan.mentions) == 3


def test_loosely_dated_plans_and_hopes_stay_linked_and_other_days_apart():
    held = mention("a001", 0, mode="meet", when=day(2024, 3, 9))
    for plan in (
        mention("a000", 0, mode="meet", modality="planned", when=month(2024, 3)),  # "in March"
        mention("a000", 0, mode="meet", modality="hoped", when=day(2024, 3, 9)),
    ):
        first, second = merge([plan, held])
        assert first.related == [second.id] and second.related == [first.id]
    # A meeting planned for the 16th is not the one held on the 9th.
    other_day = mention("a000", 0, mode="meet", modality="planned", when=day(2024, 3, 16))
    assert len(merge([other_day, held])) == 2
