"""Round 14 (issue 12, r14prec): classes of events extracted from text that reports no act, each with
invented sentences, through the full pipeline with the real knowledge base."""

from __future__ import annotations

import pytest
from coding_support import countries_of, pipeline_events


def _types(events) -> list[str]:
    return [e.type for e in events]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # an act said of a thing: its owner's name made it look like an actor's act
        ("Yoon's decision to visit Tokyo first demonstrated how Seoul was taking the lead in its diplomacy.",
         "PROTEST"),
        ('"Our support for Ukraine has rallied the world," the Kenyan president said on Monday.', "SUPPORT"),
        ("The accord, signed by Chile and Peru in May, calls on each side to come to the other's aid.",
         "REQUEST"),
        # a cooperative tie a deal or a body is to further is a goal
        ("The council is the highest mechanism to deepen security cooperation between Peru and Chile.",
         "COOPERATE"),
        ("Chile and Peru signed the accord on Monday. It will further promote defence cooperation between "
         "the two countries.", "COOPERATE"),
        # an occasion that only dates the clause through a noun of time
        ('"From the day of the next high-level meeting between Chile and Peru, we expect further '
         'discussions," the Chilean minister said.', "CONSULT"),
    ],
)  # fmt: skip
def test_no_event_of_the_type(pipeline, text, absent):
    assert absent not in _types(pipeline_events(pipeline, text))


@pytest.mark.parametrize(
    "text",
    [
        # an act held up as a goal by a "to ..." clause of a noun
        "The Chilean president stressed the need to withdraw troops from the border with Peru.",
        "The summit is an opportunity for Chile to reaffirm its commitment to Peru.",
        "Chile stressed the need for careful management of the rivalry with Peru to prevent it from "
        "escalating into conflict.",
    ],
)
def test_an_act_held_up_as_a_goal_is_none(pipeline, text):
    assert pipeline_events(pipeline, text) == []


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # parties that say they will further their tie announce it; a tie resumed is cooperation
        ("Chile and Peru will strengthen their security cooperation, the two ministers said on Monday.",
         "COOPERATE"),
        ("Peru and Chile resumed security cooperation on Monday.", "COOPERATE"),
        ("Lima and Santiago have been working to deepen their cooperation on defence.", "COOPERATE"),
        # a journey to meet is the meeting; an act a noun plans stays
        ("The Chilean president stopped in Lima on his way to Brasilia to meet Lula on Monday.", "CONSULT"),
        ("Chile announced plans to withdraw its troops from the border with Peru.", "RETREAT"),
        # a counted day of attacks is the attacks' own span
        ("This marked the third consecutive day of Russian assaults on Kyiv.", "ASSAULT"),
    ],
)  # fmt: skip
def test_the_act_stays(pipeline, text, event_type):
    assert event_type in _types(pipeline_events(pipeline, text))


def test_a_state_that_acts_beside_a_thing_still_acts(pipeline):
    """The parser may give the verb two subjects ("the protest of X … X demands ..."): the state's
    demand stays."""
    text = (
        "The strong protest of the Chilean government … Chile demands that Peru immediately stop its "
        "activities."
    )
    demands = [e for e in pipeline_events(pipeline, text) if e.type == "REQUEST"]
    assert demands and countries_of(demands[0], "source") == {"CHL"}
