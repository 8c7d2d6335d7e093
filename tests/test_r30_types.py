"""Round 30 (issue 12, r30type): which type a report gets. A decision found wrong in all its dev cases: a
breach of a norm told inside a speaker's statement, in a clause set beside or after its act, is the
speaker's accusation, as one told in the statement's complement was. Each test pairs the case with its
twin that must not change. Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_support import countries_of, of_type, pipeline_events, types_of

# An article's first sentence (no accusation in it), so the sentence under test is no headline.
LEAD = "Peru and Chile held talks in Lima on Thursday.\n\n"


def _types(pipeline, sentence: str) -> set[str]:
    return types_of(pipeline_events(pipeline, LEAD + sentence + "\n"))


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
