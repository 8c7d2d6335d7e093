"""Precision on real news constructions, from a hand-judged fresh VOA sample (own sentences, hand-built
actor mentions): figurative senses of event verbs, a thing as the subject of an act verb, threats that
someone faces, and the same words still coding when they report an act."""

from __future__ import annotations

import pytest
from coding_support import coder_for, sides_of, types_of

from dateline.records import Actor

NAMES = {"Norland": "NRL", "Sudria": "SDR", "Ostmark": "OST", "Anna Berg": "NRL"}


@pytest.fixture(scope="module")
def code(nlp):
    return coder_for(nlp, {name: ((Actor(c, name, c, "GOV"),), "country") for name, c in NAMES.items()})


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # naming, not calling for anything
        ("Norland called Sudria a reckless neighbour on Monday.", "REQUEST"),
        # aims and takings, not requests made of anyone
        ("Norland is seeking to finalize the border treaty with Sudria before June.", "REQUEST"),
        ("Armed gangs in Norland are seeking large ransoms for the hostages.", "REQUEST"),
        # a journalist's request for comment
        ("Norland's foreign ministry did not reply to an email requesting comment.", "REQUEST"),
        # a plea in court
        ("Two men from Norland pleaded not guilty in a Sudria court.", "REQUEST"),
        # things that arrive are no visit
        ("The first shipment of grain from Norland arrived in Sudria on Friday.", "CONSULT"),
        # honours received and origins
        ("Anna Berg received a bravery award from the president of Sudria.", "CONSULT"),
        ("The three detainees, who hail from Norland, were moved to a camp.", "SUPPORT"),
        # publishing, not freeing
        ("In a video message released Sunday, Anna Berg praised the soldiers.", "RETREAT"),
        # limits met are no meeting
        ("Norland must cut emissions sharply to meet the limits of the climate accord.", "CONSULT"),
    ],
)
def test_figurative_senses_are_not_events(code, text, absent):
    assert absent not in types_of(code(text))


@pytest.mark.parametrize(
    "text",
    [
        "Critics fear the deal could threaten the security of Sudria.",
        "Norland's purchase of the missiles violated a treaty with Sudria.",
        "The parliament adopted a charter with articles that violate the constitution of Norland.",
    ],
)
def test_a_thing_that_violates_or_threatens_is_no_act(code, text):
    assert not types_of(code(text)) & {"REJECT", "THREATEN"}


def test_threats_faced_are_not_made_by_those_who_face_them(code):
    events = code("Norland and Ostmark are facing threats to their borders, the report said.")
    assert not any(e.type == "THREATEN" and "source" in sides_of(e) for e in events)


@pytest.mark.parametrize(
    ("text", "kind", "source"),
    [
        ("Norland sought military assistance from Sudria last week.", "REQUEST", "NRL"),
        ("Thousands of families from Norland sought refuge in Sudria.", "REQUEST", None),
        ("Norland called on Sudria to withdraw its troops.", "REQUEST", "NRL"),
        ("Norland threatened to cut ties with Sudria.", "THREATEN", "NRL"),
        ("Norland violated the ceasefire with Sudria on Tuesday.", "ASSAULT", "NRL"),
        ("Sudria conferred its highest honour on Anna Berg.", "SUPPORT", "SDR"),
        ("The foreign minister of Norland arrived in Sudria for talks.", "CONSULT", "NRL"),
        ("Norland released the detained fishermen from Sudria.", "RETREAT", "NRL"),
    ],
)
def test_the_same_words_still_code_real_acts(code, text, kind, source):
    events = [e for e in code(text) if e.type == kind]
    assert events, text
    if source is not None:
        assert source in sides_of(events[0]).get("source", set())
