"""Round 17 (r17ctry, issue 12): a country named again by a description of its region or kind ("the
Baltic country", "the archipelago", "the Central Asian countries") is the fitting country named before.
Real knowledge base; the sentences are invented."""

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
            "Poland summoned the envoy of Estonia on Monday. "
            "Warsaw later thanked the Baltic country for its help.",
            "the Baltic country",
            ["EST"],
        ),
        (
            "Japan pledged aid to Vanuatu. Tokyo will send engineers to the Pacific nation next month.",
            "the Pacific nation",
            ["VUT"],
        ),
        (
            "Indonesia sent police to Fiji in May. Jakarta said the archipelago had asked for help.",
            "the archipelago",
            ["FJI"],
        ),
        (
            "Turkey hosted the leaders of Kenya and Uganda. "
            "Ankara praised the East African countries for their reforms.",
            "the East African countries",
            ["KEN", "UGA"],
        ),
    ],
)
def test_a_description_is_the_fitting_country_named_before(resolver, nlp, text, phrase, countries):
    assert _described(resolver, nlp, text)[phrase] == countries


def test_the_story_country_is_preferred_to_a_passing_one(resolver, nlp):
    text = (
        "Sweden expelled two diplomats of Lithuania on Monday. Lithuania protested. Vilnius recalled its "
        "envoy, a former ambassador to Latvia. Sweden then said it would deport more staff of the Baltic "
        "country."
    )
    assert _described(resolver, nlp, text)["the Baltic country"] == ["LTU"]


def test_never_the_clause_subject_itself(resolver, nlp):
    # Both are island states; the one sending troops is not where they go.
    text = "Japan and the Philippines signed a pact. Japan will send troops to the island nation."
    assert _described(resolver, nlp, text)["the island nation"] == ["PHL"]


@pytest.mark.parametrize(
    "text",
    [
        "Vietnam protested Chinese drills near the Hoang Sa archipelago.",  # a name, not a description
        "Canada summoned the Indian envoy. The country accused India of interference.",  # no region word
        "Estonia and Latvia met. The other Baltic country stayed away.",  # some other country
        "Japan signed the pact. The Baltic country was not invited.",  # nothing fitting named before
    ],
)
def test_no_description_resolved(resolver, nlp, text):
    assert _described(resolver, nlp, text) == {}


def test_a_relative_clause_does_not_bar_the_main_subject(resolver, nlp):
    text = (
        "China signed a pact with Vanuatu. Officials said Vanuatu gets support from Australia, "
        "which sent police to the archipelago last year."
    )
    assert _described(resolver, nlp, text)["the archipelago"] == ["VUT"]


@pytest.mark.parametrize(
    ("text", "phrase", "country"),
    [
        ("Russia warned Moldova on Monday. Moscow called the move by the tiny ex-Soviet republic aggressive.",
         "the tiny ex-Soviet republic", "MDA"),
        ("Hamas fighters attacked Israel. Iran praised the strike on the Jewish state.",
         "the Jewish state", "ISR"),
        ("Mali expelled the French envoy. Paris said the war-torn Sahel country was isolating itself.",
         "the war-torn Sahel country", "MLI"),
        ("Ethiopia signed a port deal. Somalia said the Horn of Africa nation had broken the law.",
         "the Horn of Africa nation", "ETH"),
    ],
)  # fmt: skip
def test_heads_state_and_republic_and_longer_descriptions(resolver, nlp, text, phrase, country):
    assert _described(resolver, nlp, text)[phrase] == [country]


def test_words_before_the_head_must_describe_it(resolver, nlp):
    # "the attack on the Jewish state": the description starts at its own "the", not at the attack's
    found = _described(resolver, nlp, "Hamas attacked Israel. Iran praised the attack on the Jewish state.")
    assert list(found) == ["the Jewish state"]
    # a bare "state" or "republic" is no description
    assert _described(resolver, nlp, "Egypt hosted the talks. The state said nothing.") == {}


def _countries(resolver, nlp, text: str) -> dict[str, set[str | None]]:
    found = resolver.resolve(nlp(text), DocumentTime(DAY, DateInterval(DAY, DAY, "day")))
    return {m.text: {a.country for a in m.actors} for m in found}


def test_bare_congo_is_the_drc_in_a_story_of_the_drc(resolver, nlp):
    text = "Rwanda denied backing rebels in the DRC. The rebels accused the Congo government of lying."
    assert _countries(resolver, nlp, text)["Congo government"] == {"COD"}


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan threatened to break off relations with Congo and Costa Rica.",  # nothing names the DRC
        "Kinshasa accused Brazzaville of harbouring rebels. Congo denied it.",  # the Republic named too
    ],
)
def test_bare_congo_stays_the_republic_otherwise(resolver, nlp, text):
    assert _countries(resolver, nlp, text)["Congo"] == {"COG"}
