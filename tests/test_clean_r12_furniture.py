"""Round 12 (issue 12, r12prec): page furniture that real pages leave inside the article body (a short
link widget, an advert break, an image's file name and sizes, a one-line source or credit) is
boilerplate and yields no event. Invented lines; article sentences with the same words stay."""

from __future__ import annotations

import pytest

from dateline.clean.boilerplate import boilerplate_reason


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Short Url", "share label"),
        ("Short link: https://ruriton.example/a1b2", "share label"),
        ("Story continues after advertisement", "advertisement"),
        ("Stories Continues after ad", "advertisement"),
        ("Article continues below", "advertisement"),
        ("SUMMIT-RURITON.JPG 1 1280x720 1 1100x620", "photo caption"),
        ("vale_korr_handshake.jpeg", "photo caption"),
        ("Source: Ruriton Herald", "credit line"),
        ("Image credit: Freedonian ministry of defence", "credit line"),
    ],
)  # fmt: skip
def test_page_furniture_is_boilerplate(line, reason):
    assert boilerplate_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "The source said the talks would continue after the election.",
        "Source: the two ministers met in Ruriton on Monday, an official said.",
        "The story continues a pattern of border clashes between the two states.",
        "The ministry published the file as report.pdf on Monday.",
        "Source: Example Agency | 4 Jun 2024",  # a date line crediting its source (pubdate reads it)
    ],
)
def test_article_sentences_stay(line):
    assert boilerplate_reason(line) is None
