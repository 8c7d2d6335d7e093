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
