"""Classes of construction on wire sentences (issue 12, round 6b): a request addressed to the one who
would carry out a hostile act is a request of that actor, not disapproval of the act's target. Through
the full pipeline with the real knowledge base; the sentences are invented.
"""

from __future__ import annotations

import pytest
from coding_support import pipeline_events, types_of

# Each sentence is coded with (at least) that type, through the whole pipeline.
CODED = [
    # a request asked of the one who would act stays a request
    pytest.param(
        "Exiled dissidents urged Canberra to impose sanctions on Myanmar.",
        "REQUEST",
        id="urging_a_named_government_to_sanction_is_a_request",
    ),
    pytest.param(
        "The rights group urged the police to arrest the mayor of the northern town.",
        "REQUEST",
        id="urging_a_common_noun_addressee_to_arrest_is_a_request",
    ),
    # asked of nobody in particular, it rallies opposition against the target (CAMEO 113)
    pytest.param(
        "The exiled opposition called for sanctions against the military government of Sudan.",
        "ACCUSE",
        id="calling_for_sanctions_without_an_addressee_is_disapproval",
    ),
    pytest.param(
        "Angry farmers in Kenya demanded the arrest of the county governor.",
        "ACCUSE",
        id="demanding_an_arrest_without_an_addressee_is_disapproval",
    ),
    pytest.param(
        "The bishop on Tuesday called for sanctions against Eritrea after the hanging of two journalists.",
        "ACCUSE",
        id="a_day_after_call_on_is_no_addressee",
    ),
    pytest.param(
        "We need the government of Chad to reopen the schools in the east.",
        "REQUEST",
        id="needing_a_government_to_act_is_a_request",
    ),
    # light verbs whose object noun carries the event; orders read through "instruct"
    pytest.param(
        "Beijing cast a veto against the draft resolution on Myanmar on Tuesday.",
        "REJECT",
        id="casting_a_veto_is_a_rejection",
    ),
    pytest.param(
        "Authorities in Laos instituted a ban on public gatherings in the capital.",
        "COERCE",
        id="instituting_a_ban_is_coercion",
    ),
    pytest.param(
        "The governor of Kano instructed the army to arrest the strike leaders.",
        "COERCE",
        id="instructing_the_army_to_arrest_is_the_arrest",
    ),
]


@pytest.mark.parametrize(("text", "event_type"), CODED)
def test_the_sentence_is_coded_with_the_type(pipeline, text, event_type):
    assert event_type in types_of(pipeline_events(pipeline, text))


# --- A request asked of the one who would act stays a request ------------------------------------------


def test_calling_on_a_leader_to_impose_tariffs_is_a_request(pipeline):
    text = "On Friday, thirty members of the ruling party called on the premier to impose tariffs on Chile."
    types = types_of(pipeline_events(pipeline, text))
    assert "REQUEST" in types and "ACCUSE" not in types


# --- Wanting another actor to act is asking it to ---------------------------------------------------------


def test_wanting_another_state_to_withdraw_is_a_request_not_a_hoped_retreat(pipeline):
    events = pipeline_events(pipeline, "Ankara wants Armenia to withdraw its troops from the border.")
    assert types_of(events) == {"REQUEST"}


def test_wanting_a_thing_to_happen_asks_nobody(pipeline):
    assert "REQUEST" not in types_of(pipeline_events(pipeline, "Growers in Ghana want cocoa prices to rise."))


def test_wanting_to_act_oneself_is_no_request(pipeline):
    events = pipeline_events(pipeline, "Serbia wants to invade the breakaway province.")
    assert "REQUEST" not in types_of(events)


# --- Light verbs whose object noun carries the event ------------------------------------------------------


def test_casting_doubt_is_no_event(pipeline):
    assert pipeline_events(pipeline, "Analysts in Chile cast doubt on the official figures.") == []


# --- Orders given through "instruct", "direct", "command" read as "order" ---------------------------------


def test_instructing_the_police_to_investigate_is_an_order_not_an_investigation(pipeline):
    text = "The premier of Fiji instructed the police to investigate the missing funds."
    assert types_of(pipeline_events(pipeline, text)) == {"REQUEST"}


def test_directing_someone_to_a_place_is_no_order(pipeline):
    assert pipeline_events(pipeline, "The guide directed the visitors from Peru to the museum.") == []
