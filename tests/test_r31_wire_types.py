"""Round 31 (issue 12, r31wire): event types on wire sentences. A commitment to another party's defence,
security or sovereignty is support declared (PLOVER SUPPORT), while a commitment to cooperation or to an
act stays an intention (AGREE); agreements inked, formalised or finalised are signed (SUPPORT, as the
"sign" row). Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_support import pipeline_events, types_of

# An article's first sentence, so the sentence under test is no headline.
LEAD = "Peru and Chile held talks in Lima on Thursday.\n\n"


def _types(pipeline, sentence: str) -> set[str]:
    return types_of(pipeline_events(pipeline, LEAD + sentence + "\n"))


@pytest.mark.parametrize(
    "sentence",
    [
        "France reaffirmed its firm commitment to the defence of Estonia on Tuesday.",
        "Brazil and Argentina reaffirmed their commitment to each other's territorial integrity.",
        "Spain reaffirmed its commitment to Portugal's security on Monday.",
    ],
)
def test_a_commitment_to_a_partys_defence_or_sovereignty_is_support(pipeline, sentence):
    types = _types(pipeline, sentence)
    assert "SUPPORT" in types
    assert "AGREE" not in types


def test_a_commitment_to_cooperation_stays_an_intention(pipeline):
    types = _types(
        pipeline, "Spain and Portugal reaffirmed their commitment to security cooperation on Monday."
    )
    assert "AGREE" in types
    assert "SUPPORT" not in types


@pytest.mark.parametrize(
    "sentence",
    [
        "Peru and Chile inked a fisheries accord on Monday.",
        "Kenya finalised the treaty with Uganda on Friday.",
        "Chile and Peru formalised a series of new commitments on trade on Friday.",
    ],
)
def test_an_agreement_inked_formalised_or_finalised_is_signed(pipeline, sentence):
    assert "SUPPORT" in _types(pipeline, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Kenya's finance ministry finalised the budget plan on Friday.",
        "The EU will work to finalize the talks on the annex to the agreement between Peru and Chile.",
    ],
)
def test_a_plan_or_talks_finalised_are_no_signing(pipeline, sentence):
    assert "SUPPORT" not in _types(pipeline, sentence)
