"""Round 22: a URL filed under a month or a year (no day) bounds the document time of a page that
states no day of its own (invented pages)."""

from __future__ import annotations

from datetime import date

from dateline.records import Article, DateInterval, PublishedDate, TenureHint
from dateline.time.document_time import estimate

TEXT = "The two envoys met in Lisbon to discuss the fishing dispute, the worst since 1971."


def article(
    url: str | None, value: str | None = None, source: str = "none", confidence: float = 0.0
) -> Article:
    return Article(id="t", text=TEXT, url=url, published=PublishedDate(value, source, confidence))


def test_month_folder_bounds_an_undated_page(nlp):
    dt = estimate(article("https://news.example.org/2020/06/envoys-meet-in-lisbon"), nlp(TEXT), [], [])
    assert dt.dct is None
    assert dt.interval.start == date(2020, 6, 1) and dt.interval.end == date(2020, 6, 30)
    assert any("/2020/06/" in r for r in dt.reasons)


def test_year_folder_bounds_the_year(nlp):
    dt = estimate(article("https://news.example.org/world/2019/envoys-meet"), nlp(TEXT), [], [])
    assert dt.interval.start == date(2019, 1, 1) and dt.interval.end == date(2019, 12, 31)


def test_without_a_folder_the_content_alone_bounds_it(nlp):
    dt = estimate(article("https://news.example.org/world/envoys-meet-in-lisbon"), nlp(TEXT), [], [])
    assert dt.interval.start != date(2020, 6, 1)
    assert not any("folder" in r for r in dt.reasons)


def test_a_stated_trusted_day_outside_the_folder_is_kept(nlp):
    # the page's own date line is the judge of its day; the folder never lowers it
    url = "https://news.example.org/2020/06/envoys-meet-in-lisbon"
    dt = estimate(article(url, "2020-07-02", "published-line", 0.8), nlp(TEXT), [], [])
    assert dt.dct == date(2020, 7, 2)


def test_a_tenure_that_began_later_outweighs_the_folder(nlp):
    envoy = TenureHint("Envoy Rui Sal", "sal", DateInterval(date(2021, 3, 1), date(2024, 1, 1), "range", 0.9))
    dt = estimate(article("https://news.example.org/2020/06/envoys-meet"), nlp(TEXT), [envoy], [])
    assert dt.interval.start == date(2021, 3, 1)
