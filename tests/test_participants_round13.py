"""Round 13 participant class (events/participants.py, issue 12): talks whose only actors the sentence names
as their mediators ("talks mediated by Egypt and Ethiopia") are also the story's two sides'. The sentences
are invented."""

from __future__ import annotations

from coding_support import pipeline_events

STORY = (
    "Kenya and Uganda agreed to an immediate ceasefire on Sunday. Kenya said Uganda had shelled its border "
    "posts, and Uganda accused Kenya of arming rebels. Kenya and Uganda have fought for two weeks. "
)


def _talks(pipeline, text: str) -> list[set[str | None]]:
    """The countries of each consultation of the text."""
    return [
        {ea.actor.country for ea in e.actors} for e in pipeline_events(pipeline, text) if e.type == "CONSULT"
    ]


def test_mediated_talks_are_the_sides_talks_too(pipeline):
    text = STORY + "The talks were mediated by Egypt and Ethiopia, according to a statement."
    assert {"KEN", "UGA", "EGY", "ETH"} in _talks(pipeline, text)


def test_talks_with_a_side_named_keep_their_actors(pipeline):
    text = STORY + "Egypt held talks with Ethiopia on the dam on Monday."
    assert all(not {"KEN", "UGA"} <= found for found in _talks(pipeline, text))
