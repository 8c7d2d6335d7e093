"""Round 28 (r28part, issue 12): a demonym stays a demonym. The Phoenix country file lists demonyms among
a country's names ("Canadian", "Indian"); they are read as demonyms, so on a mere thing they name no
party of their own, except where the thing says who did an act or what a verbal act is aimed at: the
people or means a "by" phrase names ("detained by Ugandan police officers", "rammed by Venezuelan
vessels") and the thing a verbal act with no party as object is about ("criticised the Canadian election
results"). Real knowledge base and pipeline; the sentences are invented."""

from __future__ import annotations

from coding_support import countries_of, of_type, pipeline_events

from dateline.actors.kb import KnowledgeBase


# A demonym is read as one, whatever spellings the Phoenix country file adds.
def test_a_demonym_phoenix_lists_as_a_country_name_stays_a_demonym():
    kb = KnowledgeBase.load()
    for word in ("canadian", "indian", "australian", "syrian"):
        assert {e.kind for e in kb.lookup((word,))} == {"demonym"}, word


def test_a_demonym_on_a_thing_is_no_party_of_an_act_done_near_it(pipeline):
    # the border is where it happened: troops of one state fired on protesters
    text = "Bolivian troops fired tear gas at protesters near the Canadian border on Saturday."
    attack = of_type(pipeline_events(pipeline, text), "ASSAULT")
    assert "CAN" not in countries_of(attack)


# The doer named through its people or its means.
def test_a_demonym_on_the_agent_of_a_passive_names_the_doer(pipeline):
    text = "The Kenyan envoy was detained by Ugandan police officers in Kampala on Friday."
    arrest = of_type(pipeline_events(pipeline, text), "COERCE")
    assert countries_of(arrest, "source") == {"UGA"}


def test_a_demonym_on_the_means_of_a_passive_names_the_doer(pipeline):
    text = "The Colombian fishing boat was rammed by Venezuelan vessels on Sunday."
    attack = of_type(pipeline_events(pipeline, text), "ASSAULT")
    assert countries_of(attack, "source") == {"VEN"}


# A verbal act with no party as object is aimed at the state whose thing it is about.
def test_a_verbal_act_about_a_states_thing_is_aimed_at_it(pipeline):
    text = "Norway criticised the Canadian election results on Tuesday."
    accusation = of_type(pipeline_events(pipeline, text), "ACCUSE")
    assert countries_of(accusation, "source") == {"NOR"}
    assert countries_of(accusation, "target") == {"CAN"}
