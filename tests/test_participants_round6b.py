"""Round 6b participant classes (issue 12): one plural office title over coordinated countries ("the
Russian and Ukrainian presidents", "the foreign ministers of India and China") is each country's holder
of that office. The sentences are invented."""

from __future__ import annotations

from datetime import date

import pytest
from coding_support import pipeline_events

import dateline
from dateline.actors.component import default_actor_resolver
from dateline.nlp import load
from dateline.records import DateInterval, DocumentTime

ON = DocumentTime(date(2024, 3, 14), DateInterval(date(2024, 3, 14), date(2024, 3, 14)))


def _actors(text: str, on: DocumentTime = ON) -> dict[str, set[str | None]]:
    """Country -> ids of the actors the resolver gave it in the text."""
    found: dict[str, set[str | None]] = {}
    for m in default_actor_resolver().resolve(load()(text), on):
        for a in m.actors:
            if a.country:
                found.setdefault(a.country, set()).add(a.id)
    return found


@pytest.mark.parametrize(
    "text",
    [
        "The Russian and Ukrainian presidents spoke by telephone late on Tuesday.",
        "On Monday the presidents of Russia and Ukraine exchanged letters about prisoners.",
    ],
)
def test_a_plural_office_over_coordinated_countries_is_each_holder(text):
    actors = _actors(text)
    assert actors["RUS"] == {"vladimir-putin"}
    assert actors["UKR"] == {"volodymyr-zelenskyy"}


def test_each_country_keeps_its_own_title_row():
    # "foreign ministers" is one office in each country: its two holders, not the heads of state.
    actors = _actors("The Indian and Chinese foreign ministers met briefly in Moscow.")
    assert actors["IND"] == {"s-jaishankar"}
    assert actors["CHN"] - {"CHN"}, actors["CHN"]  # a person, not only the country
    assert "xi-jinping" not in actors["CHN"]


@pytest.mark.parametrize(
    "text",
    [
        # Offices several people hold at once, and people who are no office, stay their countries.
        "Russian and Chinese diplomats met in Geneva on Friday.",
        "Russian and Chinese troops held joint drills near the border.",
        # One country alone is the plural-title rule of round 6 (a country's envoys act for it).
        "Russian presidents have rarely visited the island.",
    ],
)
def test_no_office_holder_where_the_title_names_several_people_or_one_country(text):
    actors = _actors(text)
    assert all(a is None or len(a) == 3 or ":" in a for ids in actors.values() for a in ids), actors


def test_without_a_date_no_holder_is_guessed():
    actors = _actors("The Russian and Ukrainian presidents spoke by telephone.", DocumentTime.unknown())
    assert actors["RUS"] == {"RUS"} and actors["UKR"] == {"UKR"}


def _sides(text: str, event_type: str) -> set[tuple[str, str]]:
    """(side, country) of the first event of that type."""
    events = [e.to_json() for e in dateline.process([text], published="2024-03-14")]
    found = [e for e in events if e["type"] == event_type]
    assert found, [e["type"] for e in events]
    return {(a["side"], a["country"]) for a in found[0]["actors"] if a.get("country")}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Bolivia's interior minister threatened on Monday to impose a curfew in La Paz.", "BOL"),
        ("The armed group threatened to resume its bombing campaign in Kenya next month.", "KEN"),
    ],
)
def test_a_threat_is_aimed_at_the_place_of_the_act_it_names(text, place):
    assert ("target", place) in _sides(text, "THREATEN")


def test_a_place_of_another_clause_is_no_target_of_the_threat():
    sides = _sides(
        "Chile threatened to recall its ambassador as protests spread across Bolivia on Monday.", "THREATEN"
    )
    assert ("target", "BOL") not in sides


@pytest.mark.parametrize(
    ("text", "demonym", "lives"),
    [
        ("Militias attacked the Greek minority in southern Albania last spring.", "GRC", "ALB"),
        ("The Hungarian community in Slovakia petitioned for bilingual road signs.", "HUN", "SVK"),
    ],
)
def test_a_demonym_on_a_population_noun_is_a_people_placed_where_it_lives(text, demonym, lives):
    actors = _actors(text)
    assert f"{lives}:CVL" in actors[lives]
    assert demonym not in actors or not any(":CVL" in str(a) for a in actors[demonym])


def test_a_population_with_no_place_keeps_the_country_its_name_recalls():
    actors = _actors("Aid agencies said the Somali population needed food urgently.")
    assert actors["SOM"] == {"SOM:CVL"}


@pytest.mark.parametrize(
    ("text", "unit_country"),
    [
        ("The envoy met the head of the Kenya and East Africa division at the ministry.", "KEN"),
        ("The minister also met the chief of the ministry's Iran desk in Vienna.", "IRN"),
    ],
)
def test_a_ministry_unit_named_for_a_country_is_no_actor_of_that_country(pipeline, text, unit_country):
    countries = {a.actor.country for e in pipeline_events(pipeline, text) for a in e.actors}
    assert unit_country not in countries


def test_a_country_body_with_a_capitalised_unit_noun_stays_the_country(pipeline):
    events = pipeline_events(pipeline, "The Japan Defense Department protested the missile launch.")
    assert "JPN" in {a.actor.country for e in events for a in e.actors}


def _parties(pipeline, text: str, kind: str) -> set[str]:
    events = [e for e in pipeline_events(pipeline, text) if e.type == kind]
    return {a.actor.name for e in events for a in e.actors}


def test_their_after_a_joined_subject_of_capitals_is_those_countries(pipeline):
    text = (
        "Chancellor Olaf Scholz and President Emmanuel Macron spoke on Monday. "
        "Berlin and Paris have been working to deepen their cooperation on defence."
    )
    assert _parties(pipeline, text, "COOPERATE") == {"Germany", "France"}


def test_they_after_two_leaders_still_means_the_leaders(pipeline):
    text = (
        "Chancellor Olaf Scholz and President Emmanuel Macron spoke on Monday. "
        "They agreed to deepen their cooperation on defence."
    )
    assert _parties(pipeline, text, "AGREE") == {"Olaf Scholz", "Emmanuel Macron"}
