"""Event types on wire and news sentences, round 24 (issue 12, helper r24wire): ties cut through
official communication, willingness, allegiance, nominees confirmed, coalitions left, advisers expelled,
a withdrawal of "its own" after an expulsion, an option not ruled out. Real spaCy, the whole pipeline;
the sentences are invented."""

from __future__ import annotations

import pytest
from coding_support import of_type, pipeline_events, types_of


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Peru cut off all official communication with the new Chilean cabinet.", "SANCTION"),
        ("The Chilean ministry announced its willingness to reopen the border with Peru.", "AGREE"),
        ("The Peruvian militia pledged its allegiance to the new president of Chile.", "SUPPORT"),
        ("The Chilean senate confirmed the president's nominee for foreign minister.", "SUPPORT"),
        ("The Chilean assembly approved three judges to serve on the court.", "SUPPORT"),
        ("The Chilean Socialist Party quit the ruling coalition on Friday.", "SANCTION"),
        ("Peru ordered the expulsion of the Chilean advisers.", "SANCTION"),
        ("Peru expelled the Chilean advisers.", "SANCTION"),
    ],
)
def test_verb_sets_read_with_their_cameo_sense(pipeline, text, kind):
    assert kind in types_of(pipeline_events(pipeline, text)), text


@pytest.mark.parametrize(
    ("text", "kind", "other", "absent"),
    [
        (
            "Peru cut off all official communication with the new Chilean cabinet.",
            "SANCTION",
            "The Chilean authorities cut communications in the northern region.",
            "SANCTION",
        ),
        (
            "The Chilean senate confirmed the president's nominee for foreign minister.",
            "SUPPORT",
            "The Chilean minister confirmed the appointment of a new envoy to Peru.",
            "SUPPORT",
        ),
        (
            "The Peruvian militia pledged its allegiance to the new president of Chile.",
            "SUPPORT",
            "The Peruvian militia pledged its allegiance to the new president of Chile.",
            "AGREE",
        ),
    ],
)
def test_the_sense_and_its_neighbour(pipeline, text, kind, other, absent):
    """Ties cut, not a region; a nominee confirmed, not an appointment told; allegiance as support only."""
    assert kind in types_of(pipeline_events(pipeline, text)), text
    assert absent not in types_of(pipeline_events(pipeline, other)), other


def test_its_own_withdrawn_after_an_expulsion_are_its_envoys_not_after_forces(pipeline):
    events = pipeline_events(
        pipeline, "Peru expelled two Chilean diplomats and will withdraw its own from Santiago."
    )
    assert "RETREAT" not in types_of(events)
    assert len([e for e in events if e.type == "SANCTION"]) == 2
    forces = pipeline_events(
        pipeline, "The Chilean rebels withdrew their fighters and the Peruvian army withdrew its own."
    )
    assert "SANCTION" not in types_of(forces)


def test_talks_not_ruled_out_are_held_possible_ruled_out_rejected(pipeline):
    event = of_type(
        pipeline_events(pipeline, "The Peruvian minister did not rule out talks with Chile."), "CONSULT"
    )
    assert event.modality == "hypothetical"
    assert "REJECT" in types_of(
        pipeline_events(pipeline, "The Peruvian minister ruled out talks with Chile.")
    )


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Lima described the phone call as a petty move by Santiago.", "ACCUSE"),
        ("The Chilean minister called the summit with Peru a cheap stunt.", "ACCUSE"),
        ("Peru labelled the Chilean decision disproportionate.", "ACCUSE"),
        ("Chile called the Peruvian dam an act of water warfare.", "ACCUSE"),
        ("The Peruvian premier took a swipe at the Chilean central bank.", "ACCUSE"),
        ("Peru recalled its diplomatic staff from Santiago.", "SANCTION"),
        ("The two states called back their diplomatic staff from Lima.", "SANCTION"),
        ("Peru suspended all high-level visits to Chile.", "SANCTION"),
        ("Peru gave all Chilean nationals 48 hours to leave the country.", "COERCE"),
        ("Peru and Chile launched joint patrols along the border.", "COOPERATE"),
        ("Peru and Chile formed a joint task force against smuggling.", "COOPERATE"),
        (
            "The Peruvian ministry said it would take action against Chilean ships that enter the zone.",
            "THREATEN",
        ),
    ],
)
def test_more_verb_sets_read_with_their_cameo_sense(pipeline, text, kind):
    assert kind in types_of(pipeline_events(pipeline, text)), text


def test_measures_against_an_ill_are_no_threat_and_fighting_smuggling_no_attack(pipeline):
    assert "THREATEN" in types_of(
        pipeline_events(pipeline, "Peru said it would take measures against Chilean trawlers.")
    )
    assert "THREATEN" not in types_of(
        pipeline_events(pipeline, "Peru said it would take measures against inflation.")
    )
    assert "ASSAULT" not in types_of(
        pipeline_events(pipeline, "Peru and Chile formed a joint task force to fight smuggling.")
    )


def test_a_wire_items_second_passive_act_after_a_comma(pipeline):
    assert types_of(
        pipeline_events(pipeline, "The activists were detained for a week, released on bail.")
    ) >= {"COERCE", "RETREAT"}
