"""Round 27 (issue 12, r27miss): missed events by class. Relations restored or resumed are material
cooperation taken up again (COOPERATE), not a verbal stance; a warning of consequences or of a response
is a threat though no act of the lexicon is in it (PETRARCH-2 WARN - * CONSEQUENCES [130]), as are a
warning noun of consequences and a right to act retained; concern, shock or alarm at another's act is
disapproval of its doer, by the one who reacts. Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_support import countries_of, pipeline_events, sentence_events


@pytest.mark.parametrize(
    "sentence",
    [
        "Peru and Chile have resumed diplomatic relations today.",
        "Peru and Chile restored full diplomatic ties on Tuesday.",
        "Ghana restored ties with Togo on Monday.",
    ],
)
def test_relations_restored_or_resumed_are_cooperation(pipeline, sentence):
    found = sentence_events(pipeline, sentence, "COOPERATE")
    assert found and len(countries_of(found[0])) == 2, pipeline_events(pipeline, sentence + "\n")
    assert not sentence_events(pipeline, sentence, "SUPPORT")


def test_relations_normalized_stay_support(pipeline):
    assert sentence_events(pipeline, "Peru and Chile normalized relations on Tuesday.", "SUPPORT")


@pytest.mark.parametrize(
    "sentence",
    [
        "The Peruvian president warned that there would be serious consequences for the seizure of the ship.",
        "Peru warned that Chile would face consequences.",
    ],
)
def test_a_warning_of_consequences_is_a_threat(pipeline, sentence):
    found = sentence_events(pipeline, sentence, "THREATEN")
    assert found and countries_of(found[0], "source") == {"PER"}, pipeline_events(pipeline, sentence + "\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "Peru warned that the economy would slow.",
        "Peru warned that the drought would have dire humanitarian consequences.",
    ],
)
def test_a_forecast_of_consequences_is_no_threat(pipeline, sentence):
    assert not sentence_events(pipeline, sentence, "THREATEN")


def test_a_warning_noun_of_consequences_is_a_threat(pipeline):
    found = sentence_events(pipeline, "Chile ignored Peru's warning of possible consequences.", "THREATEN")
    assert found and countries_of(found[0], "source") == {"PER"} and "CHL" in countries_of(found[0], "target")


def test_a_right_to_act_retained_is_a_threat(pipeline):
    sentence = "Peru froze all new trade with Chile while retaining its right to take further action."
    found = sentence_events(pipeline, sentence, "THREATEN")
    assert found and countries_of(found[0], "source") == {"PER"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Chile said it was seriously concerned by Peru's actions.",
        "The Chilean president said he was shocked by the Peruvian attack on his country.",
        "Chile is alarmed over Peru's decision to close the border.",
    ],
)
def test_concern_or_shock_at_anothers_act_is_disapproval(pipeline, sentence):
    found = sentence_events(pipeline, sentence, "ACCUSE")
    assert found, pipeline_events(pipeline, sentence + "\n")
    assert found[0].mode == "disapprove"
    assert countries_of(found[0], "source") == {"CHL"} and countries_of(found[0], "target") == {"PER"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The Chilean villagers were shocked by the earthquake.",
        "Chile said it was concerned about inflation.",
        "The talks between Peru and Chile concerned trade.",
    ],
)
def test_concern_at_no_ones_act_is_no_event(pipeline, sentence):
    assert not sentence_events(pipeline, sentence, "ACCUSE")


def test_a_reaction_no_one_named_voices_is_no_event(pipeline):
    text = (
        "Peru sent military advisers to Bolivia last year.\n"
        "Western powers are also concerned about Peru's growing involvement in Bolivia.\n"
        "Bolivia thanked Peru for its help on Monday.\n"
    )
    assert not [e for e in pipeline_events(pipeline, text) if e.type == "ACCUSE"]
