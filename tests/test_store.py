"""The DuckDB store: schema, idempotent batches, changed articles, filters, rollback."""

from __future__ import annotations

import json
from datetime import date

import duckdb
import pytest

from dateline.records import (
    Actor,
    Article,
    DateInterval,
    DocumentTime,
    EventActor,
    EventMention,
    IngestError,
    ProcessedArticle,
    PublishedDate,
)
from dateline.run import store
from dateline.store.database import Database
from dateline.store.schema import MIGRATIONS, migrate, version

PUTIN = Actor("vladimir-putin", "Vladimir Putin", "RUS", "GOV", "head of state", "person")
KHAN = Actor("imran-khan", "Imran Khan", "PAK", "GOV", "head of government", "person")
MACRON = Actor("emmanuel-macron", "Emmanuel Macron", "FRA", "GOV", "head of state", "person")


def _call(article_id: str, day: date, sentence: str, actors=(PUTIN, KHAN)) -> EventMention:
    return EventMention(
        article_id=article_id,
        type="CONSULT",
        mode="phone",
        modality="asserted",
        actors=[EventActor(a, "participant") for a in actors],
        trigger="spoke",
        trigger_start=4,
        trigger_end=9,
        sentence=sentence,
        sentence_start=0,
        sentence_end=len(sentence),
        date=DateInterval(day, day, "day", 0.9, "test"),
    )


def _processed(article_id: str, text: str, events: list[EventMention]) -> ProcessedArticle:
    article = Article(
        id=article_id,
        text=text,
        title=f"title of {article_id}",
        published=PublishedDate("2021-09-15", "byline", 0.9),
        content_hash=f"hash-{article_id}-{len(text)}-{hash(text) & 0xFFFF}",
    )
    anchor = DocumentTime(date(2021, 9, 15), DateInterval(date(2021, 9, 15), date(2021, 9, 15), "day", 0.9))
    return ProcessedArticle(article, anchor, events=events)


def test_migrate_is_versioned_and_repeatable(tmp_path):
    con = duckdb.connect(str(tmp_path / "m.duckdb"))
    assert version(con) == 0
    assert migrate(con) == len(MIGRATIONS)
    assert migrate(con) == len(MIGRATIONS)  # nothing left to run
    con.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    with pytest.raises(RuntimeError, match="newer"):
        migrate(con)


def test_same_content_is_stored_once_and_events_merge(tmp_path):
    text = "They spoke by phone on Tuesday about Afghanistan and regional security."
    with Database(tmp_path / "d.duckdb") as db:
        first = store(db, [_processed("a", text, [_call("a", date(2021, 9, 14), text)])])
        again = store(db, [_processed("a", text, [_call("a", date(2021, 9, 14), text)])])
        other = "Putin and Khan spoke by telephone, the Kremlin said in a separate statement on the call."
        store(db, [_processed("b", other, [_call("b", date(2021, 9, 14), other)])])
        assert (first.unchanged, len(first.events), again.unchanged, again.events) == (0, 1, 1, [])
        events = db.events()
        assert len(events) == 1
        assert {m["article"] for m in events[0]["mentions"]} == {"a", "b"}
        assert db.summary()["articles"] == 2


def test_changed_article_replaces_its_rows(tmp_path):
    with Database(tmp_path / "d.duckdb") as db:
        old = "They spoke by phone on Tuesday about Afghanistan and regional security."
        store(db, [_processed("a", old, [_call("a", date(2021, 9, 14), old)])])
        new = "They spoke by phone on Monday about trade, energy and a gas pipeline project."
        store(db, [_processed("a", new, [_call("a", date(2021, 9, 13), new)])])
        events = db.events()
        assert len(events) == 1
        assert events[0]["date"]["start"] == "2021-09-13"
        assert events[0]["mentions"][0]["sentence"] == new
        assert [a["text"] for a in db.articles()] == [new]


