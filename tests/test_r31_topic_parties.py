"""Round 31 (issue 12, r31nested): what talks or an accord are about names no party of them. A country
named only inside the act the talks discuss ("discussed Peru's blockade of Ecuador"), inside their
"on / about" phrase ("a call with X on the crisis including Peru"; "agreed to coordinate their actions
on Peru") or as a side of a conflict named there ("agreed that the Peru-Ecuador conflict should be
resolved") is the topic's (`participants._in_topic`). Judging acts keep the judged relation's sides, and
accords keep their own partners. Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_support import countries_of, pipeline_events

# An article's first sentence, so the sentence under test is not its headline.
LEAD = "Peru and Chile held talks in Lima on Thursday.\n\n"


def _of_type(pipeline, sentence: str, event_type: str):
    events = [e for e in pipeline_events(pipeline, LEAD + sentence + "\n") if e.sentence_start >= len(LEAD)]
    found = [e for e in events if e.type == event_type]
    assert found, [(e.type, e.trigger) for e in events]
    return found


# (sentence, type, the countries of the act)
TOPICS = [
    ("Arce and Boric discussed Peru's blockade of Ecuador.", "CONSULT", {"BOL", "CHL"}),
    (
        "Bolivian President Luis Arce had a long phone call with Chilean President Gabriel Boric on the "
        "Andean crisis including Peru and the Ecuador dispute, the ministry said.",
        "CONSULT",
        {"BOL", "CHL"},
    ),
    ("Arce met Boric in Santiago to discuss the Peruvian attacks on Ecuador.", "CONSULT", {"BOL", "CHL"}),
    ("Arce and Boric agreed to coordinate their actions on Peru.", "AGREE", {"BOL", "CHL"}),
    (
        "Arce and Boric agreed that the Peru-Ecuador conflict should be resolved by diplomatic means.",
        "AGREE",
        {"BOL", "CHL"},
    ),
]

# The other party of the act itself stays: a partner named by "with", the sides of a conflict that
# agree to end it, the sides of a war condemned.
PARTIES = [
    ("Arce held talks with Boric on Monday.", "CONSULT", {"BOL", "CHL"}),
    ("Arce discussed trade with Boric.", "CONSULT", {"BOL", "CHL"}),
    ("Bolivia signed an agreement on gas supplies with Chile.", "SUPPORT", {"BOL", "CHL"}),
    ("Arce said he is prepared to lift the ban on Peruvian fishermen.", "AGREE", {"BOL", "PER"}),
    ("Peru and Ecuador agreed to end their border conflict.", "AGREE", {"PER", "ECU"}),
    ("Chile condemned the Peru-Ecuador war.", "ACCUSE", {"CHL", "PER", "ECU"}),
]


@pytest.mark.parametrize(("sentence", "event_type", "countries"), TOPICS)
def test_countries_of_what_talks_or_an_accord_are_about_are_no_parties(
    pipeline, sentence, event_type, countries
):
    assert [countries_of(e) for e in _of_type(pipeline, sentence, event_type)] == [countries], sentence


@pytest.mark.parametrize(("sentence", "event_type", "countries"), PARTIES)
def test_the_acts_own_parties_stay(pipeline, sentence, event_type, countries):
    assert [countries_of(e) for e in _of_type(pipeline, sentence, event_type)] == [countries], sentence
