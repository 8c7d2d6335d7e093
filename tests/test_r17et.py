"""Round 17 (r17et, issue 11): a past clause set under another by "when", "once" or "after", with no
time of its own, is background told before the report, not on its day; invented sentences."""

from __future__ import annotations

from dating_support import date_of

TUESDAY = "2024-06-11"


def test_a_past_when_clause_lies_before_publication_with_no_day() -> None:
    found = date_of("When the farmer bought the land, he thought it was a bargain.", "bought", TUESDAY)
    assert (found["start"], found["end"], found["likely"]) == (None, TUESDAY, None)


def test_a_past_after_clause_lies_before_publication_with_no_day() -> None:
    found = date_of("The pilot trained new crews after she retired from the air force.", "retired", TUESDAY)
    assert (found["end"], found["likely"]) == (TUESDAY, None)


def test_a_past_once_clause_lies_before_publication_with_no_day() -> None:
    found = date_of("Once the miner was hired, he worked in the deepest shaft.", "hired", TUESDAY)
    assert (found["end"], found["likely"]) == (TUESDAY, None)


def test_a_when_clause_with_its_own_day_keeps_it() -> None:
    found = date_of("Prices fell when the bank cut its rate on Monday.", "cut", TUESDAY)
    assert found["likely"] == "2024-06-10"


def test_a_when_clause_of_saying_keeps_the_day_of_the_statement() -> None:
    found = date_of("The crowd cheered when the mayor said the park would reopen.", "said", TUESDAY)
    assert found["likely"] == TUESDAY


def test_the_main_clause_of_a_when_clause_keeps_the_publication_day() -> None:
    found = date_of("When the farmer bought the land, he thought it was a bargain.", "thought", TUESDAY)
    assert found["likely"] == TUESDAY
