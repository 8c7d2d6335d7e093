"""Round 24 (r24venue, issue 12): the host or president of the ceremony an act is done at takes part in
it; "the trio" is the group of three countries named last; a list in apposition to "nations" is a group
of its own. Real knowledge base and pipeline; the sentences are invented."""

from __future__ import annotations

import pytest
from coding_support import countries_of, of_type, pipeline_events


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Peru signed the fisheries accord at a ceremony presided over by the Brazilian president "
        "on Friday.",
        "Chile and Peru are set to sign a fisheries accord today in a ceremony overseen by Lula da Silva "
        "in Brasilia.",
        "Chile and Peru signed the fisheries accord at a ceremony hosted by Brazilian President Lula da "
        "Silva on Friday.",
    ],
)
def test_the_host_of_a_signing_ceremony_takes_part(pipeline, text):
    signing = of_type(pipeline_events(pipeline, text), "SUPPORT")
    assert countries_of(signing) == {"CHL", "PER", "BRA"}


def test_a_ceremony_attended_by_someone_adds_no_host(pipeline):
    text = "Chile and Peru signed the fisheries accord at a ceremony attended by the Brazilian president."
    signing = of_type(pipeline_events(pipeline, text), "SUPPORT")
    assert countries_of(signing) == {"CHL", "PER"}


def test_the_trio_is_the_three_countries_named_last(pipeline):
    text = "Chile, Peru and Bolivia formed an alliance last year. On Sunday the trio condemned Argentina."
    condemned = of_type(pipeline_events(pipeline, text), "ACCUSE")
    assert countries_of(condemned, "source") == {"CHL", "PER", "BOL"}


def test_a_trio_of_people_is_no_group_of_countries(pipeline):
    text = (
        "Chile, Peru and Bolivia formed an alliance last year. On Sunday the trio of envoys condemned "
        "Argentina."
    )
    condemned = of_type(pipeline_events(pipeline, text), "ACCUSE")
    assert not {"CHL", "PER", "BOL"} <= countries_of(condemned, "source")


def test_a_list_spelling_out_nations_is_a_group_of_its_own(pipeline):
    text = (
        "Tensions between Argentina and three Andean nations — Chile, Peru and Bolivia — have grown after "
        "the trio recalled their ambassadors from Buenos Aires."
    )
    recall = of_type(pipeline_events(pipeline, text), "SANCTION")
    assert countries_of(recall, "source") == {"CHL", "PER", "BOL"}
    assert countries_of(recall, "target") == {"ARG"}


def test_a_capital_naming_a_settlement_is_no_party_to_it(pipeline):
    text = "The rebels have kept their promise under the Lima accord to stop attacks on Chilean troops."
    events = pipeline_events(pipeline, text)
    assert all("PER" not in countries_of(e) for e in events), [(e.type, countries_of(e)) for e in events]
