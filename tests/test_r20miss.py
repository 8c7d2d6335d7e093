"""Round 20 (r20miss, issue 12): gold events the coder missed, by class. The papers two states exchange
on a visit ("witnessed the exchange of 12 memoranda of understanding", "a ceremony to exchange the
signed papers") are a signing (PETRARCH-2 SIGN - * MEMORANDUM / PROTOCOL [057], CAMEO2PLOVER
SUPPORT); a verb of presiding ("witnessed", "oversaw") makes its subject a party to such a signing, as
a light verb does, and to nothing else ("witnessed the shelling"). Through the full pipeline with the
real knowledge base; the sentences are invented."""

from __future__ import annotations

import pytest
from coding_support import countries_of, pipeline_events


def _supports(pipeline, text):
    return [e for e in pipeline_events(pipeline, text) if e.type == "SUPPORT"]


@pytest.mark.parametrize(
    "text",
    [
        "The exchange of memoranda between Chile and Peru took place in Lima on Monday.",
        "Chilean President Gabriel Boric and Peruvian President Dina Boluarte witnessed the exchange of"
        " memoranda of understanding in Lima.",
        "Chilean President Gabriel Boric and Peruvian President Dina Boluarte oversaw the exchange of"
        " six agreements in Lima.",
    ],
)
def test_papers_two_states_exchange_are_their_support(pipeline, text):
    events = _supports(pipeline, text)
    assert len(events) == 1, events
    assert countries_of(events[0]) == {"CHL", "PER"}


@pytest.mark.parametrize(
    "text",
    [
        # exchanges of other things than papers
        "Chilean and Peruvian troops were caught in an exchange of fire on the border.",
        "Chile and Peru held an exchange of views in Lima on Monday.",
        # a paper no state signs or exchanges
        "Chilean President Gabriel Boric read the memoranda in Lima.",
    ],
)
def test_other_exchanges_are_no_support(pipeline, text):
    assert _supports(pipeline, text) == []


def test_a_verb_of_presiding_makes_its_subject_a_party_to_a_signing_only(pipeline):
    text = "Chilean officials witnessed the shelling of the Peruvian border town."
    events = pipeline_events(pipeline, text)
    assert all("CHL" not in countries_of(e, "source") for e in events), events
