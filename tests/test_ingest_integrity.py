"""Readers: UTF-16 text, JSONL field types and repeated ids, outlets from JSONL fields and URLs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.clean.component import DefaultCleaner
from dateline.clean.outlets import outlet_for_url
from dateline.ingest import read
from dateline.records import IngestError, RawDocument

BODY = "Peru and Norway agreed on Monday to renew their fisheries accord for five more years."


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-16"])
def test_utf16_with_a_byte_order_mark_is_text(tmp_path: Path, codec: str) -> None:
    bom = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff", "utf-16": b""}[codec]
    (tmp_path / "wide.txt").write_bytes(bom + BODY.encode(codec))  # "utf-16" writes its own BOM
    (doc,) = read([tmp_path / "wide.txt"])
    assert isinstance(doc, RawDocument) and doc.text == BODY
    assert "UTF-16" in (doc.decoding_note or "")


def test_nul_bytes_without_a_bom_are_still_binary(tmp_path: Path) -> None:
    (tmp_path / "blob.txt").write_bytes(b"PK\x03\x04" + b"\x00" * 64)
    (item,) = read([tmp_path / "blob.txt"])
    assert isinstance(item, IngestError) and "NUL" in item.reason


def _jsonl(tmp_path: Path, records: list[object]) -> list[RawDocument | IngestError]:
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    return list(read([path]))


def test_jsonl_fields_of_the_wrong_type_are_named(tmp_path: Path) -> None:
    items = _jsonl(
        tmp_path,
        [
            {"text": ["a", "list"]},
            {"text": True},
            {"text": 42},
            {"id": {"nested": 1}, "text": BODY},
            {"text": BODY, "title": 7},
            {"id": 12, "text": BODY, "published": 2021},
        ],
    )
    reasons = [i.reason if isinstance(i, IngestError) else None for i in items]
    assert reasons[:5] == [
        "line 1: 'text' must be a string, not a list",
        "line 2: 'text' must be a string, not a boolean",
        "line 3: 'text' must be a string, not a number (42)",
        "line 4: 'id' must be a string, not an object",
        "line 5: 'title' must be a string, not a number (7)",
    ]
    assert isinstance(items[5], RawDocument) and items[5].id == "12" and items[5].published == "2021"


def test_jsonl_id_repeated_with_another_text_is_refused_by_name(tmp_path: Path) -> None:
    other = BODY.replace("Peru", "Chile")
    items = _jsonl(
        tmp_path, [{"id": "n1", "text": BODY}, {"id": "n1", "text": BODY}, {"id": "n1", "text": other}]
    )
    assert [type(i).__name__ for i in items] == ["RawDocument", "RawDocument", "IngestError"]
    assert items[2].reason == (
        "line 3: id 'n1' already names a different text on line 1; record skipped (give it its own id)"
    )


def test_jsonl_outlet_from_its_fields_then_from_the_url(tmp_path: Path) -> None:
    docs = _jsonl(
        tmp_path,
        [
            {"text": BODY, "outlet": "The Lima Courier", "url": "https://www.voanews.com/a/x.html"},
            {"text": BODY + " One.", "source": "Harbour Radio"},
            {"text": BODY + " Two.", "site_name": "Fjord Daily"},
            {"text": BODY + " Three.", "url": "https://www.voanews.com/a/peru-norway/123.html"},
            {"text": BODY + " Four.", "url": "https://blog.example.org/post"},
        ],
    )
    cleaner = DefaultCleaner()
    outlets = [cleaner(d).outlet for d in docs if isinstance(d, RawDocument)]
    assert outlets == ["The Lima Courier", "Harbour Radio", "Fjord Daily", "Voice of America", None]


def test_outlet_hosts_match_subdomains_only_on_label_boundaries() -> None:
    assert outlet_for_url("https://en.yna.co.kr/view/1") == "Yonhap"
    assert outlet_for_url("https://notdawn.com/x") is None
    assert outlet_for_url("http://[bad") is None


def test_a_gzip_bomb_named_warc_is_refused_and_later_files_are_read(tmp_path: Path) -> None:
    import zlib

    packer = zlib.compressobj(9, zlib.DEFLATED, 31)  # gzip framing
    zeros = b"\0" * 2**20
    with (tmp_path / "a-bomb.warc.gz").open("wb") as out:
        for _ in range(64):  # 64 MB of zeros without a line break, about 64 kB packed
            out.write(packer.compress(zeros))
        out.write(packer.flush())
    (tmp_path / "b-story.txt").write_text(BODY, encoding="utf-8")
    bomb, story = read([tmp_path])
    assert isinstance(bomb, IngestError) and "decompression bomb" in bomb.reason
    assert isinstance(story, RawDocument) and story.text == BODY


def test_a_plain_warc_with_an_endless_line_is_refused_and_later_files_are_read(tmp_path: Path) -> None:
    header = b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 100\r\n"
    with (tmp_path / "a-long.warc").open("wb") as out:  # a header line that never ends: 9 MB of x
        out.write(header + b"X-Note: " + b"x" * (9 * 2**20))
    (tmp_path / "b-story.txt").write_text(BODY, encoding="utf-8")
    long, story = read([tmp_path])
    assert isinstance(long, IngestError) and "a line longer than 8 MB" in long.reason
    assert isinstance(story, RawDocument) and story.text == BODY
