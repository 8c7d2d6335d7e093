"""Round 14 (r14summon): a summons whose envoy title is written with its accent."""

from __future__ import annotations

import pytest

from dateline.events.detect import detect
from dateline.nlp.accents import unaccented


def _summons(nlp, text: str) -> list[str]:
    doc = nlp(text)
    return [t.type for s in doc.sents for t in detect(s) if t.entry.lemma == "summon"]


def test_unaccented_drops_combining_marks_only():
    assert unaccented("chargé") == "charge"
    assert unaccented("attaché") == "attache"
    assert unaccented("Zürich") == "Zurich"
    assert unaccented("envoy") == "envoy"


@pytest.mark.parametrize(
    "text",
    [
        "Oslo summoned the chargé d'affaires of Belarus on Wednesday over the border incident.",
        "The foreign ministry summoned the interim chargé d’affaires of Iran to hand over a note.",
        "Lima summoned the Venezuelan military attaché after the remarks.",
        "Rome summoned the charge d'affaires of Egypt on Friday.",  # the ASCII spelling still works
    ],
)
def test_summoning_an_accented_envoy_title_is_a_summons(nlp, text):
    assert _summons(nlp, text) == ["ACCUSE"]


def test_an_accented_word_that_is_no_envoy_is_no_summons(nlp):
    # folding the accent makes no word an envoy that was none: "summoned the café owner" stays nothing
    assert _summons(nlp, "The inspector summoned the café owner to the office.") == []
