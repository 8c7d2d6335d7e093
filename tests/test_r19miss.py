"""Round 19 (r19miss, issue 12): gold events the coder missed, by class. A verdict a speaker passes on
another party's act ("Y said X's move was unjustified", "Y described X's decision as illegal") is Y's
accusation of X, as calling the act so already was (PETRARCH-2 SLAM - * (AS UNACCEPTABLE),
CALL - * UNJUSTIFIED [111]); a verdict nobody is said to pass, or on an act of no one named, is none.
A pact annulled, revoked or cancelled (PETRARCH-2 CANCEL set - * DEAL [160]) and an envoy barred from
returning to his post (EXPEL - * DIPLOMAT [1663]) are sanctions. "Talked to X" is a consultation as
"spoke to X" is (PETRARCH-2 CONFER set: SPEAK, TALK). Through the full pipeline with the real knowledge
base; the sentences are invented."""

from __future__ import annotations

import pytest
from coding_support import countries_of, pipeline_events


def _accusations(pipeline, text):
    return [e for e in pipeline_events(pipeline, text) if e.type == "ACCUSE"]


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean envoy said Peru's fishing ban was wholly unjustified.",
        '"The decision by Peru is unacceptable," the Chilean foreign minister said on Monday.',
        "Chile said on Monday that the Peruvian move was illegal.",
        'The Chilean government on Monday described the Peruvian ban as "unjustified".',
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
        '"This breach of Chile\'s airspace is unacceptable," the Chilean navy said.',
        # a verdict that is no condemnation, and an adjective that only describes people
        "Chile described Peru's proposal as constructive.",
        "Chile said illegal migrants had crossed from Peru.",
    ],
)
def test_no_accusation_without_a_speaker_a_doer_or_a_condemnation(pipeline, text):
    assert _accusations(pipeline, text) == []


@pytest.mark.parametrize(
    ("text", "trigger", "mode"),
    [
        ("Chile annulled the border protocols with Peru.", "annulled the border protocols", "withdraw"),
        ("Chile revoked the 1929 treaty with Peru.", "revoked the 1929 treaty", "withdraw"),
        (
            "Chile announced the cancellation of a port deal with Peru.",
            "announced the cancellation",
            "withdraw",
        ),
        ("Chile blocked Peru's envoy from returning to Santiago.", "blocked Peru's envoy", "expel"),
        ("Chile barred the Peruvian ambassador from coming back to Santiago.", None, "expel"),
    ],
)
def test_a_pact_annulled_and_an_envoy_barred_from_returning_are_sanctions(pipeline, text, trigger, mode):
    events = [e for e in pipeline_events(pipeline, text) if e.type == "SANCTION"]
    assert [e.mode for e in events] == [mode], events
    assert trigger is None or events[0].trigger == trigger
    assert countries_of(events[0], "source") == {"CHL"}
    assert "PER" in countries_of(events[0], "target")


@pytest.mark.parametrize(
    "text",
    [
        "The court annulled the election results.",
        "Chile blocked the envoy's car at the border.",
    ],
)
def test_no_sanction_for_other_annulments_or_blocks(pipeline, text):
    assert not [e for e in pipeline_events(pipeline, text) if e.type == "SANCTION"]


def test_talking_to_a_counterpart_is_a_consultation_and_to_the_press_none(pipeline):
    events = pipeline_events(pipeline, "Gabriel Boric said he has talked to Dina Boluarte about the border.")
    talks = [e for e in events if e.type == "CONSULT"]
    assert [e.trigger for e in talks] == ["talked to"], events
    assert countries_of(talks[0]) == {"CHL", "PER"}
    assert not [
        e
        for e in pipeline_events(pipeline, "Gabriel Boric talked to reporters in Santiago.")
        if e.type == "CONSULT"
    ]
