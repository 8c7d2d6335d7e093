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

    # Two files with one name: the second gets a suffixed id on both engines (store/identity.py).
    reports = (("east", "The ministers met in Hanoi on Monday."), ("west", "Rebels shelled a town."))
    for folder, text in reports:
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "report.txt").write_text(f"Report\n\n{text}\n", encoding="utf-8")
    inputs = [str(corpus_dir()), str(tmp_path / "east"), str(tmp_path / "west")]
    with Database(tmp_path / "ingest.duckdb") as db:
        ingest(inputs, db)
        expected = db.events(mention_detail=True), db.articles()
    ids = [a["id"] for a in expected[1] if a["id"].startswith("report")]
    assert len(ids) == 2 and "report" in ids

    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        summary = batch(inputs, tmp_path / "out", actors=1, batch_size=4)
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


def test_parquet_shards_are_read_row_by_row(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    from dateline.records import IngestError, RawDocument
    from dateline.scale import _parquet_records

    shard = tmp_path / "shard.parquet"
    table = pa.table(
        {
            "id": ["one", "two", None],
            "text": ["The envoys met in Lisbon on Friday.", None, "A third report, without an id."],
            "url": ["https://example.org/one", None, None],
        }
    )
    pq.write_table(table, shard)
    items = list(_parquet_records(str(shard)))
    assert isinstance(items[0], RawDocument) and items[0].id == "one" and items[0].url.endswith("/one")
    assert isinstance(items[1], IngestError) and "row 2" in items[1].reason
    assert isinstance(items[2], RawDocument) and items[2].id is None
    (broken,) = _parquet_records(str(tmp_path / "missing.parquet"))
    assert isinstance(broken, IngestError) and "Parquet" in broken.reason
