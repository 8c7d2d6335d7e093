"""Round 24 (issue 12, r24type): the event type of a trigger whose sense its surroundings decide. An
envoy asked to leave or told not to return is expelled (a recall when a state asks its own envoy home);
"according to X" names a source, so its words are no argument of the trigger ("struck" near "according"
is no accord struck); a question whose last token is a paragraph break demands nothing. Every sentence
is invented."""

from __future__ import annotations

import pytest
from coding_support import pipeline_events, type_modes, types_of

from dateline.events.detect import load_lexicon
from dateline.events.obligations import bare_obligation
from dateline.nlp import load

HEAD = "Ruritania and Elbonia\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "The Elbonian ambassador has been asked to leave Ruritania within 48 hours, the ministry said.",
        "Elbonian diplomats have been asked to leave the country within a week.",
        "Ruritania asked the Elbonian ambassador not to return.",
    ],
)
def test_an_envoy_asked_to_leave_or_not_to_return_is_expelled(pipeline, sentence):
    events = type_modes(pipeline, HEAD, sentence)
    assert ("SANCTION", "expel") in events, events
    assert "REQUEST" not in {t for t, _ in events}


def test_a_state_asking_its_own_envoy_home_recalls_him(pipeline):
    events = type_modes(pipeline, HEAD, "The ministry asked its ambassador to return home for consultations.")
    assert ("SANCTION", "withdraw") in events, events


def test_a_request_to_anyone_else_stays_a_request(pipeline):
    types = types_of(pipeline_events(pipeline, HEAD + "Ruritania asked Elbonia to leave the talks open.\n"))
    assert "SANCTION" not in types, types


def test_missiles_that_struck_bases_beside_according_to_are_an_attack(pipeline):
    sentence = "According to the army, rockets fired from Ruritania struck two bases in Elbonia."
    events = type_modes(pipeline, HEAD, sentence)
    types = {t for t, _ in events}
    assert "AGREE" not in types and "ASSAULT" in types, events


def test_an_accord_struck_stays_an_agreement(pipeline):
    events = type_modes(pipeline, HEAD, "Ruritania and Elbonia struck a trade accord on Monday.")
    assert "AGREE" in {t for t, _ in events}


def test_a_question_ending_its_paragraph_demands_nothing():
    doc = load()("Must Ruritania pay for the dam?\n\nThe minister spoke.")
    question = next(iter(doc.sents))
    assert question[-1].is_space  # the paragraph's break closes the sentence
    assert bare_obligation(question, load_lexicon()) is None
