"""Event types on wire items, round 12 (issue 12, helper r12wire): classes read from LLM-labelled VOA
quotes (kept outside the repository). Real spaCy, the whole pipeline; the sentences are invented."""

from __future__ import annotations

import pytest
from coding_support import countries_of, of_type, pipeline_events, types_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a meeting only asked for holds no talk: its purpose is a goal too
        (
            "The opposition in Kenya called for a special session of parliament to discuss the crisis.",
            {"REQUEST"},
        ),
        # a declaration or a ruling welcomed is support, not a guest received; a person welcomed is a guest
        (
            "The Japanese foreign minister said he welcomed the joint Franco-British declaration on Calais.",
            {"SUPPORT"},
        ),
        ("Chile welcomed the ruling of the Peruvian court.", {"SUPPORT"}),
        ("Ruto welcomed the Ugandan president to Nairobi.", {"CONSULT"}),
        # shows of force: parades of troops and arms (CAMEO PARADE, 150); a team parading is none
        ("North Korea held a massive military parade in Pyongyang on Saturday.", {"MOBILIZE"}),
        ("Russia paraded tanks and missiles through Red Square.", {"MOBILIZE"}),
        ("The Chilean football team paraded through Santiago.", set()),
        # funding cut stays a sanction beside the new "funding from X" row
        ("Washington cut funding to the Palestinian agency.", {"SANCTION"}),
        # protesters blocking intersections obstruct (police doing it: below)
        ("French farmers blocked key intersections in Paris.", {"PROTEST"}),
        # what an act amounts to is no second act, and alone no act at all
        ("Peru said the Chilean blockade amounts to an attack on Peruvian fishermen.", {"COERCE"}),
        ("Britain said this action amounts to an unlawful use of force by Russia against Britain.", set()),
        ("Japan said the Chinese manoeuvres were tantamount to a blockade of Taiwan.", set()),
    ],
)
def test_the_types_of_a_wire_item(pipeline, text, expected):
    assert types_of(pipeline_events(pipeline, text)) == expected, text


def test_the_purpose_of_a_gathering_is_still_its_talk(pipeline):
    text = "Kenyan and Ugandan officials gathered in Kampala this week to discuss trade."
    events = pipeline_events(pipeline, text)
    assert types_of(events) == {"CONSULT"}
    assert of_type(events, "CONSULT").modality == "asserted"


def test_a_meeting_spoken_at_is_not_planned_by_the_reported_future(pipeline):
    text = (
        "Kenyan President William Ruto and Ugandan President Yoweri Museveni said at Thursday's "
        "meeting they would support Somalia."
    )
    meeting = of_type(pipeline_events(pipeline, text), "CONSULT")
    assert meeting.modality == "asserted"
    assert {"KEN", "UGA"} <= countries_of(meeting)


@pytest.mark.parametrize(
    ("text", "criticism"),
    [
        ("The doors of the Kenyan parliament were slammed in the faces of the opposition.", False),
        ("Uganda slammed the decision of the Kenyan government.", True),
    ],
)
def test_a_door_slammed_is_no_criticism(pipeline, text, criticism):
    assert ("ACCUSE" in types_of(pipeline_events(pipeline, text))) is criticism, text


def test_funding_from_a_country_is_its_aid(pipeline):
    text = "With funding from the United States, Kenya trained new police teams."
    aid = of_type(pipeline_events(pipeline, text), "AID")
    assert countries_of(aid, "source") == {"USA"}
    assert "KEN" in countries_of(aid, "target")


def test_intersections_blocked_by_riot_police_are_a_restriction(pipeline):
    text = "Nepali riot police blocked key intersections to keep protesters away from the parliament."
    events = pipeline_events(pipeline, text)
    assert types_of(events) == {"COERCE"}
    assert of_type(events, "COERCE").mode == "restrict"


# --- the offence an arrest or sentence is for is not a wire item's news ------------------------------


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        (
            "A Russian activist was jailed for ten days for defying police during a march in Moscow.",
            "PROTEST",
        ),
        ("Kenyan police arrested five men for the attack on a bus in Nairobi.", "ASSAULT"),
        ("Uganda jailed an opposition leader for organising protests in Kampala.", "PROTEST"),
    ],
)
def test_the_offence_of_an_arrest_is_what_it_is_about(pipeline, text, gone):
    types = types_of(pipeline_events(pipeline, text))
    assert "COERCE" in types and gone not in types, (text, types)


@pytest.mark.parametrize(
    "text",
    [
        # an offence with a date of its own stays
        "Six men have been arrested in the December 16 attack in New Delhi.",
        # in an article the offence is an event referred back to
        "Gunmen bombed a bus in Nairobi on Sunday, killing four passengers. "
        "Kenyan police arrested five men for the bombing on Tuesday. "
        "The men will appear in court next week, officials said.",
    ],
)
def test_an_offence_told_as_an_occasion_stays(pipeline, text):
    assert {"COERCE", "ASSAULT"} <= types_of(pipeline_events(pipeline, text))
