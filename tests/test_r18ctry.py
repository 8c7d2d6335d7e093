"""Round 18 (r18ctry, issue 12): "they" for a body named by a collective noun in the sentence before,
and the ministry an envoy is summoned to. Real knowledge base; the sentences are invented."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from dateline.actors.component import DefaultActorResolver
from dateline.records import DateInterval, DocumentTime

DAY = date(2024, 3, 15)


def _resolved(resolver: DefaultActorResolver, nlp: Language, text: str) -> dict[str, list[str | None]]:
    """Mention text -> the countries it was resolved to (the last mention of that text wins)."""
    found = resolver.resolve(nlp(text), DocumentTime(DAY, DateInterval(DAY, DAY, "day")))
    return {m.text: [a.country for a in m.actors] for m in found}


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        (
            "The Serbian Ministry of Foreign Affairs dismissed a report by a Croatian weekly. "
            "In a note on Friday, they asked the Croatian side for proof.",
            ["SRB"],
        ),
        (
            "The Foreign Ministry of Kenya summoned the Somali ambassador on Monday. "
            "They also demanded an apology from Somalia.",
            ["KEN"],
        ),
        (
            "The Chilean government recalled its envoy from Caracas. They said the vote had been rigged.",
            ["CHL"],
        ),
        # a country's name is not a collective noun: "they" after it is too often someone else
        ("Kenya summoned the Somali ambassador on Monday. They also demanded an apology from Somalia.", None),
        # a collective noun that is not the main subject is not what a sentence-initial "they" means
        ("The Somali envoy criticised the Kenyan government. They demanded an apology from Somalia.", None),
    ],
)
def test_they_is_the_body_a_collective_noun_named(resolver, nlp, text, countries):
    resolved = {k.lower(): v for k, v in _resolved(resolver, nlp, text).items()}
    assert resolved.get("they") == countries


def test_it_after_a_collective_noun_still_resolves(resolver, nlp):
    text = "The Kenyan government summoned the Somali ambassador. It also demanded an apology from Somalia."
    assert _resolved(resolver, nlp, text)["It"] == ["KEN"]


EXPULSIONS = (
    "Latvia has expelled two Belarusian diplomats over spying. The move answers Minsk's expulsion of "
    "Latvian staff. Belarus called it a provocation. "
)


@pytest.mark.parametrize(
    ("text", "ministry", "country"),
    [
        # Belarus is named more often than Latvia, so the home country guessed for a bare "Ministry of
        # Foreign Affairs" was Belarus, the country of the envoy summoned to it.
        (
            "Latvia's foreign minister spoke on Monday. According to him, the Belarusian envoy was "
            "summoned to the Ministry of Foreign Affairs to receive a protest.",
            "the Ministry of Foreign Affairs",
            "LVA",
        ),
        # only the subject of a "to" phrase is read: a ministry that is itself the subject keeps the guess
        (
            "The Ministry of Foreign Affairs said the expulsions were unjustified.",
            "The Ministry of Foreign Affairs",
            "BLR",
        ),
    ],
)
def test_the_ministry_an_envoy_is_summoned_to_is_not_the_envoys(resolver, nlp, text, ministry, country):
    assert _resolved(resolver, nlp, EXPULSIONS + text)[ministry] == [country]
