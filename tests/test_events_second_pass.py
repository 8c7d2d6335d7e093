"""Classes found on the dev half of the news corpus (second pass on issue 12), through the full pipeline
with the real knowledge base. The sentences are invented.
"""

from __future__ import annotations

import pytest

from dateline.pipeline import Pipeline
from dateline.records import EventMention, RawDocument


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline()


def _events(pipeline: Pipeline, text: str, published: str | None = "2024-03-15") -> list[EventMention]:
    raw = RawDocument(source="test", id="t", text=text, published=published)
    return pipeline.process(raw).events


def _countries(event: EventMention, side: str | None = None) -> set[str | None]:
    return {ea.actor.country for ea in event.actors if side is None or ea.side == side}


def _of_type(events: list[EventMention], event_type: str) -> EventMention:
    found = [e for e in events if e.type == event_type]
    assert found, [(e.type, e.trigger, [ea.actor.name for ea in e.actors]) for e in events]
    return found[0]


# --- a lone surname the whole KB gives to one person --------------------------------------------------


def test_lone_surnames_of_known_people_are_participants_without_a_full_name(pipeline):
    # Neither full name is ever given, and the small parser tags the surnames as an organisation and a
    # place; each surname belongs to one hand-written KB person only.
    event = _of_type(_events(pipeline, "Lavrov and Blinken met briefly in Vienna.", None), "CONSULT")
    assert {ea.actor.name for ea in event.actors} == {"Sergey Lavrov", "Antony Blinken"}


def test_a_lone_capitalised_word_that_is_a_date_or_a_common_noun_is_no_person(pipeline):
    events = _events(pipeline, "In May, Rice exporters met Sheinbaum in Mexico City.")
    event = _of_type(events, "CONSULT")
    assert _countries(event) == {"MEX"}


# --- a breach of a norm reported by someone is their accusation ---------------------------------------


def test_a_reported_breach_is_the_speakers_accusation_of_the_violator(pipeline):
    text = "Serbia violated the Brussels agreement, Kosovo's prime minister Albin Kurti said on Sunday."
    event = _of_type(_events(pipeline, text), "ACCUSE")
    assert _countries(event, "source") == {"XKX"} and _countries(event, "target") == {"SRB"}
    assert not [e for e in _events(pipeline, text) if e.type == "REJECT"]


def test_a_breach_reported_through_a_noun_of_view_is_an_accusation(pipeline):
    text = "The Dutch prime minister reiterated his position that Russia breached international law."
    event = _of_type(_events(pipeline, text), "ACCUSE")
    assert _countries(event, "source") == {"NLD"} and _countries(event, "target") == {"RUS"}


def test_a_breach_in_a_stated_position_without_that_is_an_accusation(pipeline):
    # The parser reads "his position Russia breached ..." as a relative clause of "position".
    text = "Kenyan President William Ruto reiterated his view Somalia violated the maritime accord."
    event = _of_type(_events(pipeline, text), "ACCUSE")
    assert _countries(event, "source") == {"KEN"} and _countries(event, "target") == {"SOM"}


def test_a_breach_by_a_thing_said_by_a_ministry_accuses_the_things_owner(pipeline):
    text = "Chinese naval drills near the reef violated Manila's sovereignty, the Philippine ministry said."
    event = _of_type(_events(pipeline, text), "ACCUSE")
    assert _countries(event, "source") == {"PHL"} and "CHN" in _countries(event, "target")


def test_a_breach_stated_by_the_narrator_stays_the_violators_act(pipeline):
    events = _events(pipeline, "Serbia violated the Brussels agreement on Sunday.")
    assert not [e for e in events if e.type == "ACCUSE"]


# --- a person welcomed in person is a guest received ---------------------------------------------------


def test_welcoming_a_visiting_leader_is_hosting_him(pipeline):
    text = "Kenyan President William Ruto welcomed the Ugandan president to Nairobi on Monday."
    event = _of_type(_events(pipeline, text), "CONSULT")
    assert event.mode == "host"
    assert _countries(event, "source") == {"KEN"} and _countries(event, "target") == {"UGA"}


def test_a_leader_welcomed_by_the_host_is_a_hosted_visit(pipeline):
    text = "Kenyan President William Ruto was welcomed by Chinese President Xi Jinping in Beijing."
    event = _of_type(_events(pipeline, text), "CONSULT")
    assert event.mode == "host"
    assert _countries(event, "source") == {"CHN"} and _countries(event, "target") == {"KEN"}


def test_welcoming_a_decision_stays_support(pipeline):
    events = _events(pipeline, "Kenya welcomed the Ugandan decision to reopen the border.")
    assert not [e for e in events if e.type == "CONSULT"]
    assert _of_type(events, "SUPPORT")


# --- tariffs imposed, and measures lifted ---------------------------------------------------------------


def test_tariffs_ordered_on_a_country_are_a_sanction(pipeline):
    event = _of_type(_events(pipeline, "President Joe Biden ordered tariffs on Mexico."), "SANCTION")
    assert _countries(event, "source") == {"USA"} and _countries(event, "target") == {"MEX"}


def test_a_measure_lifted_is_a_retreat_and_no_new_sanction(pipeline):
    events = _events(pipeline, "Japan removed the sanctions on Iran on Tuesday.")
    assert _of_type(events, "RETREAT").mode == "ease"
    assert not [e for e in events if e.type == "SANCTION"]


def test_tariffs_applied_are_a_sanction_but_tariffs_as_a_subject_are_not(pipeline):
    events = _events(pipeline, "Argentina will apply tariffs on Chile from March.")
    assert _countries(_of_type(events, "SANCTION"), "source") == {"ARG"}
    subject = _events(pipeline, "Chilean tariffs aim to protect farmers.")
    assert not [e for e in subject if e.type == "SANCTION"]


def test_a_diplomat_declared_persona_non_grata_is_expelled(pipeline):
    text = "On Monday Poland recognised two diplomats of the Belarusian embassy as persona non grata."
    event = _of_type(_events(pipeline, text), "SANCTION")
    assert event.mode == "expel"
    assert _countries(event, "source") == {"POL"} and _countries(event, "target") == {"BLR"}


def test_a_passive_persona_non_grata_is_an_expulsion(pipeline):
    text = "Four Lithuanian embassy staff were declared persona non grata on Tuesday."
    event = _of_type(_events(pipeline, text), "SANCTION")
    assert event.mode == "expel" and _countries(event, "target") == {"LTU"}


# --- an order to one's own forces is the commander's own act --------------------------------------------


def test_an_order_to_ones_own_military_is_the_act_ordered(pipeline):
    text = "President Erdogan ordered his army to halt the shelling of Syrian villages."
    events = _events(pipeline, text)
    halt = _of_type(events, "RETREAT")
    assert _countries(halt, "source") == {"TUR"}
    assert not [e for e in events if e.type == "REQUEST"]


def test_an_order_to_another_party_stays_a_request(pipeline):
    events = _events(pipeline, "President Erdogan ordered Syria to halt the shelling of the villages.")
    request = _of_type(events, "REQUEST")
    assert _countries(request, "source") == {"TUR"} and _countries(request, "target") == {"SYR"}
