"""Modality classes met in real news: conditionals, purpose clauses, and reporters' questions.

Invented sentences; each case is one behaviour of a general rule over the parse."""

from __future__ import annotations

import pytest
from coding_support import coder_for, token_of

from dateline.events.modality import modality
from dateline.records import Actor

PERU = Actor("PER", "Peru", "PER", "GOV")
CHILE = Actor("CHL", "Chile", "CHL", "GOV")
NAMES = {"Peru": ((PERU,), ""), "Chile": ((CHILE,), "")}


CASES = [
    # the clause an "if" / "unless" / "provided that" clause governs is a possibility, not a fact
    ("If Lima stops the smuggling, we will lift the border controls.", "lift", "hypothetical"),
    ("If Quito agrees, Bolivia sends its engineers.", "sends", "hypothetical"),
    ("Unless Quito pays its debt, Bolivia cuts the gas supply.", "cuts", "hypothetical"),
    ("Bolivia will ship the grain provided that Quito pays in advance.", "ship", "hypothetical"),
    ("Bolivia will ship the grain, provided Quito pays in advance.", "ship", "hypothetical"),
    ("Bolivia will ship the grain on condition that Quito pays in advance.", "ship", "hypothetical"),
    ("Bolivia will keep its troops home as long as Quito respects the truce.", "keep", "hypothetical"),
    # the condition itself, whatever its own modal or negation
    ("Bolivia will ship the grain provided that Quito pays in advance.", "pays", "hypothetical"),
    ("Bolivia will close the pass if the rebels cannot respect the truce.", "respect", "hypothetical"),
    # a refusal announced in advance stays a refusal
    ("Unless Quito lifts the tariffs, Bolivia will not resume the talks.", "resume", "negated"),
    # an event noun in the consequent shares its condition
    ("If Quito asks, Bolivia will assist with the evacuation.", "evacuation", "hypothetical"),
    # "asked if ..." is a question, the asking is not conditional
    ("The minister was asked if Quito would impose tariffs.", "asked", "asserted"),
    # a "to ..." purpose is what the act is for, not what happened
    ("Bolivia sent soldiers to guard the pass.", "guard", "planned"),
    ("Soldiers were flown to the border to stop the smugglers.", "stop", "planned"),
    ("The two governments signed a protocol to let the ships dock.", "dock", "planned"),
    ("Bolivia did not send soldiers to guard the pass.", "guard", "negated"),
    # ... unless the act itself fulfils it: a meeting's talking, a strike's protest
    ("The envoys met in Sucre on Monday to review the truce.", "review", "asserted"),
    ("Miners stayed away from work to protest against the tax.", "protest", "asserted"),
]


@pytest.mark.parametrize(("sentence", "word", "expected"), CASES)
def test_modality_in_news_constructions(nlp, sentence: str, word: str, expected: str) -> None:
    assert modality(token_of(nlp, sentence, word)) == expected


def test_whether_complement_conditions_nothing(nlp) -> None:
    # "whether" opens what was discussed, not a condition on the discussing
    assert (
        modality(token_of(nlp, "The envoys discussed whether to reopen the pass.", "discussed")) == "asserted"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Asked by reporters whether Peru would expel the diplomats, the Chilean minister said no.",
        "When asked about the tariffs on Chile, the Peruvian minister declined to comment.",
        "Peru's foreign minister was asked if Chile planned new talks.",
        "Peru asked Chile what the inspectors had found.",
    ],
)
def test_reporters_question_is_no_request(nlp, sentence: str) -> None:
    run = coder_for(nlp, NAMES)
    assert all(not (e.type == "REQUEST" and e.trigger.lower() == "asked") for e in run(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Peru asked Chile to withdraw its troops.",
        "Peru asked Chile for help.",
        "Asked to leave Chile, the Peruvian envoy departed.",
    ],
)
def test_asking_someone_to_act_is_a_request(nlp, sentence: str) -> None:
    run = coder_for(nlp, NAMES)
    assert any(e.type == "REQUEST" and e.trigger.lower() == "asked" for e in run(sentence))


def test_conditional_help_is_not_coded_as_done(nlp) -> None:
    run = coder_for(nlp, NAMES)
    events = run("If Chile agrees, Peru will send troops to the border.")
    assert events and all(e.modality == "hypothetical" for e in events if e.trigger.startswith("send"))
