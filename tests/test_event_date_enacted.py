"""A measure a decision enacts takes effect on the decision's day (round 15, issue 11:
`events/decisions.deciding_verb`), on invented sentences through the whole pipeline."""

from __future__ import annotations

from datetime import date

import dateline

THURSDAY = "2024-03-14"


def _sanctions(text: str) -> list:
    return [
        e for e in dateline.process([{"id": "t", "text": text}], published=THURSDAY) if e.type == "SANCTION"
    ]


def test_an_expulsion_decided_on_a_day_is_on_that_day() -> None:
    (expulsion,) = _sanctions("Kenya decided on Tuesday to expel two Ugandan diplomats.")
    assert expulsion.modality == "asserted"
    assert expulsion.date.start == expulsion.date.end == expulsion.date.likely == date(2024, 3, 12)
    assert expulsion.date.basis.startswith("enacted by the decision")


def test_a_recall_decided_in_the_present_perfect_is_likely_on_the_report_day() -> None:
    (recall,) = _sanctions("Kenya has decided to recall its ambassador from Uganda, the ministry said.")
    assert recall.date.likely == date(2024, 3, 14)


def test_a_decision_dated_only_to_a_month_leaves_the_measure_after_it() -> None:
    # "In July 2023" names no day of the decision: the closure keeps its reading after it
    (closure,) = _sanctions("In July 2023, Kenya decided to close the Ugandan consulate in Kisumu.")
    assert closure.date.likely is None
    assert not closure.date.basis.startswith("enacted")


def test_a_decision_still_to_be_taken_enacts_nothing() -> None:
    for event in _sanctions("Kenya will decide next week whether to expel the Ugandan diplomats."):
        assert not event.date.basis.startswith("enacted")
