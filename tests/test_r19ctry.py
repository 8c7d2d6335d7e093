"""Round 19 (r19ctry, issue 12): the parties of an act named inside what another act is about are not
that act's parties. Real knowledge base and pipeline; the sentences are invented."""

from __future__ import annotations

import pytest
from coding_support import countries_of, of_type, pipeline_events


# The parties of another act, named inside what an act is about, are not the act's parties.
@pytest.mark.parametrize(
    ("text", "event_type", "kept", "dropped"),
    [
        # an accusation about an agreement: its maker is the target, its partner is not
        (
            "Norway's foreign minister expressed concern regarding Fiji's cooperation agreement with China.",
            "ACCUSE",
            {"NOR", "FJI"},
            {"CHN"},
        ),
        # an act judged: its doer is the target, whom it was done to is not
        ("Kenya condemned the Russian attack on Ukraine.", "ACCUSE", {"KEN", "RUS"}, {"UKR"}),
        (
            "Brazil denounced the embargo imposed by the United States on Cuba.",
            "ACCUSE",
            {"BRA", "USA"},
            {"CUB"},
        ),
        # a relation noun nested in what is asked: its parties are not the addressees
        (
            "Chile called on India to mediate for a solution to the conflict between Peru and Bolivia.",
            "REQUEST",
            {"CHL", "IND"},
            {"PER", "BOL"},
        ),
    ],
)
def test_parties_of_a_nested_act_are_not_the_acts(pipeline, text, event_type, kept, dropped):
    countries = countries_of(of_type(pipeline_events(pipeline, text), event_type))
    assert kept <= countries
    assert not countries & dropped


@pytest.mark.parametrize(
    ("text", "event_type", "kept"),
    [
        # the act's own noun keeps its partner
        ("Kenya signed an agreement with Uganda on Monday.", "SUPPORT", {"KEN", "UGA"}),
        # what is asked for or welcomed, said of the act itself, keeps its parties
        ("Kenya called for talks between Ethiopia and Somalia.", "REQUEST", {"KEN", "ETH", "SOM"}),
        ("Kenya welcomed the agreement between Ethiopia and Somalia.", "SUPPORT", {"KEN", "ETH", "SOM"}),
        # rejecting talks with someone is an act towards them
        ("Russia rejected talks with Ukraine.", "REJECT", {"RUS", "UKR"}),
        # the start of an act is the act named
        ("Kenya welcomed the start of talks between Ethiopia and Somalia.", "SUPPORT", {"KEN", "ETH", "SOM"}),
        # "blame X on Y": the parser hangs Y on X, yet Y is blamed
        ("The Kenyan minister blamed the attack on Somalia.", "ACCUSE", {"KEN", "SOM"}),
    ],
)
def test_parties_of_the_acts_own_object_stay(pipeline, text, event_type, kept):
    assert kept <= countries_of(of_type(pipeline_events(pipeline, text), event_type))


# A state's territory that force or troops enter names that state as the target.
@pytest.mark.parametrize(
    ("text", "event_type", "countries"),
    [
        ("Several Russian jets entered Finnish airspace on Friday.", "MOBILIZE", {"RUS", "FIN"}),
        ("Chile carried out airstrikes inside Peruvian territory on Friday.", "ASSAULT", {"CHL", "PER"}),
        ("Israel launched strikes on Lebanese territory on Monday.", "ASSAULT", {"ISR", "LBN"}),
    ],
)
def test_entered_territory_is_the_target(pipeline, text, event_type, countries):
    assert countries_of(of_type(pipeline_events(pipeline, text), event_type)) == countries


def test_a_border_approached_is_no_territory_entered(pipeline):
    events = pipeline_events(pipeline, "Russian troops massed near the Ukrainian border on Monday.")
    assert "UKR" not in countries_of(of_type(events, "MOBILIZE"))


def test_a_subject_hung_on_an_auxiliary_is_its_verbs(nlp):
    doc = nlp("Chile had already this year removed Peru from the list.\nIt said so. They left.")
    chile = next(t for t in doc if t.text == "Chile")
    assert (chile.dep_, chile.head.text) == ("nsubj", "removed")
    assert len(list(doc.sents)) == 3  # the sentences stay as they are


def test_the_doer_of_a_verb_whose_auxiliary_held_the_subject(pipeline):
    text = "In a round of steps, Chile had already this year removed Peru from a white list."
    assert countries_of(of_type(pipeline_events(pipeline, text), "SANCTION")) == {"CHL", "PER"}
