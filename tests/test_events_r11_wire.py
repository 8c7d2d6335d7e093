"""Event types on wire items, round 11 (issue 12): what an act is for, and the conflictive act a judging
act is about, are not a wire item's news (precedence.py). Real spaCy, the whole pipeline; the sentences
are invented."""

from __future__ import annotations

import pytest
from coding_support import pipeline_events, types_of

# --- a purpose clause is neither done nor announced ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kept", "gone"),
    [
        ("Peru deployed two frigates to the gulf to patrol the shipping lanes.", "MOBILIZE", "THREATEN"),
        ("Chilean police fired tear gas to disperse the marchers in Santiago.", "ASSAULT", "THREATEN"),
        ("The navy sent two ships to help Chile rescue the crew.", "AID", "AGREE"),
    ],
)
def test_what_an_act_is_for_is_no_event_of_its_own(pipeline, text, kept, gone):
    types = types_of(pipeline_events(pipeline, text))
    assert kept in types and gone not in types, (text, types)


def test_a_promise_parsed_as_a_purpose_keeps_its_content(pipeline):
    text = "Kenya vowed in a televised speech to retaliate against the militants."
    events = pipeline_events(pipeline, text)
    assert any(e.type == "ASSAULT" and e.modality == "planned" for e in events), events


def test_a_meeting_still_discusses_what_it_met_for(pipeline):
    text = "The foreign ministers of Peru and Chile met in Lima to discuss the border dispute."
    assert types_of(pipeline_events(pipeline, text)) == {"CONSULT"}


# --- the act judged is not the news of a wire item --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ghana condemned the rebels' attacks on the border villages.",
        "The Chilean president blamed the bombing on the separatists.",
    ],
)
def test_a_conflictive_act_judged_is_what_the_judging_is_about(pipeline, text):
    types = types_of(pipeline_events(pipeline, text))
    assert types == {"ACCUSE"}, (text, types)


def test_a_cooperative_act_welcomed_is_the_news(pipeline):
    text = "Norway welcomed the release of the detained journalists by the Ethiopian government."
    assert "RETREAT" in types_of(pipeline_events(pipeline, text))


def test_in_an_article_the_attack_condemned_is_an_event_referred_back_to(pipeline):
    text = (
        "Gunmen attacked two villages near the border of Niger on Sunday. "
        "The raid left twelve farmers dead, officials said. "
        "Ghana condemned the gunmen's attacks on the villages."
    )
    types = types_of(pipeline_events(pipeline, text))
    assert "ASSAULT" in types and "ACCUSE" in types


# --- a demand voiced by protesters is a protest ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Police in Lima clashed on Monday with protesters calling for the president to resign.",
        "Protesters in Quito continue to demand the minister's resignation.",
        "Demonstrators in Accra demanded the release of the detained students.",
    ],
)
def test_a_demand_voiced_by_protesters_is_a_protest(pipeline, text):
    types = types_of(pipeline_events(pipeline, text))
    assert "PROTEST" in types and "REQUEST" not in types, (text, types)


def test_a_demand_by_a_party_stays_a_request(pipeline):
    text = "The opposition in Accra demanded the release of the detained students."
    assert "REQUEST" in types_of(pipeline_events(pipeline, text))


# --- arrivals, landings and things received that are no visit ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The governor of Lagos has received death threats from a militia leader.", "THREATEN"),
        ("A rocket landed near the airport in Erbil on Monday.", None),
        ("Hundreds of protesters arrived at the ministry in Lima on Monday.", None),
    ],
)
def test_what_arrives_lands_or_is_received_is_no_visit(pipeline, text, expected):
    types = types_of(pipeline_events(pipeline, text))
    assert "CONSULT" not in types, (text, types)
    assert expected is None or expected in types, (text, types)


def test_a_president_landing_and_a_minister_received_stay_visits(pipeline):
    for text in (
        "The Peruvian president landed in Cairo on Monday.",
        "The president of Kenya received the Ugandan minister in Nairobi.",
    ):
        assert "CONSULT" in types_of(pipeline_events(pipeline, text)), text


# --- acts of protest from the PETRARCH-2 CAMEO.2.0 protest sets (CAMEO 141, 144) ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A crowd of demonstrators briefly blocked a convoy of trucks in Valparaiso.",
        "Hundreds of protesters returned to the streets of Caracas on Tuesday.",
        "Activists in Rome chained themselves to the gates of the ministry.",
        "Students in Dhaka chanted slogans against the junta.",
        "Protesters in Karachi burned an effigy of the French president.",
        "Thousands of demonstrators converged on the main square of Tbilisi.",
    ],
)
def test_acts_of_protest(pipeline, text):
    assert "PROTEST" in types_of(pipeline_events(pipeline, text)), text


@pytest.mark.parametrize(
    "text",
    [
        "Police blocked the protesters from reaching the palace in Lima.",
        "The army burned villages in the north of Myanmar.",
    ],
)
def test_force_against_protesters_or_burning_villages_is_no_protest(pipeline, text):
    assert "PROTEST" not in types_of(pipeline_events(pipeline, text)), text


# --- refusals told with a phrasal verb (PETRARCH-2 CAMEO.2.0 REFUSE and VOTE sets, CAMEO 120) ---------------


@pytest.mark.parametrize(
    "text",
    [
        "Argentina has turned down an offer to join the trade bloc.",
        "The parliament of Peru voted down the aid bill on Tuesday.",
        "Kenya ruled out talks with the Somali rebels.",
    ],
)
def test_phrasal_refusals(pipeline, text):
    assert "REJECT" in types_of(pipeline_events(pipeline, text)), text


@pytest.mark.parametrize(
    "text",
    [
        "The engineer in Lima turned down the volume of the radio.",
        "Police in Kenya have ruled out foul play in the death of the journalist.",
    ],
)
def test_a_phrasal_verb_without_an_act_refused_is_no_refusal(pipeline, text):
    assert "REJECT" not in types_of(pipeline_events(pipeline, text)), text


# --- the act a restriction stops is not done ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The Taliban barred women from visiting public parks in Kabul.", {"COERCE"}),
        ("Observers from the EU were blocked by the government from traveling to the north of Sudan.", set()),
    ],
)
def test_the_act_a_restriction_stops_is_no_event(pipeline, text, kept):
    assert types_of(pipeline_events(pipeline, text)) == kept, text


def test_an_act_refrained_from_is_still_read_as_negated(pipeline):
    events = pipeline_events(pipeline, "The envoy refrained from criticizing Peru.")
    assert [e.modality for e in events] == ["negated"]
