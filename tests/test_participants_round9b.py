"""Round 9b: who comes out of a reported meeting with an agreement (invented sentences, hand-built
actor mentions).

"The ministry said (in a statement that) X met Y, agreeing to ...": the parser hangs the trailing
participle on the reporting verb; what was agreed, pledged or signed is the meeting's parties' act,
not the reporter's. A stance the reporter takes on what it tells, or a further speech act, stays the
reporter's.
"""

from __future__ import annotations

import pytest
from coding_support import coder_for, of_type

from dateline.records import Actor

OST_MFA = Actor("ost-mfa", "Ostmark foreign ministry", "OST", "GOV", None, "organization")
VALE = Actor("p1", "Arno Vale", "NRL", "GOV", "foreign minister", "person")
SDR_DEPUTY = Actor(None, "Sudria deputy minister", "SDR", "GOV", "deputy minister", "role")
NRL = Actor("NRL", "Norland", "NRL", "GOV")

NAMES = {
    "Ostmark foreign ministry": ((OST_MFA,), "organization"),
    "Vale": ((VALE,), "title"),
    "Sudria's deputy minister": ((SDR_DEPUTY,), "title"),
    "Norland": ((NRL,), "country"),
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
