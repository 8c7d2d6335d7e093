"""Round 11 participant classes (events/participants.py): an act that answers an assertion with an author
("rejected claims made by X of a meeting with Y") is addressed to the author, not to whoever the
assertion names; a demonym on a noun of natural or legal persons ("sanctions on Turkish entities") names
a party; talks in whose course an act is addressed to someone ("during a call, X assured him") are
with them. The sentences are invented."""

from __future__ import annotations

import pytest
from coding_support import pipeline_events


def _sides(pipeline, text: str, event_type: str) -> set[tuple[str, str | None]]:
    """(side, country) of the text's first event mention of that type."""
    found = [e for e in pipeline_events(pipeline, text) if e.type == event_type]
    assert found, [e.type for e in pipeline_events(pipeline, text)]
    return {(ea.side, ea.actor.country) for ea in found[0].actors}


@pytest.mark.parametrize(
    "sentence",
    [
        "Kenya on Friday rejected claims made by Ugandan President Yoweri Museveni of a secret meeting "
        "with President William Ruto.",
        "Ghana rejected the claims by Uganda that it had met Togo.",
        "Ghana dismissed Uganda's allegations of a plot against Togo.",
    ],
)
def test_the_author_of_a_rejected_assertion_is_the_target(pipeline, sentence):
    sides = _sides(pipeline, sentence, "REJECT")
    assert ("target", "UGA") in sides
    assert {side for side, country in sides if country not in ("UGA", "KEN", "GHA")} == set()


def test_an_assertion_without_an_author_keeps_its_content_as_target(pipeline):
    sides = _sides(pipeline, "Ghana rejected the claims that Nigeria had met Togo.", "REJECT")
    assert ("target", "NGA") in sides


@pytest.mark.parametrize(
    "sentence",
    [
        "Last week, Canada imposed sanctions on Turkish persons and entities linked to the drilling.",
        "Canada sanctioned three Turkish individuals on Monday.",
    ],
)
def test_a_demonym_on_persons_or_entities_names_the_target(pipeline, sentence):
    assert ("target", "TUR") in _sides(pipeline, sentence, "SANCTION")


def test_a_demonym_on_a_thing_is_still_no_target(pipeline):
    sides = _sides(pipeline, "Canada imposed sanctions on Turkish steel on Monday.", "SANCTION")
    assert "TUR" not in {country for _, country in sides}


def test_talks_during_which_an_act_is_addressed_to_someone_are_with_them(pipeline):
    text = (
        "Kenyan President William Ruto spoke to reporters on Monday. Ruto had claimed that, during a "
        'telephone conversation, Ugandan President Yoweri Museveni had "assured" him that Uganda will not '
        "buy oil from Tanzania."
    )
    sides = _sides(pipeline, text, "CONSULT")
    assert ("target", "KEN") in sides
    assert "TZA" not in {country for _, country in sides}
