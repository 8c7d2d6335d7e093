"""How the app opens the database for one request: read-only, so an ingest keeps its own writer.
Every route gets its connection from here (one place to change how readers open the store)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from dateline.store.database import Database


def open_reader(path: Path) -> Database:
    return Database(path, read_only=True)


def reader(path: Path) -> Iterator[Database]:
    with open_reader(path) as db:
        yield db
