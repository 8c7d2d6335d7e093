"""Event types, round 17 (issue 12, helper r17wire): trigger families read as one set of verbs with one
list of objects (CAMEO's CANCEL and GRANT / SHIP sets), and time limits set for another's act. Real
spaCy, the whole pipeline; the sentences are invented."""

from __future__ import annotations

import pytest
from coding_support import countries_of, of_type, pipeline_events, types_of

from dateline import nlp
from dateline.events.detect import time_limits


@pytest.mark.parametrize(
    "text",
    [
        # CAMEO FREEZE - * PARTICIPATION [160]: the object the older suspend / halt rows lacked
        "Russia suspended its participation in the arms treaty with the United States.",
        "Hungary froze its participation in the Ukrainian forum.",
        # CANCEL - * GRANTS / AID [1621, 162] for every verb of the set
        "The World Bank halted loans to Ankara.",
        "Washington announced a freeze on aid to Kabul.",
        # CANCEL - * CONSULATE / EMBASSY [161]: the adjective of a consulate
        "Pakistan halted its consular operations in Afghanistan.",
        "Poland suspended consular services in Belarus.",
    ],
)
def test_the_cancel_set_ends_ties_and_aid(pipeline, text):
    assert "SANCTION" in types_of(pipeline_events(pipeline, text)), text


@pytest.mark.parametrize(
    "text",
    [
        "The fighting between Armenia and Azerbaijan halted on Sunday.",  # no tie named
        "Kenyan police halted the march to the French embassy.",  # a march is no tie
        "Ghana suspended the football season after the riots in Togo.",
    ],
)
def test_the_cancel_set_needs_a_tie_or_aid(pipeline, text):
    assert "SANCTION" not in types_of(pipeline_events(pipeline, text)), text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Ethiopian army gave the TPLF 48 hours to surrender.", "REQUEST"),
        ("Peru gives Bolivia an end-of-June deadline to pull its soldiers out.", "REQUEST"),
        ("Washington set a deadline for Kyiv to accept the terms.", "REQUEST"),
        # CAMEO GIVE - * HOURS [139]: with a punishing alternative, an ultimatum
        ("Ethiopia gave the TPLF 72 hours to surrender or face a military offensive on Mekele.", "THREATEN"),
    ],
)
def test_a_time_limit_for_another_act_is_a_demand(pipeline, text, expected):
    events = pipeline_events(pipeline, text)
    assert expected in types_of(events), text
    # the act the time limit is set for is the demand's content, not a surrender or a withdrawal agreed
    assert not {"RETREAT", "AGREE", "ASSAULT"} & types_of(events), text


def test_time_to_leave_is_no_demand(pipeline):
    # an envoy given hours to leave is expelled (the expel rows); told with a pronoun, no demand either
    events = pipeline_events(pipeline, "Niger gave the Belgian envoy 48 hours to leave the capital.")
    assert types_of(events) == {"SANCTION"}
    events = pipeline_events(pipeline, "Niger's junta gives her 48 hours to leave the territory.")
    assert "REQUEST" not in types_of(events)


def test_the_one_given_time_is_the_target(pipeline):
    events = pipeline_events(pipeline, "Peru gives Bolivia an end-of-June deadline to pull its soldiers out.")
    demand = of_type(events, "REQUEST")
    assert countries_of(demand, "source") == {"PER"}
    assert countries_of(demand, "target") == {"BOL"}


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        ("The army gave the rebels 48 hours to surrender.", ["surrender"]),  # on the object
        ("The regulator gave Facebook one week to comply with the rules.", ["comply"]),  # on the verb
        ("The company gave its workers a day off.", []),  # no "to ..." clause
        ("Ghana sent engineers to help build the road.", []),  # a purpose, no span of time
    ],
)
def test_time_limits(text, clauses):
    doc = nlp.load()(text)
    verb = next(t for t in doc if t.lemma_ in ("give", "send"))
    assert [c.text for c in time_limits(verb)] == clauses, text


@pytest.mark.parametrize(
    "text",
    [
        "China shipped vaccines to Cambodia.",
        "The United States shipped ammunition to Israel.",
        "South Korea provided artillery shells to the United States.",
        "Britain transferred tanks to Ukraine.",
        "France handed over artillery shells to Ukraine.",
        "Germany delivered air defence missiles to Kyiv.",
    ],
)
def test_goods_handed_over_are_aid(pipeline, text):
    assert "AID" in types_of(pipeline_events(pipeline, text)), text


@pytest.mark.parametrize(
    "text",
    [
        "The rebels handed over their weapons to the army.",
        "The militia handed over its weapons to the peacekeepers.",
    ],
)
def test_weapons_handed_over_by_a_force_are_a_retreat(pipeline, text):
    # the older hand-over row (a force giving up its arms) is not read as the goods list of round 17
    types = types_of(pipeline_events(pipeline, text))
    assert "RETREAT" in types, text
    assert "AID" not in types, text


@pytest.mark.parametrize(
    "text",
    [
        "Russia shipped tanks to the border with Ukraine.",  # forces moved, not given
        "The Kenyan president transferred power to his deputy.",
        "The Chinese company shipped its products to Europe.",
    ],
)
def test_no_aid_without_goods_given(pipeline, text):
    assert "AID" not in types_of(pipeline_events(pipeline, text)), text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # CAMEO ORDER - * {&SECURITY FORCE} [150], {MORE &MILITARY} [154]: forces ordered to a place
        ("The Pentagon ordered an aircraft carrier to the eastern Mediterranean.", "MOBILIZE"),
        ("Putin ordered more troops to the border with Ukraine.", "MOBILIZE"),
        # an order to act stays the order's
        ("The president ordered the troops to withdraw from Gao.", "REQUEST"),
    ],
)
def test_forces_ordered_to_a_place_are_deployed(pipeline, text, expected):
    types = types_of(pipeline_events(pipeline, text))
    assert expected in types, text
    assert expected == "MOBILIZE" or "MOBILIZE" not in types, text
