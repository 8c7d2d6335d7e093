"""The DuckDB schema and its migrations.

Every table is keyed so that re-ingesting the same content is a no-op and a changed article replaces
its own rows. `meta.schema_version` records which migrations ran; `migrate` applies the missing ones
in order, inside one transaction, so that a database is never left half-migrated.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import duckdb

# Each entry migrates from version i to i+1. Append; never edit a released step.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE articles (
        id VARCHAR PRIMARY KEY,
        content_hash VARCHAR NOT NULL,
        title VARCHAR, outlet VARCHAR, byline VARCHAR, dateline VARCHAR, url VARCHAR,
        source VARCHAR, language VARCHAR, text VARCHAR,
        published_value DATE, published_source VARCHAR, published_confidence DOUBLE,
        published_note VARCHAR,
        time_start DATE, time_end DATE, time_dct DATE, time_basis VARCHAR, time_reasons VARCHAR[],
        copy_of VARCHAR,
        removed JSON, notes VARCHAR[],
        ingested_at TIMESTAMP DEFAULT current_timestamp
    );
    CREATE TABLE article_bands (article_id VARCHAR NOT NULL, band VARCHAR NOT NULL);
    CREATE INDEX article_bands_band ON article_bands (band);
    CREATE TABLE article_signatures (article_id VARCHAR PRIMARY KEY, signature UBIGINT[] NOT NULL);
    CREATE TABLE timexes (
        article_id VARCHAR NOT NULL, start_char INTEGER, end_char INTEGER, text VARCHAR,
        type VARCHAR, value VARCHAR, mod VARCHAR, date_start DATE, date_end DATE, granularity VARCHAR
    );
    CREATE TABLE actor_mentions (
        article_id VARCHAR NOT NULL, start_char INTEGER, end_char INTEGER, text VARCHAR,
        actor_ids VARCHAR[], countries VARCHAR[], how VARCHAR, actors JSON
    );
    CREATE TABLE event_mentions (
        id VARCHAR PRIMARY KEY, article_id VARCHAR NOT NULL, canonical_id VARCHAR,
        type VARCHAR, mode VARCHAR, modality VARCHAR, trigger VARCHAR, sentence VARCHAR,
        date_start DATE, date_end DATE, payload JSON NOT NULL
    );
    CREATE TABLE canonical_events (
        id VARCHAR PRIMARY KEY, type VARCHAR, mode VARCHAR, modality VARCHAR,
        date_start DATE, date_end DATE, granularity VARCHAR,
        countries VARCHAR[], actor_ids VARCHAR[], actor_names VARCHAR[], block_keys VARCHAR[],
        mention_count INTEGER, sources INTEGER, payload JSON NOT NULL
    );
    CREATE TABLE ingest_errors (
        source VARCHAR, reason VARCHAR, reported_at TIMESTAMP DEFAULT current_timestamp
    );
    """,
    # How the publication date was found: inferred or written, a day without its year, and the
    # candidates that lost (JSON list of {value, source, confidence, note, inferred}, and "mention" on a
    # "corpus" candidate that names the mention it dates: time/corpus_day.py).
    """
    ALTER TABLE articles ADD COLUMN published_detail JSON;
    """,
    # The day the text was read in (`Article.as_of`), for the corpus passes that analyse an article
    # again: rows from before it are read as of the day they were ingested. The story day the text
    # gives (`DocumentTime.story_day`), which the basis of the document time told before, from which
    # it is filled: an interval on or after that day, where no corpus candidate gave it.
    """
    ALTER TABLE articles ADD COLUMN as_of DATE;
    UPDATE articles SET as_of = CAST(ingested_at AS DATE);
    ALTER TABLE articles ADD COLUMN time_story_day DATE;
    UPDATE articles SET time_story_day = time_start
    WHERE time_dct IS NULL AND starts_with(time_basis, 'inferred: on or shortly after')
        AND NOT coalesce(list_contains(
            json_extract_string(published_detail, '$.candidates[*].source'), 'corpus'), false);
    """,
)


def version(con: duckdb.DuckDBPyConnection) -> int:
    con.execute("CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else 0


def migrate(con: duckdb.DuckDBPyConnection) -> int:
    current = version(con)
    if current > len(MIGRATIONS):
        raise RuntimeError(
            f"database schema version {current} is newer than this dateline ({len(MIGRATIONS)}); "
            "upgrade dateline"
        )
    if current == len(MIGRATIONS):
        return current
    with transaction(con):
        for step in MIGRATIONS[current:]:
            con.execute(step)
        con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(len(MIGRATIONS))])
    return len(MIGRATIONS)


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """Commit what the block wrote, or roll all of it back if the block raises."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield
    except Exception:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")
