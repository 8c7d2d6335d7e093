"""Round 17 (r17miss, issue 12): gold events the development sets missed. Border crossings or
checkpoints closed are relations reduced (CAMEO CLOSE - * {BORDER CROSSING} [160], SANCTION), as a
closed border already was. A concern voiced about a named party ("Chile expressed concern over Peru's
drills") is the voicer's disapproval of that party (ACCUSE, CAMEO REITERATE - * CONCERN [110]), read
with its governing verb; a concern about nobody named, or voiced by nobody, is a worry and no event.
Through the full pipeline with the real knowledge base; the sentences are
invented."""

from __future__ import annotations

import pytest
from coding_support import assert_kept_and_dropped, countries_of, of_type, pipeline_events

# (sentence, the type it must hold, the type it must not)
ROWS = [
    # crossings or checkpoints closed to a neighbour
    ("Chile has resolved to close three of the five crossings on its border with Peru.", "SANCTION", None),
    ("On Saturday, Chile had closed the two busiest crossings with Peru.", "SANCTION", None),
    ("Chile shut the last checkpoint on its border with Peru on Monday.", "SANCTION", None),
    ("Chile announced the closure of the crossings with Peru.", "SANCTION", None),
    # a crossing that is only passed, opened or closes by itself
    ("Chilean troops guarded the crossing with Peru.", None, "SANCTION"),
    ("The road to the crossing closes at night because of snow.", None, "SANCTION"),
    # a concern voiced about a party named, and about nobody
    ("Chile expressed concern over Peru's naval drills near the border.", "ACCUSE", None),
    (
        "The Chilean minister voiced significant concern regarding Peru's new pact with Bolivia.",
        "ACCUSE",
        None,
    ),
    ("Chile has expressed concern about the rising violence in the region.", None, "ACCUSE"),
    ("Chile voiced deep concern on Monday.", None, "ACCUSE"),
    ("The new levies have raised concerns over food prices in Peru.", None, "ACCUSE"),
    ("Peru deployed tanks near the border, raising concerns of an attack on Chile.", None, "ACCUSE"),
]


@pytest.mark.parametrize(("text", "kept", "dropped"), ROWS)
def test_a_missed_pattern_codes_its_type(pipeline, text, kept, dropped):
    assert_kept_and_dropped(pipeline, text, kept, dropped)


# (sentence, type, source country, a target country)
SIDES = [
    # the one who closes the crossings, against the neighbour they lead to
    (
        "Chile has resolved to close three of the five crossings on its border with Peru.",
        "SANCTION",
        "CHL",
        "PER",
    ),
    # the one who voices the concern, against the party it is about
    ("Chile expressed concern over Peru's naval drills near the border.", "ACCUSE", "CHL", "PER"),
]


@pytest.mark.parametrize(("text", "event_type", "source", "target"), SIDES)
def test_the_act_has_its_doer_as_source_and_the_other_party_as_target(
    pipeline, text, event_type, source, target
):
    event = of_type(pipeline_events(pipeline, text), event_type)
    assert countries_of(event, "source") == {source}
    assert target in countries_of(event, "target")
