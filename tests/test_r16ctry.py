"""Round 16 participant classes (issue 12), coreference and names: a subject pronoun in a complement
clause is bound by the subject of the verb that governs it ("Orban called for talks, while Putin said he
...": Putin); a quoted "we" the parser cut from its speech verb is that sentence's speaker; a military
rank between a title and a name is no part of the name ("military leader General X"). Real knowledge
base and pipeline; the sentences are invented."""

from __future__ import annotations

from datetime import date

import pytest
from coding_support import of_type, pipeline_events

from dateline.records import ActorMention, DateInterval, DocumentTime

DAY = date(2024, 3, 15)


def _found(resolver, nlp, text: str, day: date = DAY) -> list[ActorMention]:
    return resolver.resolve(nlp(text), DocumentTime(day, DateInterval(day, day, "day")))


def _mentions(resolver, nlp, text: str, day: date = DAY) -> list[tuple[str, set[str | None]]]:
    """(mention text, the countries of its actors), in order."""
    return [(m.text, {a.country for a in m.actors}) for m in _found(resolver, nlp, text, day)]


def _pronoun(resolver, nlp, text: str, word: str) -> set[str | None]:
    return next(countries for mention, countries in _mentions(resolver, nlp, text) if mention == word)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # The pronoun's clause is the complement of the second clause's verb of saying.
        ("Ruto called for calm on Monday, while Museveni said he would not withdraw the troops.", "UGA"),
        ("Ruto urged restraint, but Museveni insisted he had done nothing wrong.", "UGA"),
        # The governing subject is a relative pronoun: the noun its clause modifies.
        ("Ruto received Museveni, who said he would return in May.", "UGA"),
    ],
)
def test_a_complement_subject_pronoun_is_bound_by_the_governing_subject(resolver, nlp, text, country):
    assert _pronoun(resolver, nlp, text, "he") == {country}


def test_a_pronoun_with_no_governing_person_keeps_the_sentence_subject(resolver, nlp):
    # "said" has a pronoun subject resolved before: the same man, as before.
    text = "Museveni met Ruto in Kampala. He said he would visit Nairobi in May."
    assert [c for m, c in _mentions(resolver, nlp, text) if m.lower() == "he"] == [{"UGA"}, {"UGA"}]


def test_a_quoted_we_cut_from_its_speech_verb_is_the_speaker(pipeline):
    text = (
        "Tensions rose between Kenya and Uganda on Monday. "
        "\u201cWe once again sternly warn the Kenyan side: any provocation is futile,\u201d "
        "the Ugandan foreign minister stated."
    )
    event = of_type(pipeline_events(pipeline, text), "THREATEN")
    sides = {(ea.side, ea.actor.country) for ea in event.actors}
    assert ("source", "UGA") in sides
    assert ("target", "KEN") in sides


def test_a_quoted_we_in_a_relative_clause_is_not_made_the_speaker(pipeline):
    # "we have asked for" tells of the analysis; the quotation asks nothing of anyone.
    text = (
        "Kenya and Uganda disputed the border on Monday. "
        "\u201cIt is an analysis we have asked to be done quickly,\u201d said the Ugandan foreign minister."
    )
    requests = [e for e in pipeline_events(pipeline, text) if e.type == "REQUEST"]
    assert not any(ea.actor.country == "UGA" and ea.side == "source" for e in requests for ea in e.actors)


@pytest.mark.parametrize(
    "text",
    [
        "Sudanese military leader General Abdel Fattah al-Burhan vowed retaliation on Monday.",
        "Sudan's army chief Gen. Abdel Fattah al-Burhan met the Kenyan envoy in Port Sudan.",
    ],
)
def test_a_rank_between_a_title_and_a_name_is_no_part_of_the_name(resolver, nlp, text):
    people = [
        a for m in _found(resolver, nlp, text, date(2025, 5, 6)) for a in m.actors if a.kind == "person"
    ]
    assert [a.name for a in people] == ["Abdel Fattah al-Burhan"]  # the KB person, not an unknown namesake


def test_both_sides_urged_by_a_person_are_two_countries_not_the_urgers_own(resolver, nlp):
    # The urging clause has no subject of its own ("... and urged"): its controller, Blinken, addresses
    # the sides, so the pair is not his and his counterpart's; the two other sides named before are one
    # actor each ("the South Koreans" and "Seoul" are one side).
    text = (
        'Seoul decided to end the pact with Japan on Thursday. "We are disappointed by the decision that '
        'the South Koreans made," US Secretary of State Antony Blinken told reporters after South '
        'Korea\'s announcement. "We hope each of those two countries can mend ties," Blinken said, adding '
        "that he had spoken to his South Korean counterpart and urged both sides to continue dialogue."
    )
    sides = [countries for mention, countries in _mentions(resolver, nlp, text) if mention == "both sides"]
    assert sides == [{"KOR", "JPN"}]


def test_both_parties_of_a_civil_war_stay_two_bodies_of_one_country(resolver, nlp):
    # A country and its sectors are one side; two named bodies of one country are two.
    text = (
        "The Sudanese Armed Forces and the Rapid Support Forces clashed in Khartoum on Monday. "
        "Saudi Arabia and the United States urged both parties to agree to a ceasefire."
    )
    sides = [m for m in _found(resolver, nlp, text, date(2023, 5, 6)) if m.text == "both parties"]
    assert sides and {a.name for a in sides[0].actors} == {"Sudanese Armed Forces", "Rapid Support Forces"}
