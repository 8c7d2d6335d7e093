"""Event types on wire items, round 14 (issue 12, helper r14wire): classes read from LLM-labelled VOA
quotes (kept outside the repository). Real spaCy, the whole pipeline; the sentences are invented."""

from __future__ import annotations

import pytest
from coding_support import of_type, pipeline_events, types_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # force or repression scaled back (CAMEO EASE - * OFF ATTACKS, 087: RETREAT)
        ("Indian authorities said they have begun to ease the security crackdown in Kashmir.", {"RETREAT"}),
        ("The Syrian army eased its siege of the city on Monday.", {"RETREAT"}),
        # restrictions eased keep their concession row; tensions eased are no act
        ("Pakistan eased restrictions on trade with Afghanistan.", {"CONCEDE"}),
        ("The talks eased tensions between India and China.", set()),
        # the supply of goods to someone, or resumed, is aid (CAMEO GRANT set SUPPLY, 070)
        ("Kenya resumed the supply of medicine to the camps.", {"AID"}),
        ("the authorities resumed the supply of food rations to each family", {"AID"}),
        # supplies that only run low are no act
        ("Food supplies are running low in the camps.", set()),
        # an agentless conflict act put ahead on a condition is the threat of whoever stands behind it
        ("If anyone grows opium, his fields will be confiscated.", {"THREATEN"}),
        ("If farmers plant poppy again, their crops will be destroyed.", {"THREATEN"}),
        # what would have happened is no threat, nor is a cooperative act put ahead
        ("If the rebels had attacked, the town would have been destroyed.", set()),
        ("If the talks succeed, aid will be delivered to the region.", set()),
        # a pronoun that refers back to an agent noun does not name its people: the act stays theirs
        (
            "The Kurdish people supported the new constitution and they believed it would bring peace.",
            {"SUPPORT"},
        ),
        ("Refugees and their families have welcomed a new law that protects them.", {"SUPPORT"}),
        ("Farmers welcomed the decision and they thanked the minister.", {"SUPPORT"}),
        # calling for attacks or fighting, from nobody in particular, threatens force (CAMEO CALL
        # {&WEAPON ATTACK}, 138)
        ("The militant leader issued calls for attacks on Kenyan troops.", {"THREATEN"}),
        ("The al-Shabab commander called for attacks on Kenyan troops.", {"THREATEN"}),
        # calling for sanctions against a target stays disapproval (CAMEO 113 rally opposition)
        ("Ukraine called for sanctions against Russia.", {"ACCUSE"}),
    ],
)
def test_wire_classes(pipeline, text, expected):
    assert types_of(pipeline_events(pipeline, text)) == expected, text


def test_the_agentless_threat_is_made_now(pipeline):
    threat = of_type(
        pipeline_events(pipeline, "If anyone grows opium, his fields will be confiscated."), "THREATEN"
    )
    assert threat.modality == "asserted"
    assert [ea.actor.name for ea in threat.actors if ea.side == "source"] == ["unknown"]
