"""Round 19 (r19et, issue 11): a measured length with "later" or "earlier" ("Two days later, ...",
"A month later, ...") counts from the time the narrative set before, not from the report; a modal
perfect ("may have come") lies before publication, as a past perfect. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest
from dating_support import date_of

from dateline.time.tagger import tag_text

FRIDAY = "2024-05-10"
SEIZED = "Rebels took the town on Friday, May 3."
MAY_5 = ("2024-05-05", "2024-05-05", "2024-05-05")  # start, end, likely day
FEBRUARY = ("2024-02-01", "2024-02-29", None)
YEAR_2021 = ("2021-01-01", "2021-12-31", None)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # days and weeks move the day told before, with its likely day; a noun of the clause too
        (f"{SEIZED} Two days later, the army launched a counterattack.", "launched", MAY_5),
        (f"{SEIZED} Two days later, the army launched a counterattack.", "counterattack", MAY_5),
        ("The envoys met on April 2. A week later, they signed a truce.", "signed", ("2024-04-09",) * 3),
        # hours keep the day; "earlier" with a past perfect steps back from the day, not before it
        # (the tagger itself dates "two days earlier")
        ("The premier spoke on Sunday, May 5. Hours later, the king recalled his envoy.", "recalled", MAY_5),
        ("The talks failed on Sunday, May 5. Hours earlier, the envoys had met in Doha.", "met", MAY_5),
        # months and years are counted loosely: the month or year reached, no day
        ("In January, the two signed a deal. A month later, the premier called it void.", "called", FEBRUARY),
        ("The border closed in March 2019. Two years later, the states reopened it.", "reopened", YEAR_2021),
        # the next sentence goes on from the day the step reached
        (f"{SEIZED} Two days later, the army struck back. The mayor fled.", "fled", MAY_5),
    ],
)
def test_a_step_counts_from_the_time_told_before(text: str, word: str, expected: tuple) -> None:
    found = date_of(text, word, FRIDAY)
    assert (found["start"], found["end"], found["likely"]) == expected
    assert "than the time told before" in found["basis"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # nothing told before: a clause without a time of its own, on the report's day
        ("Two days later, the army launched a counterattack.", "launched"),
        # a step past the report does not date a past event
        ("The talks began on Monday, April 29. Two weeks later, the sides signed a truce.", "signed"),
        # "later" without a measure, and a length that is no step
        (f"{SEIZED} Later, the army launched a counterattack.", "launched"),
        (f"{SEIZED} The army fought for two days.", "fought"),
    ],
)
def test_these_take_no_step(text: str, word: str) -> None:
    found = date_of(text, word, FRIDAY)
    assert "than the time told before" not in found["basis"]


# --- a modal perfect speaks of the past ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The plates may have come from a machine shop in the north.", "come"),
        ("The drone could have been downed by a missile.", "downed"),
        ("Officials should not have told the envoy about the raid.", "told"),
    ],
)
def test_a_modal_perfect_lies_before_publication(text: str, word: str) -> None:
    found = date_of(text, word, FRIDAY)
    assert found["start"] is None and found["end"] == FRIDAY


def test_a_bare_modal_still_looks_ahead() -> None:
    found = date_of("The rebels may cross the border.", "cross", FRIDAY)
    assert found["start"] == FRIDAY and found["end"] is None


def test_a_modal_perfect_points_a_month_back() -> None:
    # the tagger reads a year-less month on the side the clause's tense gives
    assert [
        t.value for t in tag_text("The rebels could have crossed the border in July.", date(2024, 5, 10))
    ] == ["2023-07"]
    assert [t.value for t in tag_text("The rebels could cross the border in July.", date(2024, 5, 10))] == [
        "2024-07"
    ]
