"""Round 29: a name with no title and its comma closing a line that ends the sentence ("met Marco
Bellini,\\nThe talks ...") made the actor stage look for an office in apposition past the sentence's
end; the article was kept but lost its actors (invented text)."""

from __future__ import annotations

import warnings

import pytest

import dateline

TEXTS = [
    "Norway's foreign minister met Marco Bellini,\nThe talks lasted an hour.",
    "Talks in Oslo\nMarco Bellini,\nThe two sides agreed to meet again.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_no_stage_fails_on_a_name_closing_the_line(text):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        dateline.process(text, published="2024-03-05")
    assert not [w for w in caught if "failed" in str(w.message)]


def test_the_actors_of_the_sentence_are_still_found():
    events = dateline.process(TEXTS[0], published="2024-03-05")
    countries = [{a["country"] for a in e.to_json()["actors"]} for e in events]
    assert {"NOR"} in countries
