"""The coder on constructions of real news stories (own sentences, hand-built actor mentions): analysts'
opinions, evaluative nouns, metaphorical conflict words, places as actors, passive clauses, and the
common constructions that must still give an event."""

from __future__ import annotations

import pytest
from coding_support import coder_for, sides_of

from dateline.records import Actor

# name -> (country, how the resolver found it)
NAMES = {
    "Norland": ("NRL", "country"),
    "Sudria": ("SDR", "country"),
    "Ostmark": ("OST", "country"),
    "Tumbria": ("NRL", "place"),  # a province of Norland: where, never who
}


@pytest.fixture(scope="module")
def code(nlp):
    return coder_for(nlp, {name: ((Actor(c, name, c, "GOV"),), how) for name, (c, how) in NAMES.items()})


# --- analysts and commentators ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Analysts say Norland would welcome a new trade deal with Sudria.",
        '"This is a clear rejection of Sudria\'s demands," said Mara Lind, a professor at the '
        "University of Eastport.",
        "Security experts are praising Norland for its handling of the border crisis with Sudria.",
    ],
)
def test_commentators_opinions_are_not_state_events(code, text):
    assert code(text) == []


def test_a_commentator_introduced_earlier_is_recognised_by_surname(code):
    text = (
        "The pact is fragile, said analyst Peter Vogt of the Eastport Institute. "
        "Vogt warns that Norland could reject any compromise with Sudria."
    )
    assert [e.type for e in code(text)] == []


def test_an_official_saying_the_same_is_still_coded(code):
    events = code("Norland's foreign minister said Norland would reject any compromise with Sudria.")
    assert [e.type for e in events] == ["REJECT"]


def test_a_material_act_reported_by_an_analyst_stays(code):
    events = code("Analyst Peter Vogt said Norland invaded Sudria in 2019.")
    assert [(e.type, sides_of(e)) for e in events] == [("ASSAULT", {"source": {"NRL"}, "target": {"SDR"}})]


# --- evaluative and idle nouns ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Does Norland see Sudria as a threat?",
        "Investors shrugged off the threat of new measures against Sudria.",
        "The move was a clear rejection of Sudria's claims.",
        "Allowing Sudria's companies back into Norland would not change the balance of power.",
    ],
)
def test_evaluative_or_agentless_nouns_are_not_events(code, text):
    assert code(text) == []


def test_an_attack_with_only_its_victim_is_still_news(code):
    events = code("A trial opened over the 2004 bombing of a Norland army base.")
    assert [(e.type, sides_of(e)) for e in events] == [("ASSAULT", {"target": {"NRL"}})]


def test_aid_from_a_country_names_the_giver(code):
    events = code("With support from Norland, the agency delivered food to flood victims.")
    support = [e for e in events if e.trigger == "support"]
    assert support and sides_of(support[0]) == {"source": {"NRL"}}


# --- metaphorical conflict words ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norland and Sudria clashed over the new fishing quotas.", "ACCUSE"),
        ("Sudria attacked Norland's new immigration policy as unfair.", "ACCUSE"),
        ("Norland troops clashed with Sudria rebels near the border on Monday.", "ASSAULT"),
        ("Norland attacked Sudria's border posts with artillery.", "ASSAULT"),
        ("Norland and Sudria struck a deal on fishing rights.", "AGREE"),
        ("Sudria stormed out of the negotiations.", "PROTEST"),
    ],
)
def test_conflict_words_read_by_what_they_apply_to(code, text, expected):
    assert [e.type for e in code(text)][:1] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Norland's ruling party is battling for votes in the north.",
        "Norland is fighting corruption in its ports.",
        "Norland seized the opportunity to court investors.",
        "Norland's parliament killed the bill.",
        "Norland warned that its economy is slowing.",
        "Norland released a preliminary assessment of the flood damage.",
        "Norland demonstrated a complete disregard for the rules.",
    ],
)
def test_figurative_uses_are_no_events(code, text):
    assert code(text) == []


def test_a_warning_of_a_conflictive_act_is_a_threat(code):
    events = code("Norland warned Sudria that it would retaliate with sanctions.")
    first = [(e.type, sides_of(e)) for e in events][:1]
    assert first == [("THREATEN", {"source": {"NRL"}, "target": {"SDR"}})]


# --- places, passive clauses, "for X to" -------------------------------------------------------------


def test_a_place_is_never_a_participant(code):
    assert code("An owner of a printing press in Tumbria, who requested anonymity, spoke to reporters.") == []
    events = code("Norland troops attacked a village in Tumbria.")
    assert all("NRL" not in sides_of(e).get("target", set()) for e in events)


def test_a_passive_conjunct_borrows_its_subject_as_target(code):
    events = code("Norland avoided the first storm but was struck by a second one in December.")
    struck = [e for e in events if e.trigger == "struck"]
    assert struck and sides_of(struck[0]).get("target") == {"NRL"} and "source" not in sides_of(struck[0])


def test_a_conflict_noun_does_not_make_the_responder_its_author(code):
    events = code("Norland responded to the border attack by expelling Sudria's ambassador.")
    assert all(not (e.type == "ASSAULT" and "NRL" in sides_of(e).get("source", set())) for e in events)


def test_called_for_x_to_do_is_one_request_on_x(code):
    events = code("Norland called for Sudria to withdraw its troops.")
    assert [(e.type, e.mode, sides_of(e)) for e in events] == [
        ("REQUEST", "yield", {"source": {"NRL"}, "target": {"SDR"}})
    ]


def test_for_x_to_do_is_not_asserted(code):
    (event,) = code("It is now for Sudria to accept the offer.")
    assert event.modality == "hoped"


def test_you_in_a_quote_is_not_the_speaker(code):
    text = '"If you are willing to talk, we will listen," the Norland president said.'
    assert all(e.trigger != "willing" for e in code(text))


# --- common constructions that must give an event ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "sides"),
    [
        (
            "A Norland soldier was killed in an airstrike by Sudria.",
            "ASSAULT",
            {"source": {"SDR"}, "target": {"NRL"}},
        ),
        ("Two Norland soldiers were killed in an airstrike on Tuesday.", "ASSAULT", {"target": {"NRL"}}),
        ("Norland's opposition leader was arrested by police on Tuesday.", "COERCE", {"target": {"NRL"}}),
        ("Norland announced sanctions on Sudria.", "SANCTION", {"source": {"NRL"}, "target": {"SDR"}}),
        ("Norland and Sudria signed a deal on fishing rights.", "SUPPORT", {"participant": {"NRL", "SDR"}}),
    ],
)
def test_common_news_constructions(code, text, expected, sides):
    assert [(e.type, sides_of(e)) for e in code(text)][:1] == [(expected, sides)]
