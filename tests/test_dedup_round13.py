"""Round 13, one canonical event: one act read twice from one sentence is one event.

The events stage may code one sentence twice with the same type and modality: once with the pair's
countries and once with the ministers who act for them ("Australia and India will hold their first
dialogue tomorrow, when Payne will meet Jaishankar"), or once per verb of one act ("condemned the
support, stating that it violates the country's sovereignty": ACCUSE `disapprove` and `allege`).
Told in one sentence, a country and any actor of that country match strongly
(`compatible.actors_compatible(together=True)`), and two modes of an act other than an encounter are
one act (`parties.modes_compatible(together=True)`); an encounter's modes (a visit and the talks
held on it) stay apart, as do the same readings told in two sentences.

Invented records through the real merge.
"""

from __future__ import annotations

from dataclasses import replace

from test_dedup_merge import LAVROV, PAKISTAN, QURESHI, RUSSIA, day, mention

from dateline.dedup import merge
from dateline.events.parties import modes_compatible
from dateline.records import Actor, EventMention

WHEN = day(2031, 6, 14)


def _second_reading(m: EventMention, **changes: object) -> EventMention:
    """Another mention of the same sentence (another trigger in it)."""
    return replace(m, trigger_start=m.trigger_start + 40, trigger_end=m.trigger_end + 40, **changes)


def test_the_pair_and_its_ministers_in_one_sentence_are_one_meeting():
    # "Russia and Pakistan will hold their first dialogue tomorrow, when Lavrov will meet Qureshi."
    ministers = mention("r000", 100, mode="meet", modality="planned", actors=(LAVROV, QURESHI), when=WHEN)
    countries = _second_reading(
        mention("r000", 100, mode=None, modality="planned", actors=(RUSSIA, PAKISTAN), when=WHEN)
    )
    for order in ([ministers, countries], [countries, ministers]):
        (event,) = merge(order)
        assert len(event.mentions) == 2 and event.mode == "meet"


def test_the_pair_and_its_ministers_in_two_sentences_stay_apart():
    # "Russia and Pakistan held their dialogue." ... "Lavrov also met Qureshi." (the next sentence)
    countries = mention("r000", 100, mode=None, actors=(RUSSIA, PAKISTAN), when=WHEN)
    ministers = mention("r000", 200, mode="meet", actors=(LAVROV, QURESHI), when=WHEN)
    assert len(merge([countries, ministers])) == 2


def test_two_modes_of_one_accusation_in_one_sentence_are_one_event():
    # "Minister Ahmadi condemned Russia's support for the rebels, stating that it violates the
    # sovereignty of Pakistan." The minister is a person the knowledge base does not know.
    minister = Actor(None, "Karim Ahmadi", "PAK", "GOV", None, "person")
    condemned = mention(
        "s000",
        50,
        type="ACCUSE",
        mode="disapprove",
        actors=(minister, RUSSIA),
        sides=("source", "target"),
        when=WHEN,
    )
    violates = _second_reading(condemned, mode="allege")
    violates = replace(violates, actors=violates.actors[:1])
    for order in ([condemned, violates], [violates, condemned]):
        (event,) = merge(order)
        assert len(event.mentions) == 2 and event.mode == order[0].mode
    # Told in two sentences, two modes of an accusation may be two accusations.
    later = replace(violates, sentence_start=400, sentence_end=450, trigger_start=430, trigger_end=436)
    assert len(merge([condemned, later])) == 2


def test_an_encounters_modes_stay_apart_in_one_sentence():
    # "During a visit to Islamabad, Lavrov met Qureshi": the visit and the talks held on it.
    assert not modes_compatible("visit", "meet", together=True)
    assert not modes_compatible("phone", "meet", together=True)
    assert modes_compatible("disapprove", "allege", together=True)
    assert not modes_compatible("disapprove", "allege")
    visit = mention(
        "v000", 10, mode="visit", actors=(LAVROV, PAKISTAN), sides=("source", "target"), when=WHEN
    )
    talks = _second_reading(
        mention("v000", 10, mode="meet", actors=(LAVROV, QURESHI), sides=("source", "target"), when=WHEN)
    )
    assert len(merge([visit, talks])) == 2
