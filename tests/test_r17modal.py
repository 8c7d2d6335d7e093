"""Round 17 (issue 12): a finite conjunct hung on a reported or planned bare verb keeps its own tense.
Invented sentences."""

from __future__ import annotations

import pytest
from coding_support import token_of

from dateline.events.modality import modality

CASES = [
    # the parser hangs the second verb of the saying on the verb said: it was done, not reported ahead
    (
        "In June, Ghana said it would withdraw its diplomat and urged that Togo close its mission.",
        "urged",
        "asserted",
    ),
    ("Peru plans to expel the envoy and summoned the ambassador on Monday.", "summoned", "asserted"),
    # ... while the reported and planned verbs stay what they were
    (
        "In June, Ghana said it would withdraw its diplomat and urged that Togo close its mission.",
        "withdraw",
        "planned",
    ),
    ("Peru plans to expel the envoy and summoned the ambassador on Monday.", "expel", "planned"),
    # a bare conjunct still shares its first conjunct's auxiliary
    ("Peru agreed to lift the tariffs and resume talks.", "resume", "planned"),
    ("Peru will close the border and expel the envoy.", "expel", "planned"),
    # a bare verb the tagger takes for a present, or a bare "set" for a past, still shares the modal
    (
        "Norway asked that Russia free its trawler near the islands, open an inquiry and pay for the damage.",
        "open",
        "planned",
    ),
    ("The pact could unsettle the coast and set a dangerous example.", "set", "hypothetical"),
]


@pytest.mark.parametrize(("sentence", "word", "expected"), CASES)
def test_finite_conjunct_keeps_its_tense(nlp, sentence: str, word: str, expected: str) -> None:
    assert modality(token_of(nlp, sentence, word)) == expected
