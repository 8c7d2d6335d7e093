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
    ("text", "kept", "absent"),
    [
        ("The European Union released 500 million euros in aid to Poland.", "AID", "RETREAT"),
        ("The IMF released the next loan tranche to Egypt.", "AID", "RETREAT"),
        ("The EU announced the release of about $5.5 billion in aid to Poland.", "AID", "RETREAT"),
        ("The rebels released 20 hostages.", "RETREAT", "AID"),
        ("The United States released $200 million in frozen Iranian assets.", "RETREAT", "AID"),
        ("Ruritanian militants attacked the army base.", "ASSAULT", "COERCE"),
        ("Ruritania breached the ceasefire.", "ASSAULT", "COERCE"),
    ],
)
def test_a_family_row_leaves_the_other_senses_to_their_rows(pipeline, text, kept, absent):
    """Aid or money released is aid, captives or frozen assets released a retreat; an attack or a breach
    with nothing of computers about it keeps its row."""
    found = types_of(pipeline_events(pipeline, text))
    assert kept in found and absent not in found, text


def test_hackers_targeting_networks_are_coercion(pipeline):
    events = pipeline_events(pipeline, "Chinese hackers targeted the ministry's computer networks.")
    assert of_type(events, "COERCE").mode == "cyber"


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Chile said on Friday that Peru must release the detained journalists.", "yield"),
        ("Poland urged the European Union to release the promised aid to Ukraine.", "assist"),
    ],
)
def test_a_demand_takes_the_mode_of_the_row_that_holds(pipeline, text, mode):
    """The act asked for is read through the entry whose conditions hold (captives freed: yield; aid
    released: assist), not the first entry of its verb."""
    assert of_type(pipeline_events(pipeline, text), "REQUEST").mode == mode, text
