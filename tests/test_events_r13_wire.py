"""Event types on wire items, round 13 (issue 12, helper r13wire): classes read from LLM-labelled VOA
quotes (kept outside the repository). Real spaCy, the whole pipeline; the sentences are invented."""

from __future__ import annotations

import pytest
from coding_support import countries_of, of_type, pipeline_events, types_of

from dateline import nlp
from dateline.events.conditions import conditional


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a response announced on a condition is a threat (CAMEO WARN - * (OF RESPONSE), 130)
        ("If the rebels cross the line, the Malian army will respond with force.", {"THREATEN"}),
        ("Moscow would react firmly in the event of a Finnish deployment.", {"THREATEN"}),
        ("Should the junta refuse, Nigeria will take action against its leaders.", {"THREATEN"}),
        ("Hanoi will hit back if Chinese patrol boats return.", {"THREATEN"}),
        (
            "Britain and its allies would respond with economic measures in the event of an escalation.",
            {"THREATEN"},
        ),
        # a conflict act put ahead in the event of something is a threat too (as with "if")
        ("The Chinese government would retaliate in the event of an attack on its ships.", {"THREATEN"}),
        # a response that happened, or an action with no condition, is no threat
        ("Moscow reacted angrily to the Finnish decision.", set()),
        ("Kenya took action to help farmers after the drought.", set()),
    ],
)
def test_responses_announced_on_a_condition(pipeline, text, expected):
    assert types_of(pipeline_events(pipeline, text)) == expected, text


def test_the_conditional_threat_is_made_now_by_its_announcer(pipeline):
    threat = of_type(
        pipeline_events(pipeline, "If the rebels cross the line, the Malian army will respond with force."),
        "THREATEN",
    )
    assert threat.modality == "asserted"
    assert countries_of(threat, "source") == {"MLI"}


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("The army will respond if the rebels attack.", "respond", True),
        ("The army would respond in case of an attack.", "respond", True),
        ("Should the talks fail, the army will respond.", "respond", True),
        ("The army would have responded if the rebels had attacked.", "responded", False),  # did not happen
        ("The army responded after the rebels attacked.", "responded", False),
        ("The army will respond to a report that troops would move in case of war.", "respond", False),
    ],
)
def test_an_act_put_ahead_on_a_condition(text, word, expected):
    doc = nlp.load()(text)
    verb = next(t for t in doc if t.text == word)
    assert conditional(verb) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the act an anniversary or a commemoration counts from is no act of the story's week
        ("The ceremony marked the tenth anniversary of the Israeli invasion of Lebanon.", set()),
        ("Putin spoke days before the anniversary of Russia's invasion of Ukraine.", set()),
        ("Chile held a commemoration of the Peruvian bombardment of Arica.", set()),
        # what is done on the occasion stays, and the act itself told as such stays
        ("Thousands of Kenyans marched in Nairobi on the anniversary of the embassy bombing.", {"PROTEST"}),
        ("Israel invaded Lebanon ten years ago.", {"ASSAULT"}),
    ],
)
def test_acts_an_anniversary_counts_from(pipeline, text, expected):
    assert types_of(pipeline_events(pipeline, text)) == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an act weighed in the conditional is nobody's act, plan or threat
        ("Sanctions on Russia could be counterproductive, Hungary said.", set()),
        ("A ceasefire would be welcome, Qatar said.", set()),
        # an act told as to come stays (a passive, not a judgement)
        ("The meeting between Ruto and Museveni would be held in Kampala, Kenya said.", {"CONSULT"}),
    ],
)
def test_acts_weighed_not_done(pipeline, text, expected):
    assert types_of(pipeline_events(pipeline, text)) == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # prisoners exchanged, told with "trade" (CAMEO TRADE set, - * PRISONERS [0841])
        ("Armenia and Azerbaijan traded 30 prisoners on Tuesday.", {"RETREAT"}),
        ("Russia and Ukraine traded captured soldiers in a prisoner swap.", {"RETREAT"}),
        # barbs traded are no release
        ("Argentina and Chile traded barbs over the fishing quotas.", set()),
    ],
)
def test_prisoners_traded(pipeline, text, expected):
    assert types_of(pipeline_events(pipeline, text)) == expected, text


def test_a_promised_response_on_a_condition_is_the_threat(pipeline):
    events = pipeline_events(pipeline, "Pyongyang vowed that it will respond if Seoul continues the drills.")
    assert types_of(events) == {"THREATEN"}
    assert countries_of(of_type(events, "THREATEN"), "source") == {"PRK"}
