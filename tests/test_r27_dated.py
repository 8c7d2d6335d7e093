"""Round 27: a completed act told in a tense alone cannot postdate the report that shows its day, so
such a guess ends a stated date it would otherwise leave whole (`refine._ended`)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from dateline.dedup.refine import DateEvidence, done_by, refine_date, wide_guess
from dateline.records import DateInterval

# "The envoy has pressed for talks in recent weeks" in a report published on 18 September ...
RECENT = DateInterval(
    date(2031, 8, 19), date(2031, 9, 18), "range", 0.1,
    "carried from the narrative (1 sentence(s) before): 'recent weeks' before publication 2031-09-18",
)  # fmt: skip
# ... "the ministry has appealed for talks" in one published on 17 September: two weeks' window.
APPEALED = DateInterval(
    date(2031, 9, 3), date(2031, 9, 17), "range", 0.3,
    "present perfect, no date in its clause: on or shortly before publication 2031-09-17", date(2031, 9, 17),
)  # fmt: skip


def test_a_report_that_shows_its_day_ends_a_stated_window_in_either_order() -> None:
    assert wide_guess(APPEALED) and done_by(APPEALED) == date(2031, 9, 17)
    first = refine_date(DateEvidence(RECENT, RECENT, "a"), APPEALED, "b")
    later = refine_date(DateEvidence(APPEALED, APPEALED, "b"), RECENT, "a")
    for ev in (first, later):
        assert (ev.interval.start, ev.interval.end) == (date(2031, 8, 19), date(2031, 9, 17))
        assert ev.interval.likely == date(2031, 9, 17) and ev.mentions == 2
        assert ev.interval.basis == "intersection of 2 mentions: range from articles a and b"


def test_the_day_of_the_report_a_sentence_names_ends_it_too() -> None:
    # "The two governments said they have signed the pact" (the story's day or after) beside "A day
    # earlier, the ministry said it had signed the pact" (before the day the sentence names)
    signed = DateInterval(
        date(2031, 4, 19), date(2031, 4, 20), "range", 0.3,
        "present perfect, undated: the story's day 2031-04-19, or after it up to publication",
        date(2031, 4, 20),
    )  # fmt: skip
    earlier = DateInterval(
        None, date(2031, 4, 19), "range", 0.2,
        "past perfect, no date in its clause: before the report dated by 'A day earlier'", date(2031, 4, 19),
    )  # fmt: skip
    ev = refine_date(DateEvidence(signed, signed, "a"), earlier, "b")
    assert (ev.interval.start, ev.interval.end, ev.interval.likely) == (date(2031, 4, 19),) * 3
    assert ev.interval.granularity == "day"


def test_an_estimated_publication_ends_nothing() -> None:
    # "since April" beside "the fighting began" in a report only known to date from May or June
    since = DateInterval(date(2031, 4, 1), None, "range", 0.6, "governed by 'since April' (2031-04)")
    guess = DateInterval(
        date(2031, 4, 24), date(2031, 6, 30), "range", 0.15,
        "past, no date in its clause: on or shortly before publication between 2031-05-01 and 2031-06-30",
    )  # fmt: skip
    assert wide_guess(guess) and done_by(guess) is None
    ev = refine_date(DateEvidence(since, since, "a"), guess, "b")
    assert (ev.interval.start, ev.interval.end) == (date(2031, 4, 1), None)


def test_a_report_before_the_stated_window_leaves_it_whole() -> None:
    # told back without a date of its own, the act in a report of 2 September and a stated window
    # after it: they do not overlap, and the stated window stays as it is (round 20)
    told = DateInterval(
        date(2031, 8, 19), date(2031, 9, 2), "range", 0.3,
        "past, no date in its clause: on or shortly before publication 2031-09-02", date(2031, 9, 2),
    )  # fmt: skip
    week = DateInterval(date(2031, 9, 8), date(2031, 9, 14), "week", 0.7, "governed by 'last week'")
    assert done_by(told) == date(2031, 9, 2)
    ev = refine_date(DateEvidence(week, week, "a"), told, "b")
    assert (ev.interval.start, ev.interval.end) == (date(2031, 9, 8), date(2031, 9, 14))


def test_a_guess_lent_by_a_verb_of_deciding_or_saying_does_not_outvote_a_named_day() -> None:
    # the story's day (the 10th) in one report, beside reports of the 11th whose tense alone dates
    # the act: "the cabinet has decided to cut ties", "the minister said ...", "ties were cut"
    told = DateInterval(
        date(2031, 3, 10), date(2031, 3, 11), "range", 0.3,
        "present perfect, undated: the story's day 2031-03-10, or after it up to publication",
        date(2031, 3, 10),
    )  # fmt: skip
    tense = "no date in its clause: on or shortly before publication 2031-03-11"
    guesses = [
        f"enacted by the decision ('decided'): present perfect, {tense}",
        f"a verbal act, made when said ('said'): past, {tense}",
        f"a verbal act, made when stated: ongoing at publication: present, {tense}",
    ]
    for basis in guesses:
        lent = DateInterval(date(2031, 3, 4), date(2031, 3, 11), "range", 0.3, basis, date(2031, 3, 11))
        plain = replace(lent, basis=f"past, {tense}")
        ev = refine_date(refine_date(DateEvidence(told, told, "a"), lent, "b"), plain, "c")
        assert (ev.interval.start, ev.interval.end) == (date(2031, 3, 10), date(2031, 3, 11))
        assert ev.interval.likely == date(2031, 3, 10), basis
