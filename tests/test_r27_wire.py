"""Event types on wire sentences, round 27 (issue 12, helper r27wire): constructions rather than single
words. An object pressed to act is asked to; a party held responsible, or said to be responsible, for a
harm is accused of it; a noun of force a speaker names words, a stance or a pact with is an accusation of
their owner; a trigger condition that mixes words with a dependency condition is refused. Real spaCy,
the whole pipeline; the sentences are invented."""

from __future__ import annotations

import pytest
from coding_support import countries_of, of_type, pipeline_events, types_of

from dateline.events.detect import Condition


def test_a_dependency_condition_is_no_alternative_of_words():
    # "for|@xcomp" read "@xcomp" as a word that never occurs, so the row never matched an xcomp.
    with pytest.raises(ValueError):
        Condition.parse("for|@xcomp")
    assert Condition.parse("!^voice|^express").words == frozenset({"^voice", "^express"})
    assert Condition.parse("@xcomp").dep == "xcomp"


@pytest.mark.parametrize(
    "text",
    [
        "Chile pressed Peru to free the detained fishermen.",
        "Chile pressed Peru to withdraw its troops from the island.",
    ],
)
def test_pressed_to_act_is_a_request(pipeline, text):
    event = of_type(pipeline_events(pipeline, text), "REQUEST")
    assert event.modality == "asserted"


@pytest.mark.parametrize(
    "text",
    [
        "Chile held Peru responsible for the raid on the border post.",
        "Chile said Peru was responsible for the bombing of its consulate.",
        "The Chilean minister said it was highly likely that Peru was responsible for the blast.",
        "Chile holds the Peruvian navy accountable for the deaths of three fishermen.",
    ],
)
def test_a_party_held_or_said_responsible_for_a_harm_is_accused(pipeline, text):
    event = of_type(pipeline_events(pipeline, text), "ACCUSE")
    assert countries_of(event, "source") == {"CHL"}
    assert countries_of(event, "target") == {"PER"}


@pytest.mark.parametrize(
    ("accused", "other"),
    [
        ("Chile said Peru was responsible for the raid.", "Peru said it was not responsible for the raid."),
        (
            "Chile held Peru responsible for the bombing.",
            "The group responsible for the bombing has not been identified.",
        ),
        (
            "Chile said the Peruvian ministry was responsible for the shooting.",
            "The Peruvian ministry is responsible for border security, Chile said.",
        ),
    ],
)
def test_responsibility_denied_unclaimed_or_harmless_accuses_no_one(pipeline, accused, other):
    assert "ACCUSE" in types_of(pipeline_events(pipeline, accused))
    assert "ACCUSE" not in types_of(pipeline_events(pipeline, other))


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean foreign minister called the Peruvian president's words a serious attack on Chile.",
        "The Chilean ministry described Peru's position as an attack on the country.",
    ],
)
def test_words_named_an_attack_are_an_accusation(pipeline, text):
    events = pipeline_events(pipeline, text)
    event = of_type(events, "ACCUSE")
    assert countries_of(event, "source") == {"CHL"}
    assert countries_of(event, "target") == {"PER"}
    assert "ASSAULT" not in types_of(events)


def test_an_attack_named_an_attack_stays_one(pipeline):
    named = "The Chilean foreign minister called the Peruvian president's words a serious attack on Chile."
    assert "ACCUSE" in types_of(pipeline_events(pipeline, named))
    text = "Rebels attacked a Chilean army base, and officials called it the deadliest attack in years."
    assert "ACCUSE" not in types_of(pipeline_events(pipeline, text))
    assert "ASSAULT" in types_of(pipeline_events(pipeline, text))
