"""Round 13 (issue 12): classes of extra and missed events on real news, each with invented sentences.
Through the full pipeline with the real knowledge base."""

from __future__ import annotations

import pytest
from coding_support import countries_of, pipeline_events

from dateline.clean.boilerplate import boilerplate_reason


def _types(events) -> list[str]:
    return [e.type for e in events]


# --- a measure a decision puts into effect is that measure, done -----------------------------------


@pytest.mark.parametrize(
    ("text", "taken"),
    [
        ("Chile decided to recall its ambassador from Peru on Monday.", True),
        ("In May, Chile decided to close the Peruvian consulate in Arica.", True),
        ('"I have decided to expel the Peruvian envoy," the Chilean foreign minister said.', True),
        ("Chile will decide next week whether to recall its ambassador from Peru.", False),
        ("Chile decided not to recall its ambassador from Peru.", False),
        ("Chile may decide to recall its ambassador from Peru.", False),
    ],
)
def test_a_measure_decided_is_taken(pipeline, text, taken):
    events = [e for e in pipeline_events(pipeline, text) if e.type == "SANCTION"]
    assert events and countries_of(events[0], "source") == {"CHL"}
    assert [e.modality == "asserted" for e in events] == [taken]


def test_a_measure_decided_together_is_no_agreement(pipeline):
    events = pipeline_events(
        pipeline, "Bolivia, Chile and Peru jointly decided to recall their ambassadors from Brazil."
    )
    assert _types(events) == ["SANCTION"]
    assert countries_of(events[0], "source") == {"BOL", "CHL", "PER"}
    assert countries_of(events[0], "target") == {"BRA"}


def test_a_joint_decision_to_cooperate_is_still_agreed(pipeline):
    events = pipeline_events(pipeline, "Chile and Peru decided to expand trade ties on Monday.")
    assert "AGREE" in _types(events)


def test_a_high_commissioner_withdrawn_is_a_sanction(pipeline):
    events = pipeline_events(pipeline, "India withdrew its High Commissioner from Canada on Monday.")
    assert _types(events) == ["SANCTION"]


# --- a "with" absolute on a stretch of years is background -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ties between Chile and Peru have soured in recent years, with Lima accusing Santiago of "
        "arming rebels.",
        "Chile and Peru have grown closer since the war began in 2022, with Lima accused of sending "
        "arms to Santiago.",
        "Chile has occupied the island since the war ended in 1974.",
    ],
)
def test_what_went_on_over_years_is_no_event(pipeline, text):
    assert pipeline_events(pipeline, text) == []


def test_an_absolute_on_a_day_is_news(pipeline):
    events = pipeline_events(
        pipeline, "Chile and Peru clashed at the border on Monday, with Lima accusing Santiago of the attack."
    )
    assert "ACCUSE" in _types(events)


# --- captions and glued related-headline labels are boilerplate ------------------------------------


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("FILE - Protesters march against the treaty in Ruriton, Nov. 16, 2024.", "photo caption"),
        ("FILE -Freedonia's president Arno Vale -", "photo caption"),
        ("Smoke rises over the port after strikes (Stringer/Anadolu via Getty)", "photo caption"),
        ("RelatedRuritania announces reconciliation with Freedonia", "related headlines"),
    ],
)
def test_captions_and_labels(line, reason):
    assert boilerplate_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "File-sharing services were blocked in Ruritania on Monday.",
        "Related talks were held in Ruriton on Monday.",
    ],
)
def test_sentences_like_captions_stay(line):
    assert boilerplate_reason(line) is None


# --- an act only said to be possible is no event (in an article; a wire item keeps its reading) -----

STORY = "Peru held talks with Chile on Monday. The ministers met in Lima. "


@pytest.mark.parametrize(
    "text",
    [
        "The Peruvian minister said armed attacks on Chile could warrant sending troops to support Lima.",
        "There are other matters that can be discussed with Chile, the Peruvian president said.",
        "Peru might expel the Chilean ambassador, officials said.",
    ],
)
def test_a_possibility_is_no_event(pipeline, text):
    events = pipeline_events(pipeline, STORY + text)
    assert [e.type for e in events if e.sentence_start >= len(STORY) - 1] == []


def test_a_conditional_retaliation_stays_a_threat(pipeline):
    text = STORY + "Chile will retaliate if Peru attacks its border posts, the minister said."
    assert "THREATEN" in _types(pipeline_events(pipeline, text))


def test_a_wire_item_keeps_its_possibility(pipeline):
    events = pipeline_events(pipeline, "Peru could send troops to the border.")
    assert [(e.type, e.modality) for e in events] == [("MOBILIZE", "hypothetical")]
