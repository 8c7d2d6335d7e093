"""Round 16 (r16likely, issue 11): how an event's interval and likely day are chosen, on invented
sentences through the whole pipeline."""

from __future__ import annotations

from datetime import date

import dateline

THURSDAY = "2024-03-14"


def _events(text: str, type_: str) -> list:
    return [e for e in dateline.process([{"id": "t", "text": text}], published=THURSDAY) if e.type == type_]


# --- a verbal act stated in the present is made when it is said (`utterance.said_when`, `performed`)


def test_a_present_act_reported_by_a_dated_statement_takes_its_day() -> None:
    # before: the present "supports" was a state ongoing at publication, with no likely day
    text = "Speaking on Tuesday, the Kenyan president said that Kenya supports Uganda's peace efforts."
    supports = [e for e in _events(text, "SUPPORT") if e.modality == "asserted"]
    assert supports
    assert all(e.date.likely == date(2024, 3, 12) for e in supports)
    assert all(e.date.extent is None for e in supports)


def test_a_quoted_present_protest_is_made_when_said() -> None:
    text = (
        '"Kenya resolutely protests the seizure of its fishing boats by Ugandan forces," '
        "the foreign ministry said on Tuesday."
    )
    protests = _events(text, "ACCUSE")
    assert protests and all(e.date.likely == date(2024, 3, 12) for e in protests)


def test_an_unreported_present_protest_is_made_on_the_publication_day() -> None:
    text = (
        '"Kenya resolutely protests the seizure of its fishing boats by Ugandan forces," '
        "the spokeswoman emphasized."
    )
    protests = _events(text, "ACCUSE")
    assert protests
    assert all(e.date.likely == date(2024, 3, 14) and e.date.extent is None for e in protests)


def test_a_present_act_with_a_day_of_its_own_keeps_it() -> None:
    # "welcome the talks on Monday, March 11": the clause's own day, not the statement's week
    text = '"Kenya and Uganda welcome the start of talks in Nairobi on March 11," the joint statement said.'
    welcomes = _events(text, "SUPPORT")
    assert welcomes and all(e.date.likely == date(2024, 3, 11) for e in welcomes)


def test_a_material_state_in_the_present_stays_ongoing() -> None:
    # not a verbal act: the occupation goes on at publication, as the time stage reads it
    text = "Ugandan troops occupy the border town."
    (occupation,) = _events(text, "COERCE")
    assert occupation.date.extent is not None and occupation.date.likely is None


# --- lifting a measure takes effect as the decision is taken (`decisions.deciding_verb`, `EASING`)


def test_sanctions_lifted_by_a_dated_decision_take_its_day() -> None:
    text = "The West African bloc decided on Tuesday to lift the sanctions on Niger with immediate effect."
    lifted = [e for e in _events(text, "RETREAT") if e.modality == "asserted"]
    assert lifted and all(e.date.likely == date(2024, 3, 12) for e in lifted)


def test_a_communique_decides_in_the_present() -> None:
    # "The Authority decides to lift ...": the decision is taken by saying it, on the day of the communique
    text = "The Authority decides to lift the economic sanctions on the Republic of Guinea."
    lifted = [e for e in _events(text, "RETREAT") if e.modality == "asserted"]
    assert lifted and all(e.date.likely == date(2024, 3, 14) for e in lifted)


def test_a_withdrawal_decided_still_has_to_be_carried_out() -> None:
    # troops withdrawn are no measure undone by the decision: the withdrawal lies after it
    text = "The government decided on Tuesday to withdraw its troops from the border region."
    withdrawals = _events(text, "RETREAT")
    assert all(e.date.likely != date(2024, 3, 12) for e in withdrawals)


def test_a_decision_of_a_month_leaves_the_lifting_undated() -> None:
    text = "In July 2023, the bloc decided to lift the sanctions on Niger."
    lifted = _events(text, "RETREAT")
    assert all(e.date.likely is None for e in lifted)
