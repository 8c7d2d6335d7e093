"""Round 14 wave 3 (issue 12): trigger words read in the wrong sense. A state or its offices protesting,
or a protest expressed or of a government, is an official complaint (PLOVER ACCUSE; PETRARCH-2 PROTEST
"OFFICIAL *" [114], EXPRESS [110]), while people protesting stay a demonstration; a passive "be met
with X" is a reaction received, no meeting. Through the full pipeline with the real knowledge base; the
sentences are invented."""

from __future__ import annotations

import pytest
from coding_support import assert_kept_and_dropped, pipeline_events

# (sentence, the type it must hold, the type it must not)
SENSES = [
    # a state or its offices protest: an official complaint
    ("Chile firmly protests the seizure of its trawlers by Peruvian patrol boats.", "ACCUSE", "PROTEST"),
    ("Chile is deeply worried and strongly protests Peru's seizure of the trawlers.", "ACCUSE", "PROTEST"),
    ("The Chilean foreign ministry protested the seizure of the trawlers on Tuesday.", "ACCUSE", "PROTEST"),
    ("Chile summoned the Peruvian envoy to express a protest over the incursion.", "ACCUSE", "PROTEST"),
    ("The envoy conveyed the strong protest of the Chilean government.", "ACCUSE", "PROTEST"),
    # people protest: a demonstration
    ("Chileans protested in Santiago on Friday.", "PROTEST", "ACCUSE"),
    ("Fishermen protested against the new quota in Valparaiso.", "PROTEST", "ACCUSE"),
    ("Crowds gathered and protested against the government in Santiago.", "PROTEST", "ACCUSE"),
    # "be met with X" is a reaction; met by or with someone stays a meeting
    ("Chile's incursions must be met with a swift increase in economic pressure, he said.", None, "CONSULT"),
    ("Peru's proposal was met with silence in Santiago.", None, "CONSULT"),
    ("The Chilean president was met by Peru's foreign minister at the airport.", "CONSULT", None),
    ("The Chilean president met with Peru's foreign minister on Monday.", "CONSULT", None),
]


@pytest.mark.parametrize(("text", "kept", "dropped"), SENSES)
def test_a_trigger_is_read_in_its_sense(pipeline, text, kept, dropped):
    assert_kept_and_dropped(pipeline, text, kept, dropped)


def test_a_state_protesting_is_the_source_of_the_complaint(pipeline):
    events = pipeline_events(pipeline, "Chile firmly protests the seizure of its trawlers by Peru.")
    complaint = next(e for e in events if e.type == "ACCUSE")
    assert complaint.mode == "allege"
    assert {ea.actor.country for ea in complaint.actors if ea.side == "source"} == {"CHL"}
