"""Round 12 (issue 12), gold events the coder missed on real news, by class of construction. Through
the full pipeline with the real knowledge base; the sentences are invented."""

from __future__ import annotations

from coding_support import countries_of, pipeline_events


def _types(events) -> list[str]:
    return [e.type for e in events]


# --- cooperation restated or promised by a light verb of stating -------------------------------------


def test_reaffirmed_cooperation_is_a_commitment(pipeline):
    events = pipeline_events(
        pipeline, "The Peruvian and Chilean presidents reaffirmed their bilateral cooperation on Monday."
    )
    assert _types(events) == ["AGREE"]
    assert countries_of(events[0]) == {"PER", "CHL"}


def test_committed_to_closer_coordination_is_a_commitment(pipeline):
    events = pipeline_events(pipeline, "Peru and Chile committed to closer coordination on migration.")
    assert _types(events) == ["AGREE"]


def test_resumed_cooperation_stays_cooperation(pipeline):
    events = pipeline_events(pipeline, "Peru and Chile resumed their security cooperation on Monday.")
    assert _types(events) == ["COOPERATE"]
