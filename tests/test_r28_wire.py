"""Event types, round 28 (issue 12, helper r28wire): a warning of another's course is a disapproval.
"X warned of Y's hostile campaign", "warned that the accord posed a threat to its security" disapprove
(CAMEO WARN - * (OF GROWING CRISIS) [110], ACCUSE); a warning of reprisals, one with a condition or one
of a catastrophe stays as it was. Real spaCy, the whole pipeline; the sentences are invented."""

from __future__ import annotations

import pytest
from coding_support import countries_of, of_type, pipeline_events, types_of


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Chile has warned of a hostile press campaign coming from Peru.", "PER"),
        ("The Chilean president warned that the Peruvian reform would put trade at risk.", "PER"),
        ("Chile's minister warned on Monday that the Peruvian pact posed a serious threat to Chile.", None),
        ("Chile and Argentina have warned of prolonging the military rule in Bolivia.", None),
    ],
)
def test_a_warning_of_anothers_course_is_a_disapproval(pipeline, text, target):
    events = pipeline_events(pipeline, text)
    event = of_type(events, "ACCUSE")
    assert event.mode == "disapprove"
    assert "CHL" in countries_of(event, "source")
    assert target is None or target in countries_of(event, "target")
    assert "THREATEN" not in types_of(events)


@pytest.mark.parametrize(
    "text",
    [
        "Chile warned Peru of serious consequences if it went ahead with the drills.",
        "Chile warned of strong measures if Peru kept the fishing boats.",
        "Chile warned of a stern response to any further incursion by Peru.",
        "Chile warned of a red line being crossed if Peru moved its warships closer.",
    ],
)
def test_a_warning_of_reprisals_stays_a_threat(pipeline, text):
    events = pipeline_events(pipeline, text)
    assert "THREATEN" in types_of(events)
    assert "ACCUSE" not in types_of(events)


def test_a_warning_of_a_catastrophe_is_no_disapproval(pipeline):
    events = pipeline_events(pipeline, "Chile warned of a humanitarian catastrophe in the border region.")
    assert "ACCUSE" not in types_of(events)
