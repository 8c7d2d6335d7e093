"""How an act was done (its PLOVER mode) when the trigger does not say so itself: talks that were the
purpose of a trip, meetings hosted, what a demand asks for, and the instrument named in a passive's
agent or a noun made from it. Invented sentences, hand-built actor mentions."""

from __future__ import annotations

import pytest
from coding_support import coder_for

from dateline.events.ontology import load as load_ontology
from dateline.records import Actor, DateInterval

NORLAND = Actor("NRL", "Norland", "NRL", "GOV")
SUDRIA = Actor("SDR", "Sudria", "SDR", "GOV")
ARMY = Actor("NRL-A", "the Norland army", "NRL", "MIL")
MILITIA = Actor("NRL-M", "the Free Hills militia", "NRL", "REB")
NAMES = {
    "Norland": ((NORLAND,), ""),
    "Sudria": ((SUDRIA,), ""),
    "the Norland army": ((ARMY,), ""),
    "the Free Hills militia": ((MILITIA,), ""),
}


@pytest.fixture(scope="module")
def code(nlp):
    return coder_for(nlp, NAMES, lambda token: DateInterval.unknown())


def _modes(events, type_: str) -> list[str | None]:
    return [e.mode for e in events if e.type == type_]


def test_talks_that_were_the_purpose_of_a_journey_are_the_visit(code):
    events = code("A Norland delegation left for Paris on Sunday to discuss the fishing quota with Sudria.")
    assert _modes(events, "CONSULT") == ["visit"]


def test_talks_without_a_journey_keep_no_mode(code):
    events = code("Norland discussed the fishing quota with Sudria on Sunday.")
    assert _modes(events, "CONSULT") == [None]


def test_hosting_a_meeting_is_the_meeting_not_a_visit_received(code):
    events = code("Norland on Monday hosted the annual strategic dialogue with Sudria in Geneva.")
    assert "host" not in _modes(events, "CONSULT")


def test_hosting_a_guest_is_the_guests_visit_told_by_the_host(code):
    # Round 10: one real-world visit whichever side tells it (PLOVER host: "host a visit").
    events = code("Norland hosted the foreign minister of Sudria on Monday.")
    assert _modes(events, "CONSULT") == ["visit"]
    visit = next(e for e in events if e.type == "CONSULT")
    assert {ea.actor.country for ea in visit.actors if ea.side == "source"} == {"SDR"}
    assert {ea.actor.country for ea in visit.actors if ea.side == "target"} == {"NRL"}


def test_a_demand_to_cease_an_activity_asks_the_other_side_to_yield(code):
    events = code("Norland demanded that Sudria immediately halt its drilling near the reef.")
    assert _modes(events, "REQUEST") == ["yield"]


def test_asking_to_speak_to_someone_asks_for_a_meeting(code):
    events = code("The foreign minister of Norland asked to speak to Sudria about the border.")
    assert _modes(events, "REQUEST") == ["meet"]


def test_a_demand_for_an_act_of_no_mode_keeps_none(code):
    events = code("Norland urged Sudria to pay its debts.")
    assert _modes(events, "REQUEST") == [None]


def test_instrument_in_the_agent_of_a_passive(code):
    events = code("A Norland border post was attacked by the Free Hills militia armed with knives.")
    assert _modes(events, "ASSAULT") == ["primitive"]


def test_instrument_in_a_noun_made_from_it(code):
    events = code("A roadside bombing by the Free Hills militia killed two soldiers of the Norland army.")
    assert "explosives" in _modes(events, "ASSAULT")


def test_older_plover_modes_read_as_the_current_ones():
    ontology = load_ontology()
    assert ontology.normalize_mode("PROTEST", "strike-hun") == "hunger"
    assert ontology.normalize_mode("PROTEST", "demo") == "demo"
    assert ontology.normalize_mode("ASSAULT", None) is None


def test_a_vow_to_fight_threatens_violence(code):
    events = code("The Free Hills militia vowed to fight the Norland army until the last village is free.")
    assert _modes(events, "THREATEN") == ["violence"]
