"""Round 20 (r20fix): the review's repairs, on invented input."""

from __future__ import annotations

from dateline.clean.date_lines import DATED_STOP, dated_prefix
from dateline.clean.plaintext import _PLACE_BEFORE_DAY


def test_a_long_hyphenated_token_is_no_dateline_and_fails_fast():
    # "-" both continues a place word and joins two: with unbounded words the split points multiply
    # (cubic: hours on these 6,000 characters before the words were bounded, so this test hung)
    line = "AB-" * 2000 + ", March 3, 2024 - The council met."
    assert dated_prefix(line) is None
    assert _PLACE_BEFORE_DAY.fullmatch("AB-" * 2000 + ", ") is None
    assert DATED_STOP.match("AB-" * 2000 + ", March 3. The council met.") is None  # round 20's form too


def test_datelines_with_hyphenated_and_joint_places_still_read():
    assert dated_prefix("PORT-VILA, March 3, 2024 - The council met.")["place"] == "PORT-VILA"
    assert dated_prefix("QUITO/BOGOTA, March 3, 2024 - Talks resumed.")["place"] == "QUITO/BOGOTA"
    assert _PLACE_BEFORE_DAY.fullmatch("Council Chamber, Port-Vila, ")
    assert (
        DATED_STOP.match("PORT-VILA, Ruritania, March 3. The council met.")["place"] == "PORT-VILA, Ruritania"
    )
