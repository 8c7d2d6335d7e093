"""Round 29 (r29canon): a merged event's likely day from its mentions' votes. A tense's day read against
the day a report states outvotes the days tenses give against a publication day; a present perfect's
publication day in a story whose day the article states is the tense's guess, not a named day. Every
sentence and article is invented."""

from __future__ import annotations

from datetime import date

from dateline.dedup.refine import DateEvidence, refine_date
from dateline.records import DateInterval

SATURDAY, SUNDAY, MONDAY = date(2025, 3, 8), date(2025, 3, 9), date(2025, 3, 10)


def publication_guess(article_day: date = MONDAY) -> DateInterval:
    """A next-day report: "the government recalled its ambassador", no time word in the clause."""
    basis = f"past, no date in its clause: on or shortly before publication {article_day}"
    return DateInterval(date(2025, 3, 3), article_day, "range", 0.3, basis, article_day)


def reported_guess() -> DateInterval:
    """Said on Sunday that it had recalled its ambassador: the report dated by Sunday."""
    basis = "past perfect, no date in its clause: on or shortly before the report dated by 'Sunday'"
    return DateInterval(date(2025, 3, 2), date(2025, 3, 31), "range", 0.15, basis, SUNDAY)


def perfect_after_story_day() -> DateInterval:
    """The two states have restored ties, in a report whose story the article dates to Sunday."""
    basis = "present perfect, undated: the story's day 2025-03-09, or after it up to publication"
    return DateInterval(SUNDAY, MONDAY, "range", 0.3, basis, MONDAY)


def _merged(*dates: tuple[DateInterval, str]) -> DateInterval:
    first, article = dates[0]
    ev = DateEvidence(first, first, article)
    for d, a in dates[1:]:
        ev = refine_date(ev, d, a)
    return ev.interval


def test_a_reported_day_outvotes_publication_guesses_of_other_articles() -> None:
    merged = _merged((publication_guess(), "a"), (publication_guess(), "b"), (reported_guess(), "c"))
    assert merged.likely == SUNDAY
    # a day the words name for the act itself still outvotes it: "talks were held on Saturday", in an
    # undated article dated to some weeks from the corpus
    basis = "weekday Saturday before publication between 2025-03-09 and 2025-03-30"
    named = DateInterval(SATURDAY, date(2025, 3, 29), "range", 0.4, basis, SATURDAY)
    assert _merged((reported_guess(), "c"), (named, "d")).likely == SATURDAY


def test_the_same_in_the_other_order() -> None:
    merged = _merged((reported_guess(), "c"), (publication_guess(), "a"), (publication_guess(), "b"))
    assert merged.likely == SUNDAY


def test_a_perfects_publication_day_is_a_guess_beside_a_reported_day() -> None:
    merged = _merged((perfect_after_story_day(), "a"), (reported_guess(), "b"))
    assert (merged.start, merged.end) == (SUNDAY, MONDAY)
    assert merged.likely == SUNDAY
