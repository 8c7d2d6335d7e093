"""Round 16 (r16split): an undated report of a pair's act joins the one act of the pair its story tells.

"Aldoria recalled its ambassador from Bervania", from an outlet whose publication date was not found
(open from the content's earliest day), and another outlet's report of the recall dated to a month
are one recall where neither names a person: tied by the pair of countries alone, the one-event rule
(`index.CanonicalIndex._sole`, `compatible.PAIR`) used to ask for one side dated to a week, since a
pair's act of a month or a year may be any of several. It now also takes them as one where the
articles of both tell that act of the pair once (`_told_twice`); a story that tells two (recalled
for consultations, then withdrawn for good) keeps the undated report apart as before.

Invented records through the real merge, in both orders, and through the store in batches.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from test_dedup_merge import mention, month
from test_dedup_vague import _article, _in_batches_and_at_once

from dateline.dedup import merge
from dateline.records import Actor, DateInterval

ALDORIA = Actor("ALD", "Aldoria", "ALD", None, None, "country")
BERVANIA = Actor("BRV", "Bervania", "BRV", None, None, "country")
# An article without a publication date: its past tense is open from the content's earliest day.
OPEN = DateInterval(
    date(2031, 1, 1), None, "range", 0.2, "past, no date in its clause: on or shortly before publication"
)
YEAR_2029 = DateInterval(date(2029, 1, 1), date(2029, 12, 31), "year", 0.6, "governed by '2029'")


def _recall(article: str, start: int, when: DateInterval, trigger: str = "recalled") -> object:
    m = mention(
        article,
        start,
        type="SANCTION",
        mode="withdraw",
        when=when,
        actors=(ALDORIA, BERVANIA),
        sides=("source", "target"),
    )
    return replace(m, trigger=trigger)


def test_an_undated_report_joins_the_pairs_one_recall_dated_to_a_month_in_either_order():
    dated, undated = _recall("r010", 0, month(2031, 3)), _recall("r011", 0, OPEN)
    for order in ([dated, undated], [undated, dated]):
        (event,) = merge(order)
        assert event.sources == 2 and (event.date.start, event.date.end) == (
            date(2031, 3, 1),
            date(2031, 3, 31),
        )


def test_the_join_is_the_same_whatever_the_batches():
    dated, undated = _recall("r010", 0, month(2031, 3)), _recall("r011", 0, OPEN)
    for first, second in ((dated, undated), (undated, dated)):
        batches = [[_article(first.article_id, first)], [_article(second.article_id, second)]]
        by_batch, at_once = _in_batches_and_at_once(batches)
        assert by_batch == at_once
        assert [len(e.mentions) for e in by_batch] == [2]


def test_a_story_telling_two_recalls_of_the_pair_keeps_the_undated_report_apart():
    dated = _recall("r010", 0, month(2031, 3))
    # The undated article also tells the recall of 2029: which of the two its "recalled" is, it does not say.
    earlier = _recall("r011", 0, YEAR_2029, "withdrew")
    undated = _recall("r011", 900, OPEN)
    for order in ([dated, earlier, undated], [earlier, undated, dated]):
        assert sorted(len(e.mentions) for e in merge(order)) == [1, 1, 1]
