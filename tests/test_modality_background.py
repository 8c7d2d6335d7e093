"""Round 7 (issue 12): modality and background classes read from the parse - questions, inverted
conditions, focus "not only", arrangements in the progressive, failed attempts, recurring and iterative
statements, and deeds a judging verb credits someone for.

Invented sentences; each case is one behaviour of a general rule."""

from __future__ import annotations

import pytest
from coding_support import TWO_STATES, coder_for, sides_of, token_of

from dateline.events.modality import modality


@pytest.fixture(scope="module")
def code(nlp):
    return coder_for(nlp, TWO_STATES)


MODALITY = [
    # a yes/no question asks whether the act happens; a wh-question takes it as given
    ("Will Norland send troops to the border?", "send", "hypothetical"),
    ("Did the army shell the port on Monday?", "shell", "hypothetical"),
    ("“Has Sudria recalled its envoy?” the reporter wanted to know.", "recalled", "hypothetical"),
    ("Does Norland intend to close the embassy?", "close", "hypothetical"),
    ("Why did Norland close the embassy?", "close", "asserted"),
    ("Norland closed the embassy on Monday.", "closed", "asserted"),
    # a condition opened by an auxiliary before its subject, and the clause it governs
    ("Had Sudria paid the debt, Norland would have lifted the tariffs.", "paid", "hypothetical"),
    ("Had Sudria paid the debt, Norland would have lifted the tariffs.", "lifted", "hypothetical"),
    ("Should the rebels attack, Norland will close the border.", "close", "hypothetical"),
    ("Were Sudria to attack, Norland would close the border.", "attack", "hypothetical"),
    ("Were Sudria to attack, Norland would close the border.", "close", "hypothetical"),
    ("Norland had closed the border before Sudria attacked.", "closed", "asserted"),
    # "not only" focuses, it does not deny
    ("Not only did Norland condemn the raid, it also expelled the envoy.", "condemn", "asserted"),
    ("Norland did not condemn the raid.", "condemn", "negated"),
    # the progressive with a time ahead is an arrangement
    ("The minister is travelling to the capital next week.", "travelling", "planned"),
    ("The minister is travelling to the capital.", "travelling", "asserted"),
    # an attempt that failed, an act held back
    ("The two delegations were unable to agree on a truce.", "agree", "negated"),
    ("The government refrained from criticising its neighbour.", "criticising", "negated"),
    ("The government stopped short of accusing its neighbour of the raid.", "accusing", "negated"),
    ("The ministry has held off on imposing new tariffs.", "imposing", "negated"),
    # a verb form the lemmatizer gets wrong still finds its cue
    ("The minister hopes to sign the accord.", "sign", "hoped"),
    # an occasion placed before another is past, whatever lies ahead of the other
    ("The ministers will meet next week, a year after their last summit in Tirana.", "summit", "asserted"),
    ("The envoy will fly to the capital, his first trip since the summit in Tirana.", "summit", "asserted"),
    ("The ministers will meet next week after the summit in Tirana.", "summit", "planned"),
    # a "no" / "neither" on who acts or on what is acted on denies the act
    ("No minister attended the summit in Tirana.", "attended", "negated"),
    ("Neither Tirana nor Skopje signed the accord.", "signed", "negated"),
    ("The government sent no troops to the border.", "sent", "negated"),
    ("Not only the minister attended the summit.", "attended", "asserted"),
    # a command is demanded, not done
    ("“Release the fishermen now,” the ministry said.", "Release", "hoped"),
    ("Release the fishermen now.", "Release", "hoped"),
    ("The ministry released the fishermen.", "released", "asserted"),
    ("ECOWAS imposed sanctions on the junta, closing its borders.", "sanctions", "asserted"),
]


@pytest.mark.parametrize(("sentence", "word", "expected"), MODALITY)
def test_modality_from_the_parse(nlp, sentence: str, word: str, expected: str) -> None:
    assert modality(token_of(nlp, sentence, word)) == expected


def test_a_quoted_question_is_no_request(code):
    events = code("“Will Norland attack Sudria?” the envoy of Sudria asked.")
    assert all(e.type != "REQUEST" for e in events)
    assert all(e.modality == "hypothetical" for e in events if e.type == "ASSAULT")


