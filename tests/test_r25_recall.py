"""Round 25 (issue 12, r25miss): missed events by class. A war or conflict said to break out, or war
declared, is a use of force (PETRARCH-2 ERUPT - &FIGHT *, WAGE - * WAR [190]); a speaker's verdict on
another party's act told as a predicate adjective ("absurd", "reckless") or a predicate noun ("a petty
trick by X", "unacceptable behaviour") is an accusation of its doer. Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_support import countries_of, pipeline_events


def _of(pipeline, text: str, event_type: str) -> list:
    return [e for e in pipeline_events(pipeline, text + "\n") if e.type == event_type]


@pytest.mark.parametrize(
    "sentence",
    [
        "After the fall of the old regime, war broke out between Peru and Chile over the ownership of the region.",
        "A new round of conflict broke out between Peru and Chile on Monday.",
        "War erupted between Peru and Chile in 1879.",
        "Chile declared war on Peru after deadly raids on the border.",
    ],
)
def test_a_war_breaking_out_or_declared_is_a_use_of_force(pipeline, sentence):
    found = _of(pipeline, sentence, "ASSAULT")
    assert found and {"PER", "CHL"} <= countries_of(found[0]), found


@pytest.mark.parametrize(
    "sentence",
    [
        "The two ministers have met twice since the war began.",
        "Chile declared war on drugs last year.",
        "A war of words broke out on social media.",
        "A trade war erupted between Peru and Chile last year.",
    ],
)
def test_a_war_only_named_or_on_no_state_is_no_use_of_force(pipeline, sentence):
    assert not _of(pipeline, sentence, "ASSAULT")


@pytest.mark.parametrize(
    "sentence",
    [
        "Peru's foreign minister said Chile's decision was \u201cabsurd\u201d.",
        "Peru's foreign minister said the call between the two presidents was \u201ca petty trick by Chile\u201d.",
        "Peru's foreign minister said the cancellation of the contract by Chile is \u201cunacceptable behaviour\u201d.",
        "The Peruvian foreign minister said Chile's move was a provocation.",
    ],
)
def test_a_verdict_on_another_partys_act_accuses_its_doer(pipeline, sentence):
    found = _of(pipeline, sentence, "ACCUSE")
    assert found, pipeline_events(pipeline, sentence + "\n")
    assert countries_of(found[0], "source") == {"PER"} and countries_of(found[0], "target") == {"CHL"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The plan was absurd.",
        "Reckless drivers caused the accident in Lima.",
        "The show was a farce, the critic said.",
        "Peru's minister said the opening ceremony was a charade.",
    ],
)
def test_a_verdict_on_no_named_doer_is_no_accusation(pipeline, sentence):
    assert not _of(pipeline, sentence, "ACCUSE")


def test_a_breach_said_of_an_act_stays_an_allegation(pipeline):
    # the breach nouns are read by their own rows (round 10): not a verdict, so the mode stays "allege"
    sentence = "\u201cThe unprovoked strike by Chile is a violation of international law,\u201d Peru's foreign minister said."
    found = _of(pipeline, sentence, "ACCUSE")
    assert found and found[0].mode == "allege", found
