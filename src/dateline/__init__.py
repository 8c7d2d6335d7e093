"""dateline: a dated, deduplicated, evidence-linked record of political and diplomatic events.

import dateline
events = dateline.process(["text of an article ..."], published="2021-09-15")
db = dateline.open("dateline.duckdb")
db.events(dyad="PAK-RUS", since="2021-01-01", frame="pandas")
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from dateline.records import CanonicalEvent
    from dateline.store.database import Database

__version__ = "0.1.0"


def process(
    texts_or_articles: Any, published: Any = None, config: Any = None, workers: int = 1
) -> list[CanonicalEvent]:
    """The whole pipeline in memory: texts or article dicts in, `CanonicalEvent` records out, as
    `open(...).events()` orders them (`.to_json()` gives the same dicts; see `dateline.inmemory`)."""
    from dateline.inmemory import process as run

    return run(texts_or_articles, published, config, workers)


def date_event(text: str, published: Any, start: int, end: int) -> dict[str, Any]:
    """The `date` object (event.schema.json) of the event whose trigger is `text[start:end]`."""
    from dateline.time.one_event import date_event as run

    return run(text, published, start, end)


def open(db_path: str | Path = "dateline.duckdb", read_only: bool = True) -> Database:
    """A dateline database: `.events(...)` and `.articles(...)` with the commands' filters."""
    from dateline.store.database import Database

    return Database(db_path, read_only=read_only)


__all__ = ["__version__", "date_event", "open", "process"]
