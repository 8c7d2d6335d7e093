"""Round 14, one canonical event whatever the order: an article analysed again re-merges its
neighbours' events with it.

An undated article dated again from the corpus (`Corpus.redate`) has its events taken apart and
their other reports merged again. Those reports used to meet the other events of their own
articles frozen as stored, an order no session has: the report of one outlet, re-added first,
joined a piece its neighbour's article had kept apart from the meeting, and the meeting fell into
three pieces. Now the events of the articles whose reports are re-added are taken apart too, so the
re-merge is the one-session merge of those reports in the order they are stored.

And a report that tied between two events of other outlets joins the one its article's other
sentence joined, whichever of the two sentences comes first (`CanonicalIndex._rejoin`), unless the
article told both.

Invented records through the real `Corpus` over the in-memory store.
"""

from __future__ import annotations

from datetime import date

from test_dedup_merge import KHAN, PUTIN, day, mention
from test_dedup_rejoin import THIS_WEEK, THURSDAY, TUESDAY, _partition
from test_dedup_vague import _article

from dateline.dedup import Corpus, merge
from dateline.inmemory import MemoryStore
from dateline.records import DateInterval, Location

WEEK = DateInterval(date(2031, 6, 8), date(2031, 6, 14), "range", 0.5, "this week")
YEAR = DateInterval(date(2031, 1, 1), date(2031, 12, 31), "year", 0.5, "this year")
WASHINGTON = Location("Washington", "USA")
DELHI = Location("New Delhi", "IND")
MEETING = {"mode": "meet", "actors": (PUTIN, KHAN)}

# Outlet B: "Putin met Khan on Tuesday."
B = mention("b000", 10, when=day(2031, 6, 10), **MEETING)
# Outlet C: "The two met in Washington on Tuesday" and, sections later, "they met in New Delhi this
# year" (another meeting, kept apart by its place).
C1 = mention("c000", 10, when=day(2031, 6, 10), location=WASHINGTON, **MEETING)
C2 = mention("c000", 3000, when=YEAR, location=DELHI, **MEETING)
# Outlet A, undated at first ("this week"), dated to the Tuesday when analysed again.
A_WEEK = mention("a000", 10, when=WEEK, **MEETING)
A_DAY = mention("a000", 10, when=day(2031, 6, 10), **MEETING)


def test_a_redated_article_leaves_the_events_one_session_in_stored_order_gives():
    memory = MemoryStore()
    corpus = Corpus(memory)
    batch = [_article("a000", A_WEEK), _article("b000", B), _article("c000", C1, C2)]
    memory.write(batch, corpus.add(batch, corpus.admit([p.article for p in batch])))
    assert _partition(memory.events()) == [[("a000", 10), ("b000", 10), ("c000", 10)], [("c000", 3000)]]
    again = [_article("a000", A_DAY)]
    memory.write(again, corpus.redate(again, {}))
    # The reports stored after the article are merged as one session merges them, the article last.
    one_session = _partition(merge([B, C1, C2, A_DAY]))
    assert one_session == [[("a000", 10), ("b000", 10), ("c000", 10)], [("c000", 3000)]]
    assert _partition(memory.events()) == one_session


# A report that ties between two calls of other outlets ("spoke by phone this week", the calls of
# Tuesday and Thursday), and a later sentence of its article that joins one of them: the article
# tells which call it means, whichever sentence comes first (`tests/test_dedup_rejoin.py`); where
# it tells both, "this week" may be either.
ON_TUESDAY = mention("a000", 900, when=day(2031, 6, 10))  # "the two leaders talked on Tuesday"
ON_THURSDAY = mention("a000", 1800, when=day(2031, 6, 12))  # "and again on Thursday"


def test_a_tied_report_whose_article_told_both_calls_stays_apart():
    events = merge([TUESDAY, THURSDAY, THIS_WEEK, ON_TUESDAY, ON_THURSDAY])
    assert [("a000", 100)] in _partition(events) and len(events) == 3
