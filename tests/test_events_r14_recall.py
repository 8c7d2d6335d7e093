"""Round 14 (issue 12): gold events missed on real news, by class, each with invented sentences.
Through the full pipeline with the real knowledge base."""

from __future__ import annotations

from coding_support import countries_of, pipeline_events

# Later sentences that report nothing, so that a text is an article, not a wire item of two sentences.
CALM = " The weather was mild. It rained later in the day."


# --- a named occasion whose date phrase the parser hangs on the verb ---------------------------------------


def test_a_named_summit_dated_in_a_phrase_hung_on_the_verb_is_an_event_of_that_date(pipeline):
    events = pipeline_events(
        pipeline,
        "The border pact builds on the elevation of Kenya-Uganda relations to a strategic partnership during "
        "the Kenya-Uganda Leaders' Virtual Summit on 14 June 2021." + CALM,
    )
    (summit,) = [e for e in events if e.trigger == "Summit"]
    assert countries_of(summit, "participant") == {"KEN", "UGA"}
    assert str(summit.date.start) == "2021-06-14"


def test_a_named_meeting_with_an_alias_after_or_keeps_its_date(pipeline):
    events = pipeline_events(
        pipeline,
        "The border pact is a commitment made at the inaugural Ghana-Togo Foreign and Defense Ministerial "
        "Meeting or 2+2 in April 2022." + CALM,
    )
    (meeting,) = [e for e in events if e.trigger == "Meeting"]
    assert countries_of(meeting, "participant") == {"GHA", "TGO"}
    assert str(meeting.date.start).startswith("2022-04")


def test_a_named_meeting_that_is_the_subject_is_not_read_this_way(pipeline):
    # Only a name placed by a preposition: "the ... Meeting opened on Monday" is the story's own occasion.
    events = pipeline_events(
        pipeline, "The Kenya-Uganda Joint Commission Meeting opened in Kampala on Monday." + CALM
    )
    assert not [e for e in events if e.trigger == "Meeting"]


# --- an agreement told in the passive with no agent is the story's parties' -------------------------------


def test_a_passive_agreement_with_no_agent_takes_the_storys_parties(pipeline):
    events = pipeline_events(
        pipeline,
        "Ghana and Togo agreed to an immediate ceasefire in Lome on Sunday. "
        "A 48-hour truce was agreed on 15 February and later extended to allow talks." + CALM,
    )
    earlier = [e for e in events if e.type == "AGREE" and str(e.date.start) == "2024-02-15"]
    assert earlier and countries_of(earlier[0]) == {"GHA", "TGO"}
    assert earlier[0].modality == "asserted"


def test_it_was_agreed_takes_the_storys_parties(pipeline):
    events = pipeline_events(
        pipeline,
        "Ghana and Togo agreed on Tuesday to pause the dredging of the lagoon. "
        '"It was agreed to begin negotiations on the details of the border," the statement added.' + CALM,
    )
    agreements = [e for e in events if e.type == "AGREE" and "begin" in e.sentence]
    assert agreements and countries_of(agreements[0]) == {"GHA", "TGO"}


def test_a_passive_agreement_by_named_parties_or_still_to_come_is_not_the_storys(pipeline):
    by_rebels = pipeline_events(
        pipeline,
        "Ghana and Togo agreed a border accord on Monday. A truce was agreed by the rebels in 2019." + CALM,
    )
    assert not [e for e in by_rebels if "2019" in str(e.date.start) and countries_of(e) & {"GHA", "TGO"}]
    expected = pipeline_events(
        pipeline,
        "Ghana and Togo agreed a border accord on Monday. A new truce is expected to be agreed soon." + CALM,
    )
    assert not [e for e in expected if "truce" in e.sentence and e.type == "AGREE"]
