"""The default cleaner on the five seed articles, read from ../shared/seeds (never copied here)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dateline.clean.component import DefaultCleaner
from dateline.ingest import read
from dateline.records import Article, RawDocument


def _clean(seeds_dir: Path, prefix: str) -> tuple[Article, list[str]]:
    (path,) = sorted(seeds_dir.glob(f"{prefix}_*.txt"))
    (raw,) = list(read([path]))
    assert isinstance(raw, RawDocument)
    lines = [line.strip() for line in raw.text.splitlines() if line.strip()]
    return DefaultCleaner()(raw), lines


def _assert_removed(article: Article, line: str, reason_part: str) -> None:
    assert line not in article.text.split("\n\n")
    reasons = [r.reason for r in article.removed if r.text.strip() == line]
    assert reasons, f"{line!r} not recorded as removed"
    assert reason_part in reasons[0]


def _assert_kept(article: Article, line: str) -> None:
    assert line in article.text, f"body lost {line[:60]!r}"


def test_seed_000_bullets_labels_and_related_headlines(seeds_dir: Path) -> None:
    article, lines = _clean(seeds_dir, "000")
    assert article.title == lines[0]
    assert article.outlet == "Anadolu Agency"
    _assert_removed(article, "- World", "navigation")
    _assert_removed(article, lines[3], "outlet")
    _assert_removed(article, lines[4], "published")
    _assert_removed(article, lines[5], "modified")
    for related in lines[-5:]:
        assert related.startswith("- ")
        _assert_removed(article, related, "related headlines")
    # The subtitle is repeated as the second body paragraph: kept once, in the body.
    subtitle = lines[1]
    assert article.text.count(subtitle) == 1
    assert any(r.reason == "subtitle repeated in body" for r in article.removed)
    body = article.text.split("\n\n")
    assert body[0] == lines[6] and body[1] == subtitle and body[-1] == lines[-6]
    published = article.published
    assert (published.value, published.source) == ("2021-09-15", "published-line")
    assert published.confidence >= 0.9


def test_seed_001_byline_caption_dateline_and_comments(seeds_dir: Path) -> None:
    article, lines = _clean(seeds_dir, "001")
    assert article.title == lines[0]
    assert article.byline == "Kamran Yousaf"
    assert article.dateline == "Islamabad"
    _assert_removed(article, lines[2], "byline")
    caption = next(line for line in lines if "PHOTO:" in line)
    _assert_removed(article, caption, "photo caption")
    _assert_removed(article, "ISLAMABAD:", "dateline")
    comment_lines = lines[lines.index("COMMENTS") :]
    assert len(comment_lines) == 4
    for line in comment_lines:
        _assert_removed(article, line, "comment widget")
    first = next(line for line in lines if line.startswith("Prime Minister Imran Khan and Russian"))
    _assert_kept(article, first)
    assert article.text.endswith(lines[lines.index("COMMENTS") - 1])
    assert "\u00a0" not in article.text
    published = article.published
    assert (published.value, published.source) == ("2022-01-17", "byline")
    assert published.confidence >= 0.85


def test_seed_002_tv_header_and_crawl_day_date(seeds_dir: Path) -> None:
    article, lines = _clean(seeds_dir, "002")
    assert article.outlet == lines[0] and lines[0].endswith("TV")
    assert article.title == lines[3]
    _assert_removed(article, lines[0], "outlet")
    _assert_removed(article, lines[1], "date line")
    _assert_removed(article, lines[2], "calendar header")
    body = article.text.split("\n\n")
    assert body[0] == lines[4] and body[-1] == lines[-1]
    # the day beside the other calendar is the page's day (the crawl's): no publication date, a note
    assert article.published.value is None
    assert any(lines[1].strip() in note and "crawl" in note for note in article.notes)


def test_seed_003_glued_section_label_repeated_headline_and_footer(seeds_dir: Path) -> None:
    article, lines = _clean(seeds_dir, "003")
    assert article.title == lines[1]
    _assert_removed(article, lines[0], "navigation")
    assert lines.count(article.title) == 2 and article.title not in article.text
    assert any(r.reason == "repeated headline" for r in article.removed)
    _assert_removed(article, "Related Articles", "related")
    _assert_removed(article, "Back to top button", "navigation")
    body = article.text.split("\n\n")
    assert body[0] == lines[4] and body[-1] == lines[-3]
    published = article.published
    assert published.value == "2024-11-15" and published.source != "header"
    assert 0.6 <= published.confidence < 0.9


def test_seed_004_body_only_no_title_no_date(seeds_dir: Path) -> None:
    article, lines = _clean(seeds_dir, "004")
    assert article.title is None
    assert article.removed == []
    assert article.text.split("\n\n") == lines
    assert article.published.value is None and article.published.source == "none"
    assert article.published.confidence == 0


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_seeds_are_english_with_ids_and_hashes(seeds_dir: Path, prefix: str) -> None:
    article, _ = _clean(seeds_dir, prefix)
    assert article.language == "en"
    assert article.id.startswith(prefix)
    assert len(article.content_hash) == 40
