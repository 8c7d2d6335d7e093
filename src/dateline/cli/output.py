"""Writing records as JSON lines, CSV or Parquet, to stdout or a file."""

from __future__ import annotations

import csv
import json
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Any, TextIO

import duckdb
import pandas as pd


class Format(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


Flatten = Callable[[dict[str, Any]], dict[str, Any] | list[dict[str, Any]]]


def _flat_rows(records: Iterable[dict[str, Any]], flatten: Flatten) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for record in records:
        flat = flatten(record)
        rows.extend(flat if isinstance(flat, list) else [flat])
    return rows


def write_records(records: list[dict[str, Any]], fmt: Format, output: Path | None, flatten: Flatten) -> None:
    if fmt is Format.jsonl:
        with _text_out(output) as fh:
            for record in records:
                fh.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
    elif fmt is Format.csv:
        rows = _flat_rows(records, flatten)
        with _text_out(output) as fh:
            if rows:
                writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
                writer.writeheader()
                writer.writerows(rows)
    else:
        _write_parquet(_flat_rows(records, flatten), output)


def _write_parquet(rows: list[dict[str, Any]], output: Path | None) -> None:
    # DuckDB writes Parquet itself, so no pyarrow is needed; it reads the frame by name.
    frame = pd.DataFrame(rows)  # noqa: F841 - read by DuckDB's replacement scan below
    with tempfile.TemporaryDirectory() as tmp:
        target = output or Path(tmp) / "out.parquet"
        duckdb.sql("SELECT * FROM frame").write_parquet(str(target))
        if output is None:
            sys.stdout.buffer.write(target.read_bytes())
            sys.stdout.buffer.flush()


@contextmanager
def _text_out(output: Path | None) -> Iterator[TextIO]:
    if output is None:
        yield sys.stdout
        return
    with output.open("w", encoding="utf-8", newline="") as fh:
        yield fh
