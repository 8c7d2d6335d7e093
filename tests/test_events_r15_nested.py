"""Round 15 (issue 12): acts told only in a noun phrase or a relative clause, each class with invented
sentences, through the full pipeline with the real knowledge base."""

from __future__ import annotations

import pytest
from coding_support import countries_of, pipeline_events

# Later sentences that report nothing, so that a text is an article, not a wire item of two sentences.
CALM = " The weather was mild. It rained later in the day."


# --- talks that are a part of a visit, told in a relative clause on the visit ---


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (  # the clause hangs on the place visited
            "French President Emmanuel Macron is on a state visit to Kenya, which started with talks with "
            "Kenyan President William Ruto.",
            "talks",
        ),
        (  # the visitor is the subject of the verb the visit hangs on
            "French President Emmanuel Macron arrives in Nairobi on Thursday for a two-day visit to Kenya, "
            "which includes a bilateral meeting with Kenyan President William Ruto.",
            "meeting",
        ),
    ],
)
def test_a_meeting_a_visit_includes_is_the_visitors_meeting_with_the_one_met(pipeline, text, trigger):
    events = pipeline_events(pipeline, text + CALM)
    (meeting,) = [e for e in events if e.trigger == trigger]
    assert meeting.type == "CONSULT"
    assert countries_of(meeting, "source") == {"FRA"}
    assert countries_of(meeting, "target") == {"KEN"}


def test_talks_recalled_in_a_relative_clause_on_something_else_stay_background(pipeline):
    # Only a visit holds its meetings: "the dispute, which started with talks with X" recalls history.
    events = pipeline_events(
        pipeline,
        "French President Emmanuel Macron criticised the dispute, which started with talks with Kenyan "
        "President William Ruto." + CALM,
    )
    assert not [e for e in events if e.trigger == "talks"]


# --- a meeting agreed on with a time of its own ---


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Kenya and Uganda agreed to meet in two months' time in Arusha.", "meet"),
        (
            "Presidents William Ruto and Yoweri Museveni agreed to continue negotiations next week.",
            "negotiations",
        ),
    ],
)
def test_a_meeting_agreed_on_with_a_time_of_its_own_is_a_planned_event_of_the_parties(
    pipeline, text, trigger
):
    events = pipeline_events(pipeline, text + CALM)
    assert [e for e in events if e.type == "AGREE"]
    (meeting,) = [e for e in events if e.type == "CONSULT" and trigger in e.trigger]
    assert meeting.modality == "planned"
    assert countries_of(meeting) == {"KEN", "UGA"}


@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Uganda agreed to meet in person in the near future.",
        "Kenya and Uganda agreed to begin talks on a new trade framework.",
        "Kenya and Uganda agreed to resume their security dialogue for the first time in five years.",
    ],
)
def test_a_meeting_agreed_on_without_a_time_is_the_agreement_alone(pipeline, text):
    events = pipeline_events(pipeline, text + CALM)
    assert [e for e in events if e.type == "AGREE"]
    assert not [e for e in events if e.type == "CONSULT"]
