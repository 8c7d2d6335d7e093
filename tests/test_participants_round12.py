"""Round 12 participant classes (events/participants.py, issue 12): talks with someone whose doer the
text leaves out were held by who reports them ("Talks with Kenya were held, the Ugandan ministry said").
The sentences are invented."""

from __future__ import annotations

import pytest
from coding_support import of_type, pipeline_events


def _sides(pipeline, text: str) -> set[tuple[str, str | None]]:
    """(side, country) of the text's first consultation."""
    return {(ea.side, ea.actor.country) for ea in of_type(pipeline_events(pipeline, text), "CONSULT").actors}


@pytest.mark.parametrize(
    "text",
    [
        "Talks with Kenya were held in Nairobi on Monday, the Ugandan foreign ministry said.",
        "The Ugandan foreign ministry said talks with Kenya were held in Nairobi on Monday.",
        "A meeting with Kenyan officials took place in Kampala on Monday, the Ugandan foreign ministry said.",
    ],
)
def test_who_reports_talks_with_someone_held_them(pipeline, text):
    sides = _sides(pipeline, text)
    assert ("source", "UGA") in sides
    assert ("target", "KEN") in sides


def test_a_reporter_of_the_other_side_is_not_made_a_party_twice(pipeline):
    text = "Talks with Kenya were held in Nairobi, the Kenyan foreign ministry said."
    sides = _sides(pipeline, text)
    assert {country for _, country in sides} == {"KEN"}
