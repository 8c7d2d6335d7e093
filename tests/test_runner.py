"""One runner for every engine: `ingest` into DuckDB, `dateline.process` in memory, any batch size, any
number of worker processes give the same canonical events, sources included."""

from __future__ import annotations

from pathlib import Path

import pytest

import dateline
from dateline.ingest import read
from dateline.run import ingest
from dateline.sample import corpus_dir
from dateline.store.database import Database


def _stored(path: Path, **options) -> tuple[list[dict], list[dict]]:
    with Database(path) as db:
        summary = ingest([str(corpus_dir())], db, **options)
        assert not summary.errors
        return db.events(mention_detail=True), db.articles()


@pytest.fixture(scope="module")
def reference(tmp_path_factory) -> tuple[list[dict], list[dict]]:
    return _stored(tmp_path_factory.mktemp("runner") / "ref.duckdb", batch_size=32)


@pytest.fixture(scope="module")
def in_memory() -> list:
    return dateline.process(list(read([corpus_dir()])))


def test_process_gives_what_ingest_stores(reference, in_memory):
    events, articles = reference
    assert any(a["copy_of"] for a in articles), "the sample corpus should hold a syndicated copy"
    assert any(e["sources"] < len({m["article"] for m in e["mentions"]}) for e in events)
    assert [e.to_json() for e in in_memory] == events


def test_brief_records_are_what_the_store_lists_without_detail(reference, in_memory):
    with_detail, _ = reference
    brief = [
        {**e, "mentions": [{k: m[k] for k in ("article", "sentence", "start", "end")} for m in e["mentions"]]}
        for e in with_detail
    ]
    assert [e.to_json(mention_detail=False) for e in in_memory] == brief


def test_batch_size_and_workers_do_not_change_the_result(reference, tmp_path):
    assert _stored(tmp_path / "one.duckdb", batch_size=1) == reference
    assert _stored(tmp_path / "two.duckdb", batch_size=3, workers=2) == reference
