"""Classes of round 18 (issue 11, time expressions). Invented sentences; publication day Wednesday
15 May 2024."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.time.tagger import tag_text

WEDNESDAY = date(2024, 5, 15)


# A date written between a reporting verb and its that-less complement is the day of the report:
# the parser hangs "on Monday" on "will expel", whose future sent it a week ahead. A date inside the
# complement (after its subject, or after "that") keeps the complement's verb.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moldova said on Monday it will expel a Russian diplomat.", [("Monday", "2024-05-13")]),
        ("China said on Monday it will impose tariffs on imports.", [("Monday", "2024-05-13")]),
        ("Officials said on Tuesday they will reopen the border.", [("Tuesday", "2024-05-14")]),
        ("The ministry said on Monday there will be no talks.", [("Monday", "2024-05-13")]),
        ("Moldova said on Monday night it will expel him.", [("Monday night", "2024-05-13TNI")]),
        ("The ministry said in June it will reopen the embassy.", [("June", "2023-06")]),
        (
            "Moldova said on Monday it will expel the diplomat on Friday.",
            [("Monday", "2024-05-13"), ("Friday", "2024-05-17")],
        ),
        # guards: inside the complement, or a past complement (read right before)
        ("Moldova said it will expel the diplomat on Monday.", [("Monday", "2024-05-20")]),
        ("Russia said that on Thursday its forces will advance.", [("Thursday", "2024-05-16")]),
        ("The ministry said it will reopen the embassy in June.", [("June", "2024-06")]),
        ("Moldova said on Monday it had expelled a Russian diplomat.", [("Monday", "2024-05-13")]),
    ],
)
def test_a_date_before_a_thatless_complement_is_the_reports_day(text: str, expected: list) -> None:
    assert [(t.text, t.value) for t in tag_text(text, WEDNESDAY)] == expected
