"""Choosing the publication date among the candidates the text, the page, the URL and the input offer.

Every candidate that loses stays with the chosen one (`PublishedDate.candidates`), so that a user
can see what else the page said and why it lost (`dateline articles --verbose`).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from dateline.clean.dates import day_order, parse_given, url_date
from dateline.records import PublishedDate

INPUT_CONFIDENCE = 0.9  # a date the user supplied with the article (JSONL `published`)

# No page on the web was published before this year: a "year" earlier than it is another figure read
# as one (a view count after a year-less day: "27 November 1810 3 minutes"), never the page's date.
EARLIEST_YEAR = 1900

# On equal confidence, the more direct statement wins.
_PRECEDENCE = ("published-line", "byline", "input", "html-meta", "url", "dateline", "header")


def from_input(value: str | None) -> tuple[PublishedDate | None, str | None]:
    """The input's own `published` field as a candidate, or a note when it cannot be read."""
    if not value:
        return None, None
    parsed = parse_given(value)
    if parsed is None:
        return None, f"input 'published' {value!r} is not a date; ignored"
    return PublishedDate(parsed.isoformat(), "input", INPUT_CONFIDENCE, "given with the input"), None


# Languages whose numeric dates may put the month first (US English, Filipino): every other
# language an article is written in puts the day first, or the year first, which no year-last URL
# folder is
_MONTH_FIRST_LANGUAGES = frozenset({"en", "tl"})


def from_url(url: str | None, language: str | None = None) -> PublishedDate | None:
    """The day a URL carries (`/2023/11/05/`, `-20231105-`): content systems put the day the story
    was first filed there, so it is the original date, not an update. `language`: the article's,
    which gives the day/month order of the outlet's numeric folders where the URL does not (a Spanish
    text under `/08/07/2019/`: 8 July; round 26)."""
    # the outlet's day/month order as the URL alone shows it (a known outlet, a country's domain)
    order = day_order(url, "")[0]
    if order is None and language is not None and language not in _MONTH_FIRST_LANGUAGES:
        order = "dmy"
    found = url_date(url, order)
    if found is None:
        return None
    day, confidence, text = found
    return PublishedDate(day.isoformat(), "url", confidence, f"from the URL ({text})")


def choose(candidates: Iterable[PublishedDate]) -> PublishedDate:
    """The most confident candidate (never a made-up one, nor one before `EARLIEST_YEAR`), with the
    others as `candidates`; a date line's day just before the URL's wins over it (`_stamped_before`).
    None at all gives value None; a day found without its year is passed on as `month_day` for the time
    stage to place."""
    pool = list(candidates)
    ranked = sorted(
        (c for c in pool if c.value and int(c.value[:4]) >= EARLIEST_YEAR),
        key=lambda c: (-c.confidence, _PRECEDENCE.index(c.source) if c.source in _PRECEDENCE else 99),
    )
    yearless = next((c for c in pool if not c.value and c.month_day), None)
    if not ranked:
        if yearless is not None:
            day, wd = yearless.month_day, yearless.weekday
            return PublishedDate(None, yearless.source, 0.0, yearless.note, month_day=day, weekday=wd)
        return PublishedDate(None, "none", 0.0, "no publication date in the input")
    if (earlier := _stamped_before(ranked)) is not None:
        ranked.remove(earlier)
        ranked.insert(0, earlier)
    best, losers = ranked[0], ranked[1:]
    others = sorted({c.value for c in losers if c.value != best.value})
    note = f"{best.note}; other dates: {', '.join(others)}" if others else best.note
    return PublishedDate(
        best.value,
        best.source,
        best.confidence,
        note,
        best.inferred,
        best.month_day,
        [_bare(c) for c in losers],
    )


# how far a page's own date line may fall before its URL's day and still be the same story's stamp
_STAMP_LEAD = timedelta(days=2)


def _stamped_before(ranked: list[PublishedDate]) -> PublishedDate | None:
    """A date line nearly as sure as the URL that leads it (the line under the headline against the
    URL's day) by a day or two ("2023-01-17 23:55" over `/t20230118_…`): the URL carries the day the
    content system filed the page, in its own zone or once the print story went online; an update is
    never earlier than the filing, so a line before it is the story's own stamp and the page's date."""
    best = ranked[0]
    if best.source != "url" or best.value is None:
        return None
    filed = date.fromisoformat(best.value)
    for c in ranked[1:]:
        if c.source != "published-line" or round(best.confidence - c.confidence, 6) > 0.05 or c.value is None:
            continue
        if timedelta(0) < filed - date.fromisoformat(c.value) <= _STAMP_LEAD:
            return c
    return None


def _bare(candidate: PublishedDate) -> PublishedDate:
    return PublishedDate(
        candidate.value, candidate.source, candidate.confidence, candidate.note, candidate.inferred
    )
