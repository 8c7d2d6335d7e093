"""Participants on news prose: who is (and who is not) an actor of an event.

Classes found by hand-judging coded VOA stories (docs/events.md): a demonym on a thing is no actor, the
possessor of a relational noun is not the one acting, a government is not the target of its own
officials' act, "is committed to" states the subject's stand, a noun with its own owner borrows nobody
else's subject. The sentences are invented.
"""

from __future__ import annotations

import pytest
from coding_support import coder_for, sides_of

from dateline.pipeline import Pipeline
from dateline.records import Actor, EventMention, RawDocument

KEN = Actor("KEN", "Kenya", "KEN", "GOV")
UGA = Actor("UGA", "Uganda", "UGA", "GOV")
MINISTER = Actor("p1", "Amina Wekesa", "KEN", "GOV", "foreign minister", "person")
OPPOSITION = Actor("p2", "Joseph Otieno", "KEN", "OPP", None, "person")
GARCIA = Actor("p3", "Luis Garcia", "PER", "GOV", None, "person")
MENDES = Actor("p4", "Rosa Mendes", "PER", "GOV", "head of government", "person")
EGY = Actor("EGY", "Egypt", "EGY", "GOV")
SDN = Actor("SDN", "Sudan", "SDN", "GOV")
IRN = Actor("IRN", "Iran", "IRN", "GOV")
BHR = Actor("BHR", "Bahrain", "BHR", "GOV")
GHA = Actor("GHA", "Ghana", "GHA", "GOV")
SRB = Actor("SRB:MIL", "Serbia (MIL)", "SRB", "MIL", None, "group")

NAMES = {
    "Kenya": ((KEN,), "country"),
    "Uganda": ((UGA,), "country"),
    "Wekesa": ((MINISTER,), "title"),
    "Otieno": ((OPPOSITION,), "title"),
    "Garcia": ((GARCIA,), "title"),
    "Mendes": ((MENDES,), "title"),
    "Egypt": ((EGY,), "country"),
    "Sudan": ((SDN,), "country"),
    "Iran": ((IRN,), "country"),
    "Bahrain": ((BHR,), "country"),
    "Ghana": ((GHA,), "country"),
    "Serbian officers": ((SRB,), "demonym"),
}


@pytest.fixture(scope="module")
def code(nlp):
    return coder_for(nlp, NAMES)


def _one(events: list[EventMention], event_type: str) -> EventMention:
    found = [e for e in events if e.type == event_type]
    assert found, [(e.type, e.trigger) for e in events]
    return found[0]


def _countries(pipeline: Pipeline, text: str, event_type: str) -> dict[str, set[str]]:
    processed = pipeline.process(RawDocument(source="test", id="t", text=text))
    return sides_of(_one(processed.events, event_type))


# --- demonyms: on an agent or an act they name the actor, on a thing nobody -----------------------------


def test_demonym_on_a_thing_is_no_actor(pipeline):
    text = "Estonia accused smugglers of moving Russian oil through its waters."
    assert _countries(pipeline, text, "ACCUSE") == {"source": {"EST"}}


def test_demonym_on_an_act_names_who_acts(pipeline):
    sides = _countries(pipeline, "The movement opposes Chinese investment in the port, Kenya said.", "REJECT")
    assert "CHN" in sides.get("target", set())


def test_conjoined_demonyms_on_an_agent_noun_are_both_actors(pipeline):
    sides = _countries(
        pipeline, "Hungarian and Slovak officials agreed on Monday to reopen the crossing.", "AGREE"
    )
    assert {"HUN", "SVK"} <= sides.get("source", set()) | sides.get("participant", set())


# --- possessors that are not the actor ------------------------------------------------------------------


def test_possessor_of_a_relational_noun_is_not_the_actor(code):
    events = code("Garcia's opponents accused him of fraud on Tuesday.")
    assert all(ea.actor != GARCIA or ea.side != "source" for e in events for ea in e.actors)


def test_possessor_of_a_named_successor_is_not_a_participant(code):
    event = _one(code("Garcia's successor, Mendes, rejected the proposal on Monday."), "REJECT")
    assert [ea.actor for ea in event.actors] == [MENDES]


def test_a_noun_with_its_own_owner_borrows_no_subject(code):
    events = code("Egypt pointed to Sudan's refusal to sign the accord.")
    refusal = _one(events, "REJECT")
    assert "EGY" not in sides_of(refusal).get("source", set())


# --- sides ----------------------------------------------------------------------------------------------


def test_a_government_is_not_the_target_of_its_own_minister(code):
    event = _one(code("Wekesa urged Uganda to cooperate with the government of Kenya."), "REQUEST")
    assert sides_of(event) == {"source": {"KEN"}, "target": {"UGA"}}


