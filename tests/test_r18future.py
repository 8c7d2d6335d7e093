"""Reported future days (round 18, issue 11). Invented sentences; publication day Wednesday 15 May
2024."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.time.tagger import tag_text

WEDNESDAY = date(2024, 5, 15)


# A weekday in the "would" future of a report dated by a day of its own lies after that day; the
# nearest to the publication day (the Saturday before) was taken. "will" keeps the writer's future.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ministry announced on Tuesday that the summit would take place on Saturday.",
            [("Tuesday", "2024-05-14"), ("Saturday", "2024-05-18")],
        ),
        (
            "The ministry announced on May 14 that the summit would take place on Saturday.",
            [("May 14", "2024-05-14"), ("Saturday", "2024-05-18")],
        ),
        (
            "The ministry announced yesterday that the summit would take place on Saturday.",
            [("yesterday", "2024-05-14"), ("Saturday", "2024-05-18")],
        ),
        # guards: already after the report; a writer's own future; no dated report
        (
            "The ministry said on Monday the talks would take place on Tuesday.",
            [("Monday", "2024-05-13"), ("Tuesday", "2024-05-14")],
        ),
        (
            "Officials said on Thursday that the truce would begin on Friday.",
            [("Thursday", "2024-05-09"), ("Friday", "2024-05-10")],
        ),
        ("The ministry said the summit would take place on Saturday.", [("Saturday", "2024-05-11")]),
    ],
)
def test_a_reported_future_weekday_lies_after_the_report(text: str, expected: list) -> None:
    assert [(t.text, t.value) for t in tag_text(text, WEDNESDAY)] == expected


# A weekday beside a week is that weekday of that week (ISO weeks, as the project writes them).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The two presidents will meet on Thursday next week.", [("Thursday", "2024-05-23")]),
        ("The two presidents will meet Thursday of next week.", [("Thursday", "2024-05-23")]),
        ("The two presidents will meet next week on Thursday.", [("Thursday", "2024-05-23")]),
        ("The talks were held on Monday last week.", [("Monday", "2024-05-06")]),
        ("The talks ended on Tuesday this week.", [("Tuesday", "2024-05-14")]),
        # guard: the week dates a noun of its own
        ("The ministry said on Monday next week's talks would focus on trade.", [("Monday", "2024-05-13")]),
    ],
)
def test_a_weekday_beside_a_week_is_in_that_week(text: str, expected: list) -> None:
    found = [(t.text, t.value) for t in tag_text(text, WEDNESDAY) if "week" not in t.text]
    assert found == expected
