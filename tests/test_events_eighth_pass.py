"""Classes of construction on wire sentences (issue 12, round 6b): a request addressed to the one who
would carry out a hostile act is a request of that actor, not disapproval of the act's target. Through
the full pipeline with the real knowledge base; the sentences are invented.
"""

from __future__ import annotations

from coding_support import pipeline_events, types_of

# --- A request asked of the one who would act stays a request ------------------------------------------


def test_calling_on_a_leader_to_impose_tariffs_is_a_request(pipeline):
    text = "On Friday, thirty members of the ruling party called on the premier to impose tariffs on Chile."
    assert "REQUEST" in types_of(pipeline_events(pipeline, text))
    assert "ACCUSE" not in types_of(pipeline_events(pipeline, text))


def test_urging_a_named_government_to_sanction_is_a_request(pipeline):
    text = "Exiled dissidents urged Canberra to impose sanctions on Myanmar."
    assert "REQUEST" in types_of(pipeline_events(pipeline, text))


def test_urging_a_common_noun_addressee_to_arrest_is_a_request(pipeline):
    text = "The rights group urged the police to arrest the mayor of the northern town."
    assert "REQUEST" in types_of(pipeline_events(pipeline, text))


# --- Asked of nobody in particular, it rallies opposition against the target (CAMEO 113) -----------------


def test_calling_for_sanctions_without_an_addressee_is_disapproval(pipeline):
    text = "The exiled opposition called for sanctions against the military government of Sudan."
    assert "ACCUSE" in types_of(pipeline_events(pipeline, text))


def test_demanding_an_arrest_without_an_addressee_is_disapproval(pipeline):
    text = "Angry farmers in Kenya demanded the arrest of the county governor."
    assert "ACCUSE" in types_of(pipeline_events(pipeline, text))
