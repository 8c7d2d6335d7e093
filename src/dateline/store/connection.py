"""Opening the DuckDB file: one writing process at a time, and readers that wait for it briefly.

DuckDB lets one process write a database file, and while a process holds the file no other process
can open it, not even read-only. So:

- a writer first takes `<db>.lock` beside the database (an advisory lock holding its pid) for its
  whole run; a second writer is refused at once, naming that pid (`WriterLock`);
- the writer holds DuckDB's own file lock only while it reads or writes (see `Database`), and
- readers (`dateline events`, the web app) open read-only and retry while the file is busy
  (`connect`), so they wait a moment instead of failing.
"""

from __future__ import annotations

import fcntl
import os
import re
import time
from pathlib import Path

import duckdb

READ_WAIT = 30.0  # seconds a reader waits for a writer's batch to commit
WRITE_WAIT = 60.0  # seconds a writer waits for readers' queries to finish
_RETRY = 0.05
_PID = re.compile(r"\(PID (\d+)\)")


class DatabaseBusy(RuntimeError):
    """The database is held by another process for longer than we may wait."""


def connect(path: str | Path, read_only: bool, wait: float | None = None) -> duckdb.DuckDBPyConnection:
    """A connection to `path`, retrying while another process holds the file (up to `wait` s)."""
    wait = (READ_WAIT if read_only else WRITE_WAIT) if wait is None else wait
    deadline = time.monotonic() + wait
    delay = _RETRY
    while True:
        try:
            return duckdb.connect(str(path), read_only=read_only)
        except duckdb.IOException as err:
            holder = _PID.search(str(err))
            if holder is None:
                raise  # not a lock conflict
            if time.monotonic() >= deadline:
                raise DatabaseBusy(
                    f"database {path} is in use by another process (pid {holder[1]}) for over "
                    f"{wait:.0f} s; try again when it ends"
                ) from err
        time.sleep(delay)
        delay = min(delay * 1.5, 0.5)


class WriterLock:
    """`<db>.lock`: held by the one process that writes the database, for as long as it writes."""

    def __init__(self, db_path: str | Path) -> None:
        self.db_path = Path(db_path)
        self.path = Path(f"{db_path}.lock")
        self._fd: int | None = None

    def acquire(self) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.read(fd, 32).decode("ascii", "replace").strip() or "unknown"
            os.close(fd)
            raise DatabaseBusy(
                f"database {self.db_path} is being written by another dateline ingest "
                f"(pid {holder}); try again when it ends"
            ) from None
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        self.path.unlink(missing_ok=True)  # while still locked: no other writer holds this file
        fcntl.flock(self._fd, fcntl.LOCK_UN)
        os.close(self._fd)
        self._fd = None
