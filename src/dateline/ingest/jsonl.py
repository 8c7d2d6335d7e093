"""JSON lines: one article per line, read line by line so a file of any size streams."""

from __future__ import annotations

import hashlib
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
    ids: dict[str, tuple[int, str]] = {}  # id -> (line, hash of its text): a repeat must be the same
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
            item = _record(line, source, number)
            yield _same_id_same_text(item, ids, number) if isinstance(item, RawDocument) else item


def _same_id_same_text(
    doc: RawDocument, ids: dict[str, tuple[int, str]], number: int
) -> RawDocument | IngestError:
    """An id repeated with the same text is a duplicate (stored once); with another text it would
    silently replace the first article, so that record is refused by name."""
    if doc.id is None:
        return doc
    digest = hashlib.sha1((doc.text or doc.html or "").encode("utf-8")).hexdigest()
    first = ids.setdefault(doc.id, (number, digest))
    if first[1] != digest:
        return IngestError(
            doc.source,
            f"line {number}: id {doc.id!r} already names a different text on line {first[0]}; "
            "record skipped (give it its own id)",
        )
    return doc


def _skip_to_newline(stream: BinaryIO) -> None:
    while chunk := stream.readline(_CHUNK):
        if chunk.endswith(b"\n"):
            return


class FieldError(ValueError):
    """A JSONL field of the wrong type, named: "'text' must be a string, not a list"."""


# Fields read as text. An id or a date may come unquoted as a number; the others must be strings.
_NUMBERS_ALLOWED = frozenset({"id", "published"})
OUTLET_FIELDS = ("outlet", "source", "site_name")


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
    try:
        fields = {name: _string(obj, name) for name in ("text", "html", "id", "url", "title", "published")}
        outlet = next((o for o in (_string(obj, name) for name in OUTLET_FIELDS) if o), None)
    except FieldError as err:
        return IngestError(source, f"line {number}: {err}")
    body, html = fields["text"], fields["html"]
    if not body and not html:
        return IngestError(source, f"line {number}: no 'text' or 'html' field")
    if html and not body:
        try:
            extract(html)
        except NoArticleText as err:
            return IngestError(source, f"line {number}: {err}")
    return RawDocument(
        source,
        id=fields["id"],
        text=body,
        html=None if body else html,
        url=fields["url"],
        title=fields["title"],
        published=fields["published"],
        decoding_note=note,
        outlet=outlet,
    )


def _string(obj: dict, name: str) -> str | None:
    """A field as a non-blank string, None when absent, null or blank; FieldError for another type."""
    value = obj.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        kind = {bool: "a boolean", list: "a list", dict: "an object"}.get(type(value), type(value).__name__)
        raise FieldError(f"'{name}' must be a string, not {kind}")
    if not isinstance(value, str):
        if name not in _NUMBERS_ALLOWED:
            raise FieldError(f"'{name}' must be a string, not a number ({value!r})")
        value = str(value)
    return value if value.strip() else None
