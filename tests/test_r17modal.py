"""Round 17 (issue 12): a finite conjunct hung on a reported or planned bare verb keeps its own tense.
Invented sentences."""

from __future__ import annotations

import pytest
from coding_support import token_of

from dateline.events.modality import modality

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
    # a bare verb the tagger takes for a present, or a bare "set" for a past, still shares the modal
    (
        "Peru demanded that Chile respect its sovereignty over the islands, launch an investigation and "
        "provide it with information about the attack.",
        "launch",
        "planned",
    ),
    ("The deal could destabilize the region and set a worrying precedent.", "set", "hypothetical"),
]


@pytest.mark.parametrize(("sentence", "word", "expected"), CASES)
def test_finite_conjunct_keeps_its_tense(nlp, sentence: str, word: str, expected: str) -> None:
    assert modality(token_of(nlp, sentence, word)) == expected
