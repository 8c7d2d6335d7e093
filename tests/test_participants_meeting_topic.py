"""Round 10 participant class (events/participants.py `_meeting_topic`): a country named in the topic
phrase ("on/about/over/regarding/concerning") of a meeting noun ("talks", "summit", "conference",
"negotiations") is what the meeting is about, no party to the act on it: neither a target read off the
act's object nor the one other country `sentence_counterpart` takes. A party in the meeting's "with"
phrase stays a target. The sentences are invented."""

from __future__ import annotations

import pytest
from coding_support import pipeline_events


def _sides(pipeline, text: str, event_type: str) -> set[tuple[str, str | None]]:
    found = [e for e in pipeline_events(pipeline, text) if e.type == event_type]
    assert found, [e.type for e in pipeline_events(pipeline, text)]
    return {(ea.side, ea.actor.country) for e in found for ea in e.actors}


@pytest.mark.parametrize(
    ("sentence", "event_type", "party", "topic"),
    [
        ("Egypt hosted talks on Libya with Tunisia.", "CONSULT", "TUN", "LBY"),
        ("Ethiopia accepted an invitation to talks on the Sudan crisis from Kenya.", "AGREE", "KEN", "SDN"),
    ],
)
def test_the_topic_of_a_meeting_is_no_target_but_its_party_is(pipeline, sentence, event_type, party, topic):
    sides = _sides(pipeline, sentence, event_type)
    assert ("target", party) in sides
    assert all(country != topic for _, country in sides)


def test_the_topic_of_a_meeting_is_no_counterpart(pipeline):
    sides = _sides(pipeline, "Kenya called for a summit about Somalia.", "REQUEST")
    assert ("source", "KEN") in sides
    assert all(country != "SOM" for _, country in sides)


def test_an_act_on_a_country_is_still_on_it(pipeline):
    # Not a meeting: the "of"/"against" phrase of an act names its target.
    sentence = "Japan protested against China's detention of its fishermen."
    assert ("target", "CHN") in _sides(pipeline, sentence, "PROTEST")
