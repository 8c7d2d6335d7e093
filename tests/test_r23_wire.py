"""Event types on wire sentences, round 23 (issue 12, helper r23wire): threats made on a condition and
litotes ("will not hesitate to"), stances agreed with, arms traded, condemnation named as a judgement,
sanctions told through a list, a body, a freeze, an end or a conviction, talks as a clause's occasion.
Real spaCy, the whole pipeline; the sentences are invented."""

from __future__ import annotations

import pytest
from coding_support import of_type, pipeline_events, types_of


def test_a_warning_on_a_condition_by_an_unplaced_speaker_is_a_threat(pipeline):
    assert "THREATEN" in types_of(
        pipeline_events(pipeline, "The minister warned of retaliation if the embassy is closed.")
    )


def test_holding_back_denied_readies_the_act(pipeline):
    event = of_type(pipeline_events(pipeline, "Peru said it would not hesitate to strike."), "ASSAULT")
    assert event.modality == "planned"


def test_holding_back_is_no_act(pipeline):
    event = of_type(
        pipeline_events(pipeline, "Western leaders hesitated to send troops to Chile."), "MOBILIZE"
    )
    assert event.modality == "negated"


@pytest.mark.parametrize(
    "text",
    [
        "The ministry announced the suspension of the border treaty with Chile.",
        "Washington placed the Bolivian company on its sanctions list.",
        "Russia was expelled from the Council of Europe.",
        "The European Union imposed an asset freeze on three Peruvian ministers.",
        "Ukraine ended its participation in the accord with Russia.",
        "Russia announced the end of its participation in the arms treaty.",
        "His conviction for treason in March angered Peru.",
    ],
)
def test_sanctions_told_through_a_list_a_body_a_freeze_an_end_or_a_conviction(pipeline, text):
    assert "SANCTION" in types_of(pipeline_events(pipeline, text)), text


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("At the end of the talks, the Peruvian and Chilean ministers signed a declaration.", "SANCTION"),
        ("The Peruvian president expressed his conviction that peace will come.", "SANCTION"),
        ("The Peruvian governor called out the National Guard.", "ACCUSE"),
        ("Germany described the talks with Peru as constructive.", "ACCUSE"),
    ],
)
def test_a_time_a_belief_forces_called_out_and_praise_are_no_sanction_or_accusation(pipeline, text, absent):
    assert absent not in types_of(pipeline_events(pipeline, text)), text


def test_agreeing_with_a_position_approves_it(pipeline):
    events = pipeline_events(pipeline, "Peru agrees with the Chilean government's position.")
    assert "SUPPORT" in types_of(events) and "AGREE" not in types_of(events)


def test_agreeing_with_a_party_on_a_course_stays_an_agreement(pipeline):
    assert "AGREE" in types_of(
        pipeline_events(pipeline, "Peru agreed with Chile on a plan to reopen the border.")
    )


@pytest.mark.parametrize(
    "text", ["Russia sold 12 fighter jets to India.", "Peru bought tanks and artillery from Chile."]
)
def test_arms_traded_are_military_cooperation(pipeline, text):
    assert "COOPERATE" in types_of(pipeline_events(pipeline, text)), text


@pytest.mark.parametrize(
    "text",
    [
        "Indonesia called the Dutch legislation discriminatory.",
        "France described the Russian vote as a sham.",
        "The Lithuanian minister called out Hungary for its silence.",
        "The Chilean company endured criticism after the leak.",
    ],
)
def test_condemnation_named_as_a_judgement_is_an_accusation(pipeline, text):
    assert of_type(pipeline_events(pipeline, text), "ACCUSE").mode == "disapprove", text


def test_talks_as_the_occasion_of_a_wire_clause_are_talks(pipeline):
    events = pipeline_events(pipeline, "The envoy raised the issue during talks with Kenyan officials.")
    assert "CONSULT" in types_of(events)


@pytest.mark.parametrize(
    "text", ["The rebels handed over the town to the Malian army.", "Iran returned the seized British ship."]
)
def test_places_handed_over_and_vessels_returned_are_retreats(pipeline, text):
    assert "RETREAT" in types_of(pipeline_events(pipeline, text)), text
