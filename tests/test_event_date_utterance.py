"""A verbal act stated about the future is dated by the verb that says it (round 15, issue 11:
`events/utterance.py`), on invented sentences through the whole pipeline."""

from __future__ import annotations

from datetime import date

import dateline
from dateline.events.utterance import saying_verb

THURSDAY = "2024-03-14"
TUESDAY = "2024-03-12"


def _events(text: str, type_: str) -> list:
    return [e for e in dateline.process([{"id": "t", "text": text}], published=THURSDAY) if e.type == type_]


def test_a_threat_in_the_future_is_made_on_the_day_it_is_said() -> None:
    text = '"If anyone meddles in our affairs, Kenya will strike back," the foreign ministry said on Tuesday.'
    (threat,) = _events(text, "THREATEN")
    assert threat.modality == "asserted"
    assert threat.date.start == threat.date.end == threat.date.likely == date(2024, 3, 12)
    assert threat.date.basis.startswith("a verbal act, made when said")


def test_a_refusal_in_the_future_is_made_on_the_day_it_is_said() -> None:
    text = "Speaking to reporters on Tuesday, the Kenyan president said Kenya will not accept the ruling."
    (refusal,) = _events(text, "REJECT")
    assert refusal.date.likely is not None and refusal.date.likely.isoformat() == TUESDAY


def test_a_planned_material_act_still_lies_ahead() -> None:
    # a visit said to come is not done by saying it: still after the report, no day of the statement
    text = "The Kenyan president will visit Uganda next month, the ministry said on Tuesday."
    (visit,) = _events(text, "CONSULT")
    assert visit.modality == "planned"
    assert visit.date.start is not None and visit.date.start.isoformat() > THURSDAY
    assert visit.date.likely is None or visit.date.likely.isoformat() != TUESDAY


def test_the_verb_of_saying_is_found_however_deep_the_clause(nlp) -> None:
    doc = nlp('"We will never tolerate a government threatening our citizens," the prime minister said.')
    threatening = next(t for t in doc if t.text == "threatening")
    said = saying_verb(threatening)
    assert said is not None and said.text == "said"


def test_a_clause_nobody_reports_has_no_verb_of_saying(nlp) -> None:
    doc = nlp("The army will strike the rebels' camps in the north.")
    assert saying_verb(next(t for t in doc if t.text == "strike")) is None


def test_a_threat_told_from_the_past_is_made_on_the_day_it_was_said() -> None:
    text = "Kenya said on Tuesday that it would strike back hard if Uganda attacked again."
    threats = _events(text, "THREATEN")
    assert threats and all(t.date.likely == date(2024, 3, 12) for t in threats)


def test_a_possibility_is_not_a_verbal_act_of_the_day(nlp) -> None:
    # "could constitute a situation threatening the survival": weighed, not a threat made by saying it
    from dateline.events.ontology import load
    from dateline.events.utterance import said_when

    doc = nlp("A blockade could constitute a situation threatening the survival of Japan, she said.")
    threatening = next(t for t in doc if t.text == "threatening")
    assert saying_verb(threatening) is not None
    assert said_when("THREATEN", "asserted", threatening, load(), ()) is None
