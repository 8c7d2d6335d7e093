"""Round 19 (r19miss, issue 12): gold events the coder missed, by class. A verdict a speaker passes on
another party's act ("Y said X's move was unjustified", "Y described X's decision as illegal") is Y's
accusation of X, as calling the act so already was (PETRARCH-2 SLAM - * (AS UNACCEPTABLE),
CALL - * UNJUSTIFIED [111]); a verdict nobody is said to pass, or on an act of no one named, is none.
Through the full pipeline with the real knowledge base; the sentences are invented."""

from __future__ import annotations

import pytest
from coding_support import countries_of, pipeline_events


def _accusations(pipeline, text):
    return [e for e in pipeline_events(pipeline, text) if e.type == "ACCUSE"]


@pytest.mark.parametrize(
    "text",
    [
        "Chile's foreign ministry said Peru's decision was completely unjustified.",
        '"The decision by Peru is unacceptable," the Chilean foreign minister said on Monday.',
        "Chile said on Monday that the Peruvian move was illegal.",
        'The Chilean government described the Peruvian decision as "unjustified".',
        "Chile described Peru's stance as illegal and provocative.",
    ],
)
def test_a_verdict_a_speaker_passes_on_an_act_is_an_accusation_of_its_doer(pipeline, text):
    events = _accusations(pipeline, text)
    assert len(events) == 1, events
    assert countries_of(events[0], "source") == {"CHL"}
    assert countries_of(events[0], "target") == {"PER"}
    assert events[0].mode == "disapprove"


@pytest.mark.parametrize(
    "text",
    [
        # nobody is said to pass the verdict
        "Peru's decision was unjustified.",
        # the act's doer is not named
        "Chile said the decision was unacceptable.",
        # the speaker's own act
        '"This violation of Chile\'s sovereignty is unacceptable," the Chilean ministry said.',
        # a verdict that is no condemnation, and an adjective that only describes people
        "Chile described Peru's proposal as constructive.",
        "Chile said illegal migrants had crossed from Peru.",
    ],
)
def test_no_accusation_without_a_speaker_a_doer_or_a_condemnation(pipeline, text):
    assert _accusations(pipeline, text) == []
