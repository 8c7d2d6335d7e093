"""Round 9, events the article refers back to (issue 12): an occasion named with a date of its own, and
the "of"-phrase of a meeting noun naming who met, through the full pipeline with the real knowledge base.
The sentences are invented.
"""

from __future__ import annotations

from coding_support import countries_of, pipeline_events

from dateline.events.references import dated
from dateline.nlp.parse import load


def _occasions(events, start: str) -> list:
    return [e for e in events if e.type == "CONSULT" and str(e.date.start) == start]


# --- a meeting noun's "of"-phrase names who met -------------------------------------------------------------


def test_a_summit_of_two_states_is_their_meeting_on_its_own_date(pipeline):
    events = pipeline_events(
        pipeline,
        "The Peruvian president met the Chilean president on Monday. "
        "A summit of Peru and Chile in Lima on 3 January 2024 produced a border pact.",
    )
    (summit,) = _occasions(events, "2024-01-03")
    assert countries_of(summit) == {"PER", "CHL"}
    assert summit.modality == "asserted"


def test_a_meeting_of_two_countries_ministers_names_both(pipeline):
    events = pipeline_events(
        pipeline,
        "Ghana and Togo signed a fisheries accord on Tuesday. A meeting of the Ghanaian and Togolese "
        "fisheries ministers in Accra on 12 February 2024 prepared the text.",
    )
    (meeting,) = _occasions(events, "2024-02-12")
    assert countries_of(meeting, "participant") == {"GHA", "TGO"}


def test_an_of_phrase_about_a_countrys_thing_names_nobody(pipeline):
    # The country owns what the meeting is about, not the meeting.
    events = pipeline_events(
        pipeline, "A meeting of experts on Nepal's hydropower plans took place in Geneva on 2 February 2024."
    )
    assert not [e for e in events if e.type == "CONSULT" and "NPL" in countries_of(e, "participant")]


# --- a named occasion with its own date --------------------------------------------------------------------


def test_a_named_summit_with_its_own_date_is_an_event_of_that_date(pipeline):
    events = pipeline_events(
        pipeline,
        "The Peruvian president met the Chilean president on Monday, "
        "a month after the Lima Summit of the two leaders on 3 January.",
    )
    (summit,) = _occasions(events, "2024-01-03")
    assert countries_of(summit) == {"PER", "CHL"}


def test_a_named_summit_recalled_with_its_date_is_asserted_then(pipeline):
    events = pipeline_events(
        pipeline,
        "The border deal builds on a pledge made during the Kenya-Uganda Leaders' Summit on 14 June 2021.",
    )
    (summit,) = [e for e in events if e.trigger == "Summit"]
    assert countries_of(summit, "participant") == {"KEN", "UGA"}
    assert (str(summit.date.start), summit.modality) == ("2021-06-14", "asserted")


def test_a_named_meeting_dated_after_publication_is_planned(pipeline):
    events = pipeline_events(
        pipeline,
        "The presidents reviewed the schedule, including the Kenya-Uganda Joint Commission Meeting in early "
        "May in Kampala.",
    )
    (meeting,) = [e for e in events if e.trigger == "Meeting"]
    assert meeting.modality == "planned"
    assert str(meeting.date.start).startswith("2024-05")


def test_an_undated_named_summit_is_no_event_of_its_own(pipeline):
    # Without a date of its own a named summit is the story's occasion or a standing forum.
    events = pipeline_events(pipeline, "Officials in Lima are preparing the Pacific Alliance Summit.")
    assert not [e for e in events if e.trigger == "Summit"]


def test_a_date_in_the_nouns_own_phrase_is_its_date():
    nlp = load()
    doc = nlp("The summit in June 2019 failed, but the president spoke on Monday.")
    summit = next(t for t in doc if t.text == "summit")
    president = next(t for t in doc if t.text == "president")
    assert dated(summit)
    assert not dated(president)


# --- a definite occasion with its own date is one of the story's parties -----------------------------------

MET = "The Chilean president met the Argentine president on Monday. "


def test_the_dated_summit_nobody_is_named_in_is_the_storys_pair(pipeline):
    events = pipeline_events(
        pipeline, MET + "The summit, held in Santiago on 3 January, had ended without a deal."
    )
    (summit,) = _occasions(events, "2024-01-03")
    assert countries_of(summit) == {"CHL", "ARG"}


def test_last_weeks_meeting_is_the_storys_pair(pipeline):
    events = pipeline_events(pipeline, MET + "Last week's meeting had ended without a deal.")
    (meeting,) = _occasions(events, "2024-03-04")
    assert countries_of(meeting) == {"CHL", "ARG"}


def test_an_indefinite_or_undated_summit_is_not_given_the_storys_pair(pipeline):
    for sentence in (
        "A summit in Santiago on 3 January had ended without a deal.",
        "The summit had ended badly.",
    ):
        events = pipeline_events(pipeline, MET + sentence)
        recalled = [e for e in events if e.trigger == "summit"]
        assert all(not countries_of(e) & {"CHL", "ARG"} for e in recalled), sentence


def test_a_meeting_of_a_body_that_included_officials_of_two_states_is_theirs(pipeline):
    events = pipeline_events(
        pipeline,
        "The statement was the outcome of a meeting of the joint commission on Friday that included "
        "officials of the Zambian government and the Malawian army.",
    )
    meetings = [e for e in events if e.trigger == "meeting"]
    assert meetings
    assert countries_of(meetings[0], "participant") == {"ZMB", "MWI"}
