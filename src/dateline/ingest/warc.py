"""WARC files (`.warc`, `.warc.gz`): HTML response records, streamed record by record with warcio."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from dateline.clean.html import NoArticleText, extract
from dateline.ingest.decode import DecodeError, decode
from dateline.ingest.single import MAX_ARTICLE_BYTES, os_reason, too_large
from dateline.records import IngestError, RawDocument

# Records are separated by a blank line (CRLF CRLF) that warcio does not count in a record's length.
_RECORD_SEPARATOR = 4


def read_warc(path: Path) -> Iterator[RawDocument | IngestError]:
    """HTML responses of a WARC file. warcio stops silently at a truncated end, so completeness is
    checked by hand: each record must be read to its Content-Length, and the last one must end where
    the file ends; otherwise the records read so far are kept and an IngestError says where it broke."""
    name = str(path)
    complete = 0
    try:
        with path.open("rb") as stream:
            size = os.fstat(stream.fileno()).st_size
            records = ArchiveIterator(stream)
            end = 0
            for record in records:
                found = _response(record, f"{name}#record{complete + 1}")
                records.read_to_end(record)
                if getattr(record.raw_stream, "limit", 0) > 0:
                    break  # the record stops before its Content-Length
                complete += 1
                end = records.get_record_offset() + records.get_record_length()
                if found is not None:
                    yield found
            if size - end > _RECORD_SEPARATOR:
                yield IngestError(name, f"truncated WARC after {complete} records")
    except OSError as err:
        yield IngestError(name, os_reason(err))
    except (ArchiveLoadFailed, ValueError, AttributeError, EOFError) as err:
        # warcio raises these (AttributeError included) on a damaged header or gzip member.
        if complete:
            yield IngestError(name, f"truncated WARC after {complete} records")
        else:
            yield IngestError(name, f"not a readable WARC file: {err}")


def _response(record, source: str) -> RawDocument | IngestError | None:
    """The record as a RawDocument when it is a successful HTML response; None to pass over it."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    status = record.http_headers.get_statuscode() or ""
    if "html" not in content_type or not status.startswith("2"):
        return None
    payload = record.content_stream().read(MAX_ARTICLE_BYTES + 1)
    if len(payload) > MAX_ARTICLE_BYTES:
        return IngestError(source, too_large(len(payload)))
    try:
        html, note = _decode_payload(payload, content_type)
    except DecodeError as err:
        return IngestError(source, str(err))
    try:
        extract(html)
    except NoArticleText as err:
        return IngestError(source, str(err))
    headers = record.rec_headers
    return RawDocument(
        source,
        id=None,
        html=html,
        url=headers.get_header("WARC-Target-URI"),
        decoding_note=note,
        crawled=headers.get_header("WARC-Date"),
    )


def _decode_payload(payload: bytes, content_type: str) -> tuple[str, str | None]:
    """The charset the server declared, else the same UTF-8-then-guess path as files."""
    _, _, charset = content_type.partition("charset=")
    charset = charset.split(";")[0].strip().strip("\"'")
    if charset and charset not in ("utf-8", "utf8"):
        try:
            return payload.decode(charset), None
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(payload)