@pytest.mark.parametrize(
    "text",
    [
        # a recurring occasion, whatever the tense
        "Every year, Norland and Sudria hold talks on river water.",
        "Norland and Sudria held talks on river water each summer.",
        "Norland and Sudria meet twice a year to review the truce.",
        # a frequency adjective on the event in the simple present
        "Norland and Sudria hold annual talks on river water.",
        # a history summed up by a perfect: repetition, a vague count, a stretch up to now
        "Norland troops have repeatedly shelled villages in Sudria.",
        "Norland has shelled the border posts of Sudria several times.",
        "Norland has accused Sudria of violating the accord in recent years.",
        "Norland and Sudria have fought over the border in the past.",
        "Over the past two decades, Norland has sent troops to Sudria.",
        # a past habit
        "Norland used to host talks with Sudria.",
    ],
)
def test_recurring_and_iterative_statements_are_background(code, text):
    assert code(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Norland and Sudria held their annual talks in the capital on Monday.",
        "Norland troops repeatedly shelled Sudria on Monday.",
        "Vale visited Sudria on Monday, the first visit by a leader of Norland in the past decade.",
        "Norland and Sudria met on Monday for the first time in five years.",
        "Norland has accused Sudria of smuggling.",
        # a campaign going on now
        "Norland troops are shelling villages in Sudria every night.",
        # a verbal act repeated is a position still held
        "Norland has repeatedly accused Sudria of smuggling.",
    ],
)
def test_an_occasion_told_with_a_frequency_word_is_still_news(code, text):
    assert code(text)


def test_a_deed_a_judging_verb_credits_with_its_own_date_is_an_event(code):
    events = code("Korr thanked Vale for hosting a delegation from Sudria earlier this month.")
    hosting = [e for e in events if e.trigger == "hosting"]
    assert hosting and hosting[0].type == "CONSULT" and hosting[0].modality == "asserted"
    # The one thanked hosted, not the one who thanks: since round 10 the hosting is the guests' visit,
    # the host its target.
    assert sides_of(hosting[0])["target"] == {"NRL"} and sides_of(hosting[0])["source"] == {"SDR"}
    assert {e.type for e in events} >= {"SUPPORT", "CONSULT"}


def test_a_deed_without_an_occasion_stays_what_the_judging_is_about(code):
    events = code("Korr thanked Vale for hosting her.")
    assert all(e.trigger != "hosting" for e in events)


def test_an_accused_deed_is_no_event_of_its_own(code):
    events = code("Norland accused Sudria of shelling its border posts on Monday.")
    assert {e.type for e in events} == {"ACCUSE"}


def test_a_frequency_word_on_what_is_promised_is_no_habit(code):
    events = code("Norland and Sudria commit to frequent meetings of their ministers.")
    assert events and all(e.type != "CONSULT" or e.modality != "asserted" for e in events)


def test_an_earlier_occasion_measured_against_a_report_has_its_parties(code):
    events = code("Vale and Korr met on Monday, their first meeting since the summit in May 2021.")
    summit = [e for e in events if e.trigger == "summit"]
    assert summit and summit[0].modality == "asserted"
    assert {ea.actor.id for ea in summit[0].actors} == {"p1", "p2"}


def test_a_meeting_called_off_is_a_negated_meeting_of_who_called_it_off(code):
    events = code("Vale cancelled a meeting with Korr.")
    meeting = [e for e in events if e.type == "CONSULT"]
    assert meeting and meeting[0].modality == "negated"
    assert sides_of(meeting[0]) == {"source": {"NRL"}, "target": {"SDR"}}
    assert "SANCTION" in {e.type for e in events}


def test_their_dated_occasion_takes_the_parties_of_the_story(code):
    events = code("Vale met Korr on Monday. The talks came after their last summit, in Tirana in March 2023.")
    summit = [e for e in events if e.trigger == "summit"]
    assert summit and summit[0].modality == "asserted"
    assert {ea.actor.id for ea in summit[0].actors} == {"p1", "p2"}


def test_their_undated_occasion_is_left_to_the_report_it_restates(code):
    events = code("Vale and Korr spoke by phone on Monday. Trade grew after their previous meeting.")
    assert [e.trigger for e in events] == ["spoke"]


def test_using_something_to_act_is_no_past_habit(code):
    events = code("Norland police used tear gas to disperse protesters from Sudria on Friday.")
    assert events


def test_a_meeting_called_off_by_nobody_named_is_the_meeting_negated(code):
    events = code("The meeting between Vale and Korr, planned for Monday, was called off.")
    assert [(e.type, e.modality) for e in events] == [("CONSULT", "negated")]
    assert {ea.actor.id for ea in events[0].actors} == {"p1", "p2"}


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("The ministry was supposed to host the talks on Monday.", "host", "planned"),
        ("The ministry was supposed to host the talks, but they were postponed.", "host", "negated"),
    ],
)
def test_an_arrangement_is_planned_and_called_off_is_negated(nlp, sentence, word, expected):
    assert modality(token_of(nlp, sentence, word)) == expected


def test_a_quoted_command_to_someone_is_a_request_of_them(code):
    events = code("“Withdraw your troops from our border,” Vale told Sudria.")
    assert [(e.type, e.modality) for e in events] == [("REQUEST", "asserted")]
    assert sides_of(events[0]) == {"source": {"NRL"}, "target": {"SDR"}}
