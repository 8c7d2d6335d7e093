"""Readers: folders, text, HTML, JSON lines, WARC, stdin, and large inputs streamed."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from dateline.ingest import read
from dateline.ingest.single import MAX_ARTICLE_BYTES
from dateline.records import IngestError, RawDocument

BODY = (
    "The foreign ministers of Chile and Austria met in Vienna on Tuesday to discuss trade. "
    "Both sides agreed to hold a second round of talks in Santiago before the end of the year."
)
PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Chile and Austria agree to more talks</title>
<meta property="og:site_name" content="The Example Herald">
<meta property="article:published_time" content="2023-03-14T09:30:00+00:00">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Chile and Austria agree to more talks</h1><p>{body}</p><p>{body}</p></article>
<footer>Copyright 2023 The Example Herald</footer></body></html>"""


def write_warc(path: Path, pages: list[str]) -> None:
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for i, page in enumerate(pages):
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], "HTTP/1.1")
            record = writer.create_warc_record(
                f"https://news.example.org/{i}",
                "response",
                payload=io.BytesIO(page.encode()),
                http_headers=headers,
                warc_headers_dict={"WARC-Date": "2024-12-01T10:00:00Z"},
            )
            writer.write_record(record)
        get = b"GET /x HTTP/1.1\r\nHost: news.example.org\r\n\r\n"
        request = writer.create_warc_record("https://news.example.org/x", "request", payload=io.BytesIO(get))
        writer.write_record(request)


def test_folder_is_walked_sorted_skipping_hidden_and_unknown_types(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text(BODY)
    (tmp_path / "a.txt").write_text(BODY + " First.")
    (tmp_path / ".hidden.txt").write_text(BODY)
    (tmp_path / "notes.csv").write_text("a,b\n")
    items = list(read([tmp_path]))
    assert [i.id for i in items] == ["a", "two"]
    assert all(isinstance(i, RawDocument) and i.text for i in items)


def test_html_file_keeps_the_page(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(PAGE.format(body=BODY))
    (doc,) = read([tmp_path / "page.html"])
    assert isinstance(doc, RawDocument) and doc.id == "page" and "<article>" in doc.html


def test_jsonl_fields_and_derived_ids(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    rows = [
        {"id": "x1", "text": BODY, "url": "https://e.org/1", "title": "Talks", "published": "2023-03-14"},
        {"text": BODY + " Again."},
        {"html": PAGE.format(body=BODY)},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    first, second, third = read([path])
    assert (first.id, first.url, first.title, first.published) == (
        "x1",
        "https://e.org/1",
        "Talks",
        "2023-03-14",
    )
    assert first.source == f"{path}#line1"
    assert second.id is None and second.source.endswith("#line2")
    assert third.html and third.text is None


def test_warc_html_responses_with_crawl_date_as_note(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, [PAGE.format(body=BODY), PAGE.format(body=BODY + " More.")])
    docs = list(read([path]))
    assert len(docs) == 2 and all(isinstance(d, RawDocument) for d in docs)
    assert docs[0].url == "https://news.example.org/0" and docs[0].id is None
    assert docs[0].published is None and docs[0].crawled == "2024-12-01T10:00:00Z"


@pytest.mark.parametrize("fraction", [0.3, 0.55, 0.75, 0.97])
def test_truncated_warc_keeps_records_read_so_far(tmp_path: Path, fraction: float) -> None:
    whole = tmp_path / "whole.warc.gz"
    write_warc(whole, [PAGE.format(body=BODY + f" Item {i}.") for i in range(3)])
    data = whole.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: int(len(data) * fraction)])
    items = list(read([cut]))
    docs = [i for i in items if isinstance(i, RawDocument)]
    assert len(docs) <= 3  # the last record written is a request: cut there, all pages survive
    assert isinstance(items[-1], IngestError)
    assert items[-1].reason == f"truncated WARC after {len(docs)} records"


def test_uncompressed_warc(tmp_path: Path) -> None:
    packed = tmp_path / "a.warc.gz"
    write_warc(packed, [PAGE.format(body=BODY)])
    plain = tmp_path / "a.warc"
    plain.write_bytes(gzip.decompress(packed.read_bytes()))
    (doc,) = read([plain])
    assert isinstance(doc, RawDocument) and doc.url == "https://news.example.org/0"


def test_stdin_is_sniffed() -> None:
    (text,) = read(["-"], stdin=io.BytesIO(b"\n  " + BODY.encode()))
    assert text.text.startswith("The foreign") and text.source == "<stdin>" and text.html is None
    (page,) = read(["-"], stdin=io.BytesIO(PAGE.format(body=BODY).encode()))
    assert page.html and page.text is None
    lines = b"\n" + json.dumps({"id": "s1", "text": BODY}).encode() + b"\n{broken\n"
    good, bad = read(["-"], stdin=io.BytesIO(lines))
    assert good.id == "s1" and good.source == "<stdin>#line2"
    assert isinstance(bad, IngestError) and bad.reason.startswith("line 3: not JSON")


def test_cp1252_file_is_decoded_with_a_note(tmp_path: Path) -> None:
    text = "The minister’s “historic” visit to Zürich — a café meeting — cost €5m, officials said. " * 3
    (tmp_path / "legacy.txt").write_bytes(text.encode("cp1252"))
    (doc,) = read([tmp_path / "legacy.txt"])
    assert doc.text == text
    assert doc.decoding_note == "not valid UTF-8; decoded as cp1252"


def test_large_jsonl_is_streamed(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    line = json.dumps({"text": "x " * 1500 + BODY}) + "\n"
    count = 30 * 2**20 // len(line)
    with path.open("w") as out:
        for _ in range(count):
            out.write(line)
    assert path.stat().st_size > 29 * 2**20
    seen = 0
    for item in read([path]):
        assert isinstance(item, RawDocument)
        seen += 1
    assert seen == count


def test_huge_single_article_is_refused_unread(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "dump.txt"
    with path.open("wb") as out:
        out.truncate(25 * 2**20)  # sparse: 25 MB on paper, nothing written
    monkeypatch.setattr(Path, "read_bytes", lambda self: (_ for _ in ()).throw(AssertionError("read")))
    (error,) = read([path])
    assert isinstance(error, IngestError)
    assert error.reason == "too large for one article: 25 MB; split it or use .jsonl"
    assert MAX_ARTICLE_BYTES < 25 * 2**20
