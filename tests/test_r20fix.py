"""Round 20 (r20fix): the review's repairs, on invented input."""

from __future__ import annotations

from pathlib import Path

from dateline.actors.component import DefaultActorResolver
from dateline.actors.kb import KnowledgeBase
from dateline.clean.date_lines import DATED_STOP, dated_prefix
from dateline.clean.plaintext import _PLACE_BEFORE_DAY
from dateline.records import DocumentTime


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


def test_a_name_referred_back_before_a_long_capitalised_run(nlp):
    # the longest prefix naming someone introduced; the run after it, a word of nobody's, ends the
    # search at once (every prefix was a set of its own before: cubic in the run's length)
    kb = KnowledgeBase.from_files(sorted((Path(__file__).parent / "fixtures" / "kb").glob("*.tsv")))
    text = "Prime Minister Imran Khan received the envoy. Imran Khan " + "Ab-" * 1500 + "Ab left."
    found = [m for m in DefaultActorResolver(kb).resolve(nlp(text), DocumentTime.unknown()) if m.start > 40]
    assert [(m.text, m.how, [a.id for a in m.actors]) for m in found][:1] == [
        ("Imran Khan", "name coreference", ["imran-khan"])
    ]
