"""An act of a pair (an agreement, a request) is made on one of its encounters: a vague report of it
joins the one dated report of another article only while the two articles tell no other encounter of
the pair in its window, whichever comes first, whatever the batches, and type by type (the Ray
engine) as in one merge (synthetic mentions, helpers of `test_dedup_merge` and `test_dedup_vague`)."""

from __future__ import annotations

from test_dedup_merge import KHAN, PUTIN, day, mention, month
from test_dedup_vague import MINISTERS, TWO_YEARS, _article, _in_batches_and_at_once

from dateline.dedup import merge
from dateline.dedup.corpus import encounters_by_article, merge_in_order
from dateline.records import EventMention
from dateline.run import store
from dateline.store.database import Database


def _agreement(article: str, start: int, **kw) -> EventMention:
    return mention(article, start, type="AGREE", mode=None, actors=MINISTERS, **kw)


def _dated(visit: bool = True) -> list[EventMention]:
    # "The ministers agreed on closer ties during their June call", and, further on, the minister's
    # visit in April.
    told = [
        mention("c000", 10, when=month(2021, 6), actors=MINISTERS),
        _agreement("c000", 200, when=month(2021, 6)),
    ]
    if visit:
        told.append(mention("c000", 600, when=month(2021, 4), mode="visit", actors=MINISTERS))
    return told


VAGUE = _agreement("c001", 10, when=TWO_YEARS)  # "the two ministers agreed ...", no publication date


def test_a_visit_told_beside_the_call_leaves_a_vague_agreement_apart_in_either_order():
    for order in ([*_dated(), VAGUE], [VAGUE, *_dated()]):
        agreements = [e for e in merge(order) if e.type == "AGREE"]
        assert [len(e.mentions) for e in agreements] == [1, 1]
    # With the call the one encounter told, the vague agreement is the agreement made on it.
    for order in ([*_dated(visit=False), VAGUE], [VAGUE, *_dated(visit=False)]):
        (agreement,) = [e for e in merge(order) if e.type == "AGREE"]
        assert agreement.sources == 2
        assert (agreement.date.start, agreement.date.end) == (month(2021, 6).start, month(2021, 6).end)


def test_encounters_of_another_pair_or_inside_the_joined_date_are_no_other_occasion():
    others = mention("c000", 600, when=month(2021, 4), mode="visit", actors=(PUTIN, KHAN))
    same_month = mention("c000", 600, when=day(2021, 6, 20), mode="visit", actors=MINISTERS)
    planned = mention("c000", 600, when=month(2021, 4), mode="visit", modality="planned", actors=MINISTERS)
    for extra in (others, same_month, planned):
        told = [*_dated(visit=False), extra]
        (agreement,) = [e for e in merge([*told, VAGUE]) if e.type == "AGREE"]
        assert agreement.sources == 2, extra


def test_type_by_type_with_the_articles_encounters_gives_the_one_merge():
    for order in ([*_dated(), VAGUE], [VAGUE, *_dated()]):
        todo = [(m, m.article_id) for m in order]
        whole, _ = merge_in_order(todo)
        met = encounters_by_article(order)
        by_type = []
        for kind in sorted({m.type for m in order}):
            by_type += merge_in_order([p for p in todo if p[0].type == kind], met)[0]
        assert sorted(whole, key=lambda e: e.id) == sorted(by_type, key=lambda e: e.id)
        # Without the other types' encounters the agreement partition would decide otherwise.
        alone = merge_in_order([p for p in todo if p[0].type == "AGREE"])[0]
        assert len(alone) == 1


def test_the_store_gives_the_encounters_of_earlier_articles_whatever_the_batches(tmp_path):
    batches = [[_article("c000", *_dated())], [_article("c001", VAGUE)]]
    by_batch, at_once = _in_batches_and_at_once(batches)
    assert by_batch == at_once
    assert sorted(len(e.mentions) for e in by_batch if e.type == "AGREE") == [1, 1]
    with Database(tmp_path / "met.duckdb") as db:
        store(db, batches[0])
        found = db.mentions_in(["c000", "c001"], ["CONSULT"])
    assert [(m.article_id, m.mode) for m in found] == [("c000", "phone"), ("c000", "visit")]
