"""HTML pages: main text and metadata with trafilatura, publication date with htmldate."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import htmldate
import lxml.etree
import lxml.html
import trafilatura

from dateline.clean.dates import find_dates
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
    page metadata and markup (meta tags, JSON-LD, <time>) are the publisher's statement. A date found
    only by scanning the visible text (extensive search) may be any date the page mentions: a
    copyright year (read as 1 January), the site's current-date bar, a photo caption. It is kept only
    where a short line of the article itself states it (`_stated_in_article`)."""
    found = htmldate.find_date(html, url=url, original_date=True, extensive_search=False)
    if found:
        return PublishedDate(found, "html-meta", 0.85, "htmldate: page metadata or markup")
    found = htmldate.find_date(html, url=url, original_date=True, extensive_search=True)
    if found and (line := _stated_in_article(html, date.fromisoformat(found))):
        note = f"htmldate: extensive search of the page text, stated in {line!r}"
        return PublishedDate(found, "html-meta", 0.5, note)
    return None


# Where a date is not the article's: figures and their captions, the site's furniture.
_NOT_ARTICLE = {"figure", "figcaption", "footer", "aside", "nav", "script", "style", "noscript"}
_FURNITURE = re.compile(r"caption|credit|copyright|footer|\bnav|menu|weather|ticker|topbar|masthead", re.I)
# outside the <article>: the site's header and its current-date bar
_SITE_BAR = re.compile(r"header|top|today|current", re.I)
_BLOCKS = {"p", "div", "span", "time", "li", "header", "small", "em", "strong", "address", "h4", "h5", "h6"}


def _stated_in_article(html: str, day: date) -> str | None:
    """A short line of the page (a byline, a date element) that states `day` as a full date, outside
    captions, footers, navigation and, outside the <article>, the site's header bar."""
    try:
        tree = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return None
    for element in tree.iter(*_BLOCKS):
        text = " ".join(element.text_content().split())
        if not text or len(text) > 160 or day not in [f.value for f in find_dates(text)]:
            continue
        ancestors = [element, *element.iterancestors()]
        tags = {a.tag for a in ancestors if isinstance(a.tag, str)}
        marks = " ".join(f"{a.get('class', '')} {a.get('id', '')}" for a in ancestors)
        in_article = "article" in tags or "main" in tags
        if tags & _NOT_ARTICLE or _FURNITURE.search(marks) or "©" in text:
            continue
        if not in_article and ("header" in tags or _SITE_BAR.search(marks)):
            continue
        return text
    return None
