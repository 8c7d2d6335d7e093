"""Round 9b: who comes out of a reported meeting with an agreement, and an act named only as what a
state is about (invented sentences, hand-built actor mentions).

"The ministry said (in a statement that) X met Y, agreeing to ...": the parser hangs the trailing
participle on the reporting verb; what was agreed, pledged or signed is the meeting's parties' act,
not the reporter's. A stance the reporter takes on what it tells, or a further speech act, stays the
reporter's.

"Has faced tensions regarding the expulsion of refugees": an act nobody is said to do, named only as
the subject matter of a state or a feeling, is no report of the act (`non_events.state_topic`).
"""

from __future__ import annotations

import pytest
from coding_support import coder_for, of_type

from dateline.records import Actor

OST_MFA = Actor("ost-mfa", "Ostmark foreign ministry", "OST", "GOV", None, "organization")
VALE = Actor("p1", "Arno Vale", "NRL", "GOV", "foreign minister", "person")
SDR_DEPUTY = Actor(None, "Sudria deputy minister", "SDR", "GOV", "deputy minister", "role")
NRL = Actor("NRL", "Norland", "NRL", "GOV")
SDR_REF = Actor("SDR:REF", "Sudria (REF)", "SDR", "REF", None, "group")

NAMES = {
    "Ostmark foreign ministry": ((OST_MFA,), "organization"),
    "Vale": ((VALE,), "title"),
    "Sudria's deputy minister": ((SDR_DEPUTY,), "title"),
    "Norland": ((NRL,), "country"),
    "Sudrian refugees": ((SDR_REF,), "demonym"),
}
REPORTED = "The Ostmark foreign ministry said in a statement that Vale met with Sudria's deputy minister, "


@pytest.fixture(scope="module")
def code(nlp):
    return coder_for(nlp, NAMES)


def _doers(event) -> set[str | None]:
    return {ea.actor.country for ea in event.actors if ea.side in ("source", "participant")}


def test_an_outcome_of_a_reported_meeting_is_the_parties_act(nlp, code):
    text = REPORTED + "signing a memorandum on fisheries."
    signing = next(t for t in nlp(text) if t.lower_ == "signing")
    assert signing.head.lower_ == "said"  # the attachment this rule reads past
    signed = next(e for e in code(text) if e.trigger.startswith("signing"))
    assert "OST" not in _doers(signed) and "NRL" in _doers(signed)


def test_a_stance_on_the_reported_meeting_stays_the_reporters(nlp, code):
    text = REPORTED + "accusing Norland of overfishing."
    accusing = next(t for t in nlp(text) if t.lower_ == "accusing")
    assert accusing.head.lower_ == "said"
    accusation = of_type(code(text), "ACCUSE")
    assert _doers(accusation) == {"OST"}


@pytest.mark.parametrize(
    "text",
    [
        "Norland has faced tensions with its neighbours regarding the expulsion of Sudrian refugees.",
        "Aid groups voiced alarm over the deportation of Sudrian refugees.",
    ],
)
def test_an_undone_act_named_as_a_topic_is_no_event(code, text):
    assert not [e for e in code(text) if e.type == "COERCE"]


def test_the_same_act_told_as_news_stays(code):
    # Inside an article: in a one-sentence wire item the act condemned is only what the condemnation is
    # about (round 11, precedence.py).
    lead = "The camps were crowded all winter. Officials met on Friday. "
    assert of_type(code(lead + "Aid groups condemned the deportation of Sudrian refugees."), "COERCE")
    told = of_type(code("Norland deported Sudrian refugees, drawing alarm over the expulsions."), "COERCE")
    assert {ea.actor.country for ea in told.actors if ea.side == "source"} == {"NRL"}
