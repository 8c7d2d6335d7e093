"""Round 17 (r17et, issue 11): a fronted past clause under "when" or "once", with no time of its own,
sets the scene before the report, not on its day; a clause after its head tells the news; invented
sentences."""

from __future__ import annotations

import pytest
from dating_support import date_of

TUESDAY = "2024-06-11"


def test_a_past_when_clause_lies_before_publication_with_no_day() -> None:
    found = date_of("When the farmer bought the land, he thought it was a bargain.", "bought", TUESDAY)
    assert (found["start"], found["end"], found["likely"]) == (None, TUESDAY, None)


def test_a_past_once_clause_lies_before_publication_with_no_day() -> None:
    found = date_of("Once the miner was hired, he worked in the deepest shaft.", "hired", TUESDAY)
    assert (found["end"], found["likely"]) == (TUESDAY, None)


@pytest.mark.parametrize(
    ("text", "word", "day"),
    [
        # a trailing clause tells the news itself
        ("Tension rose after the two states expelled their envoys.", "expelled", TUESDAY),
        ("Three people died when a bomb exploded in the market.", "exploded", TUESDAY),
        # a clause with its own day, a statement, and the main clause keep their days
        ("When the bank cut its rate on Monday, prices fell.", "cut", "2024-06-10"),
        ("When the mayor said the park would reopen, the crowd cheered.", "said", TUESDAY),
        ("When the farmer bought the land, he thought it was a bargain.", "thought", TUESDAY),
    ],
)
def test_these_clauses_keep_their_likely_day(text: str, word: str, day: str) -> None:
    assert date_of(text, word, TUESDAY)["likely"] == day
