"""Classes of construction missed on externally labelled wire sentences (issue 12, round 8b). The
sentences are invented.
"""

from __future__ import annotations

from coding_support import of_type, pipeline_events

# --- a leader called by a person's pronoun or as a counterpart: a phone call (CAMEO CALL, 041) ------------


def test_calling_a_person_is_a_phone_call(pipeline):
    for text in (
        "The Kenyan president called his Ugandan counterpart on Tuesday.",
        "The German chancellor called her back on Friday.",
    ):
        event = of_type(pipeline_events(pipeline, text), "CONSULT")
        assert event.mode == "phone", text


def test_calling_someone_a_name_or_on_someone_is_no_call(pipeline):
    for text in (
        "The Chilean senator called him a traitor on television.",
        "The French president called on them to resign.",
        "The Peruvian senate called them to testify about the contracts.",
    ):
        assert "CONSULT" not in {e.type for e in pipeline_events(pipeline, text)}, text
