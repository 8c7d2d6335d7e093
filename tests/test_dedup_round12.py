"""Round 12, one canonical event: a week read from a tense alone does not tie a vague plan to an event.

A plan with no day of its own ("the presidents will hold talks") from one outlet is the one event
held of the pair it can be only where that event is dated to a week by what its text says ("met on
Friday"), not where its week comes from its past tense alone ("met for the first time on the
sidelines of a tournament", dated to the week before publication whatever year it was): such a week
is the window every undated report of news gets (`compatible.stated_week`, `folds(sole=True)`).

Invented records through the real merge.
"""

from __future__ import annotations

from datetime import date, timedelta

from test_dedup_merge import mention

from dateline.dedup import merge
from dateline.dedup.compatible import stated_week, tense_only
from dateline.dedup.refine import DateEvidence, refine_date
from dateline.records import DateInterval


def _past_week(y: int, m: int, d: int) -> DateInterval:
    """An encounter dated by its past tense alone: the week before publication on `d`."""
    published = date(y, m, d)
    basis = f"past, no date in its clause: on or shortly before publication {published}"
    return DateInterval(published - timedelta(days=6), published, "range", 0.3, basis)


def _weekday(y: int, m: int, d: int) -> DateInterval:
    """The same encounter dated by a weekday its sentence names ("met on Friday")."""
    return DateInterval(date(y, m, d), date(y, m, d), "day", 0.8, "weekday Friday before publication")


def _will(y: int, m: int, d: int) -> DateInterval:
    """A plan dated by its future tense alone: open from publication on."""
    return DateInterval(date(y, m, d), None, "range", 0.3, "future, no date in its clause: after publication")


def test_a_plan_does_not_fold_into_an_encounter_dated_by_its_tense_alone():
    # Outlet a: "The two presidents met for the first time on the sidelines of a tournament."
    # Outlet b, the same day: "The presidents will hold talks on the crisis."
    met = mention("g000", 10, mode="meet", when=_past_week(2031, 6, 14))
    talks = mention("g001", 10, mode="meet", modality="planned", when=_will(2031, 6, 14))
    for order in ([met, talks], [talks, met]):
        events = merge(order)
        assert sorted(e.modality for e in events) == ["asserted", "planned"]


def test_a_plan_still_folds_into_the_encounter_its_text_dates():
    # Outlet a: "The two presidents met on Friday." The plan of outlet b is those talks.
    met = mention("g000", 10, mode="meet", when=_weekday(2031, 6, 13))
    talks = mention("g001", 10, mode="meet", modality="planned", when=_will(2031, 6, 13))
    for order in ([met, talks], [talks, met]):
        (event,) = merge(order)
        assert event.modality == "asserted" and len(event.mentions) == 2


def test_an_event_whose_date_one_tense_bounds_is_dated_by_its_tense():
    # Two reports of one article: "they met" (the week) and "the meeting" dated to the month.
    month = DateInterval(date(2031, 6, 1), date(2031, 6, 30), "month", 0.7, "governed by 'June'")
    week = _past_week(2031, 6, 14)
    merged = refine_date(DateEvidence(month, month, "g000"), week, "g000").interval
    assert merged.basis.startswith("intersection of") and tense_only(merged)
    assert not stated_week(merged) and stated_week(_weekday(2031, 6, 13))
    # Bounded by two mentions together (a week across a month's end), it is narrower than either.
    may = DateInterval(date(2031, 5, 1), date(2031, 5, 31), "month", 0.7, "governed by 'May'")
    both = refine_date(DateEvidence(may, may, "g000"), _past_week(2031, 6, 3), "g000").interval
    assert not tense_only(both)


def test_the_tense_bases_read_here_are_the_ones_the_time_stage_writes():
    from dateline.time.event_date import _from_tense
    from dateline.time.tense import Tense

    ref = (date(2031, 6, 14), date(2031, 6, 14))
    for tense in (Tense.PAST, Tense.PRESENT_PERFECT, Tense.PRESENT, Tense.FUTURE):
        assert tense_only(_from_tense(tense, ref, "publication"))
    assert not stated_week(_from_tense(Tense.PAST, ref, "publication"))
