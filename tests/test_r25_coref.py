"""Round 25 (r25coref, issue 12): "that country" is the country named last, and "the island" is the island
state named before. Real knowledge base; the sentences are invented."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.actors.descriptions import DESCRIPTION
from dateline.records import DateInterval, DocumentTime

DAY = date(2024, 3, 15)


def _described(resolver, nlp, text: str) -> dict[str, list[str | None]]:
    """Description text -> the countries it was resolved to, in order."""
    found = resolver.resolve(nlp(text), DocumentTime(DAY, DateInterval(DAY, DAY, "day")))
    return {m.text: [a.country for a in m.actors] for m in found if m.how == DESCRIPTION}


@pytest.mark.parametrize(
    ("text", "phrase", "countries"),
    [
        (
            "Police of Chile entered the embassy of Peru and detained a former minister of that country.",
            "that country",
            ["PER"],
        ),
        (
            "The bloc hosted talks on Bolivia and suspended that country on Friday.",
            "that country",
            ["BOL"],
        ),
        (
            "Egypt cut its ties with Sudan soon after soldiers from that country crossed the border.",
            "that country",
            ["SDN"],
        ),
        (
            "Chile hosted Bolivia. The bloc, which mediates the crisis in Peru, suspended that country.",
            "that country",
            ["PER"],
        ),  # a country in a relative clause on the subject is not the subject's
        (
            "Canada sent a trade mission to Jamaica in May. Ottawa cut its aid to the island in June.",
            "the island",
            ["JAM"],
        ),
        (
            "Norway praised Fiji. Oslo signed a fisheries pact with the island nation on Monday.",
            "the island nation",
            ["FJI"],
        ),
    ],
)
def test_a_demonstrative_or_an_island_is_the_country_named_before(resolver, nlp, text, phrase, countries):
    assert _described(resolver, nlp, text)[phrase] == countries


@pytest.mark.parametrize(
    "text",
    [
        "Spain said that country had broken the accord.",  # only the commanding subject's country
        "Brazil hosted talks on Bolivia. The bloc suspended that country.",  # named in another sentence
        "He said that country music was popular in Kenya.",  # a conjunction, not a determiner
        "Japan protested after Chinese ships sailed near the island of Okinawa.",  # a place's name
        "Kenya and Uganda signed a pact on the island.",  # no island state named
    ],
)
def test_no_description_without_a_country_it_can_point_to(resolver, nlp, text):
    assert _described(resolver, nlp, text) == {}
