"""Round 13, one canonical event: an article's event joins the one event of other outlets it has become.

A mention that ties between two events of other articles (two calls of one pair that week, and "they
spoke by phone this week") becomes an event of its own; its article's next sentence ("Khan said the
call on Tuesday ...", one-sided, so it joins its own article's piece only) dates that event to the
Tuesday, and the article's event, as a whole, is now the Tuesday call another outlet reported. Once
the article is added it joins that event (`index.CanonicalIndex._rejoin`) when the join is
unambiguous both ways; events of one article, two candidates, or an event the article's other
sentence already joined keep them apart. Whatever the batches, the stored result is the one-session
result, and a stored event joined away is dropped with its mentions moved.

Invented records through the real merge and the real `Corpus` over the in-memory store.
"""

from __future__ import annotations

from datetime import date

from test_dedup_merge import KHAN, day, mention
from test_dedup_vague import _article, _in_batches_and_at_once

from dateline.dedup import merge
from dateline.dedup.corpus import merge_in_order
from dateline.records import DateInterval

WEEK = DateInterval(date(2031, 6, 8), date(2031, 6, 14), "range", 0.5, "this week")
TUESDAY = mention("b000", 10, when=day(2031, 6, 10))  # one outlet: the call on Tuesday
THURSDAY = mention("c000", 10, when=day(2031, 6, 12))  # another: a second call on Thursday
THIS_WEEK = mention("a000", 100, when=WEEK)  # "Putin and Khan spoke by phone this week"
KHAN_SAID = mention("a000", 200, when=day(2031, 6, 10), actors=(KHAN,))  # "Khan said the call on Tuesday"


def _partition(events) -> list[list[tuple[str, int]]]:
    return sorted(sorted((r.article, r.start) for r in e.mentions) for e in events)


def test_the_tied_report_dated_by_its_own_article_joins_the_one_call_it_is_in_any_order():
    one = [[("a000", 100), ("a000", 200), ("b000", 10)], [("c000", 10)]]
    for order in (
        [TUESDAY, THURSDAY, THIS_WEEK, KHAN_SAID],
        [THURSDAY, TUESDAY, THIS_WEEK, KHAN_SAID],
        [THIS_WEEK, KHAN_SAID, TUESDAY, THURSDAY],
        [TUESDAY, THIS_WEEK, KHAN_SAID, THURSDAY],
    ):
        events = merge(order)
        assert _partition(events) == one, order
        (joined,) = [e for e in events if len(e.mentions) == 3]
        assert joined.sources == 2 and joined.date.start == joined.date.end == date(2031, 6, 10)


def test_without_the_dating_sentence_the_tied_report_stays_apart():
    # "Spoke by phone this week" alone may be either call.
    assert len(merge([TUESDAY, THURSDAY, THIS_WEEK])) == 3


def test_an_event_that_fits_two_events_joins_neither():
    # "They spoke this week" (no mode) and "Khan said ... on Tuesday": one outlet tells a call on
    # Tuesday, another a meeting on Tuesday; the article's event may be either.
    meeting = mention("d000", 10, mode="meet", when=day(2031, 6, 10))
    talked = mention("a000", 100, mode=None, when=WEEK)
    said = mention("a000", 200, mode=None, when=day(2031, 6, 10), actors=(KHAN,))
    events = merge([TUESDAY, meeting, talked, said])
    assert [("a000", 100), ("a000", 200)] in _partition(events) and len(events) == 3


def test_an_event_whose_article_told_another_event_of_the_candidates_joins_that_one():
    # The article's second sentence names both leaders and the day: it joins the Tuesday call
    # directly. "This week" then fits the Tuesday call (which holds its article's sentence) and
    # the Thursday call: not the Thursday call by elimination, but the Tuesday call its article
    # told (round 14), as it does when the dated sentence comes first (`_choose`).
    both = mention("a000", 200, when=day(2031, 6, 10))
    for order in (
        [TUESDAY, THURSDAY, THIS_WEEK, both],
        [TUESDAY, THURSDAY, both, THIS_WEEK],
        [THURSDAY, TUESDAY, THIS_WEEK, both],
    ):
        events = merge(order)
        assert _partition(events) == [[("a000", 100), ("a000", 200), ("b000", 10)], [("c000", 10)]]
        (joined,) = [e for e in events if len(e.mentions) == 3]
        assert joined.sources == 2


def test_the_survivor_holds_every_mention_and_mentions_point_to_it():
    events, assigned = merge_in_order([(m, m.article_id) for m in (TUESDAY, THURSDAY, THIS_WEEK, KHAN_SAID)])
    ids = {e.id for e in events}
    assert set(assigned.values()) <= ids
    assert assigned[THIS_WEEK.id] == assigned[KHAN_SAID.id] == assigned[TUESDAY.id] != assigned[THURSDAY.id]


def test_in_batches_the_stored_event_joined_away_is_dropped_and_its_mentions_moved():
    # Dated by Khan's sentence, or tied and settled by the article's sentence naming both (round 14).
    for second in (KHAN_SAID, mention("a000", 200, when=day(2031, 6, 10))):
        batches = [
            [_article("b000", TUESDAY)],
            [_article("c000", THURSDAY)],
            [_article("a000", THIS_WEEK, second)],
        ]
        by_batch, at_once = _in_batches_and_at_once(batches)
        assert by_batch == at_once
        assert _partition(by_batch) == [[("a000", 100), ("a000", 200), ("b000", 10)], [("c000", 10)]]
