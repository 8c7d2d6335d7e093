"""HTML pages: main text and metadata with trafilatura, publication date with htmldate."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import htmldate
import trafilatura

from dateline.records import PublishedDate


class NoArticleText(ValueError):
    """trafilatura found no article text (or lxml could not parse the page at all)."""


@dataclass(frozen=True)
class HtmlExtraction:
    text: str  # paragraphs separated by newlines, as trafilatura gives them
    title: str | None
    sitename: str | None
    url: str | None
    author: str | None


# The reader checks each page by extracting it; the cleaner, usually a moment later in the same
# process, gets the cached result instead of parsing the page twice.
@lru_cache(maxsize=16)
def extract(html: str) -> HtmlExtraction:
    tree = trafilatura.load_html(html)
    if tree is None:
        raise NoArticleText("HTML could not be parsed")
    try:
        doc = trafilatura.bare_extraction(
            tree,
            include_comments=False,
            include_tables=False,
            with_metadata=True,
            # The page's own date is taken by `published()` below; no date search here.
            date_extraction_params={"original_date": True, "extensive_search": False},
        )
    except (ValueError, TypeError) as err:  # lxml or trafilatura choking on a broken tree
        raise NoArticleText(f"HTML could not be parsed: {err}") from err
    text = (doc.text or "").strip() if doc is not None else ""
    if not text:
        raise NoArticleText("no article text found in HTML")
    return HtmlExtraction(text, doc.title or None, doc.sitename or None, doc.url or None, doc.author or None)


def published(html: str, url: str | None = None) -> PublishedDate | None:
    """The page's publication date by htmldate, offline, with a confidence by how it was found:
    page metadata and markup (meta tags, JSON-LD, <time>) are the publisher's statement; a date found
    only by scanning the visible text (extensive search) may be any date the page mentions."""
    found = htmldate.find_date(html, url=url, original_date=True, extensive_search=False)
    if found:
        return PublishedDate(found, "html-meta", 0.85, "htmldate: page metadata or markup")
    found = htmldate.find_date(html, url=url, original_date=True, extensive_search=True)
    if found:
        return PublishedDate(found, "html-meta", 0.5, "htmldate: extensive search of the page text")
    return None
