"""A decision announced is the act done: "decided to expel", "the decision to lift sanctions" (round 15,
issue 12); an act decided for a date ahead is planned, and one decided against is negated."""

from __future__ import annotations

import pytest
from coding_support import token_of

from dateline.events.modality import modality


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("Ruritania decided to expel the Freedonian ambassador on Monday.", "expel", "asserted"),
        ("The council decides to lift the sanctions on Ruritania with immediate effect.", "lift", "asserted"),
        ("The government announced its decision to close the consulate in Lakeville.", "close", "asserted"),
        ("The two ministers decided to hold talks next month.", "hold", "planned"),
        ("Ruritania did not decide to recall its envoy.", "recall", "negated"),
        ("The cabinet decided against sending troops to the border.", "sending", "negated"),
        ("Ruritania has no decision to recall its envoy.", "recall", "negated"),
        ("The ministers agreed to hold talks in Lakeville.", "hold", "planned"),
    ],
)
def test_a_decided_act(nlp, sentence, word, expected):
    assert modality(token_of(nlp, sentence, word)) == expected
