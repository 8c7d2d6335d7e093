"""Round 23 (r23etime, issue 11): an infinitive that hangs on a predicate adjective ("is willing to
meet", "will be lucky to break even") takes its time from the copula: ahead of the report when the
copula is present or future, the past act itself when it is past. Invented sentences."""

from __future__ import annotations

import pytest
from dating_support import date_of

from dateline.evaluation.dating_eval import label

WEDNESDAY = "2026-03-04"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Elbonian carriers will be lucky to break even, analysts said.", "break"),
        ("The Ruritanian envoy is willing to meet the foreign minister.", "meet"),
        ("Both delegations are ready to sign the accord, a spokesman said.", "sign"),
        ("The aim of the talks is to be able to say that the border is calm.", "say"),
    ],
)
def test_infinitive_of_a_present_or_future_predicate_lies_ahead(text: str, word: str) -> None:
    found = date_of(text, word, WEDNESDAY)
    assert label(found) == f"after{WEDNESDAY}"
    assert found["likely"] is None


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The Elbonian government was quick to condemn the raid.", "condemn"),
        ("The rise in prices was not enough to raise concerns at the central bank.", "raise"),
    ],
)
def test_infinitive_of_a_past_predicate_is_the_past_act(text: str, word: str) -> None:
    found = date_of(text, word, WEDNESDAY)
    assert found["end"] == WEDNESDAY
    assert found["basis"].startswith("past")


def test_an_infinitive_of_a_verb_keeps_its_reading() -> None:
    # "agreed to meet": an intention after a past head, not a predicate's infinitive
    found = date_of("The two ministers agreed to meet in Portvale.", "meet", WEDNESDAY)
    assert found["basis"].startswith("planned or conditional")


def test_an_adjective_of_feeling_tells_an_act_of_the_moment() -> None:
    found = date_of("\u201cI am pleased to visit Portvale,\u201d the minister said.", "visit", WEDNESDAY)
    assert found["likely"] == WEDNESDAY


def test_a_past_permission_leaves_the_act_open() -> None:
    # "was free to back": nothing says the backing was done, so the predicate rule does not read it
    found = date_of("The envoy said the president was free to back any candidate.", "back", WEDNESDAY)
    assert not found["basis"].startswith("past")
