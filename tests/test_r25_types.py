"""Round 25 (issue 12, r25type): one act, one type, whatever word a report uses for it. An envoy's
expulsion told through a noun or clause the diplomat rows do not see ("an expulsion notice against
Ambassador X", "Ambassador X, who was expelled") is the diplomat's expulsion (SANCTION expel), not a
deportation. Every sentence is invented."""

from __future__ import annotations

import pytest
from coding_support import type_modes

HEAD = "Russia and Poland\n\n"


@pytest.mark.parametrize(
    "sentence",
    [
        "Moscow issued a 48-hour expulsion notice on Monday against Ambassador Oskar Vell of Poland.",
        "Ambassador Oskar Vell of Poland, who was expelled from Russia last week, said he had done his duty.",
    ],
)
def test_an_envoys_expulsion_is_a_sanction_whatever_its_wording(pipeline, sentence):
    events = type_modes(pipeline, HEAD, sentence)
    assert ("SANCTION", "expel") in events, events
    assert ("COERCE", "deport") not in events, events


def test_an_expulsion_of_migrants_stays_a_deportation(pipeline):
    events = type_modes(pipeline, HEAD, "Russia expelled 40 Polish migrants on Monday.")
    assert ("COERCE", "deport") in events, events
