"""Classes of construction missed on externally labelled wire sentences (issue 12, round 5), through the
full pipeline with the real knowledge base. The sentences are invented.
"""

from __future__ import annotations

from coding_support import countries_of, of_type, pipeline_events, types_of

# --- hyphenated words: the parser splits them, the lexicon knows their closed form ------------------------


def test_a_hyphenated_ceasefire_is_a_ceasefire(pipeline):
    event = of_type(
        pipeline_events(pipeline, "Chad and Sudan entered into a cease-fire on Sunday."), "RETREAT"
    )
    assert event.mode == "ceasefire" and event.trigger == "cease-fire"


def test_the_closed_form_still_reads_as_before(pipeline):
    event = of_type(
        pipeline_events(pipeline, "Chad and Sudan entered into a ceasefire on Sunday."), "RETREAT"
    )
    assert event.mode == "ceasefire"


# --- vocabulary checked against the CAMEO verb dictionary -------------------------------------------------


def test_displeasure_conveyed_is_disapproval(pipeline):
    text = "The Ghanaian government conveyed its displeasure to the Nigerian ambassador."
    event = of_type(pipeline_events(pipeline, text), "ACCUSE")
    assert event.mode == "disapprove" and countries_of(event, "source") == {"GHA"}


def test_a_plan_voted_down_is_rejected(pipeline):
    event = of_type(
        pipeline_events(pipeline, "The Danish parliament defeated the government's budget bill."), "REJECT"
    )
    assert countries_of(event, "source") == {"DNK"}


def test_an_opponent_defeated_in_an_election_is_no_rejection(pipeline):
    events = pipeline_events(pipeline, "The Danish prime minister defeated her rival in the election.")
    assert "REJECT" not in types_of(events)


def test_arms_laid_down_or_turned_in_are_disarmament(pipeline):
    for text in ("Colombian rebels laid down their weapons.", "Colombian rebels turned in their guns."):
        assert of_type(pipeline_events(pipeline, text), "RETREAT").mode == "disarm"


def test_sitting_down_with_someone_is_a_meeting(pipeline):
    event = of_type(pipeline_events(pipeline, "Macron sat down with Scholz in Paris."), "CONSULT")
    assert event.mode == "meet"


def test_protesters_gathering_is_a_demonstration(pipeline):
    events = pipeline_events(pipeline, "Hundreds of protesters gathered in Lima on Friday.")
    assert of_type(events, "PROTEST").mode == "demo"


def test_websites_closed_down_are_censorship(pipeline):
    event = of_type(
        pipeline_events(pipeline, "The Iranian government closed down two news websites."), "COERCE"
    )
    assert event.mode == "censor"


def test_foreign_troops_expelled_are_a_sanction_and_a_person_expelled_a_deportation(pipeline):
    troops = of_type(pipeline_events(pipeline, "Mali expelled the French troops."), "SANCTION")
    assert troops.mode == "expel" and countries_of(troops, "target") == {"FRA"}
    person = pipeline_events(pipeline, "Mali expelled a French journalist.")
    assert of_type(person, "COERCE").mode == "deport"


def test_protests_mobilized_are_protests_not_forces(pipeline):
    events = pipeline_events(pipeline, "Kenyan opposition parties mobilized protests across the country.")
    assert "PROTEST" in types_of(events) and "MOBILIZE" not in types_of(events)


def test_troops_mobilized_stay_mobilization(pipeline):
    events = pipeline_events(pipeline, "Armenia mobilized its troops along the border.")
    assert "MOBILIZE" in types_of(events)


def test_suspended_subsidies_are_a_sanction(pipeline):
    event = of_type(pipeline_events(pipeline, "Norway suspended subsidies to Uganda."), "SANCTION")
    assert countries_of(event, "target") == {"UGA"}


# --- negation stays in its own conjunct -------------------------------------------------------------------


def test_a_conjunct_with_its_own_auxiliary_does_not_take_the_first_ones_negation(pipeline):
    text = "Seoul will never tolerate the launch and has protested to North Korea."
    event = of_type(pipeline_events(pipeline, text), "ACCUSE")  # an official complaint (below)
    assert event.modality == "asserted"


def test_a_shared_negation_still_reaches_a_bare_conjunct(pipeline):
    event = of_type(pipeline_events(pipeline, "Peru did not meet or call Chile."), "CONSULT")
    assert event.modality == "negated"


# --- what a sanction ends is no new tie; material support is aid ------------------------------------------


def test_the_agreement_withdrawn_from_is_no_new_agreement(pipeline):
    text = "Peru is withdrawing from its trade agreement with Bolivia."
    types = types_of(pipeline_events(pipeline, text))
    assert "SANCTION" in types and not types & {"AGREE", "SUPPORT", "COOPERATE"}


def test_aid_suspended_is_no_aid(pipeline):
    types = types_of(pipeline_events(pipeline, "Sweden suspended its aid to Mali."))
    assert "SANCTION" in types and "AID" not in types


