"""Round 11 (r11mediator): the two countries of a mediated story (`MentionIndex.dyad`) are the pair that
acts together, not the host or go-between named most. The sentences and states are invented."""

from __future__ import annotations

import pytest
from coding_support import find_mentions

from dateline.events.participants import MentionIndex
from dateline.records import Actor

NRL = Actor("NRL", "Norland", "NRL", "GOV")
SDR = Actor("SDR", "Sudria", "SDR", "GOV")
OST = Actor("OST", "Ostmark", "OST", "GOV")
PEL = Actor("PEL", "Pelagia", "PEL", "GOV")
NAMES = {
    "Norland": ((NRL,), "country"),
    "Sudria": ((SDR,), "country"),
    "Ostmark": ((OST,), "country"),
    "Pelagia": ((PEL,), "country"),
}
TALKS = "Norland and Sudria agreed to a truce on Monday after two weeks of fighting. "
SIDES = " Norland welcomed the truce and Sudria praised it. Norland said Sudria had kept its word."


def _dyad(nlp, text: str) -> set[str]:
    doc = nlp(text)
    return set(MentionIndex.build(doc, find_mentions(text, NAMES)).dyad(len(doc)))


@pytest.mark.parametrize(
    "mediation",
    [
        "The talks were hosted by Ostmark. Ostmark said Ostmark would keep Ostmark's offer open.",
        "Ostmark brokered the deal. Ostmark said Ostmark would keep Ostmark's offer open.",
        "Ostmark attended the talks as observer. Ostmark said Ostmark would keep Ostmark's offer open.",
        "Ostmark was the co-organiser. Ostmark said Ostmark would keep Ostmark's offer open.",
        "Ostmark's mediation ended the war. Ostmark said Ostmark would keep Ostmark's offer open.",
    ],
)
def test_the_host_or_mediator_named_most_is_no_side(nlp, mediation):
    """The lead names the mediator alone, and it is named more than either side."""
    text = mediation + " " + TALKS + SIDES
    assert _dyad(nlp, text) == {"NRL", "SDR"}


def test_a_side_hosting_the_next_round_stays_a_side(nlp):
    text = (
        TALKS + "Pelagia attended as observer. Sudria will host the next round. Norland and Sudria "
        "exchanged prisoners. Sudria said Sudria would free more."
    )
    assert _dyad(nlp, text) == {"NRL", "SDR"}


def test_without_a_third_party_the_counts_decide(nlp):
    """No host or go-between: a pair named together once does not override the countries named most."""
    text = (
        "Ostmark accused Pelagia of shelling Ostmark's border town. Pelagia denied it and Ostmark "
        "recalled Ostmark's envoy from Pelagia. Norland and Sudria urged calm."
    )
    assert _dyad(nlp, text) == {"OST", "PEL"}
