"""Round 11 actor classes (issue 12): a city named by "the city of X" or in apposition to "the capital" is
a place, not the government seated there; Malaysian titles of honour ("Datuk Seri") before a name are no
part of it; a subject pronoun is nobody its own clause names again by surname or by a title only one
person of the article holds. Real knowledge base; the sentences are invented."""

from __future__ import annotations

from datetime import date

import pytest
from actor_support import pronoun_countries, resolved

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


@pytest.mark.parametrize("honour", ["Datuk Seri", "Dato\u2019 Seri", "Dato' Seri"])
def test_titles_of_honour_before_a_name_are_skipped(resolver, nlp, honour):
    text = f"The talks were chaired by Prime Minister {honour} Anwar Ibrahim on Monday."
    found = resolver.resolve(nlp(text), DocumentTime(DAY, DateInterval(DAY, DAY, "day")))
    people = {a.name for m in found for a in m.actors if a.kind == "person"}
    assert people == {"Anwar Ibrahim"}


@pytest.mark.parametrize(
    "second",
    [
        "Modi was called a great leader by Biden, who added that he would host the Prime Minister in June.",
        "Modi was thanked by Biden, and he said he would call Modi again.",
    ],
)
def test_a_subject_pronoun_is_not_whom_its_clause_names_again(pipeline, second):
    text = "Indian Prime Minister Narendra Modi spoke with US President Joe Biden on Monday. " + second
    assert [countries for _, countries in pronoun_countries(pipeline, text)] == [{"USA"}] * second.count(
        " he "
    )


def test_a_title_two_people_hold_bars_neither(pipeline):
    text = (
        "Kenyan President William Ruto hosted Ugandan President Yoweri Museveni on Monday. Ruto spoke to "
        "reporters. Museveni later said he would visit the President next month."
    )
    assert pronoun_countries(pipeline, text) == [("he", {"UGA"})]
