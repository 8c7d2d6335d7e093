"""Round 12 wave 2 (issue 12): threats and complaints the coder typed wrongly on real news, by class of
construction. Through the full pipeline with the real knowledge base; the sentences are invented."""

from __future__ import annotations

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


def test_counterfactual_attack_is_no_threat(pipeline):
    events = pipeline_events(pipeline, "If Chile had not intervened, Peru would have attacked the town.")
    assert "THREATEN" not in _types(events)


# --- a painful or retaliatory response promised is a threat (PETRARCH-2 WARN - * (OF RESPONSE)) -------


def test_promised_painful_response_is_a_threat(pipeline):
    events = pipeline_events(
        pipeline,
        "The Chilean spokeswoman promised a painful response to Lima's unfriendly step.",
    )
    assert _types(events) == ["THREATEN"]
    assert countries_of(events[0], "source") == {"CHL"}


def test_promised_response_to_a_letter_stays_a_promise(pipeline):
    events = pipeline_events(pipeline, "Peru promised a response to the letter by Friday.")
    assert "THREATEN" not in _types(events)


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
