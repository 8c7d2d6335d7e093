"""Round 22: a title and its comma closing a line that ends the sentence ("along with the Peruvian
President,\\nMaria Lopez.") made the actor stage read past the sentence's end; the article was kept but
lost its actors (invented text)."""

from __future__ import annotations

import warnings

import dateline

TEXT = (
    "QUITO, March 3 (Agency) - The foreign minister arrived in Quito on Monday along with the "
    "Peruvian President,\nMaria Lopez."
)


def test_no_stage_fails_on_a_title_closing_the_line():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        events = dateline.process(TEXT, published="2023-03-03")
    assert not [w for w in caught if "failed" in str(w.message)]
    assert [e.type for e in events] == ["CONSULT"]
