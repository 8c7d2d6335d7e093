"""JSON lines: one article per line, read line by line so a file of any size streams."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import BinaryIO

from dateline.clean.html import NoArticleText, extract
from dateline.ingest.decode import DecodeError, decode
from dateline.ingest.single import MAX_ARTICLE_BYTES
from dateline.records import IngestError, RawDocument

_CHUNK = 1 << 20


def read_jsonl(
    stream: BinaryIO, name: str, prefix: bytes = b"", first_line: int = 1
) -> Iterator[RawDocument | IngestError]:
    """Every line of `stream` as a RawDocument or an IngestError naming the line.

    `prefix` is what a caller already consumed of the first line (stdin sniffing), and `first_line`
    its line number, so that numbers match what an editor shows.
    """
    number = first_line - 1
    while True:
        line = stream.readline(MAX_ARTICLE_BYTES + 1)
        if prefix:
            line, prefix = prefix + line, b""
        if not line:
            return
        number += 1
        source = f"{name}#line{number}"
        if len(line) > MAX_ARTICLE_BYTES and not line.endswith(b"\n"):
            _skip_to_newline(stream)
            yield IngestError(source, f"line {number}: too large for one article (over 20 MB)")
            continue
        if line.strip():
            yield _record(line, source, number)


def _skip_to_newline(stream: BinaryIO) -> None:
    while chunk := stream.readline(_CHUNK):
        if chunk.endswith(b"\n"):
            return


def _record(line: bytes, source: str, number: int) -> RawDocument | IngestError:
    note = None
    try:
        text = line.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text, note = decode(line)
        except DecodeError as err:
            return IngestError(source, f"line {number}: {err}")
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as err:
        return IngestError(source, f"line {number}: not JSON: {err.msg} (column {err.colno})")
    if not isinstance(obj, dict):
        return IngestError(source, f"line {number}: not a JSON object")
    body, html = _string(obj.get("text")), _string(obj.get("html"))
    if not body and not html:
        return IngestError(source, f"line {number}: no 'text' or 'html' field")
    if html and not body:
        try:
            extract(html)
        except NoArticleText as err:
            return IngestError(source, f"line {number}: {err}")
    given_id = obj.get("id")
    return RawDocument(
        source,
        id=str(given_id) if given_id not in (None, "") else None,
        text=body,
        html=None if body else html,
        url=_string(obj.get("url")),
        title=_string(obj.get("title")),
        published=_string(obj.get("published")),
        decoding_note=note,
    )


def _string(value: object) -> str | None:
    """A non-blank field as a string (numbers too: an id or a year may come unquoted)."""
    if value is None or isinstance(value, (dict, list, bool)):
        return None
    text = str(value)
    return text if text.strip() else None
