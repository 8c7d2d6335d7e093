"""Writing records as JSON lines, and flat tables as CSV or Parquet, to stdout or a file."""

from __future__ import annotations

import csv
import json
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any, TextIO

import duckdb

_FETCH = 1000


class Format(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


def write_jsonl(records: list[dict[str, Any]], output: Path | None) -> None:
    with _text_out(output) as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")


def write_table(
    con: duckdb.DuckDBPyConnection, sql: str, params: list[Any], fmt: Format, output: Path | None
) -> None:
    """The rows of a query as CSV (header always; lists joined with ";") or Parquet (DuckDB writes
    it, with its DATE and list columns, a valid file with the schema even when no row matches)."""
    if fmt is Format.parquet:
        with tempfile.TemporaryDirectory() as tmp:
            target = output or Path(tmp) / "out.parquet"
            quoted = str(target).replace("'", "''")  # a path cannot be a parameter of COPY
            con.execute(f"COPY ({sql}) TO '{quoted}' (FORMAT parquet)", params)
            if output is None:
                sys.stdout.buffer.write(target.read_bytes())
                sys.stdout.buffer.flush()
        return
    cur = con.execute(sql, params)
    with _text_out(output) as fh:
        writer = csv.writer(fh)
        writer.writerow([d[0] for d in cur.description])
        while rows := cur.fetchmany(_FETCH):
            writer.writerows([_csv_value(v) for v in row] for row in rows)


def _csv_value(value: Any) -> Any:
    if isinstance(value, list):
        return ";".join("" if v is None else str(v) for v in value)
    if isinstance(value, date):
        return value.isoformat()
    return value


@contextmanager
def _text_out(output: Path | None) -> Iterator[TextIO]:
    if output is None:
        yield sys.stdout
        return
    with output.open("w", encoding="utf-8", newline="") as fh:
        yield fh
