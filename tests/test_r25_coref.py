"""Round 25 (r25coref, issue 12): "the island" is the island state named before. Real knowledge base;
the sentences are invented."""

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
            "Canada sent a trade mission to Jamaica in May. Ottawa cut its aid to the island in June.",
            "the island",
            ["JAM"],
        ),
        ("Greece met Cyprus. Athens said the island would join the pact.", "the island", ["CYP"]),
        (  # a head before another head describes it (passed before; kept working)
            "Norway praised Fiji. Oslo signed a fisheries pact with the island nation on Monday.",
            "the island nation",
            ["FJI"],
        ),
    ],
)
def test_the_island_is_the_island_state_named_before(resolver, nlp, text, phrase, countries):
    assert _described(resolver, nlp, text)[phrase] == countries


@pytest.mark.parametrize(
    "text",
    [
        "Japan protested after Chinese ships sailed near the island of Okinawa.",  # a place's name
        "Kenya and Uganda signed a pact on the island.",  # no island state named
        "Cuba hosted Chile. Havana said the islands would be opened.",  # a plural: a territory as often
    ],
)
def test_no_island_state_where_nothing_points_to_one(resolver, nlp, text):
    assert _described(resolver, nlp, text) == {}
