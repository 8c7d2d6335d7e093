"""Classes of the ninth round (issue 11, r7): value conventions of TIMEX3 normalization.
Invented sentences; publication day Wednesday 16 October 2024 unless a test says otherwise."""

from __future__ import annotations

from datetime import date

from dateline.time.tagger import tag_text

WEDNESDAY = date(2024, 10, 16)


def _found(text: str, dct: date = WEDNESDAY) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in tag_text(text, dct)}


def test_a_weekday_in_a_present_tense_clause_is_scheduled_ahead() -> None:
    assert _found("The two delegations meet Monday in Vienna.")["Monday"] == ("DATE", "2024-10-21")
    assert _found("The tribunal rules on the appeal on Friday.")["Friday"] == ("DATE", "2024-10-18")


def test_a_weekday_in_a_past_tense_clause_stays_behind() -> None:
    assert _found("The two delegations met Monday in Vienna.")["Monday"] == ("DATE", "2024-10-14")


def test_a_modal_leaves_a_weekday_to_the_nearest_occurrence() -> None:
    # "could not be reached Tuesday": the modal says nothing of the side; the day just gone is nearer
    found = _found("The mayor could not be reached for comment Tuesday.")
    assert found["Tuesday"] == ("DATE", "2024-10-15")


def test_the_same_period_is_the_period_the_narrative_named() -> None:
    found = _found("The envoy was recalled in 2019 and retired the same year.")
    assert found["the same year"] == ("DATE", "2019")
    found = _found("Fuel prices spiked in June 2022 and the union struck the same month.")
    assert found["the same month"] == ("DATE", "2022-06")


def test_the_same_year_without_an_earlier_date_is_the_reference_year() -> None:
    assert _found("Turnout fell again the same year, officials said.")["the same year"] == ("DATE", "2024")


def test_a_month_or_day_in_a_present_tense_clause_is_scheduled_ahead() -> None:
    assert _found("The new tariffs take effect on Feb. 1.")["Feb. 1"] == ("DATE", "2025-02-01")
    assert _found("The assembly reconvenes in March.")["March"] == ("DATE", "2025-03")


def test_a_present_state_since_or_as_of_a_month_looks_back() -> None:
    assert _found("As of March, the fund holds 40 percent of the bonds.")["March"] == ("DATE", "2024-03")
    assert _found("The index is at its lowest since Feb. 1.")["Feb. 1"] == ("DATE", "2024-02-01")


def test_weekdays_listed_after_one_ahead_lie_ahead() -> None:
    found = _found("The envoys gather in Oslo on Monday and Tuesday.")
    assert found["Monday"] == ("DATE", "2024-10-21")
    assert found["Tuesday"] == ("DATE", "2024-10-22")


def test_a_later_weekday_of_a_coordination_takes_the_clause_tense_of_the_first() -> None:
    # published on a Wednesday: "Thursday" alone would be the next day; the past verb reaches it
    # only through "Tuesday"
    found = _found("Strikes shut the port on Tuesday and Thursday.")
    assert found["Tuesday"] == ("DATE", "2024-10-15")
    assert found["Thursday"] == ("DATE", "2024-10-10")


def test_a_subordinate_present_is_no_schedule() -> None:
    # a caption's present under a past verb tells what happened: the nearest Monday, two days back
    found = _found("Crowds cheered as the veterans march through the capital Monday.")
    assert found["Monday"] == ("DATE", "2024-10-14")


def test_a_modal_keeps_a_month_in_the_reference_year() -> None:
    found = _found("Officials said the last troops would be out by September.")
    assert found["September"] == ("DATE", "2024-09")
