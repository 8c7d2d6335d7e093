"""Round 11 (issue 12), which events an article yields: a meeting an agreement sets up, the earlier
occasion a "first ... since <date>" tells of, and what one did in one's youth. Through the full pipeline
with the real knowledge base; the sentences are invented."""

from __future__ import annotations

from coding_support import countries_of, pipeline_events


def _consults(events) -> list:
    return [e for e in events if e.type == "CONSULT"]


# --- a meeting an agreement sets up ---------------------------------------------------------------------


def test_envoys_the_leaders_agreed_would_meet_are_a_planned_meeting_of_both_states(pipeline):
    events = pipeline_events(
        pipeline, "Peru and Chile agreed that their defence ministers would meet shortly to review the deal."
    )
    (meeting,) = _consults(events)
    assert meeting.modality == "planned"
    assert countries_of(meeting, "participant") == {"PER", "CHL"}
    assert any(e.type == "AGREE" for e in events)  # the agreeing itself stays


def test_a_meeting_of_a_joint_body_the_presidents_agreed_to_hold_is_planned(pipeline):
    events = pipeline_events(
        pipeline,
        "The Peruvian and Chilean presidents agreed to hold a meeting of the joint water commission in May.",
    )
    (meeting,) = _consults(events)
    assert meeting.modality == "planned"
    assert countries_of(meeting) == {"PER", "CHL"}


def test_the_agreeing_parties_own_meeting_is_the_agreement(pipeline):
    # "agreed that they would meet again": the agreement is what is reported, as the corpus gold codes it.
    events = pipeline_events(pipeline, "Peru and Chile agreed that they would meet again after the election.")
    assert not _consults(events)
    assert any(e.type == "AGREE" for e in events)


def test_a_meeting_that_was_held_is_not_made_planned(pipeline):
    events = pipeline_events(pipeline, "The Peruvian president met the Chilean president in Lima on Monday.")
    assert [e.modality for e in _consults(events)] == ["asserted"]


# --- "the first ... since <date>" -----------------------------------------------------------------------


def test_the_first_visit_since_a_month_tells_of_a_visit_in_that_month(pipeline):
    events = pipeline_events(
        pipeline,
        "Blinken arrived in Beijing on Sunday, the first visit to China by a US secretary of state "
        "since October 2018.",
    )
    earlier = [e for e in _consults(events) if e.date.start is not None and e.date.start.year == 2018]
    assert len(earlier) == 1
    assert earlier[0].modality == "asserted"
    assert (str(earlier[0].date.start), str(earlier[0].date.end)) == ("2018-10-01", "2018-10-31")
    assert countries_of(earlier[0]) == {"USA", "CHN"}


def test_this_is_the_first_visit_since_points_back_to_the_visit_told(pipeline):
    events = pipeline_events(
        pipeline,
        "The US secretary of state's visit to China will last two days; this is the first visit by a US "
        "secretary of state since October 2018.",
    )
    (earlier,) = [e for e in _consults(events) if e.date.start is not None and e.date.start.year == 2018]
    assert countries_of(earlier) == {"USA", "CHN"}
    assert earlier.modality == "asserted"


def test_their_first_meeting_since_a_year_is_a_meeting_in_that_year(pipeline):
    events = pipeline_events(
        pipeline,
        "The Peruvian president met the Chilean president on Monday for their first meeting since 2019.",
    )
    years = sorted(e.date.start.year for e in _consults(events) if e.date.start is not None)
    assert years == [2019, 2024]


def test_a_first_meeting_since_an_event_is_no_dated_occasion(pipeline):
    # "since the war began" is no time expression: nothing tells when the earlier meeting was.
    events = pipeline_events(
        pipeline,
        "The Peruvian president met the Chilean leader on Monday, their first meeting since the flood.",
    )
    assert len(_consults(events)) == 1


def test_a_meeting_since_a_date_without_first_is_no_earlier_occasion(pipeline):
    events = pipeline_events(
        pipeline, "The Peruvian president met the Chilean leader on Monday, their fourth meeting since 2019."
    )
    assert not [e for e in _consults(events) if e.date.start is not None and e.date.start.year == 2019]


# --- youth ----------------------------------------------------------------------------------------------


def test_visits_in_ones_childhood_are_no_event(pipeline):
    events = pipeline_events(
        pipeline, "The Chilean president went to Peru often in his childhood to visit an aunt."
    )
    assert not _consults(events)


def test_a_visit_as_a_boy_is_no_event(pipeline):
    events = pipeline_events(
        pipeline,
        "The Peruvian president took the Chilean leader to the valley where he spent summers as a boy "
        "visiting his uncle.",
    )
    assert not [e for e in _consults(events) if e.trigger.startswith("visiting")]


