"""The attributes a canonical event takes from its mentions do not depend on the order the articles
arrive in, whether in one batch or split over two (round 22, helper r22mode; docs/dedup.md).

Invented multi-article stories: three outlets report one call, one of them naming the phone; a plan
report beside two reports of the talks held; a wider report naming the foreign ministers too."""

from __future__ import annotations

from itertools import permutations

from test_dedup_merge import KHAN, LAVROV, PUTIN, QURESHI, day, mention

from dateline.dedup import CanonicalIndex, merge
from dateline.records import CanonicalEvent, EventMention

Summary = tuple[str, str | None, str, tuple[str, ...], str, int]


def _summary(events: list[CanonicalEvent]) -> list[Summary]:
    return sorted(
        (
            e.type,
            e.mode,
            e.modality,
            tuple(sorted(a.actor.name for a in e.actors)),
            str(e.date.start),
            len(e.mentions),
        )
        for e in events
    )


def _two_batches(first: list[EventMention], second: list[EventMention]) -> list[CanonicalEvent]:
    """`first` merged and stored, `second` merged into the stored events in a later batch."""
    index = CanonicalIndex(merge(first))
    index.add_all((m, None) for m in second)
    return index.events()


def _every_order(articles: list[list[EventMention]]) -> set[tuple[Summary, ...]]:
    """The events of every article order in one batch, and of every split of each order in two."""
    seen: set[tuple[Summary, ...]] = set()
    for order in permutations(articles):
        flat = [m for article in order for m in article]
        seen.add(tuple(_summary(merge(flat))))
        for cut in range(1, len(order)):
            first = [m for article in order[:cut] for m in article]
            second = [m for article in order[cut:] for m in article]
            seen.add(tuple(_summary(_two_batches(first, second))))
    return seen


def test_a_known_mode_wins_over_reports_that_name_none_in_any_order():
    # "The two leaders talked on Tuesday" twice, "spoke by phone on Tuesday" once.
    articles = [
        [mention("b01", 0, mode=None)],
        [mention("b02", 200, mode="phone")],
        [mention("b03", 40, mode=None)],
    ]
    outcomes = _every_order(articles)
    assert len(outcomes) == 1
    (events,) = outcomes
    assert [(e[1], e[5]) for e in events] == [("phone", 3)]


def test_a_report_of_the_talks_held_makes_the_plan_asserted_in_any_order():
    # "The leaders will talk on Tuesday" beside two next-day reports that they talked.
    articles = [
        [mention("b11", 0, modality="planned")],
        [mention("b12", 120, modality="asserted")],
        [mention("b13", 60, modality="asserted")],
    ]
    outcomes = _every_order(articles)
    assert len(outcomes) == 1
    (events,) = outcomes
    assert [(e[2], e[5]) for e in events] == [("asserted", 3)]


def test_participants_are_the_union_of_the_reports_in_any_order():
    # Two reports of the leaders' talks, one that names their foreign ministers at the table too.
    wide = (PUTIN, KHAN, LAVROV, QURESHI)
    articles = [
        [mention("b21", 0)],
        [mention("b22", 80, actors=wide, sides=("participant",) * 4)],
        [mention("b23", 300)],
    ]
    outcomes = _every_order(articles)
    assert len(outcomes) == 1
    (events,) = outcomes
    assert [(e[3], e[5]) for e in events] == [(tuple(sorted(a.name for a in wide)), 3)]


def test_the_named_day_dates_the_event_in_any_order():
    # A report naming the day, one whose tense alone dates it, one placing it in the month.
    named = day(2021, 9, 14)
    articles = [
        [mention("b31", 0, when=named)],
        [mention("b32", 90, when=day(2021, 9, 14, "weekday Tuesday before publication"))],
        [mention("b33", 10, when=day(2021, 9, 14, "past, no date in its clause"))],
    ]
    outcomes = _every_order(articles)
    assert len(outcomes) == 1
    (events,) = outcomes
    assert [(e[4], e[5]) for e in events] == [("2021-09-14", 3)]
