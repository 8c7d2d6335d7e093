"""Event types on wire items, round 12 (issue 12, helper r12wire): classes read from LLM-labelled VOA
quotes (kept outside the repository). Real spaCy, the whole pipeline; the sentences are invented."""

from __future__ import annotations

import pytest
from coding_support import countries_of, of_type, pipeline_events, types_of

# --- what a purpose is, when the main act only asks for the occasion ---------------------------------


def test_the_purpose_of_a_meeting_asked_for_is_no_talk_held(pipeline):
    text = "The opposition in Kenya called for a special session of parliament to discuss the crisis."
    assert types_of(pipeline_events(pipeline, text)) == {"REQUEST"}


def test_the_purpose_of_a_gathering_is_still_its_talk(pipeline):
    text = "Kenyan and Ugandan officials gathered in Kampala this week to discuss trade."
    events = pipeline_events(pipeline, text)
    assert types_of(events) == {"CONSULT"}
    assert of_type(events, "CONSULT").modality == "asserted"


# --- the meeting a speaker spoke at took place -------------------------------------------------------


def test_a_meeting_spoken_at_is_not_planned_by_the_reported_future(pipeline):
    text = (
        "Kenyan President William Ruto and Ugandan President Yoweri Museveni said at Thursday's "
        "meeting they would support Somalia."
    )
    meeting = of_type(pipeline_events(pipeline, text), "CONSULT")
    assert meeting.modality == "asserted"
    assert {"KEN", "UGA"} <= countries_of(meeting)


# --- welcoming a declaration is support, not a guest received ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Japanese foreign minister said he welcomed the joint Franco-British declaration on Calais.",
        "Chile welcomed the ruling of the Peruvian court.",
    ],
)
def test_a_declaration_or_ruling_welcomed_is_support(pipeline, text):
    assert types_of(pipeline_events(pipeline, text)) == {"SUPPORT"}, text


def test_a_person_welcomed_is_still_a_guest(pipeline):
    text = "Ruto welcomed the Ugandan president to Nairobi."
    assert types_of(pipeline_events(pipeline, text)) == {"CONSULT"}


# --- a door slammed is no criticism -------------------------------------------------------------------


def test_a_door_slammed_is_no_accusation(pipeline):
    text = "The doors of the Kenyan parliament were slammed in the faces of the opposition."
    assert "ACCUSE" not in types_of(pipeline_events(pipeline, text))


def test_a_decision_slammed_is_still_criticism(pipeline):
    text = "Uganda slammed the decision of the Kenyan government."
    assert "ACCUSE" in types_of(pipeline_events(pipeline, text))


# --- shows of force: parades of troops and arms -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "North Korea held a massive military parade in Pyongyang on Saturday.",
        "Russia paraded tanks and missiles through Red Square.",
    ],
)
def test_a_military_parade_is_a_show_of_force(pipeline, text):
    assert types_of(pipeline_events(pipeline, text)) == {"MOBILIZE"}, text


def test_a_team_parading_is_no_event(pipeline):
    assert not pipeline_events(pipeline, "The Chilean football team paraded through Santiago.")


# --- money given "from" someone is aid ------------------------------------------------------------------


def test_funding_from_a_country_is_its_aid(pipeline):
    text = "With funding from the United States, Kenya trained new police teams."
    aid = of_type(pipeline_events(pipeline, text), "AID")
    assert countries_of(aid, "source") == {"USA"}
    assert "KEN" in countries_of(aid, "target")


def test_funding_cut_stays_a_sanction(pipeline):
    text = "Washington cut funding to the Palestinian agency."
    assert types_of(pipeline_events(pipeline, text)) == {"SANCTION"}


# --- roads blocked by police restrict movement; by protesters they obstruct -----------------------------


def test_intersections_blocked_by_riot_police_are_a_restriction(pipeline):
    text = "Nepali riot police blocked key intersections to keep protesters away from the parliament."
    events = pipeline_events(pipeline, text)
    assert types_of(events) == {"COERCE"}
    assert of_type(events, "COERCE").mode == "restrict"


def test_intersections_blocked_by_farmers_are_a_protest(pipeline):
    text = "French farmers blocked key intersections in Paris."
    assert types_of(pipeline_events(pipeline, text)) == {"PROTEST"}


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


def test_an_offence_with_its_own_date_stays(pipeline):
    text = "Six men have been arrested in the December 16 attack in New Delhi."
    assert {"COERCE", "ASSAULT"} <= types_of(pipeline_events(pipeline, text))


def test_in_an_article_the_offence_is_an_event_referred_back_to(pipeline):
    text = (
        "Gunmen bombed a bus in Nairobi on Sunday, killing four passengers. "
        "Kenyan police arrested five men for the bombing on Tuesday. "
        "The men will appear in court next week, officials said."
    )
    assert {"COERCE", "ASSAULT"} <= types_of(pipeline_events(pipeline, text))


# --- an assurance given to someone is a promise (CAMEO ASSURE, 030) -----------------------------------


def test_an_assurance_is_a_promise(pipeline):
    text = "The Chinese foreign minister assured Kenya that China would keep its troops out of the region."
    events = pipeline_events(pipeline, text)
    assert types_of(events) == {"AGREE"}
    assert countries_of(of_type(events, "AGREE"), "source") == {"CHN"}


def test_making_sure_is_no_promise(pipeline):
    text = "Kenya deployed troops to assure the safety of the border towns."
    assert types_of(pipeline_events(pipeline, text)) == {"MOBILIZE"}


# --- what an act amounts to is no second act -------------------------------------------------------------


def test_what_an_act_amounts_to_is_no_second_act(pipeline):
    text = "Peru said the Chilean blockade amounts to an attack on Peruvian fishermen."
    events = pipeline_events(pipeline, text)
    assert [e.type for e in events] == ["COERCE"], events


@pytest.mark.parametrize(
    "text",
    [
        "Britain said this action amounts to an unlawful use of force by Russia against Britain.",
        "Japan said the Chinese manoeuvres were tantamount to a blockade of Taiwan.",
    ],
)
def test_a_characterization_alone_is_no_event(pipeline, text):
    assert not pipeline_events(pipeline, text), text
