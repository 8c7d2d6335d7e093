"""Round 17 (issue 12): a finite conjunct hung on a reported or planned bare verb keeps its own tense,
and the noun "recall" of an envoy is the SANCTION its verb is. Invented sentences."""

from __future__ import annotations

import pytest
from coding_support import coder_for, of_type, token_of

from dateline.events.modality import modality
from dateline.records import Actor

PERU = Actor("PER", "Peru", "PER", "GOV")
CHILE = Actor("CHL", "Chile", "CHL", "GOV")
NAMES = {"Peru": ((PERU,), ""), "Chile": ((CHILE,), "")}

CASES = [
    # the parser hangs the second verb of the saying on the verb said: it was done, not reported ahead
    (
        "In May, Peru said it would recall its envoy and demanded that Chile recall its consul.",
        "demanded",
        "asserted",
    ),
    ("Peru plans to expel the envoy and summoned the ambassador on Monday.", "summoned", "asserted"),
    # ... while the reported and planned verbs stay what they were
    (
        "In May, Peru said it would recall its envoy and demanded that Chile recall its consul.",
        "recall",
        "planned",
    ),
    ("Peru plans to expel the envoy and summoned the ambassador on Monday.", "expel", "planned"),
    # a bare conjunct still shares its first conjunct's auxiliary
    ("Peru agreed to lift the tariffs and resume talks.", "resume", "planned"),
    ("Peru will close the border and expel the envoy.", "expel", "planned"),
]


@pytest.mark.parametrize(("sentence", "word", "expected"), CASES)
def test_finite_conjunct_keeps_its_tense(nlp, sentence: str, word: str, expected: str) -> None:
    assert modality(token_of(nlp, sentence, word)) == expected


@pytest.fixture(scope="module")
def code(nlp):
    return coder_for(nlp, NAMES)


@pytest.mark.parametrize(
    "sentence",
    [
        "Peru announced the recall of its ambassador from Chile.",
        "Peru confirmed the recall of its envoy to Chile.",
    ],
)
def test_recall_of_an_envoy_is_a_sanction(code, sentence: str) -> None:
    event = of_type(code(sentence), "SANCTION")
    assert event.mode == "withdraw" and "recall" in event.trigger


def test_recall_of_other_things_is_no_sanction(code) -> None:
    assert all(
        e.type != "SANCTION" for e in code("Peru announced the recall of the faulty vaccines from Chile.")
    )
