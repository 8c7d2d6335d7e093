"""Clauses of concession, contrast and cause state facts: the main clause's modal or condition does not
reach them, while a condition or a time clause still takes the main clause's mood."""

from __future__ import annotations

import pytest
from coding_support import token_of

from dateline.events.modality import modality


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("While Peru supports the accord, its terms should be revised.", "supports"),
        ("Although Chile condemns the strike, it will not cut ties.", "condemns"),
        ("Since Oslo hosts the talks, Norway could mediate.", "hosts"),
        ("Whereas Lima backs the plan, Quito may reject it.", "backs"),
        ("Because Bolivia has expelled the envoy, Peru might recall its own.", "expelled"),
    ],
)
def test_a_factual_clause_under_a_modal_is_asserted(nlp, sentence, word):
    assert modality(token_of(nlp, sentence, word)) == "asserted"


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("If Chile attacks, Peru will respond.", "attacks", "hypothetical"),
        ("When the ministers meet next week, they will sign the accord.", "meet", "planned"),
        ("While visiting Lima, the envoy will meet the president.", "visiting", "planned"),
        ("Although Chile may condemn the strike, it will not cut ties.", "condemn", "hypothetical"),
    ],
)
def test_conditions_time_clauses_and_modal_concessions_keep_their_mood(nlp, sentence, word, expected):
    assert modality(token_of(nlp, sentence, word)) == expected
