"""One-article inputs: a `.txt` or `.html` file, or a text/HTML body piped to stdin."""

from __future__ import annotations

import errno
from pathlib import Path
from typing import Literal

from dateline.clean.html import NoArticleText, extract
from dateline.ingest.decode import DecodeError, decode
from dateline.records import IngestError, RawDocument

# A single news article is a few hundred kB at most; anything this large is a concatenation or a dump
# and would hold the whole file in memory, so it is refused before it is read.
MAX_ARTICLE_BYTES = 20 * 1024 * 1024

Kind = Literal["text", "html"]


def too_large(size: int) -> str:
    return f"too large for one article: {size / 2**20:.0f} MB; split it or use .jsonl"


def os_reason(err: OSError) -> str:
    """A short, specific reason for an OS error (the path is already the IngestError's source)."""
    if err.errno == errno.ELOOP:
        return "symbolic link loop"
    if isinstance(err, FileNotFoundError):
        return "no such file or directory"
    if isinstance(err, PermissionError):
        return "permission denied"
    return err.strerror or str(err)


def read_file(path: Path, kind: Kind) -> RawDocument | IngestError:
    source = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            return IngestError(source, too_large(size))
        data = path.read_bytes()
    except OSError as err:
        return IngestError(source, os_reason(err))
    return from_bytes(source, data, kind, doc_id=path.stem)


def from_bytes(source: str, data: bytes, kind: Kind, doc_id: str | None) -> RawDocument | IngestError:
    if not data.strip():
        return IngestError(source, "empty file")
    try:
        text, note = decode(data)
    except DecodeError as err:
        return IngestError(source, str(err))
    if not text.strip():
        return IngestError(source, "empty file")
    if kind == "html":
        try:
            extract(text)  # cached: the cleaner reuses this extraction
        except NoArticleText as err:
            return IngestError(source, str(err))
        return RawDocument(source, id=doc_id, html=text, decoding_note=note, id_from_name=doc_id is not None)
    return RawDocument(source, id=doc_id, text=text, decoding_note=note, id_from_name=doc_id is not None)
