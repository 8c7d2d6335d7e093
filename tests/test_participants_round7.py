"""Round 7 participant classes (issue 12): unnamed groups acting on one country's government are that
country's (CAMEO's convention for domestic actors). The sentences are invented."""

from __future__ import annotations

import pytest
from coding_support import countries_of, of_type, pipeline_events


@pytest.mark.parametrize(
    ("text", "event_type", "country"),
    [
        ("Striking teachers demanded that the Zambian government pay their arrears.", "REQUEST", "ZMB"),
        # a demand voiced by protesters is their protest (round 11, recast.protesters_force)
        ("Protesters called for the resignation of the Peruvian president on Sunday.", "PROTEST", "PER"),
        # through a pronoun: "their strike" is the unnamed group's
        (
            "Jailed activists extended their hunger strike to press the Egyptian government for a trial.",
            "PROTEST",
            "EGY",
        ),
    ],
)
def test_an_unnamed_group_acting_on_a_government_is_that_countrys(pipeline, text, event_type, country):
    event = of_type(pipeline_events(pipeline, text), event_type)
    assert countries_of(event, "source") == {country}, event.actors


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # refugees are as often from elsewhere: no country is guessed for them
        ("Refugees accused the Ugandan police of beating them at the border camp.", "ACCUSE"),
        # force is left alone: the attackers of a state's troops are as often foreign
        ("Gunmen attacked Nigerien soldiers near the border on Friday.", "ASSAULT"),
    ],
)
def test_no_country_is_guessed_for_outsiders_or_attackers(pipeline, text, event_type):
    event = of_type(pipeline_events(pipeline, text), event_type)
    assert None in countries_of(event, "source") or not countries_of(event, "source"), event.actors


def test_an_act_told_in_a_relative_clause_by_its_own_doer_is_not_on_the_main_subject(pipeline):
    # In an article: a wire item of a sentence or two reports only its main act (events/precedence.py).
    text = (
        "Relations between the two NATO allies have soured. Talks in Brussels ended early. "
        "The Dutch minister called off a visit to Ankara that had been planned for the week before "
        "Turkey shelled the border villages."
    )
    events = pipeline_events(pipeline, text)
    shelling = of_type(events, "ASSAULT")
    assert countries_of(shelling, "source") == {"TUR"}, shelling.actors
    assert "NLD" not in countries_of(shelling), shelling.actors


def test_a_relative_pronoun_is_no_doer_of_its_own(pipeline):
    # "who" is the guest: the pledge is still made to the host the main clause names
    events = pipeline_events(pipeline, "Putin welcomed Modi, who pledged to deepen trade ties.")
    pledge = of_type(events, "AGREE")
    assert countries_of(pledge, "source") == {"IND"}
    assert countries_of(pledge, "target") == {"RUS"}, pledge.actors


def test_a_group_in_the_with_phrase_of_what_is_asked_is_the_target(pipeline):
    # "a ceasefire with the militias": the domestic group the demand is about, of the doers' country
    events = pipeline_events(
        pipeline, "Syrian Kurds demanded a ceasefire with the militias in northern Syria."
    )
    demand = of_type(events, "REQUEST")
    assert countries_of(demand, "target") == {"SYR"}, demand.actors


@pytest.mark.parametrize(
    ("text", "event_type", "body"),
    [
        (
            "The Chilean president met the Argentine foreign minister at the OAS summit in Lima.",
            "CONSULT",
            "oas",
        ),
        ("Kenya thanked Japan for its support at the G20 summit.", "SUPPORT", "g20"),
    ],
)
def test_the_body_naming_a_meeting_is_where_not_whom(pipeline, text, event_type, body):
    act = next(e for e in pipeline_events(pipeline, text) if e.type == event_type and e.trigger != "summit")
    assert body not in {ea.actor.id for ea in act.actors}, act.actors
    assert any(ea.side == "target" and ea.actor.country for ea in act.actors), act.actors
