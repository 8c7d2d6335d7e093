"""Round 25 (r25split): a vague report that came before the dated report of its act.

A report dated only by an undated article's tense ("Norland has recalled its ambassador to Ostria",
open or years wide) joins the one event of the pair it can be when it comes after it
(`index.CanonicalIndex._sole`). Come before, it waited for the act's first dated report to find
nothing else and ask for it; where that report named one side only and the next sentence of its
article named the pair, the dated event never asked, and the act stayed two events or one by the
order the articles came in. Now the dated event, once its article is placed, takes the one vague
event of other articles it is, under the same guards (`CanonicalIndex._vague_piece`).

Invented records through the real merge.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from test_dedup_merge import day, mention

from dateline.dedup import merge
from dateline.records import Actor, DateInterval, EventMention

NORLAND = Actor("XNL", "Norland", "XNL", None, None, "country")
OSTRIA = Actor("XOS", "Ostria", "XOS", None, None, "country")
# An undated article's present perfect: open from the earliest day its content allows.
OPEN = DateInterval(date(2021, 1, 1), None, "range", 0.2, "present perfect, no date in its clause")


def _recall(
    article: str, start: int, when: DateInterval, *actors: Actor, mode: str = "withdraw"
) -> EventMention:
    m = mention(
        article, start, type="SANCTION", mode=mode, actors=actors, sides=("source", "target")[: len(actors)]
    )
    return replace(m, date=when)


def _dated_story(day_told: DateInterval) -> list[EventMention]:
    """A dated article telling the recall first by its source alone, then by the pair."""
    return [
        _recall("a002", 10, day_told, NORLAND),  # "Norland recalled its ambassador on Tuesday."
        _recall("a002", 200, day_told, NORLAND, OSTRIA),  # "The envoy to Ostria was called home."
    ]


def test_a_vague_report_before_the_dated_one_joins_it_in_either_order():
    vague = _recall("a001", 10, OPEN, NORLAND, OSTRIA)
    story = _dated_story(day(2021, 9, 14))
    for order in ([vague, *story], [*story, vague]):
        events = merge(order)
        assert len(events) == 1
        assert (events[0].date.start, events[0].date.end) == (date(2021, 9, 14), date(2021, 9, 14))


def test_a_vague_report_stays_apart_where_its_window_holds_another_occasion_of_the_pair():
    # The dated article also tells an earlier recall of the pair (the two a week apart): the vague
    # report may be either, and stays apart; without the earlier one it is the recall of Tuesday.
    vague = _recall("a001", 10, OPEN, NORLAND, OSTRIA)
    story = _dated_story(day(2021, 9, 14))
    earlier = _recall("a002", 600, day(2021, 9, 7), NORLAND, OSTRIA)
    assert sorted(len(e.mentions) for e in merge([vague, *story, earlier])) == [1, 1, 2]
    assert [len(e.mentions) for e in merge([vague, *story])] == [3]


def test_a_vague_report_of_another_act_of_the_pair_stays_apart():
    # An expulsion of the pair told vaguely is not the recall told on Tuesday; a recall is.
    story = _dated_story(day(2021, 9, 14))
    assert len(merge([_recall("a001", 10, OPEN, NORLAND, OSTRIA, mode="expel"), *story])) == 2
    assert len(merge([_recall("a001", 10, OPEN, NORLAND, OSTRIA), *story])) == 1
