"""Round 27 (r27part, issue 12): who took part in an act. Restrictions on trade fall on the state whose
goods they name ("tariffs on Japanese and Chinese goods"); the subject of a copula does the act an
infinitive on its complement noun names ("X is the first leader from the bloc to visit Y"); the Polisario
Front is the Sahrawi state's movement. Real knowledge base and pipeline; the sentences are invented."""

from __future__ import annotations

from coding_support import countries_of, of_type, pipeline_events


# Restrictions on trade fall on the state whose goods they name.
def test_threatened_tariffs_on_two_states_goods_fall_on_both(pipeline):
    text = "Brazil's president threatened to impose tariffs on Japanese and Chinese goods last week."
    threat = of_type(pipeline_events(pipeline, text), "THREATEN")
    assert {"JPN", "CHN"} <= countries_of(threat, "target")


def test_restrictions_on_a_states_exports_fall_on_it(pipeline):
    text = "South Korea imposed restrictions on Japanese seafood in May."
    restriction = of_type(pipeline_events(pipeline, text), "COERCE")
    assert countries_of(restriction, "target") == {"JPN"}


# The subject of a copula does what an infinitive on its complement says.
def test_the_first_leader_from_a_group_to_visit_is_the_copulas_subject(pipeline):
    text = "Pedro Sanchez is the first leader from the G7 countries to visit Kenya this year."
    visit = of_type(pipeline_events(pipeline, text), "CONSULT")
    assert countries_of(visit, "source") == {"ESP"}
    assert countries_of(visit, "target") == {"KEN"}


# The Polisario Front is the Sahrawi state's movement.
def test_the_polisario_front_is_sahrawi(pipeline):
    text = "The Polisario Front denounced Spain's stance on Tuesday."
    accusation = of_type(pipeline_events(pipeline, text), "ACCUSE")
    assert countries_of(accusation, "source") == {"ESH"}
