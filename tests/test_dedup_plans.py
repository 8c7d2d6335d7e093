"""A plan and the event held: one event when both are dated to the same week, linked otherwise
(synthetic mentions, helpers of `test_dedup_merge`)."""

from __future__ import annotations

from dataclasses import replace
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


def test_a_plan_told_in_the_sentence_of_the_act_folds_into_it_whatever_the_width_of_its_date():
    # "The army pressed on with its plan to shell the town and shelled it on 3 May": one shelling,
    # whose plan is dated only "from 3 May on" by the time stage.
    from_then_on = DateInterval(date(2024, 5, 3), None, "range", 0.3, "future, no date in its clause")
    held = mention("a000", 100, type="ASSAULT", mode=None, when=day(2024, 5, 3))
    plan = replace(held, modality="planned", trigger_start=150, trigger_end=155, date=from_then_on)
    for order in ([plan, held], [held, plan]):
        (event,) = merge(order)
        assert event.modality == "asserted" and len(event.mentions) == 2
    # Told in a neighbouring sentence, the undated plan is still the act's (round 11:
    # `compatible.undated_plan`); paragraphs away it stays a plan of its own (its date is wide) ...
    beside = replace(plan, sentence_start=400, sentence_end=460, trigger_start=420, trigger_end=425)
    assert [e.modality for e in merge([held, beside])] == ["asserted"]
    apart = replace(plan, sentence_start=2400, sentence_end=2460, trigger_start=2420, trigger_end=2425)
    assert [e.modality for e in merge([held, apart])] == ["asserted", "planned"]
    # ... and "shelled the town on 3 May and will shell it again" holds two shellings: the dates of a
    # plan for after the act and the act do not overlap.
    later = DateInterval(date(2024, 5, 10), None, "range", 0.3, "future, no date in its clause")
    assert len(merge([held, replace(plan, date=later)])) == 2
