"""Round 14 (issue 12, r14prec): classes of events extracted from text that reports no act, each with
invented sentences, through the full pipeline with the real knowledge base."""

from __future__ import annotations

import pytest
from coding_support import countries_of, pipeline_events


def _types(events) -> list[str]:
    return [e.type for e in events]


# --- an act said of a thing: its owner's name made it look like an actor's act ---------------------


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Yoon's decision to visit Tokyo first demonstrated how Seoul was taking the lead in its diplomacy.",
         "PROTEST"),
        ('"Our support for Ukraine has rallied the world," the Kenyan president said on Monday.', "SUPPORT"),
        ("The accord, signed by Chile and Peru in May, calls on each side to come to the other's aid.",
         "REQUEST"),
    ],
)  # fmt: skip
def test_an_act_said_of_a_thing_is_none(pipeline, text, absent):
    assert absent not in _types(pipeline_events(pipeline, text))


def test_a_state_that_acts_beside_a_thing_still_acts(pipeline):
    """The parser may give the verb two subjects ("the protest of X … X demands ..."): the state's
    demand stays."""
    text = (
        "The strong protest of the Chilean government … Chile demands that Peru immediately stop its "
        "activities."
    )
    demands = [e for e in pipeline_events(pipeline, text) if e.type == "REQUEST"]
    assert demands and countries_of(demands[0], "source") == {"CHL"}


# --- a cooperative tie a deal or a body is to further is a goal, not an act -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The council is the highest mechanism to deepen security cooperation between Peru and Chile.",
        "Chile and Peru signed the accord on Monday. It will further promote defence cooperation between "
        "the two countries.",
    ],
)
def test_a_tie_furthered_by_a_thing_is_no_cooperation(pipeline, text):
    assert "COOPERATE" not in _types(pipeline_events(pipeline, text))


def test_parties_that_will_further_their_tie_announce_it(pipeline):
    text = "Chile and Peru will strengthen their security cooperation, the two ministers said on Monday."
    assert "COOPERATE" in _types(pipeline_events(pipeline, text))


def test_cooperation_resumed_is_still_cooperation(pipeline):
    events = pipeline_events(pipeline, "Peru and Chile resumed security cooperation on Monday.")
    assert "COOPERATE" in _types(events)


# --- an act held up as a goal by a "to ..." clause of a noun -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean president stressed the need to withdraw troops from the border with Peru.",
        "The summit is an opportunity for Chile to reaffirm its commitment to Peru.",
        "Chile stressed the need for careful management of the rivalry with Peru to prevent it from "
        "escalating into conflict.",
    ],
)
def test_an_act_held_up_as_a_goal_is_none(pipeline, text):
    assert pipeline_events(pipeline, text) == []


def test_a_journey_to_meet_is_the_meeting(pipeline):
    text = "The Chilean president stopped in Lima on his way to Brasilia to meet Lula on Monday."
    assert "CONSULT" in _types(pipeline_events(pipeline, text))


def test_an_act_a_noun_plans_stays(pipeline):
    text = "Chile announced plans to withdraw its troops from the border with Peru."
    assert "RETREAT" in _types(pipeline_events(pipeline, text))


# --- an occasion that only dates the clause through a noun of time -----------------------------------


def test_an_occasion_that_only_dates_the_clause_is_none(pipeline):
    text = (
        '"From the day of the next high-level meeting between Chile and Peru, we expect further '
        'discussions," the Chilean minister said.'
    )
    assert "CONSULT" not in _types(pipeline_events(pipeline, text))


def test_a_counted_day_of_attacks_is_the_attacks(pipeline):
    text = "This marked the third consecutive day of Russian assaults on Kyiv."
    assert "ASSAULT" in _types(pipeline_events(pipeline, text))
