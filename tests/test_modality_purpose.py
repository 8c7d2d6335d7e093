"""A journey's purpose: a meeting that a completed trip was for took place; the trip's own future,
plan or negation still carries to it, and other purposes stay planned."""

from __future__ import annotations

import pytest
from coding_support import token_of

from dateline.events.modality import modality


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("The envoy flew to Lima to meet the president.", "meet", "asserted"),
        ("The minister travelled to Quito to hold talks with his counterpart.", "talks", "asserted"),
        ("The envoy will fly to Lima to meet the president.", "meet", "planned"),
        ("The envoy plans to fly to Lima to meet the president.", "meet", "planned"),
        ("The minister did not travel to Quito to meet his counterpart.", "meet", "negated"),
        ("Chile sent troops to secure the border.", "secure", "planned"),
    ],
)
def test_the_meeting_a_trip_was_for(nlp, sentence, word, expected):
    assert modality(token_of(nlp, sentence, word)) == expected
