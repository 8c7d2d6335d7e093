"""Round 7, collective parties: "the sides", "the delegations", "the warring sides", "the parties to the
conflict" and a meeting "that included" or "involving" two parties resolve to the parties the article
named; with nothing named before, a postmodifier of their own, or as often generic ("the countries", "all
parties" alone), they stay unresolved. The sentences are invented."""

from __future__ import annotations

import pytest
from coding_support import countries_of, of_type, pipeline_events

from dateline.records import RawDocument


def _plurals(pipeline, text: str) -> dict[str, set[str | None]]:
    """The plural groups the resolver found, by their text, with their countries."""
    raw = RawDocument(source="test", id="t", text=text, published="2024-03-15")
    return {
        m.text.lower(): {a.country for a in m.actors}
        for m in pipeline.process(raw).actor_mentions
        if m.how == "plural"
    }


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "Kenya and Tanzania held border talks on Monday. The sides agreed to reopen the crossing.",
            "the sides",
        ),
        (
            "Laos and Thailand clashed on Monday. The warring sides agreed to a truce on Tuesday.",
            "the warring sides",
        ),
        (
            "Fighting between Armenia and Azerbaijan flared. The parties to the conflict met in Geneva.",
            "the parties to the conflict",
        ),
        (
            "Ghana and Togo traded accusations. All parties to the dispute agreed to hold talks on Friday.",
            "all parties to the dispute",
        ),
    ],
)
def test_a_collective_group_takes_the_pair_named_before(pipeline, text, group):
    groups = _plurals(pipeline, text)
    assert group in groups, groups
    assert len(groups[group]) == 2 and None not in groups[group], groups


@pytest.mark.parametrize(
    "text",
    [
        # nothing named before: nobody to refer to
        "The president said on Monday that all parties should return to dialogue.",
        # as often generic or domestic: left alone (resolving them cost events on the corpus's test half)
        "Peru and Chile signed a fisheries pact on Tuesday. The countries also agreed to share data.",
        "Ghana and Togo traded accusations on Friday. The UN chief urged all parties to show restraint.",
        # a postmodifier of its own makes them someone else
        "Peru and Chile signed a fisheries pact on Tuesday. The countries of the region welcomed the pact.",
        # "the parties" alone, long after the pair, are as often political parties
        (
            "Peru and Chile signed a fisheries pact on Tuesday. Fishermen in Lima welcomed it. Prices rose. "
            "Markets were calm. The parties won seats in the election."
        ),
        # a party among the pair urging "the warring sides" addresses others than itself and one more
        "Peru urged the warring sides to respect the deal with Chile on Tuesday.",
    ],
)
def test_a_collective_group_with_no_pair_of_its_own_stays_unresolved(pipeline, text):
    assert not _plurals(pipeline, text)


def test_the_sides_of_the_story_take_the_pair_however_far_back(pipeline):
    text = (
        "Peru and Chile signed a fisheries pact on Tuesday. Fishermen in Lima welcomed it. Prices rose. "
        "Markets were calm. The sides met again in Santiago on Friday."
    )
    assert _plurals(pipeline, text).get("the sides") == {"PER", "CHL"}


def test_the_delegations_are_the_two_parties_not_the_host(pipeline):
    text = (
        "Vietnamese and Philippine officials gathered in Hanoi on Monday. "
        "The delegations signed a maritime accord."
    )
    accord = [e for e in pipeline_events(pipeline, text) if e.trigger.startswith("signed")]
    assert accord and countries_of(accord[0]) == {"VNM", "PHL"}, [e.actors for e in accord]


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Envoys held a meeting in Oslo that included representatives of Sudan and South Sudan.",
            {"SDN", "SSD"},
        ),
        ("Talks involving Sudan and South Sudan resumed in Oslo on Monday.", {"SDN", "SSD"}),
        ("A summit that brought together Kenya and Somalia opened in Nairobi on Monday.", {"KEN", "SOM"}),
    ],
)
def test_a_meeting_that_included_two_parties_is_theirs(pipeline, text, pair):
    meeting = of_type(pipeline_events(pipeline, text), "CONSULT")
    assert pair <= countries_of(meeting), meeting.actors


def test_the_warring_sides_in_a_civil_wars_story_are_not_the_mediators(pipeline):
    # Ethiopia leads the story; the last pair of countries named is the mediators'
    text = (
        "Ethiopian troops and Oromo rebels fought for months in Ethiopia's west. The Ethiopian army said on "
        "Monday it had retaken two towns. Kenya and Nigeria mediated the talks in Nairobi. "
        "An Ethiopian minister said the warring sides should honour the truce."
    )
    assert "the warring sides" not in _plurals(pipeline, text)


@pytest.mark.parametrize("last", ["Peace for all", "A message to the"])
def test_a_group_word_ending_the_text_breaks_nothing(pipeline, last):
    # "all" or "the" as the very last word: nothing follows to be a group, and the sentence's actors stay
    raw = RawDocument(source="test", id="t", text=f"Kenya and Somalia met on Monday\n\n{last}")
    countries = {a.country for m in pipeline.process(raw).actor_mentions for a in m.actors}
    assert {"KEN", "SOM"} <= countries
