"""Lexical gaps of round 9b (issue 12): meeting and reconciliation words (CAMEO 040/050 sets), ties
mended, and international bodies whose names hold another body's name, read as one body. Real spaCy,
real knowledge base, the whole pipeline; the sentences are invented."""

from __future__ import annotations

from datetime import date

import pytest
from actor_support import resolved
from coding_support import countries_of, of_type, pipeline_events, types_of

# --- meeting: a greeting exchanged, a get-together, a huddle ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The presidents of Ghana and Togo exchanged a handshake in Accra on Monday.",
        "The foreign ministers of Peru and Chile shook hands at the border post on Tuesday.",
        "The prime ministers of Norway and Sweden held a get-together in Oslo on Friday.",
        "The foreign minister of Peru huddled with his Bolivian counterpart on Monday.",
    ],
)
def test_a_greeting_or_a_get_together_is_a_meeting(pipeline, text):
    event = of_type(pipeline_events(pipeline, text), "CONSULT")
    assert len(countries_of(event) - {None}) == 2, text


def test_shaking_a_fist_or_an_economy_is_no_meeting(pipeline):
    for text in (
        "Protesters in Lima shook their fists at the police on Monday.",
        "The crisis shook the economy of Peru last year.",
    ):
        assert "CONSULT" not in types_of(pipeline_events(pipeline, text)), text


# --- reconciliation and ties mended (CAMEO 050, PLOVER SUPPORT) -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ghana and Togo mended ties at a ceremony in Lome on Tuesday.",
        "Peru moved to repair relations with Chile on Monday.",
        "The rapprochement between Morocco and Algeria began in Rabat on Tuesday.",
        "A reconciliation between Serbia and Montenegro was announced on Sunday.",
        "Eritrea reconciled with Djibouti on Thursday.",
    ],
)
def test_ties_mended_or_a_reconciliation_is_support(pipeline, text):
    event = of_type(pipeline_events(pipeline, text), "SUPPORT")
    assert len(countries_of(event) - {None}) == 2, text


def test_a_body_named_for_reconciliation_is_no_act(pipeline):
    text = "The national reconciliation commission of Peru published its report on Monday."
    assert "SUPPORT" not in types_of(pipeline_events(pipeline, text))


def test_repairs_to_a_road_are_no_support(pipeline):
    text = "Engineers from Chile repaired the bridge near the border on Monday."
    assert "SUPPORT" not in types_of(pipeline_events(pipeline, text))


# --- a body whose name holds another body's name is one body -------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        (
            "The African Union Peace and Security Council met in Addis Ababa.",
            "The African Union Peace and Security Council",
        ),
        ("The ECOWAS Commission criticised the junta.", "The ECOWAS Commission"),
        ("The OAS Permanent Council adopted a resolution.", "The OAS Permanent Council"),
        ("The EU Council approved the measures.", "The EU Council"),
        ("The North Atlantic Council gathered in Brussels.", "The North Atlantic Council"),
    ],
)
def test_a_body_named_inside_a_longer_name_is_one_mention(resolver, nlp, text, mention):
    found = resolved(resolver, nlp, text, date(2024, 3, 1), "sector")
    assert mention in found, found
    assert found[mention][1] == "IGO"
    # the parent body and the UN Security Council are not read from inside the name
    assert not {"Security Council", "African Union", "ECOWAS", "OAS", "EU"} & set(found), found


def test_the_longer_body_is_the_actor_of_its_event(pipeline):
    text = "The African Union Peace and Security Council condemned the coup in Gabon on Thursday."
    event = of_type(pipeline_events(pipeline, text), "ACCUSE")
    sources = [ea.actor.name for ea in event.actors if ea.side == "source"]
    assert sources == ["African Union Peace and Security Council"], sources
