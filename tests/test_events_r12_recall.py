"""Round 12 (issue 12), gold events the coder missed on real news, by class of construction. Through
the full pipeline with the real knowledge base; the sentences are invented."""

from __future__ import annotations

from coding_support import countries_of, pipeline_events


def _types(events) -> list[str]:
    return [e.type for e in events]


# --- cooperation restated or promised by a light verb of stating -------------------------------------


def test_reaffirmed_cooperation_is_a_commitment(pipeline):
    events = pipeline_events(
        pipeline, "The Peruvian and Chilean presidents reaffirmed their bilateral cooperation on Monday."
    )
    assert _types(events) == ["AGREE"]
    assert countries_of(events[0]) == {"PER", "CHL"}


def test_committed_to_closer_coordination_is_a_commitment(pipeline):
    events = pipeline_events(pipeline, "Peru and Chile committed to closer coordination on migration.")
    assert _types(events) == ["AGREE"]


def test_resumed_cooperation_stays_cooperation(pipeline):
    events = pipeline_events(pipeline, "Peru and Chile resumed their security cooperation on Monday.")
    assert _types(events) == ["COOPERATE"]


# --- a proposal is an appeal (CAMEO SUGGEST [020]), an offer of aid the proposer's own commitment ----


def test_proposing_a_halt_to_strikes_is_a_request(pipeline):
    events = pipeline_events(
        pipeline, "During the call, the Peruvian president proposed a mutual halt to strikes for 30 days."
    )
    assert "REQUEST" in _types(events)
    assert "AGREE" not in _types(events)


def test_proposing_talks_is_a_request_to_meet(pipeline):
    events = pipeline_events(pipeline, "Peru proposed talks with Chile on the border dispute.")
    (request,) = [e for e in events if e.type == "REQUEST"]
    assert request.mode == "meet"
    assert countries_of(request, "target") == {"CHL"}


def test_proposing_a_loan_is_an_offer(pipeline):
    events = pipeline_events(pipeline, "Peru proposed a loan of 50 million dollars to Bolivia.")
    assert _types(events) == ["AGREE"]


# --- an invitation asks the invited to come; the talks it asks for are planned --------------------


def test_an_invitation_to_peace_talks_is_a_request_to_meet_and_planned_talks(pipeline):
    events = pipeline_events(
        pipeline,
        "The African Union has invited the Peruvian government and Chilean rebels to peace talks in Brazil "
        "this weekend.",
    )
    (request,) = [e for e in events if e.type == "REQUEST"]
    assert request.mode == "meet"
    (talks,) = [e for e in events if e.type == "CONSULT"]
    assert talks.modality == "planned"
    assert countries_of(talks) == {"PER", "CHL"}


def test_the_press_invited_to_a_briefing_is_no_event(pipeline):
    events = pipeline_events(
        pipeline, "Earlier on Wednesday, the African Union had invited media to a briefing by its envoy."
    )
    assert events == []


# --- "spoke to X": a consultation when X is of a state, not an interview, an address or an absence --


def test_having_spoken_to_a_counterpart_is_a_consultation(pipeline):
    events = pipeline_events(
        pipeline, "Boluarte said that she had spoken to Boric about the border issue on Monday."
    )
    (talk,) = [e for e in events if e.type == "CONSULT"]
    assert countries_of(talk) == {"PER", "CHL"}


def test_speaking_to_the_press_or_a_crowd_is_no_consultation(pipeline):
    events = pipeline_events(
        pipeline,
        "Speaking to the BBC, the Peruvian president said the border would stay open. "
        "Boluarte later spoke to a crowd in Cusco.",
    )
    assert not [e for e in events if e.type == "CONSULT"]


def test_not_having_spoken_to_someone_for_months_is_no_event(pipeline):
    events = pipeline_events(pipeline, "Boluarte revealed that she had not spoken to Boric for months.")
    assert not [e for e in events if e.type == "CONSULT"]


# --- lexical gaps: supplies cut to a building, a country put back on a whitelist ----------------------


def test_power_cut_to_an_embassy_is_coercion(pipeline):
    events = pipeline_events(
        pipeline, "The Peruvian state power company cut the power to the Chilean embassy building on Tuesday."
    )
    assert _types(events) == ["COERCE"]


def test_a_cut_in_power_prices_is_no_event(pipeline):
    assert pipeline_events(pipeline, "Peru cut power prices by ten percent.") == []


def test_a_country_put_back_on_an_export_whitelist_is_an_easing(pipeline):
    events = pipeline_events(
        pipeline, "The Chilean government put Peru back on its export whitelist last month."
    )
    (easing,) = events
    assert (easing.type, easing.mode) == ("RETREAT", "ease")
    assert countries_of(easing, "target") == {"PER"}


# --- "Besides X, he ...": the one named beside what the subject did is not the subject ------------


ARRIVAL = "Boluarte arrived in Santiago on Monday. "


def _met_by(pipeline, text: str) -> set[str]:
    """The source countries of the sentence's "met"."""
    (met,) = [e for e in pipeline_events(pipeline, ARRIVAL + text) if e.trigger == "met"]
    return countries_of(met, "source")


def test_the_person_named_besides_is_not_she(pipeline):
    text = "Besides President Gabriel Boric, she also met the Chilean foreign minister Alberto van Klaveren."
    assert _met_by(pipeline, text) == {"PER"}


def test_a_person_named_in_a_time_clause_may_still_be_he(pipeline):
    text = "After Boric greeted her, he met the Chilean foreign minister Alberto van Klaveren."
    assert _met_by(pipeline, text) == {"CHL"}


# --- a decision taken together is an agreement; one side's decision is its plan ------------------


def test_two_states_deciding_together_agree(pipeline):
    events = pipeline_events(pipeline, "Ghana and Togo decided to expand trade between the two countries.")
    (agreement,) = [e for e in events if e.type == "AGREE"]
    assert countries_of(agreement) == {"GHA", "TGO"}


def test_one_government_deciding_is_no_agreement(pipeline):
    events = pipeline_events(pipeline, "The Ghanaian government decided to close its embassy in Lome.")
    assert "AGREE" not in _types(events)
    # round 13: a measure decided is the measure taken (decisions.enacted), as the news gold codes it
    assert [e.modality for e in events if e.type == "SANCTION"] == ["asserted"]