def test_an_agreement_signed_beside_a_withdrawal_stays(pipeline):
    text = "Iran signed an agreement with Iraq and withdrew from talks with Turkey."
    assert {"SUPPORT", "SANCTION"} <= types_of(pipeline_events(pipeline, text))


def test_military_support_in_money_is_aid_only(pipeline):
    text = "Japan gave 2 billion dollars in military support to the Philippines."
    types = types_of(pipeline_events(pipeline, text))
    assert "AID" in types and "SUPPORT" not in types


# --- a standing position; an official complaint -----------------------------------------------------------


def test_a_position_held_long_is_background(pipeline):
    assert pipeline_events(pipeline, "Serbia has long rejected Kosovo's independence.") == []


def test_the_same_rejection_on_a_day_is_news(pipeline):
    assert "REJECT" in types_of(pipeline_events(pipeline, "Serbia rejected Kosovo's proposal on Monday."))


def test_a_protest_lodged_with_a_state_is_an_official_complaint(pipeline):
    event = of_type(pipeline_events(pipeline, "Seoul protested to Tokyo over the textbook."), "ACCUSE")
    assert event.mode == "allege" and countries_of(event, "target") == {"JPN"}


def test_a_march_to_protest_stays_a_demonstration(pipeline):
    events = pipeline_events(pipeline, "Thousands of Kenyans marched to protest the tax increase.")
    assert "PROTEST" in types_of(events) and "ACCUSE" not in types_of(events)


# --- a missile launched at no one is a weapons test -------------------------------------------------------


def test_a_missile_launched_with_no_target_is_a_weapons_test(pipeline):
    for text in (
        "Pakistan launched a ballistic missile on Friday.",
        "Pakistan fired a cruise missile into the sea.",
    ):
        event = of_type(pipeline_events(pipeline, text), "MOBILIZE")
        assert event.mode == "weapons"


def test_a_missile_launched_at_a_place_is_an_attack(pipeline):
    events = pipeline_events(pipeline, "Russia launched missiles at Lviv overnight.")
    assert "ASSAULT" in types_of(events) and "MOBILIZE" not in types_of(events)


# --- retaliation: force when done, a threat when announced ------------------------------------------------


def test_a_retaliation_carried_out_is_an_attack(pipeline):
    event = of_type(pipeline_events(pipeline, "Iran retaliated against Israel with drones."), "ASSAULT")
    assert countries_of(event, "target") == {"ISR"}


def test_a_warning_of_retaliation_is_a_threat(pipeline):
    text = "North Korea warned it would retaliate if the drills went ahead."
    assert "THREATEN" in types_of(pipeline_events(pipeline, text))


# --- exercises held together ------------------------------------------------------------------------------


def test_exercises_two_states_hold_together_are_cooperation(pipeline):
    event = of_type(
        pipeline_events(pipeline, "Egypt and Greece held naval exercises in the Aegean."), "COOPERATE"
    )
    assert countries_of(event, "participant") == {"EGY", "GRC"}


def test_exercises_one_state_holds_are_mobilization(pipeline):
    events = pipeline_events(pipeline, "Egypt held naval exercises in the Red Sea.")
    assert "MOBILIZE" in types_of(events) and "COOPERATE" not in types_of(events)


# --- a material act judged was done -----------------------------------------------------------------------


def test_an_arrest_condemned_is_also_an_arrest(pipeline):
    # In an article: a one-sentence wire item's news is the condemnation only (round 11, precedence.py).
    lead = "The writer had travelled to Caracas for a book fair. Officials met in Madrid on Friday. "
    text = lead + "Spain condemned the arrest of the Cuban writer by Venezuelan police."
    events = pipeline_events(pipeline, text)
    assert {"ACCUSE", "COERCE"} <= types_of(events)
    assert countries_of(of_type(events, "COERCE"), "source") == {"VEN"}


def test_an_agreement_welcomed_is_only_the_welcome(pipeline):
    events = pipeline_events(pipeline, "Kenya welcomed the agreement between Sudan and Chad.")
    assert types_of(events) == {"SUPPORT"}


def test_a_release_demanded_is_not_a_release(pipeline):
    events = pipeline_events(pipeline, "Spain demanded the release of the Cuban writer.")
    assert "RETREAT" not in types_of(events)


# --- a commitment not kept --------------------------------------------------------------------------------


def test_a_treaty_not_complied_with_reported_by_another_is_its_accusation(pipeline):
    text = "The Lithuanian ministry says Belarus has failed to comply with the agreement."
    event = of_type(pipeline_events(pipeline, text), "ACCUSE")
    assert countries_of(event, "source") == {"LTU"} and countries_of(event, "target") == {"BLR"}


def test_a_commitment_not_kept_told_by_the_narrator_is_a_rejection(pipeline):
    event = of_type(pipeline_events(pipeline, "Belarus failed to honor its commitments."), "REJECT")
    assert event.mode == "yield"


def test_a_failure_that_is_the_condition_of_a_threat_is_no_event(pipeline):
    text = "Chile threatened tariffs on Peruvian imports if Peru failed to comply with the agreement."
    assert "REJECT" not in types_of(pipeline_events(pipeline, text))
