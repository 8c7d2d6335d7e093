"""Round 22 (issue 12, r22spur): what a story says in passing is no event of the story. Courtesies,
habits, basing arrangements and speculated effects, and the modality of an outcome counted on; each
with invented sentences through the full pipeline with the real knowledge base, beside the acts that
stay."""

from __future__ import annotations

import pytest
from coding_support import pipeline_events, token_of

from dateline.events.modality import modality
from dateline.records import EventMention


def _types(events: list[EventMention]) -> list[str]:
    return [e.type for e in events]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # thanks given by no one the story names as an actor: a courtesy
        ("“Thank you, Marta, good to see you again,” the guest said.", "SUPPORT"),
        ("The shipowner greeted the crew. He also thanked Chile and Peru for their assistance.", "SUPPORT"),
        # a state that hosts another's troops or fleet: a standing arrangement, no visit
        ("Chile hosts 800 Peruvian soldiers and a Peruvian air base, and Bolivia hosts a Peruvian river "
         "fleet.", "CONSULT"),
        ("Chile hosts two Peruvian air bases near the coast.", "CONSULT"),
        # what is done on every such occasion: a habit
        ('"When we raise the river dispute with Peru, they choose not to hold talks," the Chilean minister '
         "said.", "CONSULT"),
        # what a response would bring about, as reports speculate
        ("Officials in Santiago fear that any Peruvian retaliation would shut down the Chilean embassy in "
         "Lima for months.", "SANCTION"),
    ],
)  # fmt: skip
def test_no_event_of_the_type(pipeline, text, absent):
    assert absent not in _types(pipeline_events(pipeline, text))


@pytest.mark.parametrize(
    ("text", "present"),
    [
        # thanks from a named state's leader stay
        ("The Chilean president thanked Peru for its solidarity on Monday.", "SUPPORT"),
        # a guest hosted is a visit
        ("Chile hosted the Peruvian defence minister on Monday.", "CONSULT"),
        # a state's own act announced ahead stays a plan
        ("Chile will shut down the Peruvian embassy on Monday, the minister said.", "SANCTION"),
        # one occasion told with "when" is news
        ("When the Chilean president visited Lima on Monday, Peru signed the trade accord.", "SUPPORT"),
    ],
)  # fmt: skip
def test_the_act_stays(pipeline, text, present):
    assert present in _types(pipeline_events(pipeline, text))


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The mediator expressed confidence that the two presidents will agree on a border deal.", "agree"),
        ("Norland is confident that the two sides will sign the accord next month.", "sign"),
        ("The mediator voiced optimism that the talks would resume soon.", "resume"),
    ],
)
def test_an_outcome_counted_on_is_hoped(nlp, sentence, word):
    assert modality(token_of(nlp, sentence, word)) == "hoped"


def test_will_alone_still_plans(nlp):
    sentence = "The two presidents will agree on a border deal next week."
    assert modality(token_of(nlp, sentence, "agree")) == "planned"


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        # the source the act is told on is no condition on it
        ("If Norland's account is to be believed, Sudria began shelling the river posts on Friday.",
         "shelling", "asserted"),
        ("If the reports are to be trusted, Sudria expelled the envoy on Monday.", "expelled", "asserted"),
        # a condition stays one
        ("If Norland believes the reports, it will expel the envoy.", "expel", "hypothetical"),
    ],
)  # fmt: skip
def test_a_source_cited_with_if(nlp, sentence, word, expected):
    assert modality(token_of(nlp, sentence, word)) == expected
