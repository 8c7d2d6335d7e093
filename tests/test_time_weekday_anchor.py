"""Round 14 (issue 11, time expressions): a bare weekday takes the article's own dated mention of it
(one week either side of the publication day), and a clock time tied to it follows. Invented
sentences; publication day Wednesday 15 May 2024."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.time.tagger import tag_text

WEDNESDAY = date(2024, 5, 15)


def _found(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag_text(text, WEDNESDAY)]


def test_a_future_weekday_on_its_own_weekday_takes_the_dated_one_a_week_ahead() -> None:
    # "on Wednesday" read on a Wednesday is today or next week: the article dated it already
    text = "The president arrives on Wednesday, May 22. He will address parliament on Wednesday."
    assert _found(text) == [("Wednesday, May 22", "2024-05-22"), ("Wednesday", "2024-05-22")]


def test_a_headline_appointment_takes_the_date_of_the_lede_and_its_hour_follows() -> None:
    text = (
        "Halvorsen confirmed the talks with Okafor on Monday at 10 a.m.\n"
        "The mediator called for Monday, May 20, a new round of talks."
    )
    assert _found(text) == [
        ("Monday", "2024-05-20"),
        ("10 a.m.", "2024-05-20T10:00"),
        ("Monday, May 20", "2024-05-20"),
    ]


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        # a past act stays in the past, before or after the dated mention
        ("The vote is set for Monday, May 20. Opposition leaders met on Monday.", "2024-05-13"),
        (
            "Opposition leaders on Monday called for a boycott. The vote is set for Monday, May 20.",
            "2024-05-13",
        ),
        # its hour alone does not make it an appointment: no reported object before it
        (
            "The mediator called for Monday, May 20, a new round of talks. "
            "Both sides confirmed on Monday at 10 a.m. that they would attend.",
            "2024-05-13",
        ),
        # in one sentence the two namings are two days
        ("The ministry announced on Monday that the vote is on Monday, May 20.", "2024-05-13"),
    ],
)
def test_a_tensed_weekday_keeps_its_own_side(text: str, bare: str) -> None:
    assert ("Monday", bare) in _found(text)
