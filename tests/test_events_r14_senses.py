"""Round 14 wave 3 (issue 12): "protest" read in its diplomatic sense. A state or its offices protesting,
or a protest made or expressed, is an official complaint (PLOVER ACCUSE; PETRARCH-2 PROTEST "OFFICIAL *"
[114], EXPRESS [110]), while people protesting stay a demonstration. Through the full pipeline with the
real knowledge base; the sentences are invented."""

from __future__ import annotations

import pytest
from coding_support import countries_of, of_type, pipeline_events


def _types(events) -> set[str]:
    return {e.type for e in events}


@pytest.mark.parametrize(
    "text",
    [
        "Chile firmly protests the seizure of its trawlers by Peruvian patrol boats.",
        "Chile is deeply worried and strongly protests Peru's seizure of the trawlers.",
        "The Chilean foreign ministry protested the seizure of the trawlers on Tuesday.",
    ],
)
def test_a_state_protesting_is_an_official_complaint(pipeline, text):
    events = pipeline_events(pipeline, text)
    event = of_type(events, "ACCUSE")
    assert event.mode == "allege" and "CHL" in countries_of(event, "source")
    assert "PROTEST" not in _types(events)


@pytest.mark.parametrize(
    "text",
    [
        "The vice minister summoned Peru's ambassador and made a strong protest over the remarks.",
        "Chile summoned the Peruvian envoy to express a protest over the incursion.",
        "The envoy conveyed the strong protest of the Chilean government over the incursion.",
    ],
)
def test_a_protest_made_or_expressed_is_an_official_complaint(pipeline, text):
    events = pipeline_events(pipeline, text)
    assert "ACCUSE" in _types(events) and "PROTEST" not in _types(events)


@pytest.mark.parametrize(
    "text",
    [
        "Chileans protested in Santiago on Friday.",
        "Fishermen protested against the new quota in Valparaiso.",
        "Crowds gathered and protested against the government in Santiago.",
    ],
)
def test_people_protesting_stay_a_demonstration(pipeline, text):
    events = pipeline_events(pipeline, text)
    assert "PROTEST" in _types(events) and "ACCUSE" not in _types(events)


def test_complaints_someone_made_are_no_protest_made(pipeline):
    # "make" takes a protest, not a complaint: "complaints that X had made" is told, not done here.
    events = pipeline_events(pipeline, "Chile sought to address complaints that Peru had made about the treaty.")
    assert "ACCUSE" not in _types(events)
