"""Unnamed people in the perfect, round 11 (issue 12): an act they voice ("nine students have accused
the dean", "dozens of residents have protested") is one act done, coded with them as its source; what
they only undergo or how many of them moved so far stays background (events/anonymous.py). Real spaCy,
the whole pipeline; the sentences are invented."""

from __future__ import annotations

import pytest
from coding_support import pipeline_events, types_of


@pytest.mark.parametrize(
    ("text", "kind", "sector"),
    [
        ("At least nine students have publicly accused the dean of bullying.", "ACCUSE", "CVL"),
        ("Dozens of villagers have demanded compensation for the flooded fields.", "REQUEST", "CVL"),
        ("Hundreds of workers have rejected the new contract.", "REJECT", "CVL"),
        ("Dozens of residents have protested against the new dam.", "PROTEST", "CVL"),
    ],
)
def test_a_voiced_act_of_unnamed_people_in_the_perfect_is_coded(pipeline, text, kind, sector):
    events = [e for e in pipeline_events(pipeline, text) if e.type == kind]
    assert events, (text, types_of(pipeline_events(pipeline, text)))
    sources = [a.actor for e in events for a in e.actors if a.side == "source"]
    assert sources and all(s.sector == sector for s in sources), (text, sources)


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of people have fled the coastal towns so far.",
        "Residents will protest against the dam on Friday.",
        "Thousands of residents have been displaced by the floods.",
    ],
)
def test_a_total_so_far_or_a_plan_of_unnamed_people_stays_background(pipeline, text):
    assert not pipeline_events(pipeline, text), text
