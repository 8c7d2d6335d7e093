"""Expand the paths a user names (files, folders, `-` for stdin) into readers' output, in order."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from dateline.ingest.jsonl import read_jsonl
from dateline.ingest.single import MAX_ARTICLE_BYTES, Kind, from_bytes, os_reason, read_file, too_large
from dateline.ingest.warc import read_warc
from dateline.records import IngestError, RawDocument

STDIN = "<stdin>"
SUFFIXES = (".txt", ".html", ".htm", ".jsonl", ".warc", ".warc.gz")

Item = RawDocument | IngestError


def read(paths: Sequence[str | Path], stdin: BinaryIO | None = None) -> Iterator[Item]:
    """Every article under `paths`, lazily: RawDocuments, and an IngestError for each bad input.

    Folders are walked recursively in sorted order, hidden entries skipped; inside a folder, files
    of other types are ignored, while a file named explicitly with an unknown type is an error.
    """
    for path in paths:
        if str(path) == "-":
            yield from read_stdin(stdin if stdin is not None else sys.stdin.buffer)
        else:
            yield from _read_path(Path(path), explicit=True, ancestors=frozenset())


def _suffix(path: Path) -> str:
    name = path.name.lower()
    return ".warc.gz" if name.endswith(".warc.gz") else path.suffix.lower()


def _read_path(path: Path, explicit: bool, ancestors: frozenset[tuple[int, int]]) -> Iterator[Item]:
    try:
        stat = path.stat()
    except OSError as err:
        yield IngestError(str(path), os_reason(err))
        return
    if path.is_dir():
        yield from _walk(path, ancestors | {(stat.st_dev, stat.st_ino)})
        return
    suffix = _suffix(path)
    if suffix in (".txt", ".html", ".htm"):
        kind: Kind = "text" if suffix == ".txt" else "html"
        yield read_file(path, kind)
    elif suffix == ".jsonl":
        try:
            with path.open("rb") as stream:
                yield from read_jsonl(stream, str(path))
        except OSError as err:
            yield IngestError(str(path), os_reason(err))
    elif suffix in (".warc", ".warc.gz"):
        yield from read_warc(path)
    elif explicit:
        shown = suffix or "(no extension)"
        yield IngestError(str(path), f"unsupported file type {shown} (known: {', '.join(SUFFIXES)})")


def _walk(folder: Path, ancestors: frozenset[tuple[int, int]]) -> Iterator[Item]:
    try:
        with os.scandir(folder) as entries:
            children = sorted((e for e in entries if not e.name.startswith(".")), key=lambda e: e.name)
    except OSError as err:
        yield IngestError(str(folder), os_reason(err))
        return
    for entry in children:
        child = Path(entry.path)
        try:
            if entry.is_dir():
                stat = entry.stat()
                if (stat.st_dev, stat.st_ino) in ancestors:
                    yield IngestError(str(child), "directory loop (links back to a folder being read)")
                    continue
        except OSError as err:
            yield IngestError(str(child), os_reason(err))
            continue
        yield from _read_path(child, explicit=False, ancestors=ancestors)


def read_stdin(stream: BinaryIO) -> Iterator[Item]:
    """Sniff stdin by its first non-blank character: `{` JSON lines, `<` HTML, anything else text."""
    newlines = 0
    while (byte := stream.read(1)) and byte.isspace():
        newlines += byte == b"\n"
    if not byte:
        yield IngestError(STDIN, "empty input")
    elif byte == b"{":
        yield from read_jsonl(stream, STDIN, prefix=byte, first_line=newlines + 1)
    else:
        data = byte + stream.read(MAX_ARTICLE_BYTES)
        if len(data) > MAX_ARTICLE_BYTES:
            size = len(data)
            while chunk := stream.read(1 << 20):  # count the rest without holding it
                size += len(chunk)
            yield IngestError(STDIN, too_large(size))
            return
        yield from_bytes(STDIN, data, "html" if byte == b"<" else "text", doc_id=None)
