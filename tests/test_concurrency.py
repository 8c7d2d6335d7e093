"""One writer, many readers: a second ingest into the same file is refused by name, and readers
polled while an ingest writes never see an error (DuckDB lets one process hold a file at a time)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from dateline.run import ingest
from dateline.sample import corpus_dir
from dateline.store.check import check
from dateline.store.database import Database

CLI = "import sys; from dateline.cli.app import main; sys.argv[0] = 'dateline'; main()"
SRC = str(Path(__file__).resolve().parent.parent / "src")


def _dateline(*args: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([SRC, os.environ.get("PYTHONPATH", "")])}
    return subprocess.Popen(
        [sys.executable, "-c", CLI, *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def _start_ingest(db: Path) -> subprocess.Popen:
    writer = _dateline("ingest", str(corpus_dir()), "--db", str(db), "--batch-size", "1", "--quiet")
    deadline = time.monotonic() + 60
    while not db.exists() and writer.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert db.exists(), writer.communicate()
    return writer


def _contents(db: Path) -> tuple:
    with Database(db, read_only=True) as store:
        articles = sorted((a["id"], a["text"]) for a in store.articles())
        events = sorted(e["id"] for e in store.events())
        return articles, events, check(store.con).ok


def test_a_second_writer_is_refused_in_one_line_and_the_first_completes(tmp_path: Path) -> None:
    reference = tmp_path / "reference.duckdb"
    with Database(reference) as db:
        ingest([str(corpus_dir())], db)
    db = tmp_path / "news.duckdb"
    first = _start_ingest(db)
    second = _dateline("ingest", str(corpus_dir()), "--db", str(db), "--quiet")
    _, refusal = second.communicate(timeout=600)
    assert second.returncode == 2
    assert refusal.strip() == (
        f"error: database {db} is being written by another dateline ingest (pid {first.pid}); "
        "try again when it ends"
    )
    first.communicate(timeout=600)
    assert first.returncode == 0
    assert _contents(db) == _contents(reference)
    assert not Path(f"{db}.lock").exists()


def test_readers_polled_during_an_ingest_never_fail(tmp_path: Path) -> None:
    db = tmp_path / "news.duckdb"
    writer = _start_ingest(db)
    reads, seen = 0, set()
    cli_reader = None
    while writer.poll() is None:
        with Database(db, read_only=True) as store:  # what `dateline events` and the web app do
            seen.add(len(store.articles()))
            store.events()
        reads += 1
        if cli_reader is None and max(seen) > 0:
            cli_reader = _dateline("events", "--db", str(db), "--format", "csv")
        time.sleep(0.05)
    assert writer.returncode == 0, writer.communicate()
    assert cli_reader is not None
    out, errors = cli_reader.communicate(timeout=600)
    assert cli_reader.returncode == 0 and errors == "" and out.startswith("id,type,")
    # Readers ran while the writer worked (how often depends on the machine's load, so no more is asked)
    assert reads >= 2 and max(seen) > 0
