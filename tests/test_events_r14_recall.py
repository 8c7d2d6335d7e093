"""Round 14 (issue 12): gold events missed on real news, by class, each with invented sentences.
Through the full pipeline with the real knowledge base."""

from __future__ import annotations

import pytest
from coding_support import countries_of, pipeline_events

# Later sentences that report nothing, so that a text is an article, not a wire item of two sentences.
CALM = " The weather was mild. It rained later in the day."


# --- a named occasion whose date phrase the parser hangs on the verb ---------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "pair", "month"),
    [
        (  # the date phrase hangs on "partnership"
            "The border pact builds on the elevation of Kenya-Uganda relations to a strategic partnership "
            "during the Kenya-Uganda Leaders' Virtual Summit on 14 June 2021.",
            "Summit",
            {"KEN", "UGA"},
            "2021-06",
        ),
        (  # an alias after "or", parsed outside the name, and the date on "made"
            "The border pact is a commitment made at the inaugural Ghana-Togo Foreign and Defense "
            "Ministerial Meeting or 2+2 in April 2022.",
            "Meeting",
            {"GHA", "TGO"},
            "2022-04",
        ),
    ],
)
def test_a_named_occasion_dated_in_a_phrase_hung_on_the_verb_is_an_event_of_that_date(
    pipeline, text, trigger, pair, month
):
    events = pipeline_events(pipeline, text + CALM)
    (occasion,) = [e for e in events if e.trigger == trigger]
    assert countries_of(occasion, "participant") == pair
    assert str(occasion.date.start).startswith(month)


def test_a_named_meeting_that_is_the_subject_is_not_read_this_way(pipeline):
    # Only a name placed by a preposition: "the ... Meeting opened on Monday" is the story's own occasion.
    events = pipeline_events(
        pipeline, "The Kenya-Uganda Joint Commission Meeting opened in Kampala on Monday." + CALM
    )
    assert not [e for e in events if e.trigger == "Meeting"]


def test_a_trailing_date_without_a_year_or_a_name_in_an_of_phrase_is_not_read_this_way(pipeline):
    # "on Thursday" is mostly the story's own summit; "the opening session of the Summit" is a part of it.
    for sentence in (
        "The border pact builds on the elevation of Kenya-Uganda relations to a strategic partnership during "
        "the Kenya-Uganda Leaders' Virtual Summit on Thursday.",
        "The president of Ghana spoke during the opening session of the Ghana-Togo Summit at the conference "
        "centre in Accra on 14 June 2021.",
    ):
        events = pipeline_events(pipeline, sentence + CALM)
        assert not [e for e in events if e.trigger == "Summit"], sentence
