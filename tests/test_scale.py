"""`dateline batch` on a local Ray gives what `dateline ingest` gives; `dateline load` brings it back."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from dateline.cli.app import app
from dateline.run import ingest
from dateline.sample import corpus_dir
from dateline.store.database import Database

ray = pytest.importorskip("ray", reason="ray is not installed (`make` installs it: pip install -e '.[ray]')")


def test_batch_on_local_ray_gives_the_ingest_result(tmp_path):
    from dateline.scale import batch, load

    with Database(tmp_path / "ingest.duckdb") as db:
        ingest([str(corpus_dir())], db)
        expected = db.events(mention_detail=True), db.articles()

    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        summary = batch([str(corpus_dir())], tmp_path / "out", actors=1, batch_size=4)
    finally:
        ray.shutdown()
    assert not summary.errors and summary.stored == len(expected[1])
    assert {p.name for p in (tmp_path / "out").iterdir()} >= {"articles.parquet", "canonical_events.parquet"}

    counts = load(tmp_path / "out", tmp_path / "batch.duckdb")
    assert counts["canonical_events"] == len(expected[0])
    with Database(tmp_path / "batch.duckdb") as db:
        assert (db.events(mention_detail=True), db.articles()) == expected
    with pytest.raises(ValueError, match="already holds"):
        load(tmp_path / "out", tmp_path / "batch.duckdb")

    cli = CliRunner()
    done = cli.invoke(app, ["load", str(tmp_path / "out"), "--db", str(tmp_path / "cli.duckdb")])
    assert done.exit_code == 0 and f"{len(expected[0])} canonical events" in done.output
    again = cli.invoke(app, ["load", str(tmp_path / "out"), "--db", str(tmp_path / "cli.duckdb")])
    assert again.exit_code == 2 and "already holds" in again.output
