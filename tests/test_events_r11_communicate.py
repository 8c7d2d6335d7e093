"""Round 11 (issue 12, lead): "communicate" as a consultation only where it is with someone ("with" or no
object: with each other), from PETRARCH-2's MEET_PEOPLE class; a communicated decision is no meeting.
Through the full pipeline; the sentences are invented."""

from __future__ import annotations

from coding_support import countries_of, pipeline_events


def _consults(events) -> list:
    return [e for e in events if e.type == "CONSULT"]


def test_communicating_with_a_counterpart_is_a_consultation(pipeline):
    events = pipeline_events(
        pipeline, "Chile's president communicated with his Peruvian counterpart on Monday."
    )
    (consult,) = _consults(events)
    assert countries_of(consult) == {"CHL", "PER"}


def test_two_leaders_who_communicated_consulted_each_other(pipeline):
    text = "The presidents of Chile and Peru communicated by telephone on Monday."
    events = pipeline_events(pipeline, text)
    (consult,) = _consults(events)
    assert countries_of(consult) == {"CHL", "PER"}


def test_a_communicated_decision_is_no_consultation(pipeline):
    events = pipeline_events(pipeline, "Chile communicated its decision to the Peruvian embassy on Monday.")
    assert not _consults(events)
