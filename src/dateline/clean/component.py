"""The registered default cleaner: RawDocument -> Article."""

from __future__ import annotations

from datetime import date, datetime

from dateline.clean import html as html_page
from dateline.clean import pubdate
from dateline.clean.ids import content_hash, derived_id
from dateline.clean.language import detect
from dateline.clean.outlets import outlet_for_url
from dateline.clean.plaintext import Cleaned, clean_text
from dateline.components import cleaners
from dateline.records import Article, PublishedDate, RawDocument


class DefaultCleaner:
    """Plain text through the line rules of `plaintext`; HTML through trafilatura first (main text,
    title, site name) and then the same line rules, with htmldate for the page's own date."""

    def __call__(self, raw: RawDocument) -> Article:
        notes = [raw.decoding_note] if raw.decoding_note else []
        candidates: list[PublishedDate] = []
        outlet = url = None
        if raw.text is None and raw.html is not None:
            cleaned, outlet, url = self._page(raw, candidates, notes)
        else:
            cleaned = clean_text(
                raw.text or "",
                known_title=raw.title,
                title_given=raw.title is not None,
                url=raw.url,
                crawled=_stamp(raw.crawled),
                as_of=date.fromisoformat(raw.as_of),
            )
        language, language_note = detect(cleaned.text)
        given, note = pubdate.from_input(raw.published)
        in_url = pubdate.from_url(raw.url or url or cleaned.url, language)
        candidates += cleaned.dates + [c for c in (given, in_url) if c is not None]
        notes += cleaned.notes + ([note] if note else [])
        if raw.crawled:
            notes.append(
                f"crawled {raw.crawled} (WARC-Date): the article is no later, but this is not its date"
            )
        if language_note:
            notes.append(language_note)
        # An article without body text still needs a stable identity: hash what was delivered.
        digest = content_hash(cleaned.text or raw.text or raw.html or raw.source)
        url = raw.url or url or cleaned.url
        return Article(
            id=raw.id or derived_id(digest),
            text=cleaned.text,
            title=cleaned.title,
            outlet=raw.outlet or outlet or cleaned.outlet or outlet_for_url(url),
            byline=cleaned.byline,
            dateline=cleaned.dateline,
            url=url,
            published=pubdate.choose(candidates),
            language=language,
            source=raw.source,
            content_hash=digest,
            removed=cleaned.removed,
            notes=notes,
            as_of=raw.as_of,
        )

    @staticmethod
    def _page(
        raw: RawDocument, candidates: list[PublishedDate], notes: list[str]
    ) -> tuple[Cleaned, str | None, str | None]:
        assert raw.html is not None
        try:
            page = html_page.extract(raw.html)
        except html_page.NoArticleText as err:
            notes.append(str(err))
            return Cleaned(text="", title=raw.title), None, None
        cleaned = clean_text(
            page.text,
            known_title=raw.title or page.title,
            url=raw.url or page.url,
            crawled=_stamp(raw.crawled),
            as_of=date.fromisoformat(raw.as_of),
        )
        found = html_page.published(raw.html, raw.url or page.url)
        if found:
            candidates.append(found)
        if page.author and not cleaned.byline:
            cleaned.byline = page.author
        return cleaned, page.sitename, page.url


def _stamp(stamp: str | None) -> date | datetime | None:
    """A crawl timestamp (WARC-Date, ISO 8601) with its time where it gives one, or None when there is
    none or it is not one."""
    try:
        read = datetime.fromisoformat(stamp.replace("Z", "+00:00")) if stamp else None
    except ValueError:
        return None
    return read.date() if read is not None and len(stamp.strip()) <= 10 else read  # a day alone


@cleaners.register("default")
def default_cleaner() -> DefaultCleaner:
    return DefaultCleaner()
