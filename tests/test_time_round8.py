"""Classes of the tenth round (issue 11, r8): direction of weekdays, reporting periods, streaks.
Invented sentences; publication day Wednesday 16 October 2024 unless a test says otherwise."""

from __future__ import annotations

from datetime import date

from dateline.time.tagger import tag_text

WEDNESDAY = date(2024, 10, 16)


def _found(text: str, dct: date = WEDNESDAY) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in tag_text(text, dct)}


def test_be_to_with_an_infinitive_is_a_schedule_ahead() -> None:
    assert _found("The minister is to visit Paris on Tuesday.")["Tuesday"] == ("DATE", "2024-10-22")
    assert _found("The two envoys are to meet again on Monday.")["Monday"] == ("DATE", "2024-10-21")


def test_be_to_told_in_the_past_leaves_the_side_open() -> None:
    # "was to visit": the plan may have come and gone; the nearest Tuesday (the day before) wins
    assert _found("The minister was to visit Paris on Tuesday.")["Tuesday"] == ("DATE", "2024-10-15")


def test_a_plan_in_the_past_perfect_takes_the_nearest_day() -> None:
    # published on a Monday: the Friday three days back is nearer than the one four days ahead
    found = _found("The offer had been scheduled to expire at midnight Friday.", date(2024, 10, 14))
    assert found["midnight Friday"] == ("TIME", "2024-10-11T24:00")
    # a plan told in the simple past still points ahead
    assert _found("The council scheduled a vote for Friday.")["Friday"] == ("DATE", "2024-10-18")


def test_a_base_form_after_a_singular_subject_is_a_past_not_a_schedule() -> None:
    # "hurt" with a singular subject cannot be a present (that would be "hurts")
    found = _found("Weakness in chip stocks hurt the index on Friday.", date(2024, 10, 14))
    assert found["Friday"] == ("DATE", "2024-10-11")
    # a plural subject keeps the schedule reading of the simple present
    assert _found("The two delegations meet on Friday.")["Friday"] == ("DATE", "2024-10-18")


def test_a_fiscal_year_is_written_as_its_year() -> None:
    assert _found("The grocer expects a loss in fiscal 2025.")["fiscal 2025"] == ("DATE", "2025")


def test_the_fiscal_year_with_a_determiner_is_the_current_one() -> None:
    found = _found("The drop will mean lower earnings for the fiscal year.")
    assert found["the fiscal year"] == ("DATE", "2024")
    assert _found("Sales in the current fiscal year rose 4%.")["the current fiscal year"] == ("DATE", "2024")
    assert _found("The mill expects a loss next fiscal year.")["next fiscal year"] == ("DATE", "2025")


def test_the_fiscal_year_ended_on_a_day_stays_a_twelve_month_period() -> None:
    found = _found("In the fiscal year ended March 31, the mill earned $5 million.")
    assert found["the fiscal year"] == ("DURATION", "P1Y")


def test_a_plan_word_as_the_complement_of_a_present_points_ahead() -> None:
    assert _found("Local elections are due in February.")["February"] == ("DATE", "2025-02")
    assert _found("The report is due on Monday.")["Monday"] == ("DATE", "2024-10-21")
    # told in the past, the plan may have come and gone: this year's February
    assert _found("Local elections were due in February.")["February"] == ("DATE", "2024-02")


def test_a_relative_clause_in_the_simple_present_is_a_schedule() -> None:
    found = _found("The levy, which takes effect in January, doubles the fee.")
    assert found["January"] == ("DATE", "2025-01")
    # under a sentence told in the past, the main clause's day stays behind
    found = _found("The rebels, who control the hills, seized the town on Friday.")
    assert found["Friday"] == ("DATE", "2024-10-11")


def test_a_counted_amount_per_unit_is_a_set() -> None:
    assert _found("The carrier runs four flights a week to Lagos.")["a week"] == ("SET", "P1W")
    assert _found("Investigators hold hundreds of interviews a day.")["a day"] == ("SET", "P1D")
    # a shift after the unit is no rate
    assert _found("The strike lasted two days. A week later, it resumed.")["A week"] == ("DURATION", "P1W")


def test_a_month_and_day_take_the_year_named_after_them() -> None:
    found = _found("The ruling came on Oct. 7 last year.")
    assert found["Oct. 7"] == ("DATE", "2023-10-07")
    assert found["last year"] == ("DATE", "2023")
    assert _found("The vote is due on March 3 next year.")["March 3"] == ("DATE", "2025-03-03")


def test_would_under_a_past_reporting_verb_puts_a_day_ahead() -> None:
    assert _found("He said the plant would reopen on Jan. 15.")["Jan. 15"] == ("DATE", "2025-01-15")
    # a day within a month of the reference stays that occurrence
    assert _found("He said the plant would reopen on Oct. 1.")["Oct. 1"] == ("DATE", "2024-10-01")
    # a weekday keeps the nearest occurrence
    assert _found("The envoy said he would fly to Rome on Friday.")["Friday"] == ("DATE", "2024-10-18")
