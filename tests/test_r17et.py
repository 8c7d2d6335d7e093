"""Round 17 (r17et, issue 11): a fronted past clause under "when" or "once", with no time of its own,
sets the scene before the report, not on its day; a clause after its head tells the news; invented
sentences."""

from __future__ import annotations

from dating_support import date_of

TUESDAY = "2024-06-11"


def test_a_past_when_clause_lies_before_publication_with_no_day() -> None:
    found = date_of("When the farmer bought the land, he thought it was a bargain.", "bought", TUESDAY)
    assert (found["start"], found["end"], found["likely"]) == (None, TUESDAY, None)


def test_a_trailing_after_clause_tells_the_news_on_its_day() -> None:
    found = date_of("Tension rose after the two states expelled their envoys.", "expelled", TUESDAY)
    assert found["likely"] == TUESDAY


def test_a_trailing_when_clause_tells_the_news_on_its_day() -> None:
    found = date_of("Three people died when a bomb exploded in the market.", "exploded", TUESDAY)
    assert found["likely"] == TUESDAY


def test_a_past_once_clause_lies_before_publication_with_no_day() -> None:
    found = date_of("Once the miner was hired, he worked in the deepest shaft.", "hired", TUESDAY)
    assert (found["end"], found["likely"]) == (TUESDAY, None)


def test_a_when_clause_with_its_own_day_keeps_it() -> None:
    found = date_of("When the bank cut its rate on Monday, prices fell.", "cut", TUESDAY)
    assert found["likely"] == "2024-06-10"


def test_a_when_clause_of_saying_keeps_the_day_of_the_statement() -> None:
    found = date_of("When the mayor said the park would reopen, the crowd cheered.", "said", TUESDAY)
    assert found["likely"] == TUESDAY


def test_the_main_clause_of_a_when_clause_keeps_the_publication_day() -> None:
    found = date_of("When the farmer bought the land, he thought it was a bargain.", "thought", TUESDAY)
    assert found["likely"] == TUESDAY
