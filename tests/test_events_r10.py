"""Classes of construction of round 10 (issue 12): shows of force named by their nouns (drills,
manoeuvres, exercises held), land annexed, aid dropped or delivered, an obligation put on all parties,
accusations voiced long or often, a breach reported by an unresolved speaker. The sentences are invented.
"""

from __future__ import annotations

from coding_support import countries_of, of_type, pipeline_events, types_of

# --- shows of force: drills, manoeuvres and exercises (CAMEO LAUNCH/HOLD * MANEUVERS [150/151]) ------


def test_drills_placed_near_a_place_or_held_are_a_show_of_force(pipeline):
    for text in (
        "Manila said Chinese drills near the Spratly Islands violated its sovereignty.",
        "The Russian navy held exercises in the Baltic Sea on Tuesday.",
        "The Indian navy conducted manoeuvres in the Bay of Bengal on Monday.",
        "Some 3,000 Polish troops maneuvered near the border on Friday.",
    ):
        event = of_type(pipeline_events(pipeline, text), "MOBILIZE")
        assert countries_of(event, "source") - {None}, text


def test_joint_manoeuvres_stay_cooperation(pipeline):
    events = pipeline_events(pipeline, "Argentine and Chilean ships held joint maneuvers off Patagonia.")
    assert "COOPERATE" in types_of(events)
    assert "MOBILIZE" not in types_of(events)


def test_civil_drills_and_political_manoeuvres_are_no_show_of_force(pipeline):
    for text in (
        "Schools in Lima held an earthquake drill on Monday.",
        "The Peruvian senator maneuvered the bill through the committee.",
        "Brazil criticised the government's exercise of power in Caracas.",
    ):
        assert "MOBILIZE" not in types_of(pipeline_events(pipeline, text)), text


# --- land annexed (CAMEO TAKE_PROPERTY: ANNEX [171]) ------------------------------------------------------


def test_annexing_land_is_coercion_and_wanting_to_is_a_threat(pipeline):
    done = of_type(pipeline_events(pipeline, "Moscow annexed the peninsula in 2014."), "COERCE")
    assert done.mode == "seize"
    wanted = pipeline_events(pipeline, "Russia wants to annex the region of Transnistria.")
    assert "THREATEN" in types_of(wanted) and "COERCE" not in types_of(wanted)


# --- aid dropped from the air or delivered (CAMEO DELIVER * AID [073]) --------------------------------


def test_airdrops_and_deliveries_of_aid_are_aid(pipeline):
    for text in (
        "Jordan and Egypt conducted humanitarian airdrops over Gaza on Friday.",
        "Kenya began deliveries of food aid to Sudan on Monday.",
    ):
        event = of_type(pipeline_events(pipeline, text), "AID")
        assert countries_of(event, "source") - {None}, text


def test_a_delivered_speech_is_no_aid(pipeline):
    text = "The Kenyan president's delivery of the speech in Nairobi was praised by Uganda."
    assert "AID" not in types_of(pipeline_events(pipeline, text))


# --- an obligation on all parties: a call on everyone concerned ---------------------------------------


def test_an_obligation_on_all_parties_is_a_request_by_the_speaker(pipeline):
    for text in (
        "Kenya and Somalia signed a border deal in Nairobi on Monday. Abdi Hassan, the Somali government "
        "spokesman, said all parties should respect the agreement.",
        # the parties named before include the speaker's own side: still a call on all of them
        "Kenya and Somalia signed a border deal in Nairobi on Monday. The two parties also agreed on a "
        "joint patrol plan. Abdi Hassan, the Somali government spokesman, said all parties should respect "
        "the agreement.",
    ):
        request = of_type(pipeline_events(pipeline, text), "REQUEST")
        assert "SOM" in countries_of(request, "source"), text


def test_an_obligation_on_nobody_named_is_no_request(pipeline):
    text = (
        "Kenya and Somalia signed a border deal in Nairobi on Monday. The Somali government spokesman "
        "said the people should stay calm."
    )
    assert "REQUEST" not in types_of(pipeline_events(pipeline, text))


# --- accusations and demands voiced long or often: still voiced, not background -----------------------


def test_an_accusation_voiced_long_or_often_is_still_an_accusation(pipeline):
    for text in (
        "Venezuela has long accused Colombia of sheltering armed groups.",
        "The Bolivian opposition has often accused the president of rigging elections.",
    ):
        assert "ACCUSE" in types_of(pipeline_events(pipeline, text)), text


def test_a_stance_held_long_and_a_habit_stay_background(pipeline):
    for text in (
        "Japan and South Korea have long clashed over the islands.",
        "Ethiopian officials routinely reject calls for talks with the rebels.",
    ):
        assert pipeline_events(pipeline, text) == [], text


# --- a breach reported by a speaker nobody resolves: still an accusation of its doer -----------------


def test_a_breach_said_by_an_unresolved_speaker_is_an_accusation(pipeline):
    text = "Chinese coast guard ships violated Vietnam's waters near the islands, the ministry said."
    event = of_type(pipeline_events(pipeline, text), "ACCUSE")
    assert "CHN" in countries_of(event, "target")
    assert "REJECT" not in types_of(pipeline_events(pipeline, text))


# --- an attempted act of force is that act: coercion as well as assault ------------------------------


def test_an_attempted_seizure_is_coercion_asserted(pipeline):
    text = "Police officers in Caracas attempted to take over the Peruvian embassy on Monday evening."
    event = of_type(pipeline_events(pipeline, text), "COERCE")
    assert event.modality == "asserted"


def test_an_attempted_sanction_is_no_measure_taken(pipeline):
    text = "The Bolivian government attempted to impose sanctions on Peru on Monday."
    events = pipeline_events(pipeline, text)
    assert all(e.modality != "asserted" for e in events if e.type == "SANCTION")
