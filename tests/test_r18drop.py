"""Round 18 (r18drop, issue 12): gold events whose trigger was found and then dropped. A further joint
act whose subject is the pair the article told before ("The leaders also agreed to ...", "They also
committed to ..."), or a reciprocal one ("The countries blamed each other"), which the actor stage left
unresolved, takes the parties of the article's latest joint act between that many countries
(`events/pair_subject.py`). Export controls tightened against another party are a trade measure against
it (SANCTION: PETRARCH-2 BAN - * EXPORTS [160], RESTRICT - * SALES [163]), as "restricted exports" already
was. Through the full pipeline with the real knowledge base; the sentences are
invented."""

from __future__ import annotations

import pytest
from coding_support import assert_kept_and_dropped, countries_of, pipeline_events

MEETING = "Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima on Monday. "


def _at(events, trigger):
    return [e for e in events if e.trigger == trigger]


PAIRED = {"CHL", "PER"}


@pytest.mark.parametrize(
    ("text", "trigger", "event_type", "countries"),
    [
        (MEETING + "The leaders also agreed to a joint river patrol.", "agreed", "AGREE", PAIRED),
        (MEETING + "They also committed to fight smuggling on the border.", "committed", "AGREE", PAIRED),
        (MEETING + "The parties also agreed to draft a road map.", "agreed", "AGREE", PAIRED),
        (MEETING + "The two countries blamed each other for the delay.", "blamed", "ACCUSE", PAIRED),
        # the latest pair told, not an earlier one
        (
            MEETING
            + "On Wednesday, Boric held talks with Argentine President Javier Milei in Santiago. "
            + "The leaders also agreed to reopen a mountain pass.",
            "agreed",
            "AGREE",
            {"CHL", "ARG"},
        ),
    ],
)
def test_a_further_act_of_the_pair_told_before_takes_its_parties(
    pipeline, text, trigger, event_type, countries
):
    events = _at(pipeline_events(pipeline, text), trigger)
    assert [e.type for e in events] == [event_type], events
    assert countries_of(events[0]) == countries
    assert {ea.side for ea in events[0].actors} == {"participant"}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # one side's own act, not one done together or to each other
        (MEETING + "The leaders also condemned the attack on the border post.", "condemned"),
        # an accord not told as one more: mostly the one told before, told again
        (MEETING + "Secondly, the parties agreed to draft a road map.", "agreed"),
        # a group counted as more parties than the pair told
        (MEETING + "The leaders of the three nations also agreed to meet yearly.", "agreed"),
        # a group that is someone else
        (MEETING + "The leaders of the opposition also agreed to a joint list.", "agreed"),
        (MEETING + "Farmers also agreed to end their strike.", "agreed"),
        # a pair told more than two sentences before
        (
            MEETING + "Boric later flew home. He spoke in Santiago. Farmers marched in Valparaiso. "
            "They also agreed to a joint river patrol.",
            "agreed",
        ),
    ],
)
def test_other_subjects_take_no_pair(pipeline, text, trigger):
    for event in _at(pipeline_events(pipeline, text), trigger):
        assert countries_of(event, "participant") != PAIRED, event.actors


# (sentence, the type it must hold, the type it must not): export controls tightened on another party
EXPORT_ROWS = [
    ("Chile will tighten rules on its chemical exports to Peru.", "SANCTION", "COERCE"),
    ("Chile implemented stricter controls on copper shipments to Peru last week.", "SANCTION", None),
    ("Chile said it would strengthen rules for exports of lithium to Peru.", "SANCTION", None),
    # rules tightened at home, and security tightened, stay what they were
    ("Chile tightened rules on local fishing on Monday.", "COERCE", "SANCTION"),
    ("Chile tightened security along its border with Peru on Monday.", "MOBILIZE", "SANCTION"),
]


@pytest.mark.parametrize(("text", "kept", "dropped"), EXPORT_ROWS)
def test_export_controls_tightened_on_a_party_are_a_sanction(pipeline, text, kept, dropped):
    assert_kept_and_dropped(pipeline, text, kept, dropped)
