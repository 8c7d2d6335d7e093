"""Denied claims: an event told only as the content of a report, claim or rumour that the sentence
denies ("dismissed reports of a call") is negated; confirmed or undenied reports keep its modality."""

from __future__ import annotations

import pytest
from coding_support import token_of

from dateline.events.modality import modality

CASES = [
    # denied: the reported act did not happen, by the speaker's word
    ("The ministry dismissed reports of a phone call between the two presidents as fabricated.", "call"),
    ("Officials in Lima denied reports that the two envoys had met in Quito.", "met"),
    ("The palace rejected claims of a secret visit by the prince to Riyadh.", "visit"),
    ("Reports of a meeting between the generals were dismissed by the army.", "meeting"),
    ("Oslo brushed aside rumours of talks with the rebels.", "talks"),
    ("The ministry refuted allegations that soldiers attacked the convoy.", "attacked"),
]


@pytest.mark.parametrize(("sentence", "word"), CASES)
def test_the_content_of_a_denied_claim_is_negated(nlp, sentence, word):
    assert modality(token_of(nlp, sentence, word)) == "negated"


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The government confirmed reports of a meeting between the envoys.", "meeting"),
        ("The embassy did not deny reports of a visit by the minister.", "visit"),
        ("Peru dismissed the talks as a waste of time.", "talks"),
        ("The rebels rejected the truce after the shelling of the town.", "shelling"),
    ],
)
def test_a_claim_told_or_an_act_judged_keeps_its_modality(nlp, sentence, word):
    # Only a claim noun under a denial verb is denied: a confirmed or undenied report, and an act
    # that a denial verb judges directly ("dismissed the talks"), happened.
    assert modality(token_of(nlp, sentence, word)) == "asserted"
