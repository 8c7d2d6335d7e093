"""The PLOVER mode of an event, by classes of construction (round 23): talks held with no channel named
are a meeting; an aircraft shot down is an attack with heavy weapons; a trilateral meeting is
multilateral. Invented sentences, hand-built actor
mentions."""

from __future__ import annotations

import pytest
from coding_support import TWO_STATES, coder_for

from dateline.records import Actor, DateInterval

ORSK = Actor("ORS", "Orskia", "ORS", "GOV")
NAMES = {**TWO_STATES, "Orskia": ((ORSK,), "country")}


@pytest.fixture(scope="module")
def code(nlp):
    return coder_for(nlp, NAMES, lambda token: DateInterval.unknown())


def _modes(events, type_: str) -> list[str | None]:
    return [e.mode for e in events if e.type == type_]


@pytest.mark.parametrize(
    "text",
    [
        "Norland and Sudria held talks on the river dispute on Tuesday.",
        "Officials of Norland and Sudria held negotiations on the border last week.",
        "Orskia brokered talks between Vale and Korr last month.",
    ],
)
def test_talks_with_no_channel_named_are_a_meeting(code, text):
    assert "meet" in _modes(code(text), "CONSULT")


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Norland and Sudria held phone talks on Tuesday.", "phone"),
        ("Vale and Korr discussed the dam on Tuesday.", None),  # a verb of talking may report a call
    ],
)
def test_a_channel_still_decides_and_verbs_of_talking_stay_open(code, text, mode):
    assert _modes(code(text), "CONSULT") == [mode]


@pytest.mark.parametrize(
    "text",
    [
        "Norland shot down a Sudrian surveillance drone near the border on Monday.",
        "Norland said its fighter jets downed a Sudrian warplane on Monday.",
    ],
)
def test_an_aircraft_shot_down_is_an_attack_with_heavy_weapons(code, text):
    assert _modes(code(text), "ASSAULT") == ["heavy-weapons"]


def test_shooting_at_people_stays_small_arms(code):
    events = code("Norland soldiers shot two Sudrian farmers near the border.")
    assert _modes(events, "ASSAULT") == ["firearms"]


def test_a_trilateral_meeting_is_multilateral(code):
    events = code("Vale will hold a trilateral meeting with Korr and the leader of Orskia next week.")
    assert "multilateral" in _modes(events, "CONSULT")


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Vale refused to apologize to Sudria for his remarks.", "REJECT"),
        ("Norland demanded a formal apology from Vale.", "REQUEST"),
        ("Norland denied backing the rebels in Sudria.", "REJECT"),
    ],
)
def test_an_apology_asked_or_refused_and_an_act_denied_give_no_mode(code, text, type_):
    assert _modes(code(text), type_) == [None]


def test_a_refusal_to_back_a_plan_still_rejects_cooperation(code):
    assert _modes(code("Norland refused to back the Sudrian plan."), "REJECT") == ["assist"]
