"""Event types on wire sentences, round 21 (issue 12, helper r21wire). Real spaCy, the whole pipeline;
the sentences are invented."""

from __future__ import annotations

import pytest
from coding_support import countries_of, of_type, pipeline_events, types_of


@pytest.mark.parametrize(
    "text",
    [
        "The federation banned Belarus from international competitions.",
        "Belarus was banned from the Olympic games.",
        "The committee suspended Russia from the tournament.",
    ],
)
def test_a_state_shut_out_of_competition_is_sanctioned_a_ban_at_home_coerces(pipeline, text):
    assert of_type(pipeline_events(pipeline, text), "SANCTION").mode == "expel", text
    assert types_of(pipeline_events(pipeline, "The ministry banned the opposition newspaper.")) == {"COERCE"}


def test_a_quantity_stands_for_what_it_counts_a_span_of_time_does_not(pipeline):
    events = pipeline_events(pipeline, "Serbia was barred from a number of European championships.")
    assert of_type(events, "SANCTION").mode == "expel"
    # "the first day of a strike" says when work stopped: the strike is no object of "stopped"
    events = pipeline_events(pipeline, "Dockers halted work on the first day of a two-week strike on Friday.")
    assert "RETREAT" not in types_of(events)


@pytest.mark.parametrize(
    "text",
    [
        "Germany and France responded to the attack with the expulsion of Russian diplomats.",
        "Germany responded to the bombing with sanctions on Russia.",
    ],
)
def test_the_act_a_response_answers_is_its_occasion_in_a_wire_item(pipeline, text):
    types = types_of(pipeline_events(pipeline, text))
    assert "SANCTION" in types and "ASSAULT" not in types, types


def test_an_objection_against_nothing_named_is_a_rejection(pipeline):
    assert of_type(pipeline_events(pipeline, "Russia, China and Iran objected."), "REJECT")
    assert types_of(pipeline_events(pipeline, "China objected to the resolution.")) == {"ACCUSE"}


def test_evidence_offered_to_support_a_claim_backs_no_party(pipeline):
    events = pipeline_events(pipeline, "He offered no evidence to support the charges against Kenya.")
    assert "SUPPORT" not in types_of(events)


def test_praise_drawn_from_a_party_is_its_support(pipeline):
    event = of_type(
        pipeline_events(pipeline, "The Japanese minister drew praise from Chinese officials."), "SUPPORT"
    )
    assert countries_of(event, "source") == {"CHN"}


def test_a_noun_coordinated_with_a_light_verbs_object_is_its_object_too(pipeline):
    event = of_type(pipeline_events(pipeline, "Japan offered condolences and support to Turkey."), "SUPPORT")
    assert countries_of(event, "target") == {"TUR"}


def test_a_force_arriving_is_deployed_a_task_force_visits(pipeline):
    events = pipeline_events(pipeline, "A vanguard of the joint border force arrived in Niamey on Friday.")
    assert of_type(events, "MOBILIZE").mode == "troops"
    assert types_of(pipeline_events(pipeline, "The UN task force arrived in Geneva on Monday.")) == {
        "CONSULT"
    }


@pytest.mark.parametrize(
    "text",
    [
        "Canada has lifted its ban on the sale of farm machinery to Peru.",
        "China repealed its ban on imports from Australia.",
    ],
)
def test_a_ban_on_trade_lifted_eases_an_embargo(pipeline, text):
    assert of_type(pipeline_events(pipeline, text), "RETREAT").mode == "ease", text


def test_what_an_arrest_is_for_is_no_news_of_a_wire_item_even_a_cooperative_act(pipeline):
    text = "Police in Chad arrested three prison guards for plotting to free a jailed smuggler."
    assert types_of(pipeline_events(pipeline, text)) == {"COERCE"}
