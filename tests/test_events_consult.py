"""Consultations (how they were held, who took part, what they were about), planned meetings, and the
event-like words a careful reader does not take for news. Invented sentences, hand-built actor mentions.
"""

from __future__ import annotations

import pytest
from coding_support import coder_for

from dateline.records import Actor, DateInterval

NORLAND = Actor("NRL", "Norland", "NRL", "GOV")
SUDRIA = Actor("SDR", "Sudria", "SDR", "GOV")
VELIA = Actor("VEL", "Velia", "VEL", "GOV")
NRL_PRESIDENT = Actor("NRL-P", "Anna Berg", "NRL", "GOV", "head of state", "person")
ENVOY = Actor("NRL-E", "Tomas Lind", "NRL", "GOV", "envoy", "person")
NAMES = {
    "Norland": ((NORLAND,), ""),
    "Sudria": ((SUDRIA,), ""),
    "Velia": ((VELIA,), ""),
    "the two leaders": ((NORLAND, SUDRIA), ""),
    "the President of Norland": ((NRL_PRESIDENT,), ""),
    "Ambassador Tomas Lind": ((ENVOY,), ""),
}


@pytest.fixture(scope="module")
def code(nlp):
    # The basis names the word the coder asked to date, so tests can see which it passed.
    return coder_for(nlp, NAMES, lambda token: DateInterval(None, None, "unknown", 0.0, token.text))


def _names(event, side: str | None = None) -> set[str]:
    return {ea.actor.name for ea in event.actors if side is None or ea.side == side}


def _consults(events) -> list:
    return [e for e in events if e.type == "CONSULT"]


def test_discussion_without_a_medium_has_no_mode_and_its_object_is_a_topic(code):
    [event] = _consults(code("Norland and Sudria on Friday discussed the security situation in Velia."))
    assert event.mode is None
    assert _names(event) == {"Norland", "Sudria"}
    assert _names(event, "participant") == {"Norland", "Sudria"}


def test_exchanged_views_by_telephone_is_a_phone_call(code):
    [event] = _consults(code("The two leaders exchanged views by telephone on the grain corridor."))
    assert event.mode == "phone"


def test_call_named_in_a_fronted_phrase_gives_the_mode(code):
    events = _consults(code("In their latest phone call, Norland and Sudria discussed the border dispute."))
    assert [(e.mode, _names(e)) for e in events] == [("phone", {"Norland", "Sudria"})]


def test_fronted_conversation_takes_the_main_subject(code):
    events = code("During a telephonic conversation with Sudria, Norland underlined that trade ties matter.")
    [event] = _consults(events)
    assert event.mode == "phone"
    assert _names(event) == {"Norland", "Sudria"}


def test_joint_subjects_of_a_light_verb_call_are_its_participants(code):
    text = "Norland and Sudria on Monday held a video conference to discuss refugees from Velia."
    [event] = _consults(code(text))
    assert event.mode == "phone"
    assert _names(event, "participant") == {"Norland", "Sudria"}
    assert "Velia" not in _names(event)


def test_recalled_earlier_call_is_an_event_of_its_own_dated_by_its_noun(code):
    text = "Recalling their earlier phone conversation of March 3, the two leaders exchanged views on trade."
    events = _consults(code(text))
    assert sorted((e.mode or "-") for e in events) == ["-", "phone"]
    earlier = next(e for e in events if e.mode == "phone")
    assert earlier.date.basis == "conversation"
    assert _names(earlier) == {"Norland", "Sudria"}


def test_talks_held_at_a_place_are_a_meeting(code):
    [event] = _consults(code("Norland and Sudria held talks in Geneva on Tuesday."))
    assert event.mode == "meet"


def test_expected_meeting_is_planned_and_hosting_games_is_no_visit(code):
    text = (
        "The two leaders are expected to meet on the sidelines of the Winter Games to be hosted by Velia "
        "early next month."
    )
    events = code(text)
    assert [(e.type, e.mode, e.modality) for e in events] == [("CONSULT", "meet", "planned")]
    assert _names(events[0]) == {"Norland", "Sudria"}


