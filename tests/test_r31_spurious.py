"""Round 31 (r31spurious): events that are no news of the article. An attack's toll whose victims nobody
names (the attack told as the killer, or the victims killed "in the attacks") is no event of its own;
victims killed by someone stay. Where a sentence tells an act of named parties, an event of unnamed
actors with no country is a detail of it. What standing relations, a border or a draft allow is no
concession. A summit named as where the pair met is the meeting's setting; an act named as important is
no act done. A list of other stories' headlines, one a line with no blank line between them, is not a
wrapped paragraph, so a "Next In <section>" label removes it; a caption that says who is not pictured is
page furniture. Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_support import pipeline_events

from dateline.clean.boilerplate import boilerplate_reason
from dateline.records import RawDocument

# Two sentences that tell the attack with its parties, so the sentence under test is a third.
LEAD = (
    "Peru's air force struck a village inside Chile on Thursday, the Chilean army said.\n\n"
    "Chile condemned the strike on Friday.\n\n"
)

# (sentence, the toll's verb, which gives no event)
TOLLS = [
    ("Local officials said the attack killed two children and wounded three women.", "killed"),
    ("Local officials said the attack killed two children and wounded three women.", "wounded"),
    ("At least nine people were killed in the strikes, local officials said.", "killed"),
    ("Four children and two women were among those killed in the early morning attack.", "killed"),
    ("Officials said the riots that killed four people spread to the capital.", "killed"),
]  # fmt: skip

# (sentence, its verb, which stays an event)
KILLINGS = [
    ("Gunmen killed five villagers near the border on Monday, officials said.", "killed"),
    ("Masked gunmen killed two guards at the port in a night raid, officials said.", "killed"),
]  # fmt: skip


# (sentence, the type of the event that is not there, its trigger)
DETAILS = [
    # a second reading of a sentence already told with its parties (anonymous.Fallback.events)
    ("Peru condemned the strike and said that the attack left two children dead and three people injured.",
     "ASSAULT", "injured"),
    ("Peru accused Chile of spying as the residents protested outside the embassy.", "PROTEST", "protested"),
    # what a thing allows (non_events.ENABLING_THINGS)
    ("Peru's strong relations with both sides allowed it to mediate where others could not.", "CONCEDE",
     "allowed"),
    ("The shared border between the two nations is largely lawless and allows for the movement of smugglers.",
     "CONCEDE", "allows"),
    ("The leaked draft allows Chilean warships to dock in Peru.", "CONCEDE", "allows"),
    # an act named as important (non_events.act_deemed_needed)
    ("Peru's president underscored the importance of properly handling disputes and not allowing them to "
     "disturb peace on the border.", "CONCEDE", "allowing"),
    ("The two presidents underscored the importance of their work to share border data and to coordinate "
     "patrols.", "COOPERATE", "share"),
    # a summit of many as the setting of the pair's meeting (non_events.gathering_setting)
    ("Peru's president met the Chilean president during the APEC summit in Lima.", "CONSULT", "summit"),
    ("The two presidents last met at the G20 summit in Rio last year.", "CONSULT", "summit"),
]  # fmt: skip

# (sentence, the type of its event, its trigger), which stays
ACTS = [
    ("Chile recalled its ambassador from Peru as hundreds of students marched in Santiago.", "PROTEST",
     "marched"),
    ("Peru will allow Chilean inspectors into the port next week.", "RETREAT", "allow Chilean inspectors"),
    ("Peru's president will attend the APEC summit in Lima next week.", "CONSULT", "attend the APEC summit"),
    ("Peru's president and the Chilean president held a summit in Lima on Monday.", "CONSULT",
     "held a summit"),
]  # fmt: skip


def _typed(pipeline, text: str) -> list[tuple[str, str]]:
    return [(e.type, e.trigger) for e in pipeline_events(pipeline, LEAD + text + "\n")]


@pytest.mark.parametrize(("text", "kind", "trigger"), DETAILS)
def test_details_are_no_events(pipeline, text, kind, trigger):
    assert (kind, trigger) not in _typed(pipeline, text)


@pytest.mark.parametrize(("text", "kind", "trigger"), ACTS)
def test_the_acts_stay(pipeline, text, kind, trigger):
    assert (kind, trigger) in _typed(pipeline, text)


def _triggers(pipeline, text: str) -> list[str]:
    return [e.trigger for e in pipeline_events(pipeline, LEAD + text + "\n") if e.type == "ASSAULT"]


@pytest.mark.parametrize(("text", "verb"), TOLLS)
def test_a_toll_is_no_event(pipeline, text, verb):
    assert verb not in _triggers(pipeline, text)


@pytest.mark.parametrize(("text", "verb"), KILLINGS)
def test_killings_by_someone_stay(pipeline, text, verb):
    assert verb in _triggers(pipeline, text)


def test_a_headline_list_under_its_label_is_removed(pipeline):
    text = (
        "Peru accused Chile of spying on its navy on Thursday, the foreign ministry said.\n\n"
        "Next In World\n\n"
        "Bolivia's president arrives in Quito for first visit since 2020\n"
        "Storm kills three people in Uruguay, police say\n"
        "Paraguay and Brazil sign river treaty after phone call\n"
    )
    article = pipeline.process(RawDocument(source="test", id="t", text=text)).article
    assert "Quito" not in article.text and "treaty" not in article.text
    assert {e.type for e in pipeline_events(pipeline, text)} == {"ACCUSE"}


def test_a_wrapped_paragraph_stays(pipeline):
    text = (
        "Peru accused Chile of spying on its navy on Thursday, the foreign ministry said.\n\n"
        "The ministry said the navy had found listening devices aboard two ships\n"
        "Docked at the port of Callao, and that it would ask Chile to explain them\n"
        "Before the two countries meet again at the border commission in March.\n"
    )
    assert "Callao" in pipeline.process(RawDocument(source="test", id="t", text=text)).article.text


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Next In World", "related headlines"),
        (
            "The Peruvian president meets the Chilean envoy (not pictured) in Lima on May 2, 2030.",
            "photo caption",
        ),
        ("The Peruvian president said next in line were talks with Chile.", None),
    ],
)
def test_page_furniture(line, reason):
    assert boilerplate_reason(line) == reason
