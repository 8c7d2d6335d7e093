"""Event types, round 20 (issue 12, helper r20wire): trigger families of wire text read as one set.
Real spaCy, the whole pipeline; the sentences are invented (Ruritania and Elbonia are no real states)."""

from __future__ import annotations

import pytest
from coding_support import of_type, pipeline_events, types_of


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania suspended its 2018 military agreement with Elbonia.",
        "The council rescinded the agreement with the Elbonian city.",
        "Elbonia froze the fishing deal with Ruritania.",
    ],
)
def test_every_verb_of_the_cancel_set_ends_a_pact(pipeline, text):
    assert of_type(pipeline_events(pipeline, text), "SANCTION").mode == "withdraw", text


def test_a_pact_that_halts_fighting_ends_no_pact(pipeline):
    events = pipeline_events(pipeline, "The agreement halted the fighting in the north.")
    assert "SANCTION" not in types_of(events)


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania is boosting its military presence near the border.",
        "Ruritania increased its naval presence in the strait.",
        "Thousands of Ruritanian troops have assembled near the border.",
        "Ruritanian troops and tanks gathered along the frontier.",
        "Ruritania amassed troops on the border.",
        "About 2,000 National Guard troops were activated ahead of the storm.",
    ],
)
def test_forces_raised_or_gathered_are_mobilized(pipeline, text):
    assert "MOBILIZE" in types_of(pipeline_events(pipeline, text)), text


@pytest.mark.parametrize(
    "text",
    [
        "Ruritania seeks to enhance its diplomatic and economic presence in the region.",
        "Protesters gathered outside the Elbonian embassy.",
    ],
)
def test_a_presence_or_a_crowd_without_forces_is_no_mobilization(pipeline, text):
    assert "MOBILIZE" not in types_of(pipeline_events(pipeline, text)), text


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Ruritanian hackers breached the ministry's computer networks.", "cyber"),
        ("Ruritania carried out a cyber attack on Elbonia's banks.", "cyber"),
        ("The agency said the cyberattack on the pipeline was carried out by Ruritanian hackers.", "cyber"),
        ("Ruritania has spread disinformation about the Elbonian election.", "misinformation"),
        ("Ruritania launched a disinformation campaign against Elbonia.", "misinformation"),
    ],
)
def test_cyber_operations_and_disinformation_are_coercion(pipeline, text, mode):
    events = pipeline_events(pipeline, text)
    assert of_type(events, "COERCE").mode == mode, text
    assert not types_of(events) & {"ASSAULT", "REJECT"}, text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Ruritanian militants attacked the army base.", "ASSAULT"),
        ("Ruritania breached the ceasefire.", "ASSAULT"),
    ],
)
def test_attacks_and_breaches_off_line_keep_their_rows(pipeline, text, kept):
    events = pipeline_events(pipeline, text)
    assert kept in types_of(events) and "COERCE" not in types_of(events), text


@pytest.mark.parametrize(
    "text",
    [
        "The European Union released 500 million euros in aid to Poland.",
        "The IMF released the next loan tranche to Egypt.",
        "The European Union announced the release of about $5.5 billion in aid to Poland.",
    ],
)
def test_aid_or_money_released_is_aid(pipeline, text):
    events = pipeline_events(pipeline, text)
    assert "AID" in types_of(events) and "RETREAT" not in types_of(events), text


@pytest.mark.parametrize(
    "text",
    [
        "The rebels released 20 hostages.",
        "The United States released $200 million in frozen Iranian assets.",
    ],
)
def test_captives_or_frozen_assets_released_stay_a_retreat(pipeline, text):
    events = pipeline_events(pipeline, text)
    assert "RETREAT" in types_of(events) and "AID" not in types_of(events), text


def test_hackers_targeting_networks_are_coercion(pipeline):
    events = pipeline_events(pipeline, "Chinese hackers targeted the ministry's computer networks.")
    assert of_type(events, "COERCE").mode == "cyber"