def test_likely_face_to_face_meeting_ahead_is_planned(code):
    text = (
        "Norland and Sudria spoke by phone on Monday ahead of their likely face-to-face meeting in the "
        "capital next month."
    )
    found = {(e.mode, e.modality) for e in _consults(code(text))}
    assert found == {("phone", "asserted"), ("meet", "planned")}


def test_reporting_verb_over_a_passive_obligation_is_no_demand(code):
    events = code("The displaced families of Velia should not be abandoned now, Norland noted.")
    assert [e for e in events if e.type == "REQUEST"] == []


def test_obligation_of_a_pronoun_nobody_was_told_is_no_demand(code):
    events = code('"They need to engage with Velia directly," an analyst told reporters in Sudria.')
    assert [e for e in events if e.type == "REQUEST"] == []


def test_aid_held_up_as_a_need_is_not_aid_given(code):
    events = code("Norland highlighted the urgent need for the provision of food assistance to Sudria.")
    assert [e for e in events if e.type == "AID"] == []


def test_release_held_up_as_important_is_not_a_release(code):
    events = code("Norland underscored the importance of releasing Sudria's frozen reserves.")
    assert [e for e in events if e.type == "RETREAT"] == []


def test_cooperation_called_essential_is_not_cooperation(code):
    events = code('"Closer cooperation between Norland and Sudria is essential," an analyst said.')
    assert [e for e in events if e.type == "COOPERATE"] == []


def test_history_in_a_relative_clause_is_not_current_news(code):
    text = "The pullout ended twenty years after the bombings that prompted the Norland invasion of Sudria."
    assert [e for e in code(text) if e.type == "ASSAULT"] == []


def test_goal_of_assistance_is_not_an_asserted_agreement(code):
    text = "Norland and Sudria committed to assist the rival factions in reaching a peace agreement."
    events = code(text)
    assert not [e for e in events if "agreement" in e.trigger and e.modality == "asserted"]
    assert any(e.trigger == "committed" and e.modality == "asserted" for e in events)


def test_agreement_during_a_visit_leaves_the_visit_an_event(code):
    events = code("Norland and Sudria agreed to expand trade during the visit of Velia's president.")
    assert {e.type for e in events} == {"AGREE", "CONSULT"}
    [visit] = _consults(events)
    assert visit.mode == "visit" and _names(visit, "source") == {"Velia"}


def test_actor_in_a_title_of_phrase_is_the_title_holders(code):
    text = (
        "The Special Envoy of the President of Norland, Ambassador Tomas Lind, met with officials of Sudria "
        "in Geneva."
    )
    [event] = _consults(code(text))
    assert "Anna Berg" not in _names(event)
    assert {"Tomas Lind", "Sudria"} <= _names(event)


def test_act_made_conditional_on_the_other_side_is_a_threat(code):
    events = code("Norland said it will withdraw its peacekeepers from Sudria unless the shelling stops.")
    assert [e.type for e in events] == ["THREATEN"]


def test_quantity_noun_hands_the_event_to_its_of_phrase(code):
    [event] = code("Norland launched a series of airstrikes on Sudria on Sunday.")
    assert (event.type, event.mode) == ("ASSAULT", "heavy-weapons")
    assert _names(event, "target") == {"Sudria"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peacekeepers from Norland arrived in Sudria on Monday.", ("AID", None)),
        ("Norland troops blew up a railway bridge in Sudria.", ("COERCE", "destroy")),
        ("Norland forced the monitoring mission of Velia out of the country.", ("SANCTION", "expel")),
        ("Norland halted its mediation between Sudria and Velia.", ("SANCTION", "withdraw")),  # round 10
    ],
)
def test_general_vocabulary(code, text, expected):
    assert [(e.type, e.mode) for e in code(text)][:1] == [expected]


def test_call_in_a_fronted_phrase_is_not_the_content_of_an_agreement(code):
    events = code("In a phone conversation, Norland and Sudria agreed to reopen the border crossing.")
    assert {(e.type, e.mode) for e in events} == {("AGREE", None), ("CONSULT", "phone")}
    [call] = _consults(events)
    assert _names(call) == {"Norland", "Sudria"}
