"""Round 23 (issue 12, r23ev): what an article's body holds that is no event of its story. Invented
sentences through the full pipeline with the real knowledge base, beside the acts that stay."""

from __future__ import annotations

import pytest
from coding_support import pipeline_events, types_of

from dateline.events.link_lists import listed_lines, within

BODY = (
    "Chile recalls its ambassador from Peru\n\n"
    "Chile recalled its ambassador from Lima on Monday over the river dispute, the ministry said.\n\n"
    "The Peruvian foreign minister called the decision regrettable.\n\n"
)


def test_a_list_of_related_headlines_reports_nothing(pipeline):
    text = BODY + (
        "Bolivia and Paraguay sign a river accord in Asuncion\n\n"
        "Ecuador expels the Colombian ambassador after a raid\n\n"
        "Uruguay hosts talks on a regional trade bloc\n\n"
        "Peru said it would answer the recall in the coming days.\n"
    )
    triggers = [e.trigger for e in pipeline_events(pipeline, text)]
    assert any("recalled" in t for t in triggers)
    assert not any(word in t for t in triggers for word in ("sign", "expels", "talks"))


def test_bulleted_headlines_between_paragraphs_report_nothing(pipeline):
    text = BODY + (
        "- Why Ecuador expelled the Colombian ambassador\n"
        "- What is the river dispute between Chile and Peru about?\n"
        "Peru said it would answer the recall in the coming days.\n"
    )
    triggers = [e.trigger for e in pipeline_events(pipeline, text)]
    assert not any("expelled" in t for t in triggers)


def test_a_title_and_its_standfirst_stay():
    # before the body has begun, unclosed lines are the title, a standfirst or key points
    text = (
        "Ecuador expels the Colombian ambassador\n"
        "Quito gives the envoy 72 hours to leave\n"
        "Bogota summons Ecuador's envoy in reply\n"
        "Ecuador expelled the Colombian ambassador on Monday, the ministry said.\n"
    )
    assert listed_lines(text) == []


def test_a_heading_or_a_repeated_title_is_no_list():
    text = (
        "The envoy left on Monday.\nThe ministry confirmed it.\n"
        "Ecuador expels the Colombian ambassador\n"
        "Ecuador expels the Colombian ambassador\n"
        "Trade and security\n"
        "Both sides want calm.\n"
    )
    assert listed_lines(text) == []


def test_within_finds_the_line_of_an_offset():
    spans = [(5, 10), (12, 20)]
    found = [within(spans, o) for o in (0, 5, 9, 10, 12, 19, 20)]
    assert found == [False, True, True, False, True, True, False]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # what the noun was doing when the news happened: its circumstances
        ("Chile protested to the Bolivian consul, who was visiting the border towns when the dispute "
         "flared.", "CONSULT"),
        ("Bolivia recalled its envoy from Chile, whose troops are fighting Peruvian forces along the border.",
         "ASSAULT"),
        ("Peru summoned the envoy of Chile, which has been pressuring Lima to open a corridor to the sea.",
         "REQUEST"),
    ],
)  # fmt: skip
def test_a_progressive_relative_clause_is_background(pipeline, text, absent):
    assert absent not in types_of(pipeline_events(pipeline, text))


@pytest.mark.parametrize(
    ("text", "present"),
    [
        # a past relative clause is an occasion referred back to; a progressive main clause is news
        ("The Chilean foreign minister, who visited Lima on Monday, signed the accord.", "CONSULT"),
        ("The Chilean foreign minister is visiting Lima this week.", "CONSULT"),
    ],
)  # fmt: skip
def test_the_visit_stays(pipeline, text, present):
    assert present in types_of(pipeline_events(pipeline, text))


@pytest.mark.parametrize(
    "text",
    [
        # an attack in words is no force: an attack on a person "verbally", on a democracy or a dignity
        "Chile summoned the Peruvian ambassador after the Peruvian president verbally attacked the Chilean "
        "premier on Sunday.",
        "Chile's foreign minister called Peru's decision an attack on the dignity of the Chilean people.",
    ],
)  # fmt: skip
def test_an_attack_in_words_is_no_assault(pipeline, text):
    assert "ASSAULT" not in types_of(pipeline_events(pipeline, text))


def test_an_armed_attack_stays(pipeline):
    text = "Peruvian troops attacked a Chilean border post on Sunday."
    assert "ASSAULT" in types_of(pipeline_events(pipeline, text))
