"""Round 12: a tense guess over a window wider than a week never narrows a date the text states."""

from __future__ import annotations

from datetime import date

from dateline.dedup.refine import DateEvidence, refine_date, wide_guess
from dateline.records import DateInterval

# "The fighting began in April" in one report (a month its text names) ...
APRIL = DateInterval(date(2031, 4, 1), date(2031, 4, 30), "month", 0.7, "governed by 'April' (2031-04)")
# ... "the fighting began" in a report whose publication is only known to lie in May or June: its
# tense puts the event in the week before some day of those months.
GUESS = DateInterval(
    date(2031, 4, 24), date(2031, 6, 30), "range", 0.15,
    "past, no date in its clause: on or shortly before publication between 2031-05-01 and 2031-06-30",
)  # fmt: skip
# "they met" in a report published on 2 May: a week's window.
WEEK = DateInterval(
    date(2031, 4, 25), date(2031, 5, 2), "range", 0.3,
    "past, no date in its clause: on or shortly before publication 2031-05-02", date(2031, 5, 2),
)  # fmt: skip


def test_a_wide_tense_guess_keeps_the_stated_month_whole_in_either_order() -> None:
    assert wide_guess(GUESS) and not wide_guess(WEEK) and not wide_guess(APRIL)
    first = refine_date(DateEvidence(APRIL, APRIL, "a"), GUESS, "b")
    later = refine_date(DateEvidence(GUESS, GUESS, "b"), APRIL, "a")
    for ev in (first, later):
        assert (ev.interval.start, ev.interval.end) == (date(2031, 4, 1), date(2031, 4, 30))
        assert ev.article == "a" and ev.mentions == 2
        assert ev.interval.basis.startswith("intersection of 2 mentions: month from article a")


def test_a_week_window_still_narrows_a_stated_month() -> None:
    ev = refine_date(DateEvidence(APRIL, APRIL, "a"), WEEK, "b")
    assert (ev.interval.start, ev.interval.end) == (date(2031, 4, 25), date(2031, 4, 30))


def test_two_wide_guesses_still_intersect() -> None:
    other = DateInterval(
        date(2031, 5, 10), date(2031, 7, 31), "range", 0.15,
        "past, no date in its clause: on or shortly before publication between 2031-05-17 and 2031-07-31",
    )  # fmt: skip
    ev = refine_date(DateEvidence(GUESS, GUESS, "b"), other, "c")
    assert (ev.interval.start, ev.interval.end) == (date(2031, 5, 10), date(2031, 6, 30))


def test_a_plan_with_no_date_is_a_guess_that_keeps_a_stated_day() -> None:
    # "the two sides would hold talks" in a report of 3 May, beside "talks opened on 2 May" in another
    plan = DateInterval(
        date(2031, 5, 3), None, "range", 0.1, "planned or conditional, no date: after publication 2031-05-03"
    )
    held = DateInterval(date(2031, 5, 2), date(2031, 5, 2), "day", 0.9, "governed by '2 May' (2031-05-02)")
    assert wide_guess(plan)
    ev = refine_date(DateEvidence(held, held, "a"), plan, "b")
    assert (ev.interval.start, ev.interval.end) == (date(2031, 5, 2), date(2031, 5, 2))
