"""Round 25 (issue 12, r25miss): missed events by class. A war or conflict said to break out, or war
declared, is a use of force (PETRARCH-2 ERUPT - &FIGHT *, WAGE - * WAR [190]); a speaker's verdict on
another party's act told as a predicate adjective ("absurd", "reckless") or a predicate noun ("a petty
trick by X", "unacceptable behaviour") is an accusation of its doer. Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_support import countries_of, pipeline_events, sentence_events


@pytest.mark.parametrize(
    "sentence",
    [
        "War broke out between Peru and Chile in 1879 over the nitrate fields.",
        "Fresh conflict broke out between Peru and Chile on Monday.",
        "War erupted between Peru and Chile in 1879.",
        "Chile declared war on Peru in April 1879.",
    ],
)
def test_a_war_breaking_out_or_declared_is_a_use_of_force(pipeline, sentence):
    found = sentence_events(pipeline, sentence, "ASSAULT")
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
    assert not sentence_events(pipeline, sentence, "ASSAULT")


@pytest.mark.parametrize(
    "sentence",
    [
        "Peru's envoy said Chile's fishing ban was \u201cabsurd\u201d.",
        "Peru's minister said the summit between the two presidents was a cheap trick by Chile.",
        "Peru's minister said Chile's cancellation of the fishing deal was unacceptable behaviour.",
        "The Peruvian foreign minister said Chile's move was a provocation.",
    ],
)
def test_a_verdict_on_another_partys_act_accuses_its_doer(pipeline, sentence):
    found = sentence_events(pipeline, sentence, "ACCUSE")
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
    assert not sentence_events(pipeline, sentence, "ACCUSE")


def test_a_breach_said_of_an_act_stays_an_allegation(pipeline):
    # the breach nouns are read by their own rows (round 10): not a verdict, so the mode stays "allege"
    sentence = "\u201cThe strike by Chile is a violation of international law,\u201d Peru's minister said."
    found = sentence_events(pipeline, sentence, "ACCUSE")
    assert found and found[0].mode == "allege", found


EXPELLED = "Peru expelled the Chilean ambassador on Monday. "
OPEN = " The embassy stays open."


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile said on Tuesday that it was ordering its ambassador home.",
        "Chile has summoned back two diplomats from its embassy in Lima.",
    ],
)
def test_an_envoy_ordered_or_summoned_home_is_recalled(pipeline, sentence):
    found = [
        e for e in sentence_events(pipeline, EXPELLED + sentence + OPEN, "SANCTION") if e.mode == "withdraw"
    ]
    assert found and countries_of(found[0], "source") == {"CHL"} and "PER" in countries_of(found[0], "target")


def test_a_summons_after_an_envoy_came_home_stays_a_summons(pipeline):
    text = EXPELLED + "Chile summoned the Peruvian ambassador once its own envoy was back home." + OPEN
    assert not [e for e in sentence_events(pipeline, text, "SANCTION") if e.mode == "withdraw"]


@pytest.mark.parametrize(
    ("sentence", "accused"),
    [
        ("Chile said it regretted Peru's new tariff.", True),
        ("Chile regretted the loss of life in the floods.", False),
    ],
)
def test_regretting_another_partys_act_is_disapproval(pipeline, sentence, accused):
    found = sentence_events(pipeline, sentence, "ACCUSE")
    assert bool(found) == accused, found
    if accused:
        assert countries_of(found[0], "target") == {"PER"}


def test_military_advisers_sent_are_military_aid(pipeline):
    text = (
        "The two presidents spoke on Monday. Chile has sent military advisers to train Peru's border units."
        " The call lasted an hour."
    )
    found = sentence_events(pipeline, text, "AID")
    assert found and countries_of(found[0], "source") == {"CHL"}, found
    assert not sentence_events(pipeline, text.replace("military advisers", "advisers to the talks"), "AID")
