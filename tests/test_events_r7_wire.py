"""Classes of construction missed on a second, larger set of externally labelled wire sentences (issue 12,
round 7), through the full pipeline with the real knowledge base. The sentences are invented.
"""

from __future__ import annotations

from coding_support import countries_of, of_type, pipeline_events, types_of

# --- what arrives decides the event: supplies are aid, forces are deployed, officials visit -------------


def test_supplies_arriving_are_aid_from_the_sender(pipeline):
    event = of_type(
        pipeline_events(pipeline, "Medical supplies from Japan arrived in Nepal on Tuesday."), "AID"
    )
    assert countries_of(event, "source") == {"JPN"}


def test_troops_arriving_are_a_deployment_not_a_visit(pipeline):
    events = pipeline_events(pipeline, "Two battalions of Chilean troops arrived in Haiti on Friday.")
    assert of_type(events, "MOBILIZE").mode == "troops"
    assert "CONSULT" not in types_of(events)


def test_an_official_arriving_still_visits(pipeline):
    events = pipeline_events(pipeline, "The Peruvian foreign minister arrived in Quito on Monday.")
    assert of_type(events, "CONSULT").mode == "visit"


def test_medical_staff_sent_are_aid(pipeline):
    event = of_type(
        pipeline_events(pipeline, "Turkey sent doctors and rescuers to the flooded region."), "AID"
    )
    assert countries_of(event, "source") == {"TUR"}


# --- crowds in the streets, strikes and walkouts -----------------------------------------------------------


def test_taking_to_the_streets_to_demand_is_one_protest(pipeline):
    text = "Thousands of Chileans took to the streets of Santiago on Sunday to demand pension reform."
    events = pipeline_events(pipeline, text)
    assert of_type(events, "PROTEST").mode == "demo"
    assert "REQUEST" not in types_of(events)


def test_pouring_onto_the_streets_is_a_demonstration(pipeline):
    events = pipeline_events(pipeline, "Students in Dhaka poured onto the streets after the verdict.")
    assert of_type(events, "PROTEST").mode == "demo"


def test_a_demand_of_its_own_stays_a_request(pipeline):
    events = pipeline_events(pipeline, "The Chilean government called on Peru to return the fishermen.")
    assert "REQUEST" in types_of(events)


def test_going_on_strike_and_walking_off_the_job_are_strikes(pipeline):
    for text in (
        "Teachers in Kenya went on strike over unpaid wages.",
        "Dock workers in Belgium walked off the job.",
    ):
        assert of_type(pipeline_events(pipeline, text), "PROTEST").mode == "boycott"


def test_an_air_strike_gone_ahead_is_no_labour_strike(pipeline):
    events = pipeline_events(pipeline, "Israel went ahead with the air strike on Gaza despite the warnings.")
    assert "PROTEST" not in types_of(events)


def test_walking_out_of_talks_halts_negotiations(pipeline):
    text = "The Venezuelan delegation walked out of the talks with Colombia on Friday."
    event = of_type(pipeline_events(pipeline, text), "SANCTION")
    assert event.mode == "withdraw" and countries_of(event, "source") == {"VEN"}


# --- warnings that set a condition are threats ----------------------------------------------------------


def test_a_warning_with_a_condition_is_a_threat(pipeline):
    text = "The Chinese ambassador warned that Canada would face consequences if it detained the executive."
    events = pipeline_events(pipeline, text)
    event = of_type(events, "THREATEN")
    assert countries_of(event, "source") == {"CHN"} and countries_of(event, "target") == {"CAN"}
    assert "COERCE" not in types_of(events)  # the condition is no event of its own


def test_a_warning_about_how_things_go_stays_no_event(pipeline):
    events = pipeline_events(pipeline, "Iran warned that the situation in the region could get worse.")
    assert "THREATEN" not in types_of(events)


# --- requests addressed through "for X to do"; readiness to defend; offers of information --------------


def test_calling_for_a_named_party_to_act_is_a_request_of_it(pipeline):
    text = "The Dutch prime minister called for the European Union to impose sanctions on Belarus."
    events = pipeline_events(pipeline, text)
    assert "REQUEST" in types_of(events) and "ACCUSE" not in types_of(events)


def test_calling_for_sanctions_from_nobody_named_is_still_disapproval(pipeline):
    events = pipeline_events(pipeline, "Protesters in Seoul called for sanctions against North Korea.")
    assert countries_of(of_type(events, "ACCUSE"), "target") == {"PRK"}


def test_vowing_to_defend_ones_country_is_a_threat(pipeline):
    text = "The Philippine president vowed to defend his country against any incursion."
    assert "THREATEN" in types_of(pipeline_events(pipeline, text))


