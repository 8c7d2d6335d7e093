"""Round 17 (r17miss, issue 12): gold events the development sets missed. Border crossings or
checkpoints closed are relations reduced (CAMEO CLOSE - * {BORDER CROSSING} [160], SANCTION), as a
closed border already was. Through the full pipeline with the real knowledge base; the sentences are
invented."""

from __future__ import annotations

import pytest
from coding_support import assert_kept_and_dropped, countries_of, of_type, pipeline_events

# (sentence, the type it must hold, the type it must not)
ROWS = [
    # crossings or checkpoints closed to a neighbour
    ("Chile has decided to close four out of its six border crossings with Peru.", "SANCTION", None),
    ("On Saturday, Chile had closed the two busiest crossings with Peru.", "SANCTION", None),
    ("Chile shut the last checkpoint on its border with Peru on Monday.", "SANCTION", None),
    ("Chile announced the closure of the crossings with Peru.", "SANCTION", None),
    # a crossing that is only passed, opened or closes by itself
    ("Chilean troops guarded the crossing with Peru.", None, "SANCTION"),
    ("The road to the crossing closes at night because of snow.", None, "SANCTION"),
]


@pytest.mark.parametrize(("text", "kept", "dropped"), ROWS)
def test_a_missed_pattern_codes_its_type(pipeline, text, kept, dropped):
    assert_kept_and_dropped(pipeline, text, kept, dropped)


def test_the_closer_is_the_source_and_the_neighbour_the_target(pipeline):
    text = "Chile has decided to close four out of its six border crossings with Peru."
    event = of_type(pipeline_events(pipeline, text), "SANCTION")
    assert countries_of(event, "source") == {"CHL"}
    assert "PER" in countries_of(event, "target")
