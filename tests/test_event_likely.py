"""The likely day of an event and the ends of ongoing ones, through `dateline.date_event` (the same
stages as ingest), on the project's own sentences."""

from __future__ import annotations

import pytest
from dating_support import date_of

import dateline

THURSDAY = "2024-03-14"


def _date(text: str, word: str, published: str | None = THURSDAY, nth: int = 0) -> dict:
    return date_of(text, word, published, nth)


def test_the_publication_weekday_means_the_publication_day() -> None:
    found = _date("The two prime ministers spoke by phone Thursday about fishing quotas.", "spoke")
    assert found["likely"] == THURSDAY


def test_a_governing_day_is_the_likely_day() -> None:
    found = _date("The foreign ministers met in Vienna on Monday to discuss grain exports.", "met")
    assert found["start"] == found["end"] == found["likely"] == "2024-03-11"


def test_an_undated_past_report_is_likely_on_the_publication_day() -> None:
    found = _date("The coastguard rescued forty fishermen off the northern cape.", "rescued")
    assert found["likely"] == THURSDAY
    assert found["start"] < THURSDAY == found["end"]  # the interval stays what the evidence allows


def test_the_date_set_by_a_sentence_carries_to_the_story_that_continues() -> None:
    text = "On Monday the two delegations met in Oslo. They signed a fisheries accord."
    found = _date(text, "signed")
    assert found["likely"] == "2024-03-11"
    assert "carried" in found["basis"]


def test_another_time_or_tense_ends_the_carried_date() -> None:
    text = "On Monday the two delegations met in Oslo. The accord takes effect in April."
    assert "carried" not in _date(text, "takes")["basis"]
    text = "On Monday the two delegations met in Oslo. On Wednesday they visited Bergen."
    assert _date(text, "visited")["likely"] == "2024-03-13"


def test_a_statement_is_dated_by_its_own_verb() -> None:
    text = "On Monday the two delegations met in Oslo. A spokesman said the talks were useful."
    found = _date(text, "said")
    assert found["likely"] == THURSDAY and "carried" not in found["basis"]


def test_planned_events_lie_after_the_report() -> None:
    found = _date("The two leaders will meet to sign the charter.", "meet")
    assert found["start"] == THURSDAY and found["end"] is None and found["likely"] is None


def test_ongoing_states_began_before_and_go_on_after_publication() -> None:
    found = _date("The rebels are holding the airport, residents say.", "holding")
    assert found["extent"] == {
        "begin": {"after": None, "before": THURSDAY},
        "end": {"after": THURSDAY, "before": None},
    }
    assert found["likely"] is None


def test_since_gives_a_start_and_an_open_end() -> None:
    found = _date("The ceasefire has held since March 2, officials say.", "held")
    assert found["extent"]["begin"] == {"after": "2024-03-02", "before": "2024-03-02"}
    assert found["extent"]["end"] == {"after": THURSDAY, "before": None}


def test_without_a_publication_date_no_day_is_likely() -> None:
    found = _date("The coastguard rescued forty fishermen off the northern cape.", "rescued", published=None)
    assert found["likely"] is None


def test_bad_spans_are_refused() -> None:
    with pytest.raises(ValueError, match="not inside the text"):
        dateline.date_event("Short text.", THURSDAY, 5, 50)


def test_a_day_dated_event_with_a_length_has_both_ends() -> None:
    found = _date("The president began a three-day visit to Ghana on Monday.", "visit")
    assert (found["start"], found["end"], found["likely"]) == ("2024-03-11", "2024-03-13", "2024-03-11")
    assert found["extent"]["end"] == {"after": "2024-03-13", "before": "2024-03-13"}
    assert "extent" not in _date("The president began a three-day visit to Ghana on Monday.", "began")


def test_a_given_publication_day_is_not_overruled_by_the_content() -> None:
    # a goal year named in a past clause would lower a crawled date; a stated publication day stays
    text = "The minister said on Monday that the plan to halve debt by 2030 had been dropped."
    assert _date(text, "said", published="2019-05-09")["likely"] == "2019-05-06"


def test_a_reported_clause_is_likely_on_the_day_of_its_report() -> None:
    found = _date("The envoy said on Tuesday that the guards released the hostages.", "released")
    assert found["likely"] == "2024-03-12"


def test_a_day_after_publication_does_not_date_a_past_event() -> None:
    # published on a Thursday: the Monday after is the day of the talks asked for, not of the asking
    text = "The mediator called for Monday, March 18, a new round of talks between the two parties."
    found = _date(text, "called")
    assert found["likely"] == THURSDAY
    assert found["end"] == THURSDAY
