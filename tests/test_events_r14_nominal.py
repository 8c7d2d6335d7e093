"""Round 14 (issue 12, r14nominal): measures told as nouns, each with invented sentences, through the
full pipeline with the real knowledge base."""

from __future__ import annotations

import pytest
from coding_support import countries_of, of_type, pipeline_events, types_of

# --- a state leaving an organisation reduces relations (SANCTION), troops leaving still retreat ----------


@pytest.mark.parametrize(
    "text",
    [
        "In March, Chad and Sudan announced their withdrawal from the regional bloc.",
        "Chad withdrew from the Economic Community of Central African States on Monday.",
        "Chad and Sudan announced their immediate withdrawal from IGAD on Monday.",
    ],
)
def test_leaving_an_organisation_is_a_sanction(pipeline, text):
    events = pipeline_events(pipeline, text)
    assert "RETREAT" not in types_of(events)
    assert "TCD" in countries_of(of_type(events, "SANCTION"), "source")


@pytest.mark.parametrize(
    "text",
    [
        "Chad withdrew its troops from the regional force's base on Monday.",
        "The rebels announced their withdrawal from the town on Monday.",
    ],
)
def test_troops_leaving_still_retreat(pipeline, text):
    assert "SANCTION" not in types_of(pipeline_events(pipeline, text))


# --- a measure named by the noun of a decision is taken ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "taken"),
    [
        ("Chile's government on Monday announced its decision to expel Peruvian diplomats.", True),
        ("On Monday Chile announced the decision to recall its ambassador from Peru.", True),
        ("Chile has made no decision to recall its ambassador from Peru.", False),
    ],
)
def test_a_measure_named_by_a_decision_noun(pipeline, text, taken):
    event = of_type(pipeline_events(pipeline, text), "SANCTION")
    assert countries_of(event, "source") == {"CHL"}
    assert (event.modality == "asserted") == taken


# --- who decided acts, not who tells of the decision ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "doers"),
    [
        ("The decision of Chad and Sudan to withdraw from the bloc angered its leaders.", {"TCD", "SDN"}),
        ("Peru's decision to recall its ambassador from Chile surprised observers.", {"PER"}),
    ],
)
def test_the_owner_of_a_decision_does_the_measure(pipeline, text, doers):
    event = of_type(pipeline_events(pipeline, text), "SANCTION")
    assert countries_of(event, "source") == doers
