"""Classes of round 17 (issue 11, time expressions). Invented sentences; publication day Friday
16 May 2025."""

from __future__ import annotations

from datetime import date

from dateline.time.tagger import tag_text

FRIDAY = date(2025, 5, 16)


def _found(text: str) -> list[tuple[str, str, str, str | None]]:
    return [(t.text, t.type, t.value, t.mod) for t in tag_text(text, FRIDAY)]


def test_over_before_the_is_the_preposition_not_more_than() -> None:
    assert _found("Rain is expected over the next few days.") == [
        ("the next few days", "DURATION", "PXD", None)
    ]
    # "over" before a number still hedges it
    assert _found("He was jailed for over a decade.") == [("over a decade", "DURATION", "P10Y", "MORE_THAN")]


def test_the_day_before_or_after_a_day_is_that_day_moved_by_one() -> None:
    assert _found("He arrived the day after Christmas.") == [
        ("the day after Christmas", "DATE", "2024-12-26", None)
    ]
    assert _found("Talks resume the day after May 20.") == [
        ("the day after May 20", "DATE", "2025-05-21", None)
    ]
    assert _found("The day before last Tuesday's hearing, he went home.") == [
        ("The day before last Tuesday", "DATE", "2025-05-12", None)
    ]
    # relative to an event, not to a date: nothing to tag
    assert _found("Shares rose on the day after the vote.") == []
    # "a day after" is the amount of a shift ("a day after Monday's vote": P1D and Monday)
    assert ("Monday", "DATE", "2025-05-12", None) in _found("The protests began a day after Monday's vote.")
    # "the day before yesterday" keeps its own rule
    assert _found("He left the day before yesterday.") == [
        ("the day before yesterday", "DATE", "2025-05-14", None)
    ]


def test_that_day_needs_a_day_told_before_it() -> None:
    assert _found("Traders say redemptions rise that day and for two days after.") == [
        ("two days", "DURATION", "P2D", None)
    ]
    assert _found("The vote was held on May 3. That day, turnout was low.") == [
        ("May 3", "DATE", "2025-05-03", None),
        ("That day", "DATE", "2025-05-03", None),
    ]


def test_early_mid_and_late_are_words_of_their_own_not_the_end_of_another() -> None:
    # "late" ends "consulate" and "chocolate", "early" ends "nearly": none of them is a time modifier
    assert _found("The envoy left the consulate in March 2017.") == [("March 2017", "DATE", "2017-03", None)]
    assert _found("The chocolate on Monday was a gift.")[0][:2] == ("Monday", "DATE")
    assert [(t, m) for t, _, _, m in _found("The talks ended in late March 2017.")] == [
        ("late March 2017", "LATE")
    ]
