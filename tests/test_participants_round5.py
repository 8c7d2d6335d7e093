"""Round 5 participant classes (events/participants.py, actors/pronouns.py, actors/persons.py): the
target of an act on a territory, of a threat's condition, of a protest's purpose, of a stance on a
proposal named before, the other country of a two-country story; "their" past plural things; unknown
counterparts and "the Italian minister". The sentences are invented."""

from __future__ import annotations

import pytest

import dateline

PUBLISHED = "2024-03-14"


def _events(text: str, event_type: str) -> list[dict]:
    events = [e.to_json() for e in dateline.process([text], published=PUBLISHED)]
    found = [e for e in events if e["type"] == event_type]
    assert found, [e["type"] for e in events]
    return found


def _sides(text: str, event_type: str) -> set[tuple[str, str]]:
    """(side, country) of the first event of that type."""
    return {(a["side"], a["country"]) for a in _events(text, event_type)[0]["actors"] if a.get("country")}


@pytest.mark.parametrize(
    ("text", "event_type", "target"),
    [
        # a measure lifted in another country's territory
        ("Ethiopia lifted the night curfew in Asmara on Friday.", "CONCEDE", "ERI"),
        # a curfew imposed at home: the doer's own country is the target too
        ("Kenyan authorities imposed a night curfew in Mombasa after the riots.", "COERCE", "KEN"),
        # a protest held somewhere is against that country's government
        ("Hundreds of Kurdish students demonstrated in Sweden on Tuesday.", "PROTEST", "SWE"),
    ],
)
def test_an_act_on_a_territory_targets_its_country(text, event_type, target):
    assert ("target", target) in _sides(text, event_type)


def test_an_attack_still_never_targets_the_attackers_home():
    sides = _sides("Peruvian troops attacked a rebel camp in Peru on Monday.", "ASSAULT")
    assert ("target", "PER") not in sides


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Norway threatened to leave the fisheries talks unless Iceland withdrew its new quotas.", "ISL"),
        ("Chile has threatened to close the border if Bolivia goes ahead with the new tariffs.", "BOL"),
    ],
)
def test_the_subject_of_a_threats_condition_is_its_target(text, target):
    assert ("target", target) in _sides(text, "THREATEN")


def test_an_if_clause_of_another_act_is_no_ultimatum():
    sides = _sides("Portugal agreed to send doctors if Brazil asks for them.", "AGREE")
    assert ("target", "BRA") not in sides


def test_a_protest_is_against_whom_its_purpose_names():
    text = "Dozens of Chilean miners began a hunger strike on Monday to protest Argentina's decision."
    assert ("target", "ARG") in _sides(text, "PROTEST")


def test_a_stance_on_a_proposal_introduced_before_targets_its_owner():
    text = (
        "Spanish Foreign Minister Ana Lopez spoke with her Italian counterpart Marco Bianchi on Friday. "
        "Lopez told him about Prime Minister Pedro Sanchez's call for a Mediterranean Water Initiative. "
        "The Italian minister expressed support for the initiative."
    )
    support = _events(text, "SUPPORT")[0]
    people = {(a["side"], a["name"]) for a in support["actors"]}
    assert ("source", "Marco Bianchi") in people  # "the Italian minister": the Italian minister named
    assert ("target", "ESP") in {(a["side"], a["country"]) for a in support["actors"]}


def test_an_unknown_counterpart_has_the_stated_country():
    text = "Spanish Foreign Minister Ana Lopez spoke with her Italian counterpart Marco Bianchi on Friday."
    consult = _events(text, "CONSULT")[0]
    assert ("target", "ITA") in {(a["side"], a["country"]) for a in consult["actors"]}


def test_their_skips_plural_things_to_reach_the_two_ministers():
    text = (
        "Foreign Minister Shah Mahmood Qureshi spoke with his Russian counterpart Sergey Lavrov on Monday. "
        '"The two ministers reviewed the outcomes of the summits held in the spring," the ministry said '
        "about their phone call."
    )
    calls = _events(text, "CONSULT")
    assert all({"PAK", "RUS"} <= {a["country"] for a in e["actors"]} for e in calls)


def test_a_one_sided_act_in_a_two_country_story_targets_the_other_country():
    text = (
        "Latvia expelled two Belarusian diplomats on Friday. Belarus called the decision hostile. "
        "Latvia said the diplomats had broken the rules. Latvian police escorted them to the border. "
        '"We reserve the right to an adequate response," the Belarusian foreign ministry added.'
    )
    threats = _events(text, "THREATEN")
    assert ("target", "LVA") in {(a["side"], a["country"]) for a in threats[0]["actors"]}


def test_a_third_country_in_the_sentence_leaves_the_story_counterpart_open():
    text = (
        "Latvia expelled two Belarusian diplomats on Friday. Belarus called the decision hostile. "
        "Latvia said the diplomats had broken the rules. Latvian police escorted them to the border. "
        "Belarus demanded an apology on Saturday, after Poland and Lithuania backed the expulsion."
    )
    request = _events(text, "REQUEST")[-1]
    assert "LVA" not in {a["country"] for a in request["actors"]}


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The Kenyan government accepted demands from striking teachers on Friday.", "CONCEDE"),
        ("Peru's interior ministry ordered the opposition newspaper to stop printing.", "REQUEST"),
    ],
)
def test_a_group_without_nationality_is_of_the_doers_country(text, event_type):
    actors = _events(text, event_type)[0]["actors"]
    targets = [a for a in actors if a["side"] == "target"]
    sources = {a["country"] for a in actors if a["side"] == "source"}
    assert targets and {a["country"] for a in targets} == sources
    assert all(a["sector"] != "GOV" for a in targets)


def test_unnamed_victims_of_an_attack_take_no_country_from_the_attacker():
    sides = _sides("Ugandan soldiers killed twelve villagers near the border.", "ASSAULT")
    assert ("target", "UGA") not in sides


def test_a_subject_of_a_conjoined_clause_is_no_counterpart():
    text = (
        "Chinese President Xi Jinping hosted Brazil's president in Beijing on Tuesday. "
        "The Kremlin welcomed the talks, and Beijing said it would send aid to Gaza."
    )
    aid = _events(text, "AID")[0]
    assert "RUS" not in {a["country"] for a in aid["actors"]}


def test_a_lead_naming_two_countries_makes_the_story_theirs():
    text = (
        "Chile and Peru agreed on Monday to reopen their border crossing. "
        "The Chilean government reaffirmed its commitment to the deal on Tuesday. "
        "Chile's president will attend a summit in Bolivia next week."
    )
    events = [e.to_json() for e in dateline.process([text], published=PUBLISHED)]
    reaffirmed = [e for e in events if any("reaffirmed" in m["trigger"] for m in e["mentions"])]
    assert reaffirmed and ("target", "PER") in {(a["side"], a["country"]) for a in reaffirmed[0]["actors"]}
    # a place of a third country in the sentence: no act on the story's other side
    summit = _events(text, "CONSULT")[0]
    assert "PER" not in {a["country"] for a in summit["actors"]}
