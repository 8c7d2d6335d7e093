"""Round 7, recall on news (issue 12): trigger rows for constructions the corpus dev half missed, through
the full pipeline with the real knowledge base. The sentences are invented.
"""

from __future__ import annotations

from coding_support import countries_of, of_type, pipeline_events, types_of

# --- "attacked army positions" is fighting; "attacked the government's position" is criticism ------------


def test_attacking_military_positions_is_an_assault(pipeline):
    events = pipeline_events(pipeline, "Insurgents attacked Malian army positions near Gao on Sunday.")
    assert "ACCUSE" not in types_of(events)
    assert countries_of(of_type(events, "ASSAULT"), "target") == {"MLI"}


def test_attacks_on_border_outposts_are_assaults(pipeline):
    events = pipeline_events(
        pipeline, "Armenia said Azerbaijani troops carried out attacks on its border outposts on Monday."
    )
    assert "ASSAULT" in types_of(events)


def test_attacking_a_stance_stays_a_verbal_attack(pipeline):
    events = pipeline_events(
        pipeline, "The Kenyan opposition leader attacked the government's position on the tax bill."
    )
    assert of_type(events, "ACCUSE").mode == "disapprove"
    assert "ASSAULT" not in types_of(events)


# --- weapons that target a place: the attack of those who sent them (CAMEO TARGET ... [190]) ---------------


def test_drones_targeting_a_capital_are_an_assault(pipeline):
    event = of_type(
        pipeline_events(pipeline, "Overnight, dozens of Ukrainian drones targeted Moscow, officials said."),
        "ASSAULT",
    )
    assert countries_of(event, "source") == {"UKR"}
    assert countries_of(event, "target") == {"RUS"}


def test_targeting_voters_with_adverts_is_no_assault(pipeline):
    events = pipeline_events(pipeline, "The Peruvian campaign targeted young voters with online adverts.")
    assert "ASSAULT" not in types_of(events)
