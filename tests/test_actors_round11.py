"""Round 11 actor classes (issue 12): a city named by "the city of X" or in apposition to "the capital" is
a place, not the government seated there; a demonym the secondary (Phoenix) table also lists as a
country's name stays a demonym ("the Malaysian city"); "both countries" addressed by a third party who
named them in the same sentence are the two it named, not itself and one of them. Real knowledge base;
the sentences are invented."""

from __future__ import annotations

from datetime import date

import pytest
from actor_support import resolved

from dateline.records import DateInterval, DocumentTime

DAY = date(2025, 3, 1)


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("The talks opened in the Kenyan city of Nairobi on Monday.", "Nairobi"),
        ("Delegates gathered in the Ethiopian capital, Addis Ababa, on Monday.", "Addis Ababa"),
    ],
)
def test_a_city_named_as_a_city_is_a_place(resolver, nlp, text, city):
    assert resolved(resolver, nlp, text, DAY, "role")[city][2] == "place"


def test_a_capital_as_subject_still_stands_for_its_government(resolver, nlp):
    assert resolved(resolver, nlp, "Nairobi rejected the proposal.", DAY, "role")["Nairobi"][2] == "metonymy"


@pytest.mark.parametrize("demonym", ["Malaysian", "German", "Brazilian"])
def test_a_demonym_on_a_thing_is_a_modifier_not_the_country(resolver, nlp, demonym):
    found = resolved(resolver, nlp, f"The talks were held in a {demonym} city on Monday.", DAY, "role")
    assert found[demonym][2] == "demonym (modifier)"


def _groups(resolver, nlp, text: str) -> dict[str, set[str | None]]:
    doc = nlp(text)
    mentions = resolver.resolve(doc, DocumentTime(DAY, DateInterval(DAY, DAY, "day")))
    return {m.text: {a.country for a in m.actors} for m in mentions if m.how == "plural"}


def test_both_countries_a_third_party_urges_are_the_two_it_named(resolver, nlp):
    text = (
        "On Friday, Tanzanian President Samia Suluhu Hassan phoned Kenyan President William Ruto and "
        "Ugandan President Yoweri Museveni, urging the leaders of both countries to respect the truce."
    )
    assert _groups(resolver, nlp, text)["both countries"] == {"KEN", "UGA"}


def test_both_countries_of_a_two_party_sentence_are_its_two(resolver, nlp):
    text = "Kenya and Uganda signed a border deal, and both countries promised to respect it."
    assert _groups(resolver, nlp, text)["both countries"] == {"KEN", "UGA"}
