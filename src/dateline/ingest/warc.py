"""WARC files (`.warc`, `.warc.gz`): HTML response records, streamed record by record with warcio."""

from __future__ import annotations

import gzip
import io
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from dateline.clean.html import NoArticleText, extract
from dateline.ingest.decode import DecodeError, decode
from dateline.ingest.single import MAX_ARTICLE_BYTES, os_reason, too_large
from dateline.records import IngestError, RawDocument

# Records are separated by a blank line (CRLF CRLF) that warcio does not count in a record's length.
_RECORD_SEPARATOR = 4
# Web pages compress 5 to 15 times; past this ratio (checked once a megabyte came out) the file is
# a decompression bomb, not a crawl, and reading stops before it fills memory or takes minutes.
MAX_RATIO = 100
_RATIO_FROM = 2**20
# warcio reads header lines whole; a run this long without a line break is no WARC (pages and
# scripts inside records break lines far more often), and is refused before it is held in memory.
MAX_LINE = 8 * 2**20
_CHUNK = 1 << 20


class Bounded(io.RawIOBase):
    """The bytes of a WARC file, decompressed when gzipped (all members), bounded by MAX_LINE and, for
    gzip, by MAX_RATIO: warcio itself would hold a line of any length in memory."""

    def __init__(self, raw: BinaryIO, gzipped: bool) -> None:
        self.raw = raw
        self.source: BinaryIO = gzip.GzipFile(fileobj=raw, mode="rb") if gzipped else raw
        self.gzipped = gzipped
        self.count = 0
        self.truncated = False
        self.unbroken = 0  # bytes since the last line break

    def readable(self) -> bool:
        return True

    def tell(self) -> int:
        return self.count  # warcio counts record offsets in decompressed bytes

    def readinto(self, buffer) -> int:  # type: ignore[override]
        try:
            n = self.source.readinto(buffer)
        except EOFError:  # the file stops inside a gzip member: end here, the caller reports it
            self.truncated = True
            return 0
        self.count += n
        newline = bytes(memoryview(buffer)[:n]).rfind(b"\n")
        self.unbroken = n - newline - 1 if newline >= 0 else self.unbroken + n
        if self.unbroken > MAX_LINE:
            raise DecompressionBomb(f"a line longer than {MAX_LINE // 2**20} MB: not a WARC file; skipped")
        packed = max(self.raw.tell(), 1)
        if self.gzipped and self.count > _RATIO_FROM and self.count > MAX_RATIO * packed:
            raise DecompressionBomb(
                f"decompresses to over {MAX_RATIO} times its size ({_size(self.count)} from "
                f"{_size(packed)}): a decompression bomb or not a WARC file; skipped"
            )
        return n


def _size(n: int) -> str:
    return f"{n / 2**20:.0f} MB" if n >= 2**20 else f"{n / 1024:.0f} kB"


class DecompressionBomb(ValueError):
    """The decompressed file outgrows its bounds (MAX_RATIO, MAX_LINE)."""


def read_warc(path: Path) -> Iterator[RawDocument | IngestError]:
    """HTML responses of a WARC file. warcio stops silently at a truncated end, so completeness is
    checked by hand: each record must be read to its Content-Length, and the last one must end where
    the file ends; otherwise the records read so far are kept and an IngestError says where it broke.
    The file is read through `Bounded` (decompressed when gzipped), and warcio reads the plain records."""
    name = str(path)
    complete = 0
    try:
        with path.open("rb") as raw:
            bounded = Bounded(raw, _gzipped(raw))
            stream: BinaryIO = io.BufferedReader(bounded, _CHUNK)
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
            if _rest(stream, end) > _RECORD_SEPARATOR or bounded.truncated:
                yield IngestError(name, f"truncated WARC after {complete} records")
    except DecompressionBomb as err:
        yield IngestError(name, str(err))
    except (ArchiveLoadFailed, ValueError, AttributeError, EOFError, gzip.BadGzipFile, zlib.error) as err:
        # warcio raises these (AttributeError included) on a damaged header or gzip member.
        if complete:
            yield IngestError(name, f"truncated WARC after {complete} records")
        else:
            yield IngestError(name, f"not a readable WARC file: {err}")
    except OSError as err:
        yield IngestError(name, os_reason(err))


def _gzipped(raw: BinaryIO) -> bool:
    magic = raw.read(2)
    raw.seek(0)
    return magic == b"\x1f\x8b"


def _rest(stream: BinaryIO, end: int) -> int:
    """Bytes of the file after offset `end` (where the last whole record ended)."""
    position = stream.tell()
    while chunk := stream.read(_CHUNK):
        position += len(chunk)
    return position - end


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
