"""Round 17 (r17clock): the clock is an input of the run, not something a stage reads.

A document records the day it was read in (`RawDocument.as_of`, default the day a reader built it);
the cleaner and the time stage take that day as the last one a text can be from, the article keeps
it, and the store keeps it for the corpus passes that analyse an article again. `dateline ingest
--as-of DAY` reads every text as of one day, so that a later run gives the same result. The
articles are invented; the office holders are real entries of the actors' knowledge base."""

from __future__ import annotations

import ast
from datetime import date
from pathlib import Path

import duckdb
from typer.testing import CliRunner

import dateline
from dateline.clean.component import DefaultCleaner
from dateline.cli.app import app
from dateline.records import DateInterval, DocumentTime, ProcessedArticle, RawDocument
from dateline.run import run, store
from dateline.store.database import Database
from dateline.store.schema import MIGRATIONS, migrate

# A year-less dateline whose weekday the lead names: the year comes from the tenures of the two
# presidents the text names (both in office on Sunday, May 19, 2024), up to the day it was read in.
TEXT = (
    "Two presidents sign a water accord\n\n"
    "BUENOS AIRES, Sunday, May 19 (Wire) - President Javier Milei met Chilean President Gabriel Boric "
    "in Buenos Aires on Sunday, and the two signed a water accord.\n\n"
    "The two leaders agreed to meet again before the end of the year."
)


def _clean(as_of: str):
    return DefaultCleaner()(RawDocument("accord.txt", text=TEXT, as_of=as_of))


def test_the_article_keeps_the_day_its_text_was_read_in():
    assert _clean("2026-12-06").as_of == "2026-12-06"
    before = date.today()
    read_now = date.fromisoformat(RawDocument("x", text=TEXT).as_of)  # read in now, by default
    assert before <= read_now <= date.today()


def test_the_day_read_in_ends_the_years_a_year_less_dateline_may_fall_in():
    # read in 2026 the dateline falls in one year of both tenures; read in 2031, later Sundays of
    # May 19 can no longer be ruled out by the clock, so no year is invented
    early, late = _clean("2026-12-06").published, _clean("2031-01-01").published
    assert early.value == "2024-05-19" and early.inferred
    assert late.value is None and late.month_day == "--05-19"


def test_no_per_article_stage_reads_the_clock():
    # the stages between a document and its events (and dedup, which dates articles from others) are
    # functions of their input: only a reader, building the document, may ask for today's date
    src = Path(dateline.__file__).parent
    calls = []
    for package in ("clean", "nlp", "time", "actors", "events", "dedup"):
        for path in sorted((src / package).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Attribute)
                    and node.func.attr in ("today", "now", "utcnow")
                ):
                    calls.append(f"{path.relative_to(src)}:{node.lineno}")
    assert calls == []


def test_the_store_keeps_the_day_for_the_corpus_passes(tmp_path):
    article = _clean("2025-03-01")
    anchor = DocumentTime(None, DateInterval.unknown("no publication date"))
    with Database(tmp_path / "db.duckdb") as db:
        store(db, [ProcessedArticle(article, anchor)])
        (again,) = db.stored([article.id])
    assert again.as_of == "2025-03-01"


def test_a_year_less_day_keeps_its_weekday_through_the_store(tmp_path):
    # read in 2031 the dateline has no year; its own weekday (Sunday) goes with the month-day to the
    # time stage, also when the corpus pass analyses the stored article again
    article = _clean("2031-01-01")
    assert (article.published.month_day, article.published.weekday) == ("--05-19", 6)
    anchor = DocumentTime(None, DateInterval.unknown("no publication date"))
    with Database(tmp_path / "db.duckdb") as db:
        store(db, [ProcessedArticle(article, anchor)])
        (again,) = db.stored([article.id])
    assert (again.published.month_day, again.published.weekday) == ("--05-19", 6)


def test_a_database_from_before_the_columns_is_migrated_and_filled(tmp_path):
    # no publication date; the text dates its news itself: story day Friday 15 March 2024
    told = RawDocument(
        "told.txt",
        text="Talks in Hanoi\n\nChina's foreign minister met Vietnam's foreign minister in Hanoi on "
        "Friday (March 15, 2024). They discussed fishing rights.",
        as_of="2025-03-01",
    )
    path = tmp_path / "old.duckdb"
    with Database(path) as db:
        assert not run([told], None, db).errors
    con = duckdb.connect(str(path))
    assert con.execute("SELECT time_story_day FROM articles").fetchone() == (date(2024, 3, 15),)
    # as a database written before round 17 looks: neither column, one migration fewer
    con.execute("ALTER TABLE articles DROP COLUMN as_of; ALTER TABLE articles DROP COLUMN time_story_day")
    con.execute("UPDATE articles SET ingested_at = TIMESTAMP '2025-02-03 10:00:00'")
    con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(len(MIGRATIONS) - 1)])
    assert migrate(con) == len(MIGRATIONS)
    assert con.execute("SELECT time_story_day FROM articles").fetchone() == (date(2024, 3, 15),)
    con.close()
    with Database(path) as db:
        (again,) = db.stored([db.articles()[0]["id"]])
    assert again.as_of == "2025-02-03"  # read as of the day it was ingested


def test_ingest_reads_every_text_as_of_the_day_given(tmp_path):
    (tmp_path / "accord.txt").write_text(TEXT, encoding="utf-8")
    runner = CliRunner()
    bad = runner.invoke(
        app,
        ["ingest", str(tmp_path / "accord.txt"), "--db", str(tmp_path / "a.duckdb"), "--as-of", "May 2031"],
    )
    assert bad.exit_code != 0 and "--as-of must be YYYY-MM-DD" in bad.output
    for day, published in (("2026-12-06", date(2024, 5, 19)), ("2031-01-01", None)):
        db = tmp_path / f"{day}.duckdb"
        result = runner.invoke(
            app, ["ingest", str(tmp_path / "accord.txt"), "--db", str(db), "--as-of", day, "-q"]
        )
        assert result.exit_code == 0, result.output
        with duckdb.connect(str(db), read_only=True) as con:
            assert con.execute("SELECT as_of, published_value FROM articles").fetchone() == (
                date.fromisoformat(day),
                published,
            )
