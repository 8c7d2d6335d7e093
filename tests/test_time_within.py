"""Round 15 (issue 11, r15expr): a sentence opening "Earlier in the day," or "Later in the week," is
framed within the day (week) the story is telling: the day last dated, else the publication day. A
clause-final "earlier in the day" stays untagged (TimeML's convention). Invented sentences;
publication day Wednesday 15 May 2024."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.time.tagger import tag_text

WEDNESDAY = date(2024, 5, 15)


def _found(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag_text(text, WEDNESDAY)]


def test_earlier_in_the_day_takes_the_day_just_dated() -> None:
    text = "The envoys met in Valletta on Monday. Earlier in the day, the ministry said talks would go ahead."
    assert _found(text) == [("Monday", "2024-05-13"), ("Earlier in the day", "2024-05-13")]


def test_later_in_the_day_in_a_schedule_takes_the_dated_day() -> None:
    text = "The prime minister arrives in Oslo on Friday, May 17. Later in the day, he will attend a banquet."
    assert _found(text) == [("Friday, May 17", "2024-05-17"), ("Later in the day", "2024-05-17")]


def test_a_fronted_earlier_in_the_day_with_no_day_told_is_the_publication_day() -> None:
    assert _found("Earlier in the day, officials said the minister had left the country.") == [
        ("Earlier in the day", "2024-05-15")
    ]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Earlier in the week, the army said the drone had crossed the border.", "2024-W20"),
        ("The talks opened on Tuesday, May 7. Later in the week, the mediators flew to Doha.", "2024-W19"),
    ],
)
def test_earlier_or_later_in_the_week_is_the_week_of_the_story_day(text: str, value: str) -> None:
    found = _found(text)
    assert found[-1] == (found[-1][0], value)
    assert found[-1][0].endswith("in the week")


@pytest.mark.parametrize(
    "text",
    [
        "Officials learned earlier in the day that the minister had left the country.",
        "The army said the drone had crossed the border earlier in the week.",
        "She works in the day and studies at night.",
        "It was the best day of the week for the markets.",
    ],
)
def test_a_clause_final_or_bare_day_or_week_is_not_tagged(text: str) -> None:
    assert _found(text) == []
