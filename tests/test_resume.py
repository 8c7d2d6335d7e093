"""An interrupted ingest, started again, ends with the same database as an uninterrupted one."""

from __future__ import annotations

import pytest

from dateline.pipeline import Pipeline
from dateline.run import ingest
from dateline.sample import corpus_dir
from dateline.store.database import Database


def _snapshot(db: Database) -> tuple:
    articles = sorted(a["id"] for a in db.articles())
    events = sorted((e["id"], len(e["mentions"])) for e in db.events())
    mentions = db.con.execute("SELECT count(*), count(DISTINCT id) FROM event_mentions").fetchone()
    return articles, events, mentions


def test_interrupted_run_resumes_without_duplicates_or_gaps(tmp_path, monkeypatch):
    with Database(tmp_path / "clean.duckdb") as db:
        ingest([str(corpus_dir())], db, batch_size=2)
        expected = _snapshot(db)

    real = Pipeline.analyse
    calls = {"n": 0}

    def crash_after_five(self, article, *rest):
        calls["n"] += 1
        if calls["n"] > 5:
            raise KeyboardInterrupt  # what Ctrl-C or a kill does in the middle of a batch
        return real(self, article, *rest)

    path = tmp_path / "resumed.duckdb"
    monkeypatch.setattr(Pipeline, "analyse", crash_after_five)
    with Database(path) as db, pytest.raises(KeyboardInterrupt):
        ingest([str(corpus_dir())], db, batch_size=2)
    with Database(path) as db:
        partial = db.summary()["articles"]
    assert 0 < partial < len(expected[0])  # whole batches landed, the cut one did not

    monkeypatch.setattr(Pipeline, "analyse", real)
    with Database(path) as db:
        summary = ingest([str(corpus_dir())], db, batch_size=2)
        assert summary.unchanged >= partial  # stored articles were skipped, not parsed again
        assert _snapshot(db) == expected
