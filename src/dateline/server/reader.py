"""How the app opens the database for one request: read-only, so that `dateline ingest` keeps its own
writer. Every route gets its connection from `reader` (one place to change how readers open the store).

Opening a DuckDB file costs tens of milliseconds; opening it again while another connection of this
process holds it costs a fraction of one (DuckDB shares the open instance). So a keeper connection
holds the file while requests come close together, and lets go of it once none has come for IDLE
seconds, or after HOLD seconds of use: DuckDB allows one writing process, which must find the file
free between bursts of requests.
"""

from __future__ import annotations

import atexit
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import duckdb
from fastapi import HTTPException

from dateline.store.connection import DatabaseBusy
from dateline.store.database import Database

IDLE = 0.5  # seconds without a request after which the file is let go
HOLD = 2.0  # seconds at most one keeper is held while requests keep coming


READ_WAIT = 5.0  # seconds a request waits for an ingest's batch to commit before answering 503


def open_reader(path: Path) -> Database:
    return Database(path, read_only=True, wait=READ_WAIT)


class _Keeper:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.lock = threading.Lock()
        self.con: duckdb.DuckDBPyConnection | None = None
        self.opened = 0.0
        self.users = 0
        self.generation = 0  # bumped by every request, so a stale idle timer closes nothing

    def enter(self) -> None:
        with self.lock:
            self.users += 1
            self.generation += 1
            if self.con is None and self.path.exists():
                try:
                    self.con = duckdb.connect(str(self.path), read_only=True)
                    self.opened = time.monotonic()
                except duckdb.Error:
                    self.con = None  # the request's own open reports what is wrong

    def leave(self) -> None:
        with self.lock:
            self.users -= 1
            if self.users or self.con is None:
                return
            if time.monotonic() - self.opened > HOLD:
                self._close()
                return
            timer = threading.Timer(IDLE, self._idle, [self.generation])
            timer.daemon = True
            timer.start()

    def _idle(self, generation: int) -> None:
        with self.lock:
            if self.users == 0 and generation == self.generation:
                self._close()

    def _close(self) -> None:
        if self.con is not None:
            self.con.close()
            self.con = None


_keepers: dict[Path, _Keeper] = {}
_keepers_lock = threading.Lock()


@atexit.register
def _let_go() -> None:
    for keeper in _keepers.values():
        with keeper.lock:
            keeper._close()


def reader(path: Path) -> Iterator[Database]:
    with _keepers_lock:
        keeper = _keepers.setdefault(path, _Keeper(path))
    keeper.enter()
    try:
        try:
            db = open_reader(path)
        except (duckdb.IOException, DatabaseBusy) as exc:  # another process (an ingest) holds the file
            busy = "the database is being written by another process; try again shortly"
            raise HTTPException(503, busy) from exc
        except FileNotFoundError as exc:
            raise HTTPException(503, str(exc)) from exc
        with db:
            yield db
    finally:
        keeper.leave()
