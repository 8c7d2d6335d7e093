"""The command line end to end on the bundled sample corpus: ingest, events, articles, timeline, demo,
exports (empty results keep header and schema, Parquet keeps dates and lists), choices, edges."""

from __future__ import annotations

import csv
import io
import json
import re
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
    db = tmp_path_factory.mktemp("cli") / "sample.duckdb"
    result = runner.invoke(app, ["ingest", str(corpus_dir()), "--db", str(db), "--quiet"])
    assert result.exit_code == 0, result.output
    return db


def _jsonl(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


COUNTS = "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM canonical_events)"


def test_ingest_is_idempotent(sample_db):
    before = duckdb.connect(str(sample_db), read_only=True)
    counts = before.execute(COUNTS).fetchone()
    before.close()
    again = runner.invoke(app, ["ingest", str(corpus_dir()), "--db", str(sample_db), "--quiet"])
    assert again.exit_code == 0, again.output
    assert "0 stored" in again.output
    after = duckdb.connect(str(sample_db), read_only=True)
    assert after.execute(COUNTS).fetchone() == counts
    after.close()


def test_articles_jsonl_has_contract_fields_and_flags_spanish(sample_db):
    result = runner.invoke(app, ["articles", "--db", str(sample_db), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    articles = {a["id"]: a for a in _jsonl(result.output)}
    assert len(articles) >= 12
    for a in articles.values():
        assert {"id", "title", "outlet", "text", "published", "language"} <= set(a)
        assert {"value", "source", "confidence", "note"} <= set(a["published"])
    assert articles["es-argentina-brasil"]["language"] == "es"
    assert articles["uzbekistan_tajikistan_undated"]["published"]["value"] is None
    # the syndicated copy is stored and marked as a copy of the wire story
    assert articles["wire-copy-gulf"]["copy_of"] == "turkiye_egypt_call_wire"


def test_articles_verbose_shows_removed_lines(sample_db):
    result = runner.invoke(app, ["articles", "--db", str(sample_db), "--verbose"])
    wire = next(a for a in _jsonl(result.output) if a["id"] == "turkiye_egypt_call_wire")
    removed = " ".join(r["text"] for r in wire["removed"])
    assert "Heatwave grips southern Europe" in removed
    assert "Heatwave" not in wire["text"]


def test_events_formats_and_filters(sample_db, tmp_path):
    every = _jsonl(runner.invoke(app, ["events", "--db", str(sample_db)]).output)
    assert every, "the sample corpus yields events"
    dyad = _jsonl(runner.invoke(app, ["events", "--db", str(sample_db), "--dyad", "FRA-DEU"]).output)
    assert dyad and all({"FRA", "DEU"} <= {a["country"] for a in e["actors"]} for e in dyad)
    consult = _jsonl(runner.invoke(app, ["events", "--db", str(sample_db), "--type", "consult"]).output)
    assert consult and all(e["type"] == "CONSULT" for e in consult)

    result = runner.invoke(app, ["events", "--db", str(sample_db), "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert len(rows) == len(every) and "date_start" in rows[0]

    target = tmp_path / "events.parquet"
    result = runner.invoke(app, ["events", "--db", str(sample_db), "--format", "parquet", "-o", str(target)])
    assert result.exit_code == 0, result.output
    con = duckdb.connect()
    assert con.execute("SELECT count(*) FROM read_parquet(?)", [str(target)]).fetchone()[0] == len(every)

    bad = runner.invoke(app, ["events", "--db", str(sample_db), "--since", "last year"])
    assert bad.exit_code == 2 and "not a date" in bad.output


def test_mentions_flag_adds_mention_detail(sample_db):
    detailed = _jsonl(runner.invoke(app, ["events", "--db", str(sample_db), "--mentions"]).output)
    assert all("trigger" in m and "date" in m for e in detailed for m in e["mentions"])


def test_timeline_page_is_self_contained(sample_db, tmp_path):
    page = tmp_path / "t.html"
    result = runner.invoke(app, ["timeline", "--db", str(sample_db), "--html", str(page)])
    assert result.exit_code == 0, result.output
    html = page.read_text()
    assert 'id="timeline-data"' in html and "vis.Timeline" in html  # the data and the library inline
    assert not re.search(r'(src|href)="(https?:)?//', html)  # nothing to fetch: works offline


def test_missing_database_is_a_clear_error(tmp_path):
    result = runner.invoke(app, ["events", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2
    assert "dateline ingest" in result.output


def test_bad_files_are_reported_and_the_batch_goes_on(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "good.txt").write_text(
        "Ministers meet\nThe foreign ministers of Kenya and Uganda met in Kampala on Friday to talk trade.\n"
    )
    result = runner.invoke(app, ["ingest", str(tmp_path), "--db", str(tmp_path / "x.duckdb"), "--quiet"])
    assert result.exit_code == 1
    assert "empty.txt" in result.output
    listed = runner.invoke(app, ["articles", "--db", str(tmp_path / "x.duckdb")])
    assert [a["id"] for a in _jsonl(listed.output)] == ["good"]


def test_time_command_prints_timex_json(tmp_path):
    result = runner.invoke(app, ["time", "--dct", "2021-09-15", "-"], input="They met on Tuesday.\n")
    assert result.exit_code == 0, result.output
    (timex,) = _jsonl(result.output)
    assert timex["text"] == "Tuesday" and timex["type"] == "DATE" and timex["value"] == "2021-09-14"
    assert "They met on Tuesday.\n"[timex["start"] : timex["end"]] == "Tuesday"


def test_demo_writes_database_and_page(tmp_path):
    result = runner.invoke(app, ["demo", "--out", str(tmp_path / "demo")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "demo" / "dateline.duckdb").exists()
    assert (tmp_path / "demo" / "timeline.html").exists()
    assert "canonical events" in result.output
    assert result.output.strip().splitlines()[-1].strip().startswith("dateline serve --db")


# --- exports and command-line edges ----------------------------------------------------------------


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
    assert "no database was left" in " ".join(result.output.split())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["blob.txt"]
