"""Round 24 (issue 12, r24bg): events that should not be there. A state's backing of armed groups named
by a noun is what its accusers impute, not an act of its own. Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_support import pipeline_events

from dateline.records import EventMention


def _types(events: list[EventMention]) -> list[str]:
    return [e.type for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Angola recalled its envoy from Rwanda, angered by Kigali's alleged support for the rebels.",
        "Angola cut ties with Rwanda over Kigali's alleged support for a militia in the east.",
        "Chile severed ties with Peru over Peru's support for terrorist groups, the ministry said.",
        "The treaty will stay suspended until Peru ends its support for cross-border terrorism.",
        "Chile recalled its ambassador over Peru's support for the insurgents.",
    ],
)
def test_backing_of_armed_groups_is_no_support(pipeline, text):
    assert "SUPPORT" not in _types(pipeline_events(pipeline, text))


@pytest.mark.parametrize(
    "text",
    [
        # backing of a state, a plan or an accord stays
        "Peru's support for the accord surprised Chile.",
        "Chile expressed support for Peru's plan on Monday.",
        # backing declared at a time is a verbal act
        "Chile announced its support for the rebels on Monday.",
    ],
)
def test_other_backing_stays(pipeline, text):
    assert "SUPPORT" in _types(pipeline_events(pipeline, text))


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Chile and Peru stepped up their efforts to restore diplomatic ties this week.", "SUPPORT"),
        ("The Chilean envoy, who led the effort to restore ties with Peru, resigned on Monday.", "SUPPORT"),
    ],
)
def test_an_effort_towards_an_act_is_no_act(pipeline, text, absent):
    assert absent not in _types(pipeline_events(pipeline, text))


def test_the_act_itself_stays(pipeline):
    events = pipeline_events(pipeline, "Chile restored diplomatic ties with Peru on Monday.")
    assert "SUPPORT" in _types(events)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The purpose of the Chilean president's visit is to secure peace with Peru, his spokesman said.",
         "CONSULT"),
        ("Chile and Peru heralded the historic nature of the agreements between their countries.", "AGREE"),
    ],
)  # fmt: skip
def test_a_property_of_an_occasion_told_before_is_no_report_of_it(pipeline, text, absent):
    assert absent not in _types(pipeline_events(pipeline, text))


def test_an_occasion_with_a_date_of_its_own_stays(pipeline):
    text = "The purpose of the Chilean president's visit to Lima on 3 May was to mend ties with Peru."
    assert "CONSULT" in _types(pipeline_events(pipeline, text))
