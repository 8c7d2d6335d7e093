"""How a consultation was held (its PLOVER mode), by the classes news tells it in (round 10): a remote
channel named on the act, a meeting hosted (by a party or by a third), a guest hosted (the guest's
visit), talks held during a visit; and whether an
accusation charges a crime (allege) or other conduct (disapprove). Invented sentences, hand-built
actor mentions."""

from __future__ import annotations

import pytest
from coding_support import TWO_STATES, coder_for, sides_of

from dateline.records import Actor, DateInterval

ORSK = Actor("ORS", "Orskia", "ORS", "GOV")
UNION = Actor("u1", "the Union of Lake States", None, "IGO", kind="organization")
NAMES = {
    **TWO_STATES,
    "Orskia": ((ORSK,), "country"),
    "the Union of Lake States": ((UNION,), "organization"),
}


@pytest.fixture(scope="module")
def code(nlp):
    return coder_for(nlp, NAMES, lambda token: DateInterval.unknown())


def _consult(events) -> list[str | None]:
    return [e.mode for e in events if e.type == "CONSULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Vale and Korr held a virtual summit on Tuesday.",
        "Vale met Korr online on Tuesday to discuss the dam.",
        "Norland and Sudria held talks by video link on Tuesday.",
    ],
)
def test_a_remote_channel_named_on_the_act_is_phone_whatever_the_noun(code, text):
    assert _consult(code(text)) == ["phone"]


def test_a_call_before_a_meeting_does_not_make_the_meeting_remote(code):
    events = code("Vale met Korr in person on Tuesday, two days after a phone call.")
    assert "meet" in _consult(events)


def test_a_guest_hosted_is_the_guests_visit_with_the_guest_as_source(code):
    events = code("Vale hosted Korr for a two-day visit in April.")
    visit = next(e for e in events if e.type == "CONSULT")
    assert visit.mode == "visit"
    assert sides_of(visit) == {"source": {"SDR"}, "target": {"NRL"}}


def test_guests_received_for_a_dialogue_are_hosted_at_the_dialogue(code):
    events = code("Vale received the ministers of Sudria for the annual strategic dialogue.")
    assert _consult(events) == ["meet"]


def test_an_edition_of_a_dialogue_hosted_by_a_party_is_a_meeting(code):
    events = code("The third edition of the Norland-Sudria Dialogue will be hosted by Norland.")
    assert _consult(events) == ["meet"]


def test_talks_hosted_by_an_international_body_are_third_party(code):
    events = code("Talks hosted by the Union of Lake States between Norland and Sudria began on Friday.")
    assert _consult(events) == ["third-party"]


def test_a_country_hosting_talks_of_two_others_is_a_third_party(code):
    events = code("Orskia hosted talks between Norland and Sudria on Friday.")
    assert _consult(events) == ["third-party"]


def test_talks_held_during_a_visit_are_the_talks_not_the_visit(code):
    events = code("Vale and Korr held talks on the last day of the state visit.")
    assert _consult(events) == ["meet"]


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Norland accused Sudria of shelling its border villages.", "allege"),
        ("Norland accused Sudria of arming the rebels in the north.", "allege"),
        ("Norland accused Sudria of widespread corruption in the port authority.", "allege"),
        ("Norland accused Sudria of arrogance and of ignoring the fishing quota talks.", "disapprove"),
        ("Norland blamed Sudria for the slow pace of the trade negotiations.", "disapprove"),
        ("Norland accused Sudria on Monday.", "allege"),
    ],
)
def test_an_accusation_alleges_a_crime_or_aggression_and_disapproves_other_conduct(code, text, mode):
    assert [e.mode for e in code(text) if e.type == "ACCUSE"] == [mode]


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("Norland cancelled its planned meeting with Sudria.", "withdraw"),
        ("Norland froze ties with Sudria after the incident.", "withdraw"),
        ("Norland suspended aid to Sudria on Friday.", "discontinue"),
        ("Norland suspended flights to Sudria on Friday.", None),
    ],
)
def test_a_sanction_takes_its_mode_from_what_it_halts(code, text, mode):
    assert [e.mode for e in code(text) if e.type == "SANCTION"] == [mode]
