"""Round 29 (issue 12, r29filters): what each drop rule of the coder costs and gains. On the dev sets the
rule that drops a verdict nobody is said to pass ("X's decision was unacceptable") dropped only verdicts
whose speaker was named, all gold accusations: a verdict someone is said to pass on a party ("said the
junta was illegitimate") or on a thing not in the act lexicon ("said X's U-turn was unjustifiable") is
that speaker's accusation, as one passed on an act is. Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_support import pipeline_events

# An article's first sentence (no accusation in it), so the sentence under test is not its headline.
LEAD = "Peru and Chile held talks in Lima on Thursday.\n\n"

# (a verdict a named speaker passes, a sentence of the same kind nobody is said to pass or on no one)
VERDICTS = [
    (
        "Peru's foreign minister said on Monday that the Chilean junta was illegitimate.",
        "Chile's decision was unacceptable.",
    ),
    (
        'Peru\'s foreign minister said on Monday that the Chilean government was "illegitimate" and '
        '"out of control".',
        "The Peruvian president said it was unacceptable.",
    ),
    (
        'The Peruvian president said Chile\'s U-turn was "unjustifiable".',
        "The Peruvian president said the situation was unacceptable.",
    ),
    (
        "The Chilean government was illegitimate, the Peruvian minister said.",
        "Chile's violation of the treaty was sad.",
    ),
]


def _accusations(pipeline, sentence: str) -> list[frozenset[str]]:
    """The country sets of the accusations the pipeline finds in `sentence` (after the lead)."""
    events = pipeline_events(pipeline, LEAD + sentence + "\n")
    return [
        frozenset(a.actor.country for a in e.actors if a.actor.country)
        for e in events
        if e.type == "ACCUSE" and e.sentence_start >= len(LEAD)
    ]


@pytest.mark.parametrize(("said", "unsaid"), VERDICTS)
def test_a_verdict_a_named_speaker_passes_on_a_party_or_a_thing_is_an_accusation(pipeline, said, unsaid):
    assert frozenset({"PER", "CHL"}) in _accusations(pipeline, said), said
    assert _accusations(pipeline, unsaid) == [], unsaid
