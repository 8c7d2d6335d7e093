"""Round 12 wave 2 (issue 12): threats and complaints the coder typed wrongly on real news, by class of
construction. Through the full pipeline with the real knowledge base; the sentences are invented."""

from __future__ import annotations

import pytest
from coding_support import countries_of, pipeline_events


def _types(events) -> list[str]:
    return [e.type for e in events]


# --- a conflict act put ahead by will / would under an "if" condition is a threat ---------------------


def test_conditional_retaliation_is_a_threat(pipeline):
    events = pipeline_events(
        pipeline,
        '"If anyone dares to interfere with our sovereignty in any form, Peru will surely strike back '
        'hard," the Peruvian foreign ministry said.',
    )
    assert _types(events) == ["THREATEN"]
    assert events[0].modality == "asserted"
    assert countries_of(events[0], "source") == {"PER"}


def test_conditional_sanctions_are_a_threat(pipeline):
    events = pipeline_events(
        pipeline, "Chile would impose sanctions on Peru if Lima sent troops to the border, the minister said."
    )
    assert "THREATEN" in _types(events)
    assert "SANCTION" not in [e.type for e in events if e.modality == "asserted"]


@pytest.mark.parametrize(
    "text",
    [
        "If Chile had not intervened, Peru would have attacked the town.",  # what did not happen
        "Peru promised a response to the letter by Friday.",  # no hostile response
    ],
)
def test_no_threat(pipeline, text):
    assert "THREATEN" not in _types(pipeline_events(pipeline, text))


# --- a painful or retaliatory response promised is a threat (PETRARCH-2 WARN - * (OF RESPONSE)) -------


def test_promised_painful_response_is_a_threat(pipeline):
    events = pipeline_events(
        pipeline,
        "The Chilean spokeswoman promised a painful response to Lima's unfriendly step.",
    )
    assert _types(events) == ["THREATEN"]
    assert countries_of(events[0], "source") == {"CHL"}


# --- diplomatic protests are complaints, not demonstrations ------------------------------------------


def test_protest_a_summons_is_for_is_the_summons(pipeline):
    events = pipeline_events(
        pipeline,
        "Peru summoned Chile's ambassador on Friday to protest comments made by the Chilean consul general.",
    )
    assert _types(events) == ["ACCUSE"]
    assert countries_of(events[0], "target") == {"CHL"}


def test_protest_staged_by_farmers_stays_a_demonstration(pipeline):
    events = pipeline_events(pipeline, "Thousands of farmers gathered in Lima to protest the new tax.")
    assert "PROTEST" in _types(events)
    assert "ACCUSE" not in _types(events)


# --- a courtesy call is a visit (PETRARCH-2 MAKE - * {COURTESY CALL}) --------------------------------


def test_courtesy_call_is_a_visit(pipeline):
    events = pipeline_events(
        pipeline,
        "Peruvian Foreign Minister Elmer Schialer paid a courtesy call on Chilean President Gabriel Boric.",
    )
    assert [(e.type, e.mode) for e in events] == [("CONSULT", "visit")]
    assert countries_of(events[0]) == {"PER", "CHL"}


# --- advice to one's own people against travel to a country (PETRARCH-2 ADVISE - * (AGAINST TRAVEL)) --


def test_advice_against_travel_is_a_sanction(pipeline):
    events = pipeline_events(pipeline, "Peru advised its citizens to avoid travel to Chile on Friday.")
    assert _types(events) == ["SANCTION"]
    assert countries_of(events[0], "source") == {"PER"}
    assert countries_of(events[0], "target") == {"CHL"}


def test_warning_against_travelling_is_a_sanction(pipeline):
    events = pipeline_events(pipeline, "Peru warned its citizens against travelling to Chile.")
    assert "SANCTION" in _types(events)
    assert "THREATEN" not in _types(events)


def test_urging_another_state_to_avoid_a_visit_stays_a_request(pipeline):
    events = pipeline_events(pipeline, "Peru urged Chile to avoid any visit by the rebels.")
    assert _types(events) == ["REQUEST"]
