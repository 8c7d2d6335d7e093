"""Round 24 (issue 12, r24bg): events that should not be there. A state's backing of armed groups named
by a noun is what its accusers impute; an act an effort works towards is not done; an occasion named for
its purpose or nature is told elsewhere. Every sentence is invented."""

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
        "Chile cut ties with Peru over Lima's support for armed groups in the Andes.",
        "The border will stay shut as long as Peru keeps up its support for terrorism, Chile said.",
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
        # backing declared at a time is the declaring verb's act
        "Chile announced its support for the rebels on Monday.",
    ],
)
def test_other_backing_stays(pipeline, text):
    assert "SUPPORT" in _types(pipeline_events(pipeline, text))


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Peru doubled their efforts to normalise relations this week.",
        "The Chilean envoy, who led the effort to normalise relations with Peru, resigned on Monday.",
    ],
)
def test_an_effort_towards_an_act_is_no_act(pipeline, text):
    assert "SUPPORT" not in _types(pipeline_events(pipeline, text))


def test_the_act_itself_stays(pipeline):
    events = pipeline_events(pipeline, "Chile normalised relations with Peru on Monday.")
    assert "SUPPORT" in _types(events)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The purpose of the Chilean minister's trip is to calm the dispute with Peru.", "CONSULT"),
        ("Chile and Peru stressed the binding nature of the agreements between them.", "AGREE"),
    ],
)
def test_a_property_of_an_occasion_told_before_is_no_report_of_it(pipeline, text, absent):
    assert absent not in _types(pipeline_events(pipeline, text))


def test_an_occasion_with_a_date_of_its_own_stays(pipeline):
    text = "The purpose of the Chilean minister's trip to Lima on 3 May was to calm the dispute with Peru."
    assert "CONSULT" in _types(pipeline_events(pipeline, text))