def test_calls_a_week_apart_stay_two_and_filters_apply(tmp_path):
    with Database(tmp_path / "d.duckdb") as db:
        s1 = "Putin and Khan spoke by phone on Tuesday about the situation in Afghanistan."
        s2 = "Putin and Khan spoke again by phone a week later about gas and trade ties."
        s3 = "Putin and Macron spoke by phone about Ukraine and grain exports on Friday."
        store(
            db,
            [
                _processed("a", s1, [_call("a", date(2021, 9, 14), s1)]),
                _processed("b", s2, [_call("b", date(2021, 9, 21), s2)]),
                _processed("c", s3, [_call("c", date(2021, 9, 17), s3, (PUTIN, MACRON))]),
            ],
        )
        assert len(db.events()) == 3
        assert len(db.events(dyad="PAK-RUS")) == 2
        assert len(db.events(dyad="rus-fra")) == 1
        assert len(db.events(actor="imran-khan")) == 2
        assert len(db.events(actor="Emmanuel Macron")) == 1
        assert len(db.events(since="2021-09-15", until="2021-09-20")) == 1
        assert db.events(type="accuse") == []
        # filter values are parameters: quotes in them are data, not SQL
        assert db.events(actor="x' OR '1'='1") == []
        with pytest.raises(ValueError, match="dyad"):
            db.events(dyad="PAK")


def test_a_failing_batch_leaves_nothing_half_written(tmp_path):
    text = "They spoke by phone on Tuesday about Afghanistan and regional security."
    good = _processed("a", text, [_call("a", date(2021, 9, 14), text)])
    broken = _processed("b", "Another article entirely, with its own text here.", [])
    broken.article.published = None  # type: ignore[assignment]  # makes the insert fail mid-batch
    with Database(tmp_path / "d.duckdb") as db:
        with pytest.raises(AttributeError):
            store(db, [good, broken], [IngestError("x.txt", "empty file")])
        assert db.summary() == {k: 0 for k in db.summary()}
        store(db, [good])
        assert db.summary()["articles"] == 1


def test_articles_follow_the_contract(tmp_path):
    text = "They spoke by phone on Tuesday about Afghanistan and regional security."
    with Database(tmp_path / "d.duckdb") as db:
        store(db, [_processed("a", text, [])])
        (record,) = db.articles()
    for key in ("id", "title", "outlet", "text", "published", "language"):
        assert key in record
    assert record["published"] == {"value": "2021-09-15", "source": "byline", "confidence": 0.9, "note": ""}
    json.dumps(record)  # serialisable as it is


def test_read_only_open_of_a_missing_database_says_so(tmp_path):
    with pytest.raises(FileNotFoundError, match="dateline ingest"):
        Database(tmp_path / "missing.duckdb", read_only=True)


def test_same_text_under_a_new_id_is_kept_as_a_copy(tmp_path):
    text = "They spoke by phone on Tuesday about Afghanistan and regional security."
    with Database(tmp_path / "d.duckdb") as db:
        store(db, [_processed("a", text, [_call("a", date(2021, 9, 14), text)])])
        mirror = _processed("a", text, [_call("a", date(2021, 9, 14), text)])
        mirror.article.id, mirror.article.url = "mirror", "https://example.org/mirror"
        changes = store(db, [mirror])
        assert [(a.id, original) for a, original in changes.same_text] == [("mirror", "a")]
        (copy,) = db.articles(ids=["mirror"])
        assert copy["copy_of"] == "a" and copy["url"] == "https://example.org/mirror"
        assert copy["text"] == text
        (event,) = db.events()
        assert event["sources"] == 1 and [m["article"] for m in event["mentions"]] == ["a"]


def test_an_id_given_twice_in_one_batch_keeps_its_later_version(tmp_path):
    old = "They spoke by phone on Tuesday about Afghanistan and regional security."
    new = "They spoke by phone on Monday about trade, energy and a gas pipeline project."
    with Database(tmp_path / "d.duckdb") as db:
        store(
            db,
            [
                _processed("a", old, [_call("a", date(2021, 9, 14), old)]),
                _processed("a", new, [_call("a", date(2021, 9, 13), new)]),
            ],
        )
        assert [a["text"] for a in db.articles()] == [new]
        assert [e["date"]["start"] for e in db.events()] == ["2021-09-13"]