def test_a_visit_as_president_is_an_event(pipeline):
    # Only a stage of life makes it a habit of one's youth, not an office held.
    events = pipeline_events(pipeline, "As president, he visited Chile on Monday.")
    assert _consults(events)


# --- knowledge disclaimed ---------------------------------------------------------------------------------


def test_not_being_aware_of_any_conversation_denies_it(pipeline):
    events = pipeline_events(
        pipeline,
        "The Peruvian foreign ministry said it was not aware of any conversation between the Peruvian "
        "president and the Chilean president on Monday.",
    )
    (talk,) = _consults(events)
    assert talk.modality == "negated"
    assert countries_of(talk) == {"PER", "CHL"}


def test_having_no_information_about_any_meeting_denies_it(pipeline):
    events = pipeline_events(
        pipeline,
        "Peru said it had no information about any recent meeting between the Peruvian president and the "
        "Chilean president.",
    )
    assert [e.modality for e in _consults(events)] == ["negated"]


def test_being_aware_of_a_meeting_asserts_it(pipeline):
    events = pipeline_events(
        pipeline,
        "Peru said it was aware of the meeting between the Peruvian president and the Chilean president on "
        "Monday.",
    )
    assert "negated" not in [e.modality for e in _consults(events)]


# --- two additive lexicon rows (a trigger and a modality cue) -----------------------------------------------


def test_contacting_a_counterpart_is_a_consultation(pipeline):
    events = pipeline_events(
        pipeline,
        "The Peruvian president contacted the Chilean president on Friday, urging him to reopen the border.",
    )
    (contact,) = _consults(events)
    assert countries_of(contact) == {"PER", "CHL"}
    assert any(e.type == "REQUEST" for e in events)


def test_a_meeting_set_for_a_date_is_planned(pipeline):
    events = pipeline_events(
        pipeline, "A meeting of the Peruvian and Chilean defence ministers is set for 4 May."
    )
    assert [e.modality for e in _consults(events)] == ["planned"]


# --- what a stance is about ---------------------------------------------------------------------------------


def test_an_act_a_stance_is_on_is_no_event(pipeline):
    events = pipeline_events(
        pipeline, "Chile's position on the Peruvian naval drills near the islands was set out in a statement."
    )
    assert not [e for e in events if e.type == "MOBILIZE"]


def test_drills_condemned_are_an_event(pipeline):
    # In an article: a one-sentence wire item's news is the condemnation only (round 11, precedence.py).
    lead = "Fishing boats stayed in port all week. Officials of both navies met in Lima on Friday. "
    text = lead + "Chile condemned the Peruvian naval drills near the islands on Monday."
    events = pipeline_events(pipeline, text)
    assert [e for e in events if e.type == "MOBILIZE"]


def test_an_act_with_its_own_date_a_stance_is_on_is_an_event(pipeline):
    events = pipeline_events(
        pipeline, "Chile stated its position on the Peruvian air strike of 3 March 2024."
    )
    (strike,) = [e for e in events if e.type == "ASSAULT"]
    assert str(strike.date.start) == "2024-03-03"


# --- what a plan or a deed would bring about ----------------------------------------------------------------


def test_what_a_purchase_would_provide_is_no_aid(pipeline):
    events = pipeline_events(
        pipeline,
        "The United States told Turkey that its purchase of the missile system would endanger US technology "
        "and provide funds to Russia's defence sector.",
    )
    assert not [e for e in events if e.type == "AID"]


def test_what_a_state_says_it_would_provide_is_aid(pipeline):
    events = pipeline_events(pipeline, "Peru said it would provide funds to Bolivia's health sector.")
    (aid,) = [e for e in events if e.type == "AID"]
    assert countries_of(aid) == {"PER", "BOL"}


# --- a courtesy call ----------------------------------------------------------------------------------------


def test_calling_on_a_minister_is_a_visit(pipeline):
    events = pipeline_events(
        pipeline, "The Chilean ambassador to Peru called on the Peruvian foreign minister on Monday."
    )
    (visit,) = _consults(events)
    assert visit.mode == "visit"
    assert countries_of(visit, "source") == {"CHL"}
    assert not [e for e in events if e.type == "REQUEST"]


def test_calling_on_someone_to_act_is_a_request(pipeline):
    for text in (
        "The Chilean president called on the Peruvian president to resign.",
        "Chile called on Peru on Monday to release the fishermen.",
    ):
        events = pipeline_events(pipeline, text)
        assert [e for e in events if e.type == "REQUEST"], text
        assert not [e for e in _consults(events) if e.mode == "visit"], text
