"""A canonical event's likely day: the day most of its mentions give, inside the refined interval."""

from __future__ import annotations

from datetime import date

from dateline.dedup.refine import DateEvidence, refine_date
from dateline.records import DateInterval

MAY = DateInterval(date(2023, 5, 1), date(2023, 5, 31), "month", 0.8, "in May")


def week(likely: date | None) -> DateInterval:
    basis = "past, no date in its clause: on or shortly before publication"  # the tense alone
    return DateInterval(date(2023, 5, 8), date(2023, 5, 15), "range", 0.3, basis, likely)


def test_the_most_common_likely_day_inside_the_refined_interval_wins() -> None:
    ev = DateEvidence(MAY, MAY, "a")
    for article, likely in (("b", date(2023, 5, 15)), ("c", date(2023, 5, 12)), ("d", date(2023, 5, 15))):
        ev = refine_date(ev, week(likely), article)
    assert (ev.interval.start, ev.interval.end) == (date(2023, 5, 8), date(2023, 5, 15))
    assert ev.interval.likely == date(2023, 5, 15)


def test_a_likely_day_outside_the_refined_interval_is_dropped() -> None:
    early = DateInterval(date(2023, 5, 1), date(2023, 5, 9), "range", 0.3, "past", date(2023, 5, 2))
    ev = refine_date(DateEvidence(early, early, "a"), week(None), "b")
    assert (ev.interval.start, ev.interval.end) == (date(2023, 5, 8), date(2023, 5, 9))
    assert ev.interval.likely is None


def test_a_written_out_day_outweighs_days_that_tense_alone_gives() -> None:
    written = DateInterval(date(2023, 5, 8), date(2023, 5, 15), "range", 0.8, "on Monday", date(2023, 5, 8))
    ev = DateEvidence(MAY, MAY, "a")
    for article, likely in (("b", date(2023, 5, 15)), ("c", date(2023, 5, 15))):
        ev = refine_date(ev, week(likely), article)  # two reports whose tense alone says 'today'
    ev = refine_date(ev, written, "d")
    assert ev.interval.likely == date(2023, 5, 8)
