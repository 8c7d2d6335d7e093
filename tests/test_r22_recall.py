"""Round 22 (r22miss, issue 12): events an article refers back to. An occasion told as a noun whose
past relative clause dates it ("the talks that concluded on 6 June", "clashes that broke out on the
border in 2021") is an event of its own, dated by that clause, with the sides the clause names
("between A and B") or else the story's parties; a definite dated occasion of an act the story has not
told yet with a doer ("the arrangement was agreed at the commanders' meeting on 6 June") is the story's
two sides'. Through the full pipeline with the real knowledge base; the sentences are invented."""

from __future__ import annotations

from datetime import date

import pytest
from coding_support import countries_of, pipeline_events

# Three sentences of a story between Chile and Peru, so that the text is an article, not a wire item.
STORY = (
    "Chilean troops clashed with Peruvian soldiers on the border on Monday. "
    "The minister said the army would stay. Ten soldiers were wounded. "
)


def _occasion(pipeline, text: str, event_type: str, trigger: str):
    events = pipeline_events(pipeline, STORY + text)
    found = [e for e in events if e.type == event_type and e.trigger == trigger]
    assert len(found) == 1, [(e.type, e.trigger, e.date.start) for e in events]
    return found[0]


@pytest.mark.parametrize(
    "text",
    [
        "Following general-level talks that concluded on June 6 between Chile and Peru, a pullback began.",
        "The pullback followed talks that ended on June 6 between Chile and Peru.",
    ],
)
def test_talks_dated_by_their_relative_clause_are_the_sides_it_names(pipeline, text):
    event = _occasion(pipeline, text, "CONSULT", "talks")
    assert countries_of(event) == {"CHL", "PER"}
    assert (event.date.start, event.date.end) == (date(2023, 6, 6), date(2023, 6, 6))
    assert event.modality == "asserted"


def test_a_dated_occasion_the_story_has_not_told_is_its_two_sides(pipeline):
    event = _occasion(
        pipeline, "The arrangement was agreed at the commander-level meeting on June 6.", "CONSULT", "meeting"
    )
    assert countries_of(event) == {"CHL", "PER"}
    assert (event.date.start, event.date.end) == (date(2023, 6, 6), date(2023, 6, 6))


def test_clashes_dated_by_their_clause_are_the_story_s_and_take_its_date(pipeline):
    text = "The clashes that broke out near the border in 2021 were the worst in years."
    event = _occasion(pipeline, text, "ASSAULT", "clashes")
    assert countries_of(event) == {"CHL", "PER"}
    assert (event.date.start, event.date.end) == (date(2021, 1, 1), date(2021, 12, 31))


@pytest.mark.parametrize(
    "text",
    [
        # a clause with a subject of its own tells that subject's act, not when the talks were held
        "The pullback followed the talks that the envoy attended on June 6.",
        # a clause of what is to come dates no occasion held
        "The pullback will follow talks that start on June 6.",
    ],
)
def test_no_occasion_from_a_clause_that_does_not_date_it(pipeline, text):
    events = pipeline_events(pipeline, STORY + text)
    assert not [e for e in events if e.trigger == "talks" and e.date.start == date(2023, 6, 6)], events
