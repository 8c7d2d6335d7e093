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


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Freedonia summoned the envoy on Friday to file its own protest, officials said.", "protest"),
        ("Ruritania summoned the ambassador on Monday to issue a formal protest.", "protest"),
        ("The ministry summoned the charge d'affaires to lodge a complaint about the flights.", "complaint"),
    ],
)
def test_a_protest_handed_over_at_a_summons(nlp, sentence, word):
    """The protest a summons was called for is made at the summons (round 15)."""
    assert modality(token_of(nlp, sentence, word)) == "asserted"


def test_an_aid_delivery_a_convoy_is_sent_for_lies_ahead(nlp):
    sentence = "The agency sent a convoy to deliver food to the besieged town."
    assert modality(token_of(nlp, sentence, "deliver")) == "planned"
