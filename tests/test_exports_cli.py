"""Exports and command-line edges: empty results keep their header and schema, Parquet keeps dates
and lists, data frames, choices listed in --help, --version, --limit, port range, failed ingests."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

import dateline
from dateline.cli.app import app
from dateline.sample import corpus_dir

runner = CliRunner()


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("exports") / "sample.duckdb"
    result = runner.invoke(app, ["ingest", str(corpus_dir()), "--db", str(db), "--quiet"])
    assert result.exit_code == 0, result.output
    return db


def _events(db: Path, *args: str) -> list[dict]:
    result = runner.invoke(app, ["events", "--db", str(db), "--format", "csv", *args])
    assert result.exit_code == 0, result.output
    return list(csv.DictReader(io.StringIO(result.output)))


def test_empty_csv_has_its_header_and_empty_parquet_its_schema(sample_db: Path, tmp_path: Path) -> None:
    nothing = ["--dyad", "ATA-VAT"]  # no event between Antarctica and the Holy See
    result = runner.invoke(app, ["events", "--db", str(sample_db), "--format", "csv", *nothing])
    assert result.exit_code == 0
    header = result.output.strip().split(",")
    assert header[:4] == ["id", "type", "mode", "modality"] and result.output.count("\n") == 1
    target = tmp_path / "none.parquet"
    args = ["events", "--db", str(sample_db), "--format", "parquet", "-o", str(target), *nothing]
    assert runner.invoke(app, args).exit_code == 0
    con = duckdb.connect()
    assert con.execute("SELECT count(*) FROM read_parquet(?)", [str(target)]).fetchone() == (0,)
    columns = [
        row[0] for row in con.execute("DESCRIBE SELECT * FROM read_parquet(?)", [str(target)]).fetchall()
    ]
    assert columns == header


def test_parquet_keeps_dates_and_lists(sample_db: Path, tmp_path: Path) -> None:
    target = tmp_path / "events.parquet"
    result = runner.invoke(app, ["events", "--db", str(sample_db), "--format", "parquet", "-o", str(target)])
    assert result.exit_code == 0, result.output
    con = duckdb.connect()
    types = dict(
        (name, kind)
        for name, kind, *_ in con.execute("DESCRIBE SELECT * FROM read_parquet(?)", [str(target)]).fetchall()
    )
    assert types["date_start"] == "DATE" and types["date_end"] == "DATE"
    for column in ("source_countries", "participant_names", "actor_ids", "topics", "articles"):
        assert types[column] == "VARCHAR[]", column
    with dateline.open(sample_db) as db:
        events = db.events()
    rows = con.execute("SELECT id, articles FROM read_parquet(?)", [str(target)]).fetchall()
    assert [r[0] for r in rows] == [e["id"] for e in events]
    assert all(
        r[1] == sorted({m["article"] for m in e["mentions"]}) for r, e in zip(rows, events, strict=True)
    )


def test_frames_pandas_and_polars_agree_with_the_dicts(sample_db: Path) -> None:
    with dateline.open(sample_db) as db:
        events = db.events(type="CONSULT")
        frame = db.events(type="CONSULT", frame="pandas")
        assert list(frame["id"]) == [e["id"] for e in events]
        mentions = db.events(type="CONSULT", frame="pandas", mention_detail=True)
        assert len(mentions) == sum(len(e["mentions"]) for e in events)
        with pytest.raises(ValueError, match="'pandas' or 'polars'"):
            db.events(frame="arrow")
        pytest.importorskip("polars", reason="polars is in the dev extra")
        polars_frame = db.events(type="CONSULT", frame="polars")
        assert polars_frame["id"].to_list() == [e["id"] for e in events]
        assert polars_frame.height == len(events)
        assert db.articles(frame="polars").height == len(db.articles())


def test_limit_and_choices(sample_db: Path) -> None:
    every = _events(sample_db)
    assert [r["id"] for r in _events(sample_db, "--limit", "3")] == [r["id"] for r in every[:3]]
    planned = _events(sample_db, "--modality", "PLANNED")
    assert all(r["modality"] == "planned" for r in planned)
    for option, bad in (("--type", "MEETING"), ("--modality", "likely")):
        result = runner.invoke(app, ["events", "--db", str(sample_db), option, bad])
        assert result.exit_code == 2
        assert "consult" in result.output if option == "--type" else "hypothetical" in result.output


def test_help_lists_choices_and_flags_take_no_value() -> None:
    text = runner.invoke(app, ["events", "--help"], env={"COLUMNS": "200"}).output
    assert "asserted|planned|hoped|negated|hypothetical" in text and "consult" in text
    mentions_line = next(line for line in text.splitlines() if "--mentions" in line)
    assert "<bool>" not in mentions_line
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.output.strip() == f"dateline {dateline.__version__}"


def test_port_out_of_range_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["serve", "--db", str(tmp_path / "x.duckdb"), "--port", "70000"])
    assert result.exit_code == 2 and "--port" in result.output


def test_ingest_of_only_bad_inputs_leaves_no_database(tmp_path: Path) -> None:
    (tmp_path / "blob.txt").write_bytes(b"\x00\x01\x02" * 10)
    db = tmp_path / "news.duckdb"
    result = runner.invoke(
        app, ["ingest", str(tmp_path / "blob.txt"), str(tmp_path / "missing.txt"), "--db", str(db)]
    )
    assert result.exit_code == 1 and "2 files or records failed" in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["blob.txt"]
