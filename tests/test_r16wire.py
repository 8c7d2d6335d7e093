"""Event types, round 16 (issue 12, helper r16wire): classes read from the wire development quotes and
the dev news sets' wrong types. Real spaCy, the whole pipeline; the sentences are invented."""

from __future__ import annotations

import pytest
from coding_support import countries_of, of_type, pipeline_events, types_of

from dateline import nlp
from dateline.events.detect import context_of


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        # CAMEO CALL - * ILLEGITIMATE / DICTATOR / LIAR [111]: naming with a pejorative complement
        ("Paraguay's foreign minister called the Bolivian election illegitimate.", "disapprove"),
        ("Ghana called the new Togolese law unacceptable on Monday.", "disapprove"),
        # the complement in quotes, which the parser hangs on the object
        ('The Kenyan president called Uganda\'s decision "provocative" and "reckless".', "disapprove"),
        # CAMEO CALL - * CRIMINAL [1121], BRAND - * TERRORIST [1123]
        ('Chile\'s president called his Peruvian counterpart a "murderer" in an interview.', "allege"),
        ("Turkey branded the Swedish group terrorists.", "allege"),
    ],
)
def test_a_name_called_is_an_accusation(pipeline, text, mode):
    accusation = of_type(pipeline_events(pipeline, text), "ACCUSE")
    assert accusation.mode == mode, text


def test_the_one_named_is_the_target(pipeline):
    events = pipeline_events(pipeline, "Chile's president called his Peruvian counterpart a murderer.")
    accusation = of_type(events, "ACCUSE")
    assert countries_of(accusation, "source") == {"CHL"}
    assert "PER" in countries_of(accusation)


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan president called the talks with Uganda constructive.",  # praise, no accusation
        "Ghana called Nigeria's president a friend of the region.",
        "The Chilean president called his Peruvian counterpart on Monday.",  # a phone call
        "Nigeria called for an end to the illegal mining in Ghana.",  # a request
        "Peru called early elections in March.",  # convened (the adjective before its noun)
    ],
)
def test_no_accusation_without_a_pejorative_complement(pipeline, text):
    assert "ACCUSE" not in types_of(pipeline_events(pipeline, text)), text


@pytest.mark.parametrize(
    ("text", "postposed"),
    [
        ('Albania called Serbia\'s words "unacceptable".', True),
        ("Albania called Serbia's words unacceptable.", True),  # an oprd from the parser itself
        ("Albania called its unpopular minister on Monday.", False),  # an adjective before its noun
    ],
)
def test_an_adjective_after_the_object_is_the_predicate(text, postposed):
    verb = next(t for t in nlp.load()(text) if t.lemma_ == "call")
    _, deps = context_of(verb)
    assert ("oprd" in deps) is postposed, text


@pytest.mark.parametrize(
    "text",
    [
        "The Zambian opposition said the vote had been rigged.",
        "Kenya's opposition claimed that the ruling party had rigged the count.",
        "Prosecutors in Peru said the former minister had embezzled state funds.",
        "Observers from the African Union said the results were falsified.",
        "Russian officials claimed that American laboratories had weaponized the virus.",
    ],
)
def test_fraud_asserted_by_a_speaker_is_an_accusation(pipeline, text):
    assert types_of(pipeline_events(pipeline, text)) == {"ACCUSE"}, text


def test_the_speaker_accuses_the_doer_of_the_fraud(pipeline):
    events = pipeline_events(pipeline, "Kenya's opposition said the Ugandan government had rigged the vote.")
    accusation = of_type(events, "ACCUSE")
    assert "KEN" in countries_of(accusation, "source")
    assert "UGA" in countries_of(accusation, "target")


@pytest.mark.parametrize(
    "text",
    [
        "The vote in Zambia was rigged in 2016, and the count took a week.",  # the narrator's, no speaker
        "Ghana has weaponized drones on its northern border.",
    ],
)
def test_fraud_not_asserted_by_a_speaker_is_no_event(pipeline, text):
    assert "ACCUSE" not in types_of(pipeline_events(pipeline, text)), text


def test_violence_reported_stays_violence(pipeline):
    # the PLOVER gold codes "security forces tortured refugees, Human Rights Watch said" as ASSAULT
    text = "Human Rights Watch said security forces in Guinea have tortured scores of Liberian refugees."
    assert types_of(pipeline_events(pipeline, text)) == {"ASSAULT"}


# Three sentences make an article: in a wire item a relative clause is no news anyway (precedence.py).
BEFORE, AFTER = "The embassy in Tehran stayed closed on Monday. ", " The investigation continues."


@pytest.mark.parametrize(
    "text",
    [
        BEFORE + "Iran launched attacks in Syria against what it called terrorist groups." + AFTER,
        BEFORE + 'Two guards were wounded in an attack Baku called "an act of terrorism".' + AFTER,
        "Two guards died in what Azerbaijan called a terrorist attack.",
    ],
)
def test_a_name_given_in_passing_is_no_accusation(pipeline, text):
    assert "ACCUSE" not in types_of(pipeline_events(pipeline, text)), text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "in protest" gives the motive of another act: no demonstration
        ("Sudan recalled its ambassador from Kenya on Thursday in protest over the meeting.", {"SANCTION"}),
        ("Ghana summoned the Togolese ambassador in protest against the border closure.", {"ACCUSE"}),
        # a missile launch at no one stays a show of force, whatever is protested against
        ("North Korea launched two ballistic missiles in protest against the joint drills.", {"MOBILIZE"}),
        # with no other act, or as a demonstration itself, the protest stays
        ("Opposition lawmakers in Georgia walked out of parliament in protest.", {"PROTEST"}),
        ("Thousands of Kenyans marched in Nairobi in protest against the new tax.", {"PROTEST"}),
    ],
)
def test_in_protest_is_the_motive_of_the_act(pipeline, text, expected):
    assert types_of(pipeline_events(pipeline, text)) == expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bangladesh summoned the Indian high commissioner in Dhaka on Tuesday.", {"ACCUSE"}),
        ("Kenya's police chief summoned the Nairobi police commissioner.", set()),
    ],
)
def test_a_high_commissioner_summoned_is_an_ambassador_summoned(pipeline, text, expected):
    assert types_of(pipeline_events(pipeline, text)) == expected, text
