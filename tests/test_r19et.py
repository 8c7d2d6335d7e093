"""Round 19 (r19et, issue 11): a measured length with "later" or "earlier" ("Two days later, ...",
"A month later, ...") counts from the time the narrative set before, not from the report. Invented
sentences."""

from __future__ import annotations

import pytest
from dating_support import date_of

FRIDAY = "2024-05-10"


@pytest.mark.parametrize(
    ("text", "word", "start", "end", "likely"),
    [
        # days and weeks move the day told before, with its likely day
        (
            "The rebels seized the town on Friday, May 3. Two days later, the army launched a counterattack.",
            "launched",
            "2024-05-05",
            "2024-05-05",
            "2024-05-05",
        ),
        (
            "The ministers met in Oslo on April 2. A week later, the envoys signed a truce.",
            "signed",
            "2024-04-09",
            "2024-04-09",
            "2024-04-09",
        ),
        # a noun of the clause takes the step too
        (
            "The rebels seized the town on Friday, May 3. Two days later, the army launched a counterattack.",
            "counterattack",
            "2024-05-05",
            "2024-05-05",
            "2024-05-05",
        ),
        # "earlier" (the tagger itself dates "two days earlier"), also with a past perfect: the step
        # back from the day told, not somewhere before it
        (
            "The talks collapsed on Wednesday, May 8. Hours earlier, the envoys had met in Doha.",
            "met",
            "2024-05-08",
            "2024-05-08",
            "2024-05-08",
        ),
        # months and years are counted loosely: the month or year reached, no day
        (
            "In January, the two states signed a port deal. A month later, the president called it illegal.",
            "called",
            "2024-02-01",
            "2024-02-29",
            None,
        ),
        (
            "The border was closed in March 2019. Two years later, the two states reopened it.",
            "reopened",
            "2021-01-01",
            "2021-12-31",
            None,
        ),
        # hours keep the day
        (
            "The premier insulted the king on Sunday, May 5. Hours later, the kingdom recalled its envoy.",
            "recalled",
            "2024-05-05",
            "2024-05-05",
            "2024-05-05",
        ),
        # the next sentence goes on from the day the step reached
        (
            "The rebels seized the town on Friday, May 3. Two days later, the army struck back. "
            "The mayor fled.",
            "fled",
            "2024-05-05",
            "2024-05-05",
            "2024-05-05",
        ),
    ],
)
def test_a_step_counts_from_the_time_told_before(text: str, word: str, start, end, likely) -> None:
    found = date_of(text, word, FRIDAY)
    assert (found["start"], found["end"], found["likely"]) == (start, end, likely)
    assert "than the time told before" in found["basis"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # nothing told before: a clause without a time of its own, on the report's day
        ("Two days later, the army launched a counterattack.", "launched"),
        # a step past the report does not date a past event
        ("The talks began on Monday, April 29. Two weeks later, the sides signed a truce.", "signed"),
        # "later" without a measure, and a length that is no step
        (
            "The rebels seized the town on Friday, May 3. Later, the army launched a counterattack.",
            "launched",
        ),
        ("The rebels seized the town on Friday, May 3. The army fought for two days.", "fought"),
    ],
)
def test_these_take_no_step(text: str, word: str) -> None:
    found = date_of(text, word, FRIDAY)
    assert "than the time told before" not in found["basis"]
