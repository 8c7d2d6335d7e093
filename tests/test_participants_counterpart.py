"""The other party named in the same sentence: an act the parse gives one country's side only takes
the one actor of another country the sentence names (events/participants.py, `sentence_counterpart`),
never one that does its own thing in a clause apart, nor one of two or more candidates. The sentences
are invented."""

from __future__ import annotations

import pytest

import dateline

PUBLISHED = "2024-03-14"


def _countries(text: str, event_type: str) -> set[str]:
    events = [e.to_json() for e in dateline.process([text], published=PUBLISHED)]
    found = [e for e in events if e["type"] == event_type]
    assert found, [e["type"] for e in events]
    return {a["country"] for a in found[0]["actors"] if a.get("country")}


@pytest.mark.parametrize(
    ("text", "event_type", "countries"),
    [
        # what a statement under the act says names whom it is about
        (
            "The Kenyan foreign minister criticised the arrest of the activists, saying Uganda had "
            "acted unlawfully.",
            "ACCUSE",
            {"KEN", "UGA"},
        ),
        # the counterparts of talks named in a phrase the parse hangs elsewhere
        (
            "Indonesian officials said on Monday they had discussed the fishing dispute with their "
            "counterparts from Malaysia.",
            "CONSULT",
            {"IDN", "MYS"},
        ),
    ],
)
def test_the_one_other_country_of_the_sentence_is_the_counterpart(text, event_type, countries):
    assert _countries(text, event_type) == countries


def test_a_country_doing_its_own_thing_in_another_clause_is_no_counterpart():
    text = "Kenyan President William Ruto held talks on Tuesday, a day after Ethiopia offered to mediate."
    assert _countries(text, "CONSULT") == {"KEN"}


def test_two_other_countries_leave_the_counterpart_open():
    text = (
        "Peru's president met the visiting delegation in Lima on Monday, days after Chile and Bolivia "
        "signed a water accord."
    )
    assert _countries(text, "CONSULT") == {"PER"}
