"""Round 18 (r18undated): an undated report's named day against the days a dated report's tense gives."""

from __future__ import annotations

from datetime import date

from dateline.dedup.refine import DateEvidence, refine_date
from dateline.records import DateInterval

MONDAY, TUESDAY = date(2024, 7, 1), date(2024, 7, 2)


def tense_guess(likely: date = TUESDAY) -> DateInterval:
    """A dated article of Tuesday: "the ministry summoned the envoy", no time word in the clause."""
    basis = f"past, no date in its clause: on or shortly before publication {TUESDAY}"
    return DateInterval(date(2024, 6, 25), TUESDAY, "range", 0.3, basis, likely)


def undated_weekday(confidence: float = 0.2) -> DateInterval:
    """An undated article dated from the corpus to on or after Tuesday: "summoned the envoy on Monday"."""
    basis = f"weekday Monday before publication between {TUESDAY} and 2024-08-02"
    return DateInterval(MONDAY, date(2024, 7, 29), "range", confidence, basis, MONDAY)


def test_an_undated_reports_monday_outweighs_the_dated_reports_tense_guesses() -> None:
    guess = tense_guess()
    ev = DateEvidence(guess, guess, "dated")
    for article in ("dated", "dated-2", "dated-3"):
        ev = refine_date(ev, tense_guess(), article)
    ev = refine_date(ev, undated_weekday(), "undated")
    assert (ev.interval.start, ev.interval.end) == (MONDAY, TUESDAY)
    assert ev.interval.likely == MONDAY


def test_the_same_in_the_other_order() -> None:
    named = undated_weekday()
    ev = DateEvidence(named, named, "undated")
    for article in ("dated", "dated-2"):
        ev = refine_date(ev, tense_guess(), article)
    assert ev.interval.likely == MONDAY


def test_tense_guesses_alone_still_vote_by_weight() -> None:
    first = tense_guess(MONDAY)
    ev = DateEvidence(first, first, "a")
    ev = refine_date(ev, tense_guess(TUESDAY), "b")
    ev = refine_date(ev, tense_guess(TUESDAY), "c")
    assert ev.interval.likely == TUESDAY


def test_a_plan_guess_is_no_named_day() -> None:
    plan = DateInterval(
        MONDAY, None, "range", 0.9, "planned or conditional, no date: after publication", TUESDAY
    )
    ev = DateEvidence(plan, plan, "a")
    ev = refine_date(ev, undated_weekday(0.1), "b")
    assert ev.interval.likely == MONDAY
