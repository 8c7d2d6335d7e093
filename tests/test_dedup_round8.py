"""Round 8: a sentence two outlets print word for word reports one event (invented articles through the
real pipeline into the DuckDB store, and invented mentions)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from test_dedup_merge import mention
from test_dedup_occasions import ARMENIA, AZERBAIJAN, THREE_YEARS, UNKNOWN, USA, said

from dateline.dedup import merge
from dateline.dedup.compatible import type_family, verbatim_keys
from dateline.dedup.corpus import merge_in_order
from dateline.records import DateInterval, EventActor, EventMention, RawDocument
from dateline.run import run
from dateline.store.database import Database

# One wire sentence; each outlet wraps it in its own headline and paragraphs, so the two articles are
# far from near-duplicates (`copies.py`), and neither states its publication date.
WIRE = (
    "Zambia and Malawi signed an agreement on cross-border trade and customs on Tuesday, "
    "officials from both governments said."
)
FIRST = """Border trade pact welcomed by traders
Traders at the Mwami crossing said queues of lorries had grown through the dry season.
{wire}
The customs offices on each side will now share one inspection shed, a trade official explained.
"""
SECOND = """Lusaka and Lilongwe seal customs deal
Farmers' unions in the south had asked for lower fees for maize exports.
{wire}
Economists expect the cost of moving goods by road to fall within a year.
"""


def _articles(wire: str, published: tuple[str | None, str | None] = (None, None)) -> list[RawDocument]:
    return [
        RawDocument(source=f"{name}.txt", id=name, text=text.format(wire=wire), published=day)
        for name, text, day in (("w000", FIRST, published[0]), ("w001", SECOND, published[1]))
    ]


def _signings(pipeline, path: Path, docs: list[RawDocument], batch_size: int = 32) -> list[dict]:
    with Database(path) as db:
        run(docs, pipeline, db, batch_size=batch_size)
        events = db.events(mention_detail=True)
    return sorted((e for e in events if e["type"] == "SUPPORT"), key=lambda e: e["id"])


def test_the_key_reads_the_words_only_and_needs_a_sentence_long_enough_to_tell():
    told = "Sudan’s army and the RSF agreed on a truce in Jeddah on Saturday."
    curly = verbatim_keys("AGREE", told)
    straight = verbatim_keys("AGREE", "SUDAN'S army and the RSF agreed on a truce in Jeddah on Saturday")
    assert curly and curly == straight
    assert set(verbatim_keys("CONSULT", told)).isdisjoint(curly)
    assert verbatim_keys("AGREE", "Zambia and Malawi signed the deal.") == []


def test_two_outlets_printing_one_wire_sentence_report_one_event_whatever_the_batches(pipeline, tmp_path):
    docs = _articles(WIRE)
    at_once = _signings(pipeline, tmp_path / "once.duckdb", docs)
    # Neither outlet's date is known: the two vague reports would stay apart but for their sentence.
    (event,) = at_once
    assert event["date"]["end"] is None or event["date"]["start"] is None
    assert sorted(m["article"] for m in event["mentions"]) == ["w000", "w001"]
    assert event["sources"] == 2
    # One article per batch: the second batch loads the first one's event through the sentence's key.
    assert _signings(pipeline, tmp_path / "apart.duckdb", docs, batch_size=1) == at_once
    # The same input again changes nothing.
    assert _signings(pipeline, tmp_path / "once.duckdb", docs) == at_once


def test_the_dates_must_still_overlap_and_a_short_sentence_says_too_little(pipeline, tmp_path):
    # Published a week apart, "on Tuesday" is two Tuesdays: two signings.
    weekly = _signings(pipeline, tmp_path / "weekly.duckdb", _articles(WIRE, ("2024-03-07", "2024-03-14")))
    assert len(weekly) == 2
    assert {e["date"]["start"] for e in weekly} == {"2024-03-05", "2024-03-12"}
    # A sentence of a few words is said of many occasions: two vague reports of the pair stay apart.
    short_wire = "Zambia and Malawi signed an agreement Tuesday."
    short = _signings(pipeline, tmp_path / "short.duckdb", _articles(short_wire))
    assert len(short) == 2


OPEN = DateInterval(None, date(2024, 3, 20), "range", 0.3, "before publication, weekday unresolved")

# --- the same rule on invented mentions: orders, the Ray engine's families, what still keeps apart ----

CLAIM = "Armenia and Azerbaijan traded accusations over the shelling of border villages, officials said."


def _claims() -> list[EventMention]:
    """One wire sentence in three outlets whose dates came out open, years wide and unknown."""
    return [
        said(replace(mention(name, 40, type="ACCUSE", mode=None, when=when, actors=(ARMENIA, AZERBAIJAN)),
                     trigger="traded accusations"), CLAIM)
        for name, when in (("r000", OPEN), ("r001", THREE_YEARS), ("r002", UNKNOWN))
    ]  # fmt: skip


def test_one_sentence_in_three_outlets_is_one_event_in_any_order_and_family_by_family():
    claims = _claims()
    for order in (claims, claims[::-1], [claims[1], claims[2], claims[0]]):
        (event,) = merge(order)
        assert event.sources == 3
    # The Ray engine merges each family apart: an unrelated family beside it changes nothing.
    other = mention("r003", 0, type="CONSULT", when=OPEN)
    todo = [(m, m.article_id) for m in [*claims, other]]
    whole, _ = merge_in_order(todo)
    by_family = []
    for family in sorted({type_family(m.type) for m, _ in todo}):
        by_family += merge_in_order([p for p in todo if type_family(p[0].type) == family])[0]
    assert sorted(whole, key=lambda e: e.id) == sorted(by_family, key=lambda e: e.id)
    assert len(whole) == 2


def test_the_sentence_joins_only_a_report_that_agrees_in_all_else():
    first, second, _ = _claims()
    apart = (
        replace(second, actors=[EventActor(ARMENIA, "source"), EventActor(USA, "target")]),  # another pair
        replace(second, modality="negated"),  # "denied trading accusations"
        replace(second, type="REJECT"),  # another type for the sentence: not this report of it
        # After the first outlet's "before" bound: the intervals must still overlap.
        replace(second, date=DateInterval(date(2025, 1, 1), date(2026, 12, 31), "range", 0.3, "years")),
    )
    for other in apart:
        assert len(merge([first, other])) == 2
