"""Event types, round 29 (issue 12, helper r29wire): a short text whose every reading was filtered away
keeps its most central trigger (`events/last_resort.py`); an article, or a short body under a headline of
its own, does not. Real spaCy, the whole pipeline; the sentences are invented."""

from __future__ import annotations

import pytest
from coding_support import pipeline_events, types_of


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Despite condemnation from its neighbours, Chile says it will keep filling the new dam.", "ACCUSE"),
        ("Peru is currently banned from all regional football tournaments.", "SANCTION"),
        ("The mayor said the old port of Valparaiso had not seen such protests in fifty years.", "PROTEST"),
        ("lacking any proof for its charges of Peruvian meddling in the vote", "ACCUSE"),
    ],
)
def test_a_short_text_keeps_a_filtered_trigger(pipeline, text, kept):
    assert types_of(pipeline_events(pipeline, text)) == {kept}


@pytest.mark.parametrize(
    "text",
    [
        "the focus of a month of street protests demanding his removal",
        "who has been the focus of weeks of rallies calling for early elections",
    ],
)
def test_the_trigger_nearest_the_root_is_kept(pipeline, text):
    """The event noun the text is about, not the clause that describes it (the more confident draft)."""
    assert types_of(pipeline_events(pipeline, text)) == {"PROTEST"}


def test_an_article_keeps_the_filters(pipeline):
    text = (
        "The ministry said on Monday that the dam would be finished by spring.\n"
        "Despite condemnation from its neighbours, Chile says it will keep filling the new dam.\n"
        "The engineers said the turbines were ready."
    )
    assert "ACCUSE" not in types_of(pipeline_events(pipeline, text))


def test_a_short_body_under_its_own_headline_keeps_the_filters(pipeline):
    """The headline tells the news; the body's event noun refers back to it (the lead repeats the
    headline, so the cleaner sets the headline apart)."""
    text = (
        "Chile and Peru to hold border talks in Lima next week\n"
        "Chile and Peru to hold border talks in Lima next week.\n"
        "The foreign ministry confirmed the date on Friday.\n"
        "It gave no details of the agenda of the upcoming talks."
    )
    assert "CONSULT" not in types_of(pipeline_events(pipeline, text))


def test_a_kept_reading_takes_no_last_resort(pipeline):
    events = pipeline_events(pipeline, "Despite condemnation at home, Chile signed a fishing pact with Peru.")
    assert types_of(events) == {"SUPPORT"}
