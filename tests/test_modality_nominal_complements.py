"""Nouns of commitment take their complements as their verbs do: what is committed to lies ahead,
while the commitment or agreement itself was made."""

from __future__ import annotations

import pytest
from coding_support import token_of

from dateline.events.modality import modality


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("The leaders reaffirmed their commitment to regular talks.", "talks", "planned"),
        ("The two sides signed an agreement to exchange prisoners.", "exchange", "planned"),
        ("The two sides signed an agreement to exchange prisoners.", "agreement", "asserted"),
        ("They stressed their determination to hold talks soon.", "talks", "planned"),
        ("The agreement on trade was signed in May.", "agreement", "asserted"),
    ],
)
def test_the_complement_of_a_commitment_noun(nlp, sentence, word, expected):
    assert modality(token_of(nlp, sentence, word)) == expected
