"""The rule-based event coder on invented sentences, with hand-built actor mentions."""

from __future__ import annotations

import pytest
from coding_support import coder_for, sides_of

from dateline.records import Actor

NORLAND = Actor("NRL", "Norland", "NRL", "GOV")
SUDRIA = Actor("SDR", "Sudria", "SDR", "GOV")
NAMES = {
    "Norland": ((NORLAND,), ""),
    "Sudria": ((SUDRIA,), ""),
    "Ostmark": ((Actor("OST", "Ostmark", "OST", "GOV"),), ""),
    "Velia": ((Actor("VEL", "Velia", "VEL", "GOV"),), ""),
    "the two leaders": ((NORLAND, SUDRIA), "plural"),
}


@pytest.fixture(scope="module")
def code(nlp):
    return coder_for(nlp, NAMES)


def test_phone_call_and_planned_meeting_are_two_events(code):
    text = (
        "The presidents of Norland and Sudria held a telephonic conversation on Monday ahead of their "
        "planned meeting in the capital next month."
    )
    events = code(text)
    consult = [(e.type, e.mode) for e in events if e.type == "CONSULT"]
    assert ("CONSULT", "phone") in consult and ("CONSULT", "meet") in consult
    phone = next(e for e in events if e.mode == "phone")
    assert text[phone.trigger_start : phone.trigger_end] == phone.trigger == "held a telephonic conversation"
    assert phone.sentence_start == 0 and phone.sentence == text


def test_joint_subject_is_participant(code):
    [event] = [e for e in code("Norland and Sudria agreed to expand trade links.") if e.type == "AGREE"]
    assert sides_of(event) == {"participant": {"NRL", "SDR"}}


def test_visit_source_is_visitor(code):
    [event] = code("The foreign minister of Ostmark visited Velia on Tuesday.")
    assert (event.type, event.mode) == ("CONSULT", "visit")
    assert sides_of(event) == {"source": {"OST"}, "target": {"VEL"}}


def test_urge_is_request_with_content_not_a_second_event(code):
    events = code("Norland urged Sudria to withdraw its troops from the border.")
    assert [(e.type, e.mode) for e in events] == [("REQUEST", "yield")]
    assert sides_of(events[0]) == {"source": {"NRL"}, "target": {"SDR"}}


def test_passive_voice_agent_is_source(code):
    [event] = code("A convoy from Velia was attacked by Ostmark near the river.")
    assert event.type == "ASSAULT"
    assert sides_of(event) == {"source": {"OST"}, "target": {"VEL"}}


def test_statement_of_obligation_is_a_demand(code):
    events = code("Norland said on Friday that Sudria must release the detained journalists.")
    assert [e.type for e in events] == ["REQUEST"]
    assert sides_of(events[0]) == {"source": {"NRL"}, "target": {"SDR"}}


def test_reported_event_keeps_its_own_subject(code):
    [event] = code("Velia said Ostmark arrested twelve opposition activists.")
    assert event.type == "COERCE" and event.mode == "arrest"
    # the activists, named without nationality, are Ostmark's own (participants.domestic_target)
    assert sides_of(event) == {"source": {"OST"}, "target": {"OST"}}


def test_accusation_and_condemnation(code):
    types = [
        e.type for e in code("Sudria accused Norland of violating the truce and condemned the shelling.")
    ]
    assert types.count("ACCUSE") == 2


def test_plural_mention_spoke_by_phone(code):
    [event] = code("The two leaders spoke over the phone on Tuesday.")
    assert (event.type, event.mode) == ("CONSULT", "phone")
    assert sides_of(event) == {"participant": {"NRL", "SDR"}}


def test_event_without_actor_is_dropped_in_a_story(code):
    text = (
        "Norland held elections on Sunday. Turnout was low in the north. "
        "Protesters attacked a police station on Sunday."
    )
    assert code(text) == []


def test_event_without_actor_in_a_one_sentence_text_has_an_unknown_doer(code):
    [event] = code("Protesters attacked a police station on Sunday.")
    assert event.type == "ASSAULT" and [(a.actor.name, a.side) for a in event.actors] == [
        ("unknown", "source")
    ]


def test_non_events_are_not_coded(code):
    text = "Norland released its annual report and declined to comment on Sudria."
    assert code(text) == []
