"""Event types, round 19 (issue 12, helper r19wire): pressure borne with nobody named who puts it on
is no request. Real spaCy, the whole pipeline; the sentences are invented."""

from __future__ import annotations

import pytest
from coding_support import pipeline_events, types_of


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan president faces mounting pressure to resign.",
        "Relations between Chile and Peru are already under pressure since the election.",
        "The Peruvian prime minister has been under pressure over the fuel protests.",
    ],
)
def test_pressure_borne_with_nobody_named_is_no_request(pipeline, text):
    assert "REQUEST" not in types_of(pipeline_events(pipeline, text)), text


@pytest.mark.parametrize(
    "text",
    [
        "The Serbian government came under heavy pressure from the European Union to recognise Kosovo.",
        "Chile faced pressure from Brazil to drop the port plan.",
        "Germany stepped up pressure on Hungary to approve the aid package.",
    ],
)
def test_pressure_from_a_named_party_stays_a_request(pipeline, text):
    assert "REQUEST" in types_of(pipeline_events(pipeline, text)), text
