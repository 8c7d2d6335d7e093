"""Round 30 (issue 12, r30type): which type a report gets. Two decisions found wrong on the dev listings:
a mobilization a party says it will make on a condition, or wants to make, is the threat the other
material conflict acts already were (`recast.THREAT_ACTS` is the class `framing.CONFLICT_MATERIAL`
names); and a breach of a norm told inside a speaker's statement, in a clause set beside or after its
act, is the speaker's accusation, as one told in the statement's complement was. Each test pairs the
case with its twin that must not change. Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_support import countries_of, of_type, pipeline_events, types_of

# An article's first sentence (neither a threat nor an accusation), so the sentence under test is no headline.
LEAD = "Peru and Chile held talks in Lima on Thursday.\n\n"


def _types(pipeline, sentence: str) -> set[str]:
    return types_of(pipeline_events(pipeline, LEAD + sentence + "\n"))


# (a mobilization put ahead on a condition or wanted, the same mobilization told as done or planned)
MOBILIZATIONS = [
    (
        "Chile's president said his country would defend itself if Peru goes ahead with the port deal.",
        "Chile said it had deployed troops along the border with Peru.",
    ),
    (
        "The Chilean president said Chile would deploy troops to the border if Peru moves its forces.",
        "Chile will deploy troops to the border with Peru next month, the minister said.",
    ),
    (
        "Chile wants to deploy troops along the border with Peru, the minister said.",
        "Chile deployed troops along the border with Peru on Monday, the minister said.",
    ),
]


@pytest.mark.parametrize(("threat", "move"), MOBILIZATIONS)
def test_a_mobilization_put_ahead_on_a_condition_or_wanted_is_a_threat(pipeline, threat, move):
    events = pipeline_events(pipeline, LEAD + threat + "\n")
    assert countries_of(of_type(events, "THREATEN"), "source") == {"CHL"}
    assert "MOBILIZE" not in types_of(events)
    types = _types(pipeline, move)  # told as done or planned, it stays a mobilization
    assert "MOBILIZE" in types and "THREATEN" not in types


# (a breach told beside or after the act a speaker states, the same breach nobody is said to report)
BREACHES = [
    (
        "Kenya's government says Uganda's decision is regrettable and violates the principles of the bloc.",
        "Uganda's decision is regrettable and violates the principles of the bloc.",
    ),
    (
        "Kenyan jets intercepted a Ugandan plane after it violated Kenya's airspace on Monday, "
        "a Kenyan official said.",
        "Kenyan jets intercepted a Ugandan plane after it violated Kenya's airspace on Monday.",
    ),
]


@pytest.mark.parametrize(("said", "unsaid"), BREACHES)
def test_a_breach_told_beside_the_act_a_speaker_states_is_the_speakers_accusation(pipeline, said, unsaid):
    events = pipeline_events(pipeline, LEAD + said + "\n")
    assert countries_of(of_type(events, "ACCUSE"), "source") == {"KEN"}
    assert "REJECT" not in types_of(events)
    assert "ACCUSE" not in _types(pipeline, unsaid)
