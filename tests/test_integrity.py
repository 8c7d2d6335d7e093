"""Nothing lost, nothing misattributed: unique article ids, citations that hold, stage failures that
keep the article, one-line texts that keep their body."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from dateline.cli.app import app
from dateline.components import cleaners, event_coders
from dateline.pipeline import Pipeline
from dateline.run import ingest
from dateline.sample import corpus_dir
from dateline.store.check import check
from dateline.store.database import Database

STORY_A = (
    "LIMA: The foreign ministers of Peru and Norway met in Lima on Monday to discuss fishing rights.\n\n"
    "Both ministers said they would meet again in Oslo next spring."
)
STORY_B = (
    "NAIROBI: Kenya and Portugal signed a trade agreement in Nairobi on Thursday.\n\n"
    "The agreement lowers tariffs on coffee, cork and wine, officials said."
)
runner = CliRunner()


def _ingest(paths: list[Path], db_path: Path, **kwargs):
    with Database(db_path) as db:
        summary = ingest([str(p) for p in paths], db, **kwargs)
        return summary, {a["id"]: a for a in db.articles()}, check(db.con)


def _write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_files_sharing_a_name_are_two_articles_and_a_changed_file_is_an_update(tmp_path: Path) -> None:
    a = _write(tmp_path / "crawl" / "a" / "index.txt", STORY_A)
    b = _write(tmp_path / "crawl" / "b" / "index.txt", STORY_B)
    db = tmp_path / "news.duckdb"
    summary, articles, report = _ingest([tmp_path / "crawl"], db)
    assert summary.stored == 2 and len(articles) == 2
    by_source = {art["source"]: art_id for art_id, art in articles.items()}
    assert by_source[str(a)] == "index"
    assert by_source[str(b)].startswith("index-") and articles[by_source[str(b)]]["text"].startswith("Kenya")
    assert report.ok and report.checked["event mentions"] > 0

    # Either file changed and ingested alone, in another run: an update of that same article.
    _write(b, STORY_B.replace("Thursday", "Friday"))
    _, articles, report = _ingest([b], db)
    assert len(articles) == 2 and "Friday" in articles[by_source[str(b)]]["text"]
    _write(a, STORY_A.replace("Monday", "Tuesday"))
    _, articles, report = _ingest([a], db)
    assert sorted(articles) == sorted(by_source.values()) and "Tuesday" in articles["index"]["text"]
    assert report.ok


def test_a_third_file_of_the_same_name_in_a_later_run_does_not_overwrite(tmp_path: Path) -> None:
    db = tmp_path / "news.duckdb"
    _ingest([_write(tmp_path / "one" / "story.txt", STORY_A)], db)
    third = STORY_A.replace("Peru", "Chile").replace("Norway", "Iceland").replace("fishing", "mining")
    _, articles, report = _ingest([_write(tmp_path / "two" / "story.txt", third)], db)
    assert len(articles) == 2 and "Peru" in articles["story"]["text"]
    assert report.ok


def test_check_reports_a_citation_that_does_not_hold(tmp_path: Path) -> None:
    db = tmp_path / "news.duckdb"
    _ingest([_write(tmp_path / "x.txt", STORY_A)], db)
    result = runner.invoke(app, ["check", "--db", str(db)])
    assert result.exit_code == 0 and "ok: every citation holds" in result.output
    # What the old stem-keyed store did: the article's text replaced under its id, mentions kept.
    with duckdb.connect(str(db)) as con:
        con.execute("UPDATE articles SET text = ? WHERE id = 'x'", [STORY_B])
    result = runner.invoke(app, ["check", "--db", str(db)])
    assert result.exit_code == 1
    assert "event mention x:" in result.output and "wrong citations" in result.output


@pytest.mark.parametrize("corpus", ["sample", "seeds"])
def test_every_citation_holds_on_the_bundled_corpora(corpus: str, tmp_path: Path, request) -> None:
    folder = corpus_dir() if corpus == "sample" else request.getfixturevalue("seeds_dir")
    _, articles, report = _ingest([folder], tmp_path / "c.duckdb", batch_size=4)
    assert articles and report.checked["event mentions"] > 0
    assert report.ok, "\n".join(report.problems[:20])


@event_coders.register("test-broken")
def _broken_coder():
    def code(ctx):
        raise KeyError("03")  # an internal error of the kind a stage may hit on odd input

    return code


def test_a_failing_stage_keeps_the_article_with_the_earlier_stages_output(tmp_path: Path) -> None:
    from dateline.pipeline import PipelineConfig

    db = tmp_path / "news.duckdb"
    path = _write(tmp_path / "talks.txt", STORY_A)
    summary, articles, report = _ingest([path], db, config=PipelineConfig(event_coder="test-broken"))
    assert summary.stored == 1 and len(summary.errors) == 1 and report.ok
    assert summary.errors[0].reason.startswith("stage 'events' failed: KeyError: '03'")
    (note,) = [n for n in articles["talks"]["notes"] if n.startswith("stage")]
    assert "events" in note
    with Database(db, read_only=True) as store:
        assert store.con.execute("SELECT count(*) FROM actor_mentions").fetchone()[0] > 0
        assert store.con.execute("SELECT count(*) FROM timexes").fetchone()[0] > 0
        (reason,) = store.con.execute("SELECT reason FROM ingest_errors").fetchone()
        assert "stage 'events' failed" in reason
    result = runner.invoke(app, ["articles", "--db", str(db), "--verbose"])
    assert "stage 'events' failed" in result.output


@cleaners.register("test-broken")
def _broken_cleaner():
    def clean(raw):
        raise ValueError("no rule for this layout\nsecond line of detail")

    return clean


def test_a_failing_cleaner_keeps_the_text_as_delivered(tmp_path: Path) -> None:
    from dateline.pipeline import PipelineConfig

    path = _write(tmp_path / "raw.txt", STORY_B)
    summary, articles, report = _ingest(
        [path], tmp_path / "n.duckdb", config=PipelineConfig(cleaner="test-broken")
    )
    assert summary.stored == 1 and articles["raw"]["text"] == STORY_B
    assert articles["raw"]["notes"] == ["stage 'clean' failed: ValueError: no rule for this layout"]
    assert [e.reason for e in summary.errors] == [
        "stage 'clean' failed: ValueError: no rule for this layout (article raw kept)"
    ]
    assert report.checked["event mentions"] == 0


def test_a_text_over_the_parser_limit_fails_in_one_line_and_is_kept(tmp_path: Path) -> None:
    from dateline.records import RawDocument

    pipeline = Pipeline()
    limit = pipeline.nlp.max_length
    pipeline.nlp.max_length = 200
    try:
        processed = pipeline.process(RawDocument("long.txt", id="long", text=STORY_A + "\n\n" + STORY_B))
    finally:
        pipeline.nlp.max_length = limit
    assert processed.article.text.startswith("The foreign ministers")
    assert processed.failure is not None and "\n" not in processed.failure
    assert processed.failure.startswith("stage 'nlp' failed: ValueError: text of ")
    assert "over the parser's limit of 200" in processed.failure


def test_one_sentence_records_are_bodies_and_never_copies_of_each_other(tmp_path: Path) -> None:
    lines = [
        {"id": "s1", "text": "Peru and Norway signed a fisheries agreement in Lima on Monday"},
        {"id": "s2", "text": "Kenya accused Portugal of blocking talks on tariffs"},
        {"id": "s3", "title": "Tariff talks", "text": "Kenya and Portugal agreed to resume tariff talks"},
        {"id": "s4", "text": "Summit"},
        {"id": "s5", "text": "Talks"},
    ]
    path = _write(tmp_path / "sentences.jsonl", "\n".join(json.dumps(r) for r in lines))
    summary, articles, report = _ingest([path], tmp_path / "s.duckdb")
    assert {k: a["text"] for k, a in articles.items()} == {r["id"]: r["text"] for r in lines}
    assert articles["s3"]["title"] == "Tariff talks"
    assert all(a["copy_of"] is None for a in articles.values())
    assert summary.event_mentions >= 3 and report.ok