def test_defending_a_decision_stays_support(pipeline):
    text = "The Philippine president defended his country's decision to buy the jets."
    assert "SUPPORT" in types_of(pipeline_events(pipeline, text))


def test_evidence_offered_is_no_offer_to_cooperate(pipeline):
    events = pipeline_events(pipeline, "Former Malian aides offered evidence that the minister took bribes.")
    assert "AGREE" not in types_of(events)


# --- CAMEO rows: scrapped pacts, abandoned strongholds, joint investigations --------------------------------


def test_a_scrapped_pact_is_a_sanction(pipeline):
    text = "The Philippine government scrapped the defence pact with the United States."
    event = of_type(pipeline_events(pipeline, text), "SANCTION")
    assert countries_of(event, "source") == {"PHL"} and countries_of(event, "target") == {"USA"}


def test_fighters_abandoning_or_fleeing_positions_retreat(pipeline):
    for text in (
        "Al-Shabab fighters abandoned their positions near Kismayo on Friday.",
        "Rebel fighters fled the town of Goma as Congolese troops advanced.",
    ):
        assert of_type(pipeline_events(pipeline, text), "RETREAT").mode == "withdraw"


def test_civilians_fleeing_are_no_retreat(pipeline):
    events = pipeline_events(pipeline, "Thousands of civilians fled the town of Goma on Friday.")
    assert "RETREAT" not in types_of(events)


def test_a_joint_investigation_is_cooperation(pipeline):
    text = "Kenya and Uganda launched a joint investigation into the border killings."
    event = of_type(pipeline_events(pipeline, text), "COOPERATE")
    assert countries_of(event, "participant") == {"KEN", "UGA"}


# --- ultimatums: a demand with a punishing alternative is a threat ----------------------------------------


def test_surrender_or_be_killed_is_a_threat(pipeline):
    text = "Chad's president called on the Boko Haram leader to surrender or be killed."
    events = pipeline_events(pipeline, text)
    event = of_type(events, "THREATEN")
    assert event.mode == "violence" and countries_of(event, "source") == {"TCD"}
    assert "REQUEST" not in types_of(events)


def test_comply_or_face_penalties_stays_a_demand(pipeline):
    # The PLOVER gold records code "must drop barriers or face tariff penalties" as a demand.
    text = "Nigeria called on Ghana to reopen the border or face retaliatory tariffs."
    assert "REQUEST" in types_of(pipeline_events(pipeline, text))


def test_a_choice_between_two_cooperative_acts_stays_a_request(pipeline):
    text = "The Kenyan president urged the two sides to resume talks or hold a referendum."
    events = pipeline_events(pipeline, text)
    assert "REQUEST" in types_of(events) and "THREATEN" not in types_of(events)


def test_a_contingent_of_peacekeeping_troops_arriving_is_no_show_of_force(pipeline):
    text = "A first contingent of Rwandan peacekeeping troops arrived in Bangui on Tuesday."
    assert "MOBILIZE" not in types_of(pipeline_events(pipeline, text))


# --- aid or cooperation stopped is a sanction --------------------------------------------------------------


def test_stopping_arms_deliveries_is_a_sanction_not_aid(pipeline):
    text = "In July the Dutch government stopped sending weapons to Saudi Arabia."
    events = pipeline_events(pipeline, text)
    event = of_type(events, "SANCTION")
    assert event.mode == "discontinue" and countries_of(event, "target") == {"SAU"}
    assert "AID" not in types_of(events)


def test_stopping_shared_intelligence_is_a_sanction(pipeline):
    text = "Kenyan and Ugandan police stopped sharing intelligence with Somalia in May."
    event = of_type(pipeline_events(pipeline, text), "SANCTION")
    assert countries_of(event, "source") == {"KEN", "UGA"} and countries_of(event, "target") == {"SOM"}


def test_aid_that_continues_stays_aid(pipeline):
    text = "The Dutch government continued sending weapons to Saudi Arabia."
    assert "AID" in types_of(pipeline_events(pipeline, text))


# --- marches and blockades towards a place are no official complaint ---------------------------------------


def test_a_blocked_road_stays_an_obstruction(pipeline):
    events = pipeline_events(pipeline, "Kenyan protesters blocked the road from Nairobi to Mombasa.")
    assert of_type(events, "PROTEST").mode == "obstruct" and "ACCUSE" not in types_of(events)


def test_a_march_to_a_capital_is_no_official_complaint(pipeline):
    events = pipeline_events(pipeline, "Belgian farmers marched to Brussels on Monday.")
    assert "PROTEST" in types_of(events) and "ACCUSE" not in types_of(events)


def test_a_protest_lodged_with_a_state_stays_a_complaint(pipeline):
    event = of_type(pipeline_events(pipeline, "Japan protested to China over the incident."), "ACCUSE")
    assert countries_of(event, "target") == {"CHN"}
