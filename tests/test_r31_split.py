"""Round 31 (r31split): two outlets' reports of one act dated a day apart are one act.

Outlets date one act a day apart (a next-day report's "yesterday" read against a publication day one
off, a date line across time zones, an act announced late in the evening), and before, intervals
that did not overlap never met, so the expulsion told by one outlet on the 8th and by another on the
9th stayed two events. Now two reports of one type, pair and modality from different articles, both
dated to a week at most, one ending the day before the other starts, are one act
(`compatible.next_day`); a report meets an event of its own days before one a day off them. One
article telling the act on two days tells two acts, two days apart are two acts as before, and a
pair's calls or talks on consecutive days stay two occasions (`test_dedup_round10`).

Invented records through the real merge.
"""

from __future__ import annotations

from invented_actors import ISTAN, NORLAND
from test_dedup_merge import day, mention, merged_sizes
from test_dedup_vague import _article, _in_batches_and_at_once

from dateline.dedup import merge


def _act(
    article: str, start: int, on: int, type: str = "SANCTION", mode: str | None = "expel", month: int = 4
):
    """Norland's act towards Istan (an expulsion of its diplomats unless `type` says otherwise) told in
    `article`, dated to `month` `on`, 2032."""
    return mention(
        article,
        start,
        type=type,
        mode=mode,
        when=day(2032, month, on),
        actors=(NORLAND, ISTAN),
        sides=("source", "target"),
    )


def test_two_outlets_dating_one_act_a_day_apart_tell_one_act():
    first, next_day = _act("a001", 0, 8), _act("a002", 0, 9)
    for order in ([first, next_day], [next_day, first]):
        assert merged_sizes(order) == [2]


def test_one_article_telling_two_days_and_two_days_apart_stay_two():
    # "Norland agreed a ceasefire with Istan on Thursday ... on Friday the two agreed to reopen the
    # border": one article, two accords of consecutive days.
    ceasefire = _act("a003", 0, 8, type="AGREE", mode=None)
    border = _act("a003", 400, 9, type="AGREE", mode=None)
    assert merged_sizes([ceasefire, border]) == [1, 1]
    # Two outlets' expulsions two days apart are two acts.
    assert merged_sizes([_act("a004", 0, 8), _act("a005", 0, 10)]) == [1, 1]


def test_a_report_joins_the_event_of_its_own_day_before_one_a_day_off():
    # One article tells an accord of the 8th and another of the 9th (two events); another outlet's
    # report of an accord on the 9th fits both, and is the one of its own day.
    eighth = _act("a006", 0, 8, type="AGREE", mode=None)
    ninth = _act("a006", 400, 9, type="AGREE", mode=None)
    report = _act("a007", 0, 9, type="AGREE", mode=None)
    events = merge([eighth, ninth, report])
    held = sorted((ev.date.start.day, sorted(m.article for m in ev.mentions)) for ev in events)  # type: ignore[union-attr]
    assert held == [(8, ["a006"]), (9, ["a006", "a007"])]


def test_a_day_off_across_a_month_end_gives_the_same_events_batch_by_batch():
    # One outlet dates the expulsion to 31 March, another to 1 April, in two batches: the store loads
    # the event of 31 March beside the report of 1 April (`blocking.query_keys`), as one session has it.
    batches = [
        [_article("a010", _act("a010", 0, 31, month=3))],
        [_article("a011", _act("a011", 0, 1))],
    ]
    by_batch, at_once = _in_batches_and_at_once(batches)
    assert by_batch == at_once
    assert [len(e.mentions) for e in by_batch] == [2]
