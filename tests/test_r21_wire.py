"""Event types on wire sentences, round 21 (issue 12, helper r21wire). Real spaCy, the whole pipeline;
the sentences are invented."""

from __future__ import annotations

import pytest
from coding_support import of_type, pipeline_events, types_of


@pytest.mark.parametrize(
    "text",
    [
        "The federation banned Belarus from international competitions.",
        "Belarus was banned from the Olympic games.",
        "The committee suspended Russia from the tournament.",
    ],
)
def test_a_state_shut_out_of_competition_is_sanctioned_a_ban_at_home_coerces(pipeline, text):
    assert of_type(pipeline_events(pipeline, text), "SANCTION").mode == "expel", text
    assert types_of(pipeline_events(pipeline, "The ministry banned the opposition newspaper.")) == {"COERCE"}


def test_a_quantity_stands_for_what_it_counts_a_span_of_time_does_not(pipeline):
    events = pipeline_events(pipeline, "Russia was banned from a number of international competitions.")
    assert of_type(events, "SANCTION").mode == "expel"
    # "the first day of a strike" says when work stopped: the strike is no object of "stopped"
    events = pipeline_events(
        pipeline, "Workers stopped work on the first day of an open-ended strike on Monday."
    )
    assert "RETREAT" not in types_of(events)
