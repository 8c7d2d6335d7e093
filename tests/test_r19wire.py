"""Event types, round 19 (issue 12, helper r19wire): court rulings as PLOVER SANCTION convict, as the
structured codebook of PLOVER's authors codes them (NGEC-2025, `PLOVER_structured_codebook_updated.csv`).
Real spaCy, the whole pipeline; the sentences are invented."""

from __future__ import annotations

import pytest
from coding_support import countries_of, of_type, pipeline_events, types_of


@pytest.mark.parametrize(
    "text",
    [
        "A court in Cairo sentenced the blogger to five years in prison.",
        "The activist was sentenced in Tehran to six years in prison.",
        "The Supreme Court upheld the conviction of the former minister.",
        "The court handed the Russian activist a five-year sentence.",
        "An Egyptian court jailed the blogger for five years.",
        "The journalist was jailed for life by a military tribunal.",
        "The opposition leader was found guilty of treason by a court in Minsk.",
        "A Georgian court convicted the former president of abuse of power.",
    ],
)
def test_a_court_ruling_is_a_conviction(pipeline, text):
    events = pipeline_events(pipeline, text)
    assert "SANCTION" in types_of(events), text
    assert "COERCE" not in types_of(events), text
    assert of_type(events, "SANCTION").mode == "convict", text


@pytest.mark.parametrize(
    "text",
    [
        "Police in Tehran jailed dozens of protesters.",
        "Iranian security forces detained the British tourist on Monday.",
    ],
)
def test_an_arrest_without_a_court_or_a_term_stays_coercion(pipeline, text):
    types = types_of(pipeline_events(pipeline, text))
    assert "COERCE" in types and "SANCTION" not in types, (text, types)


def test_a_sentence_passed_in_a_city_is_that_country_s_ruling(pipeline):
    events = pipeline_events(pipeline, "The activist was sentenced in Tehran to six years in prison.")
    assert countries_of(of_type(events, "SANCTION"), "source") == {"IRN"}


def test_the_offence_a_sentence_is_for_is_not_the_news(pipeline):
    text = "The student leader was sentenced to ten days in jail for defying a curfew during a rally."
    types = types_of(pipeline_events(pipeline, text))
    assert "SANCTION" in types and not {"PROTEST", "REJECT"} & types, types


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