def test_an_opposition_leader_may_target_his_own_government(code):
    event = _one(code("Opposition leader Otieno accused Kenya of rigging the vote."), "ACCUSE")
    assert sides_of(event) == {"source": {"KEN"}, "target": {"KEN"}}


def test_committed_to_states_the_subjects_own_stand(code):
    event = _one(code("Ghana is committed to ending the border dispute."), "AGREE")
    assert sides_of(event) == {"source": {"GHA"}}


def test_by_phrase_on_a_with_object_is_the_passive_agent(code):
    event = _one(code("Bahrain has been threatened with sanctions by Iran."), "THREATEN")
    assert sides_of(event) == {"source": {"IRN"}, "target": {"BHR"}}


def test_pronoun_owned_subject_is_the_speakers_own(code):
    event = _one(code("Serbian officers said their troops had completed the withdrawal."), "RETREAT")
    assert sides_of(event) == {"source": {"SRB"}}


# --- agents the parser hangs elsewhere, counterparts of talks, force through things ---------------------


def test_by_phrase_hung_on_a_complement_is_the_passive_agent(pipeline):
    text = "Three Estonian consular staff were declared persona non grata by the Latvian foreign ministry."
    sides = _countries(pipeline, text, "SANCTION")
    assert "LVA" in sides.get("source", set())
    assert "EST" in sides.get("target", set())


def test_act_made_in_talks_is_addressed_to_the_other_party(pipeline):
    text = "During a telephone call with Kenya on Sunday, Uganda promised to reopen the border crossing."
    # A promised reopening is a concession (PLOVER CONCEDE, round 8); its parties are the point here.
    assert _countries(pipeline, text, "CONCEDE") == {"source": {"UGA"}, "target": {"KEN"}}


def test_act_with_its_own_target_keeps_it_despite_the_talks(pipeline):
    text = "In talks with Kenya on Sunday, Uganda agreed with Tanzania to reopen the crossing."
    sides = _countries(pipeline, text, "AGREE")
    assert "KEN" not in sides.get("target", set())


def test_demonym_on_what_force_hits_is_the_target(pipeline):
    sides = _countries(pipeline, "Armenian artillery shelled Iranian fuel depots overnight.", "ASSAULT")
    assert sides.get("target") == {"IRN"}
    assert "ARM" in sides.get("source", set())


def test_demonym_on_weapons_names_who_wields_them(pipeline):
    text = "Two Ethiopian soldiers were wounded by Eritrean rockets on Sunday."
    assert _countries(pipeline, text, "ASSAULT") == {"source": {"ERI"}, "target": {"ETH"}}


def test_stopping_attacks_on_things_targets_their_country(pipeline):
    text = "Russia's defence minister ordered his troops to halt the attacks on Ukrainian power stations."
    sides = _countries(pipeline, text, "RETREAT")
    assert "UKR" in sides.get("target", set())


def test_demonym_on_a_thing_outside_force_stays_no_actor(pipeline):
    text = "Norway agreed to buy Danish wind turbines next year."
    sides = _countries(pipeline, text, "AGREE")
    assert "DNK" not in set().union(*sides.values())


def test_agentless_verbal_act_goes_on_with_the_statement_before(pipeline):
    text = (
        "The Hungarian foreign ministry said on Monday that the new border rules had hurt trade. "
        "Romania was accused of breaking the transit accord."
    )
    assert _countries(pipeline, text, "ACCUSE") == {"source": {"HUN"}, "target": {"ROU"}}


def test_agentless_verbal_act_after_no_statement_has_no_source(pipeline):
    text = "Floods closed the border crossing on Monday. Romania was accused of breaking the transit accord."
    assert "source" not in _countries(pipeline, text, "ACCUSE")


def test_talks_travelled_to_are_hosted_where_the_trip_went(pipeline):
    text = "The Ugandan delegation left for Nairobi on Friday to discuss the border accord."
    assert _countries(pipeline, text, "CONSULT") == {"source": {"UGA"}, "target": {"KEN"}}


def test_talks_at_home_have_no_host(pipeline):
    text = "The Chadian delegation returned to N'Djamena on Friday to discuss the border accord."
    assert "target" not in _countries(pipeline, text, "CONSULT")


def test_a_joint_we_is_the_speaker_and_the_party_named_before(pipeline):
    text = (
        "Chile's foreign minister said he had spoken to his Argentine counterpart on Monday. "
        '"We agreed to reopen the pass next week," he said.'
    )
    assert _countries(pipeline, text, "AGREE") == {"source": {"CHL"}, "target": {"ARG"}}


def test_a_we_with_nobody_named_before_has_no_partner(pipeline):
    text = 'The Chilean foreign minister spoke to reporters. "We agreed to reopen the pass," he said.'
    assert "target" not in _countries(pipeline, text, "AGREE")
