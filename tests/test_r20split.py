"""Round 20 (r20split): a report dated by its past tense alone tells back the pair's one act dated before.

"Ruritania withdrew four envoys from Freedonia", "talks frozen after the minister's trip to Freedonia": a
story tells the pair's earlier acts in the bare past, and the time stage dates such a clause to the
days before publication ("past, no date in its clause: on or shortly before publication"). Where
another outlet dated the act by what its text says, months before, the two intervals are disjoint
and the reports stayed apart. Now such a report joins the one event of other articles it fits in
everything but the date, where that event is dated by its text and over before the report's window,
and the report's own article tells no other act of that type of those actors
(`index.CanonicalIndex._recalled`); the event keeps its stated date (`refine`).

Invented records through the real merge, and the store's keys.
"""

from __future__ import annotations

from datetime import date

from test_dedup_merge import KHAN, PUTIN, day, mention, merged_sizes, month

from dateline.dedup import block_keys, merge
from dateline.dedup.blocking import query_keys
from dateline.dedup.compatible import stated_before, told_back
from dateline.records import DateInterval, EventMention

TOLD = "past, no date in its clause: on or shortly before publication 2022-11-15"
BACK = DateInterval(date(2022, 11, 9), date(2022, 11, 15), "range", 0.3, TOLD, likely=date(2022, 11, 15))


def _visit(article: str, start: int, when: DateInterval) -> EventMention:
    return mention(article, start, when=when, mode="visit", actors=(PUTIN, KHAN), sides=("source", "target"))


def test_a_date_from_a_past_tense_alone_is_told_back_and_a_stated_one_is_not():
    assert told_back(BACK)
    assert not told_back(month(2022, 3)) and not told_back(day(2022, 11, 14, "weekday Monday"))
    assert stated_before(month(2022, 3), BACK)
    assert not stated_before(month(2022, 11), BACK)  # overlaps the window
    assert not stated_before(BACK, day(2022, 12, 1))  # a tense's window states nothing


def test_the_pairs_one_stated_act_and_the_told_back_report_are_one_event_in_either_order():
    stated = _visit("a001", 10, month(2022, 3))
    back = _visit("a002", 400, BACK)
    for order in ([stated, back], [back, stated]):
        events = merge(order)
        assert len(events) == 1
        ev = events[0]
        assert (ev.date.start, ev.date.end) == (date(2022, 3, 1), date(2022, 3, 31))  # the stated date
        assert len(ev.mentions) == 2


def test_two_stated_acts_of_the_pair_leave_the_report_apart():
    march, june = _visit("a001", 10, month(2022, 3)), _visit("a003", 10, month(2022, 6))
    back = _visit("a002", 400, BACK)
    # (Told before the second act arrives, it joins the first: it could not know, as for `_sole`.)
    assert merged_sizes([march, june, back]) == [1, 1, 1]
    assert merged_sizes([march, june, _visit("a002", 400, BACK), _visit("a004", 400, BACK)]) == [1, 1, 2]


def test_an_article_telling_another_such_act_of_the_pair_keeps_its_report_apart():
    stated = _visit("a001", 10, month(2022, 3))
    own = _visit("a002", 10, month(2022, 10))  # "in October", another visit the article tells
    back = _visit("a002", 400, BACK)
    for order in ([stated, own, back], [own, back, stated]):
        assert merged_sizes(order) == [1, 1, 1]


def test_a_stated_act_after_the_window_another_type_or_a_stated_report_stays_apart():
    back = _visit("a002", 400, BACK)
    assert merged_sizes([_visit("a001", 10, month(2022, 12)), back]) == [1, 1]  # after the telling
    call = mention("a001", 10, when=month(2022, 3), mode="phone")
    assert merged_sizes([call, back]) == [1, 1]  # a call is no visit
    stated_day = _visit("a002", 400, day(2022, 11, 14, "weekday Monday before publication"))
    assert merged_sizes([_visit("a001", 10, month(2022, 3)), stated_day]) == [1, 1]


def test_the_store_files_told_back_events_where_stated_reports_ask():
    back, stated = _visit("a002", 400, BACK), _visit("a001", 10, month(2022, 3))
    assert any(k.endswith(f"|@{PUTIN.id}") for k in query_keys(back))  # every event of its actors
    assert not any("|@" in k for k in query_keys(stated))
    told = {k for k in block_keys(back) if "|^" in k}
    assert f"CONSULT|PAK+RUS|^{PUTIN.id}" in told & set(query_keys(stated))  # its actors' told-back events
    assert not any("|^" in k for k in block_keys(stated))


def test_an_act_told_beside_a_dated_encounter_of_the_pair_is_that_encounters_own():
    # "The two presidents spoke by phone on Monday. Both leaders agreed to widen trade." The agreement
    # was reached on that call, not the pair's agreement another outlet dated in March.
    def agreed(article: str, start: int, when: DateInterval) -> EventMention:
        return mention(article, start, when=when, type="AGREE", mode=None)

    stated = agreed("a001", 10, month(2022, 3))
    call = mention("a002", 10, when=day(2022, 11, 14, "weekday Monday before publication"))
    back = agreed("a002", 400, BACK)
    for order in ([stated, call, back], [call, back, stated]):
        assert merged_sizes(order) == [1, 1, 1]
    assert merged_sizes([stated, back]) == [2]  # without the call, the one agreement of the pair
