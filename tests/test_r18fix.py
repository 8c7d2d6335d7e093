"""Round 18 (r18fix): mends of the round's review. Invented sentences; publication day Wednesday
15 May 2024."""

from __future__ import annotations

from datetime import date

from dateline.time.tagger import tag_text

WEDNESDAY = date(2024, 5, 15)


def test_a_weekday_between_two_weeks_takes_the_first():
    # each week sits beside the weekday: the day was placed twice and the second placement looked
    # for the first's input in the list it had already replaced (a ValueError for the whole article)
    found = tag_text("Ministers met last week on Monday, next week they meet again.", WEDNESDAY)
    assert [(t.text, t.value) for t in found if "week" not in t.text] == [("Monday", "2024-05-06")]
