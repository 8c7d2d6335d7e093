"""When was the article written: its publication date when trusted, else an estimate from content.

Evidence is of two strengths. Hard bounds: the offices its titled people held (tenure hints; an
office that ended gives way first, copy names people by titles they held), terms that did not exist
before some day (`dating_terms`), past events it reports with a full date (not older than those),
future events with a full date (not newer). Soft windows, scored day by day over the range the hard
bounds leave (a date mentioned with its year gives none: news recalls old dates as often as new
ones); a year-less date ("March 18", "in April") within a few months, on the side the tense gives; a
weekday named with a day ("Monday, March 18") within a week, and only in the years where that day is
that weekday; with no upper bound, in the latest such year up to the day the text is read (round 17).
A year-less dateline takes the one weekday its lead names as its own day. The days that satisfy the
most windows form the estimate; it stays an interval unless the evidence gives one day. A
low-confidence header date loses when it contradicts the estimate (it is often the crawl day) and
narrows it to its day when it agrees. With no date at all, the latest day
the narrative reports (past tense, main clause) is the likely day, the estimate running from it to a
month after.

Other articles may date an undated one: a candidate of source "corpus" among its publication-date
candidates (`dedup/doctime.py` adds it when its events joined those of dated articles) is a day it
reports, known from the corpus, and counts as one of its own story days; either way the article
appeared within a month of it, a soft window that gives the year of its own year-less days.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from itertools import pairwise

import numpy as np
from spacy.tokens import Doc, Token

from dateline.clean.date_lines import url_month
from dateline.nlp.text import text_of
from dateline.records import (
    Article,
    DateInterval,
    DocumentTime,
    Granularity,
    PublishedDate,
    TenureHint,
    Timex,
)
from dateline.time import dating_terms
from dateline.time.attachment import Attachment, attach
from dateline.time.calendar_math import moved
from dateline.time.corpus_day import PINNED_BASIS, Pin, pinned_day
from dateline.time.event_date import effective_tense
from dateline.time.partial_values import MonthDay, is_absolute, month_day, weekday
from dateline.time.tagger import counted_once, ranges
from dateline.time.tense import Tense, is_verb

TRUSTED = 0.7  # a publication date at least this confident is the document time
GIVEN = 1.0  # a publication day the caller states as such (`dateline.date_event`): never overruled
CONFIRMED = 0.5  # an untrusted date this confident is kept when nothing contradicts it
TENURE_GRACE = timedelta(days=31)  # titles linger in copy for a while after a change of office
RECENT_YEARLESS = 120  # days: how far a year-less date usually lies from publication
NEAR_DATED = 365  # days: how far a date given with its year usually lies from publication
WEEKDAY_NEAR = 7  # days: news names a weekday only within a week of publication
MAX_DOMAIN_DAYS = 60 * 366  # beyond this the soft windows are not scored
YEARLESS_WEIGHT = 4  # a dateline's day without its year outweighs the soft windows of the content
WEEKDAY_CYCLE = 11  # years within which every month-day falls on every weekday
RECURRENCE_GAP = 366  # days: best days further than this after the first are a later recurrence
STORY_LAG = 7  # days: how long after the latest day it reports an undated news article usually appears
# ... and how long it may: the estimate runs this far after that day, its `likely` day staying the
# day itself (round 7: of 12 articles of known date that, read as undated, had a story day, 5 appeared
# 0-1 days after it and 4 others 8 to 32 days after it, all outside a week; a month holds 3 of those)
STORY_SPAN = 31
# A corpus day's window outweighs one year-less date of the text's own (a stray day of another year)
# and gives way to a weekday named with its day (3) or a year-less dateline (4)
STORY_WEIGHT = 2
CORPUS = "corpus"  # the source of a candidate day learnt from other articles (`dedup/doctime.py`)
CORPUS_STATED = 0.3  # the confidence of a corpus day another article states
CORPUS_LIKELY = 0.2  # ... of one it only takes as likely: counts where the text reports no day itself
PINNED = 0.6  # the confidence of a day the article's own time words give on events others date
# the reason that withdraws a year the cleaner chose for a year-less day (`estimate`, `adopted`)
YEAR_LOST = "its year loses to the content estimate"
PINNED_SOURCE = "pinned"  # the source of that day among the publication-date candidates (`adopted`)
STORY_BASIS = "inferred: on or shortly after"  # how the basis of a story day's interval opens
_POST_SIGNATURE = re.compile(r"\(@\w{1,30}\)\W{0,3}$")  # "(@handle) September 28, 2023": an embedded post
# "so far in 2025", "in 2025 so far", "to date in 2025": a count up to now within the year of publication
_SO_FAR = re.compile(
    r"(?:so far|to date|thus far) (?:in|this|during) <>|^.*in <>\W{0,2}(?:so far|to date|thus far)\b", re.I
)
_NOUN_LINKS = ("dobj", "nsubj", "nsubjpass", "pobj", "prep")  # from a noun up to its verb
_PAST = (Tense.PAST, Tense.PAST_PERFECT, Tense.PRESENT_PERFECT)
_UPPER_PREPS = {"by", "until", "till", "before", "prior to", "ahead of"}
_LOWER_PREPS = {"since", "from", "after", "following"}
# "adopted a work plan for 2026 – 2029", "will review the results for 2023", "agreed a roadmap to
# 2030", "extended the deal through 2027": the period a plan, a budget, a result or a deal covers, not
# when the verb's event happened; no bound either way (round 21)
_PERIOD_PREPS = {"for", "to", "up to", "through"}


@dataclass(frozen=True)
class Bound:
    day: date
    reason: str
    grace: timedelta = timedelta(0)  # tolerance when checking a trusted date against it
    strength: int = 1  # which bound to drop first when hard bounds contradict each other
    # Whether it may overrule a trusted publication date. An office that ended before a trusted date
    # is usually a historical mention ("President Eisenhower signed the act in 1957"), not a sign
    # that the date is wrong; an office that began after it is.
    checks_trusted: bool = True


@dataclass(frozen=True)
class Window:
    """Soft evidence: the document time lies within `lead` days before to `lag` days after an
    occurrence, either of a fixed day span or of a year-less month/day (optionally on a weekday)."""

    reason: str
    weight: int
    lead: int
    lag: int
    fixed: tuple[date, date] | None = None
    yearless: MonthDay | None = None
    weekday: int | None = None

    def spans(self, first_year: int, last_year: int) -> list[tuple[date, date]]:
        if self.fixed is not None:
            occurrences = [self.fixed]
        else:
            occurrences = []
            for year in range(first_year, last_year + 1):
                span = self.yearless.in_year(year)
                if span and (self.weekday is None or span[0].weekday() == self.weekday):
                    occurrences.append(span)
        return [(moved(s, -self.lead), moved(e, self.lag)) for s, e in occurrences]


@dataclass
class Evidence:
    lower: list[Bound]
    upper: list[Bound]
    windows: list[Window]
    notes: list[str]
    # the day the text was read in (`Article.as_of`): no text is written after it, so a year-less
    # day with its weekday may recur up to it
    as_of: date
    # days the article reports in the past with a full date, or year-less (placed once solved)
    story: list[tuple[date, str]] = field(default_factory=list)
    story_yearless: list[tuple[MonthDay, int | None, str]] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.lower or self.upper or self.windows)


def estimate(
    article: Article, doc: Doc, hints: Sequence[TenureHint], timexes: Sequence[Timex]
) -> DocumentTime:
    """The document time of `article`; `timexes` were tagged against an unknown anchor, so only
    expressions with their own year carry absolute dates."""
    evidence = Evidence([], [], [], [], date.fromisoformat(article.as_of))
    _tenures(hints, evidence)
    _url_folder(article.url, evidence)
    _terms(text_of(doc), evidence)
    _content(doc, timexes, evidence)
    published = given(article.published)  # a day inferred in an earlier pass is inferred again
    header = _parse_day(published.value)
    reasons: list[str] = []
    confidence = published.confidence
    if header is not None and confidence >= GIVEN:
        basis = f"publication day given ({published.source})"
        return DocumentTime(header, DateInterval(header, header, "day", 1.0, basis), (basis,))
    if header is not None and confidence >= TRUSTED:
        conflict = _contradiction(header, evidence)
        source = f"{published.source}, {confidence:.2f}"
        if conflict is None:
            basis = f"published date ({published.source})"
            return DocumentTime(header, DateInterval(header, header, "day", confidence, basis), (basis,))
        confidence = round(confidence - 0.4, 2)
        reasons.append(f"published date {header} ({source}) contradicts {conflict}: lowered to {confidence}")
    if header is not None and confidence >= CONFIRMED:
        _titles_linger(header, evidence)
    _reported_elsewhere(published, evidence)
    yearless = yearless_day(published.month_day)
    pin = _pinned(doc, timexes, published, yearless, evidence) if header is None else None
    if pin is not None and pin.last is not None:
        # a week, no day: it ends the story's month after its day sooner (the first bound to give way)
        evidence.upper.append(Bound(pin.last, pin.basis, strength=0, checks_trusted=False))
    elif pin is not None:
        reasons += [*evidence.notes, pin.basis]
        if pin.losing:
            reasons.append("ruled out by the other reports: " + ", ".join(d.isoformat() for d in pin.losing))
        interval = DateInterval(pin.day, pin.day, "day", PINNED, pin.basis)
        return DocumentTime(pin.day, interval, tuple(reasons))
    if header is None and yearless is not None:
        why = f"publication day {published.month_day} given without its year ({published.source})"
        # the day's weekday, as the cleaner read it (`PublishedDate.weekday`; round 17: "MOSCOW, Aug 1
        # (Reuters) - ... denounced on Thursday"), whose latest year up to the day read in `_solve`
        # takes where nothing else bounds the year
        wd = published.weekday
        if wd is not None:
            why += f", on the {_weekday_name(wd)} its lead names"
        evidence.windows.append(Window(why, YEARLESS_WEIGHT, 0, 0, yearless=yearless, weekday=wd))
    interval, used = _solve(evidence)
    reasons += used + evidence.notes
    if header is None and yearless is not None:
        return _place_yearless(yearless, published.month_day, interval, tuple(reasons))
    if header is not None and yearless is not None and not interval.holds(header):
        # the year the cleaner chose for a year-less day (the lead's weekday, read as the day's own,
        # or an office held that year) is ruled out by the content; the day itself is the page's
        # own: it stands where it falls in one year of the content's estimate
        reasons.append(f"{published.source} date {header}: {YEAR_LOST}")
        return _place_yearless(yearless, published.month_day, interval, tuple(reasons))
    if header is None:
        interval, day = _after_story_day(interval, evidence, reasons)
        # a day learnt from the corpus is no day of the article's own: no chains (`own_day`)
        own = day if all(c.source != CORPUS for c in published.candidates) else None
        return DocumentTime(interval.start if interval.is_day else None, interval, tuple(reasons), own)
    return _with_header(header, published.source, confidence, interval, evidence, reasons)


def _with_header(
    header: date,
    source: str,
    confidence: float,
    interval: DateInterval,
    evidence: Evidence,
    reasons: list[str],
) -> DocumentTime:
    lo, hi = interval.start, interval.end
    label = f"{source} date {header} ({confidence:.2f})"
    if evidence.empty:
        if confidence >= CONFIRMED:
            reasons.append(f"{label} kept: no content evidence for or against it")
            return DocumentTime(
                header, DateInterval(header, header, "day", confidence, label), tuple(reasons)
            )
        reasons.append(f"{label} taken as an upper bound only (possibly the crawl day); no content evidence")
        return DocumentTime(
            None, DateInterval(None, header, "range", 0.2, f"not after the {label}"), tuple(reasons)
        )
    if lo is not None and header < lo:
        reasons.append(f"{label} loses: the content puts the article on or after {lo}")
        return DocumentTime(interval.start if interval.is_day else None, interval, tuple(reasons))
    if hi is not None and header > hi:
        reasons.append(
            f"{label} loses: the content puts the article on or before {hi} (likely the crawl day)"
        )
        return DocumentTime(interval.start if interval.is_day else None, interval, tuple(reasons))
    if lo is not None and (header - lo).days <= NEAR_DATED:
        agreed = min(0.8, max(confidence, interval.confidence) + 0.1)
        reasons.append(f"{label} agrees with the content estimate {lo}..{hi or '?'}: kept as the day")
        return DocumentTime(header, DateInterval(header, header, "day", agreed, label), tuple(reasons))
    if confidence >= CONFIRMED:
        # a date the page gives about itself (a date line, an update line), inside the estimate and
        # against no evidence: kept, as where the content says nothing
        reasons.append(
            f"{label} kept: inside the content estimate {lo or '?'}..{hi or '?'}, nothing against it"
        )
        return DocumentTime(header, DateInterval(header, header, "day", confidence, label), tuple(reasons))
    # Inside the estimate but not confirmed by it: a crawl day is still an upper bound.
    reasons.append(f"{label} within the estimate but unconfirmed: used as an upper bound")
    narrowed = DateInterval(lo, header, _granularity(lo, header), interval.confidence, interval.basis)
    return DocumentTime(None, narrowed, tuple(reasons))


def _after_story_day(
    interval: DateInterval, ev: Evidence, reasons: list[str]
) -> tuple[DateInterval, date | None]:
    """On or shortly after the latest day the article reports in the past (module docstring). A
    full date counts where no hard bound excludes it, even outside the soft windows' estimate (it is
    stronger evidence than they are); a year-less one where it falls in exactly one year of the
    estimate."""
    days = [(d, why) for d, why in ev.story if _allowed(d, ev)]
    lo, hi = interval.start, interval.end
    for md, wd, why in ev.story_yearless if lo is not None and hi is not None else ():
        found = [
            span[0]
            for year in range(lo.year, hi.year + 1)
            if (span := md.in_year(year)) and lo <= span[0] <= hi and (wd is None or span[0].weekday() == wd)
        ]
        if len(found) == 1 or (found and wd is not None and not ev.upper):
            # with no upper bound a weekday-fixed day recurs every few years: the first
            # occurrence after the lower bounds is the one a reader of a recent report takes
            days.append((found[0], why))
    if not days:
        return interval, None
    day, why = max(days)
    # up to a month after it, unless a soft window (a weekday named with its day: within a week) or
    # a hard upper bound (with its grace) ends it sooner
    ends = [last for b in ev.upper if (last := moved(b.day, b.grace.days)) >= day]
    if hi is not None and hi >= day and all(hi != b.day for b in ev.upper):
        ends.append(hi)
    end = min([moved(day, STORY_SPAN), *ends])
    basis = f"{STORY_BASIS} {day.isoformat()}, the latest day it reports ({why})"
    reasons.append(basis)
    return DateInterval(day, end, _granularity(day, end), 0.5, basis, likely=day), day


def _reported_elsewhere(published: PublishedDate, ev: Evidence) -> None:
    """A day the article reports, as other articles date the same event: a story day of its own, and a
    lower bound that gives way first (a wrong cross-article merge must not outweigh the text). A day
    they only take as likely counts where the text reports no day itself. Every such day is also a
    soft window of a month either side (STORY_WEIGHT), which places the text's year-less days.
    Round 24: a likely day after every day the text reports counts too: the article reports an event
    the dated articles place later than any day it states, so it was written after that event too
    (a truce "agreed on May 2" in a report of a raid they date May 11)."""
    own_days = [d for d, _ in ev.story]
    own_yearless = [md for md, _, _ in ev.story_yearless]
    own = bool(own_days or own_yearless)
    for c in published.candidates:
        if c.source == CORPUS and not c.mention and (day := _parse_day(c.value)) is not None:
            # the story's other reports appeared within a month of it either way (round 13): where the
            # text alone leaves the year of its own days open ("On March 13", a year-less dateline,
            # with no upper bound), this window places them, whether or not the day itself counts
            why = f"within {STORY_SPAN} days of {day}, a day the story's dated reports give: {c.note}"
            ev.windows.append(Window(why, STORY_WEIGHT, STORY_SPAN, STORY_SPAN, (day, day)))
            if c.confidence < CORPUS_STATED and own and not _after_own_days(day, own_days, own_yearless):
                ev.notes.append(f"not used, the text reports a day of its own: {c.note}")
                continue
            ev.lower.append(Bound(day, c.note, timedelta(days=1), strength=0))
            ev.story.append((day, c.note))


def _after_own_days(day: date, own_days: list[date], own_yearless: list[MonthDay]) -> bool:
    """Is `day` later than every day the text reports as its news: its full dates, and its year-less
    days where each falls (the occurrence nearest `day`, the one the corpus window places)?"""
    for md in own_yearless:
        near = [span[0] for year in (day.year - 1, day.year, day.year + 1) if (span := md.in_year(year))]
        if near and min(near, key=lambda d: abs((d - day).days)) >= day:
            return False
    return all(d < day for d in own_days)


def _pinned(
    doc: Doc, timexes: Sequence[Timex], published: PublishedDate, yearless: MonthDay | None, ev: Evidence
) -> Pin | None:
    """The publication day the article's own time words give on events dated articles date
    (`corpus_day`), inside the content's hard bounds and on its year-less dateline's day if it has one."""
    reports = [c for c in published.candidates if c.source == CORPUS and c.mention]
    if not reports:
        return None

    def allowed(day: date) -> bool:
        same_day = yearless is None or (day.month, day.day) == (yearless.month, yearless.day)
        return same_day and _allowed(day, ev)

    return pinned_day(doc, timexes, reports, allowed)


def adopted(published: PublishedDate, anchor: DocumentTime) -> PublishedDate:
    """The publication date of an article whose page gives no day, once the reports other articles
    date pin its document time to one day (`corpus_day`): still what the page gave (no day: the
    page does not show one, and a reader of the page would not call the pinned day its date), with the
    pinned day added as an inferred candidate of source "pinned", its basis as the note, so that
    `dateline articles --verbose` shows it beside the document time it became. Applied again to its
    own result it gives the same (`given`). A day only the content places (a year-less dateline in
    the one year of the estimate) stays the document time and is no candidate either."""
    page = given(published)
    if page.value is not None and page.inferred and page.month_day and YEAR_LOST in " ".join(anchor.reasons):
        # the year the cleaner chose for a year-less day lost to the content (`estimate`): the page
        # shows no year, and its day is the document time's only where one year of the estimate
        # holds it; the guess stays among the candidates that lost
        lost = replace(page, candidates=[])
        return replace(page, value=None, confidence=0.0, inferred=False, candidates=[*page.candidates, lost])
    if page.value is not None or anchor.dct is None or not anchor.interval.basis.startswith(PINNED_BASIS):
        return page
    day, interval = anchor.dct.isoformat(), anchor.interval
    pin = PublishedDate(day, PINNED_SOURCE, interval.confidence, interval.basis, inferred=True)
    return replace(page, candidates=[*page.candidates, pin])


def unread(article: Article) -> DocumentTime:
    """The document time of an article the later stages do not read (not English, or empty:
    `pipeline._parsed`): its publication date as it stands where the content says nothing for or
    against it (`_with_header`: kept as the day from CONFIRMED up, else an upper bound only). A day
    without its year stays unplaced, as only the content could place it (round 21: pages in other
    languages dated by their URL had no document time at all)."""
    published = given(article.published)
    header = _parse_day(published.value)
    if header is None:
        return DocumentTime.unknown()
    evidence = Evidence([], [], [], [], date.fromisoformat(article.as_of))
    reasons = ["the text is not read (not English or empty): its publication date alone"]
    unknown = DateInterval.unknown()
    return _with_header(header, published.source, published.confidence, unknown, evidence, reasons)


def given(published: PublishedDate) -> PublishedDate:
    """The publication date as the page and the corpus candidates gave it, before `adopted`."""
    return replace(published, candidates=[c for c in published.candidates if c.source != PINNED_SOURCE])


def pinned(published: PublishedDate) -> bool:
    """Whether the document time of the article is a day pinned from the corpus (`adopted`)."""
    return any(c.source == PINNED_SOURCE for c in published.candidates)


def own_day(anchor: DocumentTime) -> date | None:
    """The day an article dates the events it reports by, for other articles to be dated from (round
    16, `dedup/doctime.py`): its document time's day, else the story day its own text gives (the
    latest day it reports: `_after_story_day`), the day it states its news on ("met on Friday (July
    5, 2024)") as a dated article would. A story day learnt from the corpus is none: no chains. The
    store asks the same of its columns (`time_dct`, `time_story_day`)."""
    return anchor.dct if anchor.dct is not None else anchor.story_day


def _allowed(day: date, ev: Evidence) -> bool:
    return all(day >= moved(b.day, -b.grace.days) for b in ev.lower) and all(
        day <= moved(b.day, b.grace.days) for b in ev.upper
    )


def yearless_day(month_day: str | None) -> MonthDay | None:
    """ "--05-01" (a dateline's day without its year) as a MonthDay."""
    if not month_day or len(month_day) != 7:
        return None
    try:
        month, day = int(month_day[2:4]), int(month_day[5:7])
        date(2000, month, day)
    except ValueError:
        return None
    return MonthDay(month, day)


def _place_yearless(
    md: MonthDay, text: str, interval: DateInterval, reasons: tuple[str, ...]
) -> DocumentTime:
    """The one occurrence of a year-less publication day inside the content's estimate is the day;
    with several (or an open estimate) the estimate stays as it is."""
    lo, hi = interval.start, interval.end
    if lo is None or hi is None:
        return DocumentTime(None, interval, reasons)
    days = [
        span[0] for year in range(lo.year, hi.year + 1) if (span := md.in_year(year)) and lo <= span[0] <= hi
    ]
    if len(days) != 1:
        return DocumentTime(interval.start if interval.is_day else None, interval, reasons)
    day = days[0]
    why = f"publication day {text} placed in {day.year}, its only year inside the content estimate {lo}..{hi}"
    return DocumentTime(day, DateInterval(day, day, "day", 0.6, why), (*reasons, why))


def _parse_day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


# --- evidence ---------------------------------------------------------------------------------------


def _tenures(hints: Sequence[TenureHint], ev: Evidence) -> None:
    """Intersect the tenures; when they cannot all hold at once, keep the largest group that can."""
    hints = [h for h in hints if h.interval.start or h.interval.end]
    if not hints:
        return
    points = [h.interval.start for h in hints if h.interval.start] or [None]
    best: list[TenureHint] = []
    for p in points:
        group = [h for h in hints if _contains(h.interval, p)]
        if len(group) > len(best):
            best = group
    # An office that ended is the weakest hard bound: copy names people by the title they held
    # ("President Richard Nixon resigned in 1974" in a 2025 report), so it gives way first to any
    # bound it contradicts; an office that began is not named before it began.
    for h in best:
        span = f"in office {h.interval.start or '?'}..{h.interval.end or 'now'}"
        why = f"{_TENURE} '{h.text}': {h.interval.basis or span}"
        if h.interval.start:
            ev.lower.append(Bound(h.interval.start, why, TENURE_GRACE, strength=3))
        if h.interval.end:
            ev.upper.append(Bound(h.interval.end, why, TENURE_GRACE, strength=0, checks_trusted=False))
    for h in hints:
        if h not in best:
            ev.notes.append(f"tenure of '{h.text}' ignored: it does not overlap the other tenures")


_TENURE = "tenure:"  # how the reason of an office's bound opens


def _titles_linger(day: date, ev: Evidence) -> None:
    """An office that ended within a year before a date the page gives about itself (CONFIRMED up:
    the store's field, a date line) does not overrule it: copy keeps a deposed or departed leader's
    title for months ("troops arrested President X in July", a report of December). Round 23: such
    a bound took the store's right day away; a crawl day years after the office is still overruled."""
    for b in list(ev.upper):
        if b.reason.startswith(_TENURE) and b.day < day <= moved(b.day, NEAR_DATED):
            ev.upper.remove(b)
            ev.notes.append(f"no bound on the page's {day}, within a year after the office's end: {b.reason}")


def _url_folder(url: str | None, ev: Evidence) -> None:
    """A URL filed under a month or a year with no day (`/2020/06/slug`, `/news/2019/slug`): content
    systems file a story under the month it is first published and never move it on an update, so the
    page was published within that month (or year). Round 22: such pages (no day in text or URL) got a
    document time bounded only by their content, often decades wide ("since 1967"), and their events
    took days from it; the cleaner used the folder only to give a year-less date line its year."""
    found = url_month(url)
    if found is None:
        return
    year, month = found
    first = date(year, month or 1, 1)
    last = date(year, month, calendar.monthrange(year, month)[1]) if month else date(year, 12, 31)
    folder = f"/{year}/{month:02d}/" if month else f"/{year}/"
    why = f"the URL's {folder} folder: published within it"
    # a bound of a dated term's strength: a tenure that began later outweighs a folder that may be an
    # archive's re-filing; a date the page states stays the judge of its own day (`checks_trusted`)
    ev.lower.append(Bound(first, why, strength=2, checks_trusted=False))
    ev.upper.append(Bound(last, why, strength=2, checks_trusted=False))


def _contains(iv: DateInterval, day: date | None) -> bool:
    if day is None:
        return iv.start is None
    return (iv.start is None or iv.start <= day) and (iv.end is None or day <= iv.end)


def _terms(text: str, ev: Evidence) -> None:
    for found in dating_terms.find(text):
        if found.kind == "since":
            ev.lower.append(
                Bound(found.day, f"term '{found.text}': not before {found.day} ({found.note})", strength=2)
            )
        else:
            ev.windows.append(
                Window(
                    f"'{found.text}' = {found.day} ({found.note})",
                    1,
                    NEAR_DATED,
                    NEAR_DATED,
                    (found.day, found.day),
                )
            )


def _content(doc: Doc, timexes: Sequence[Timex], ev: Evidence) -> None:
    text = text_of(doc)
    dates = [t for t in timexes if t.type in ("DATE", "TIME")]
    attachments = _range_ends(doc, text, dates, attach(doc, counted_once(dates, text)))
    paired = _weekday_pairs(text, attachments)
    spans = _span_preps(text, attachments)
    for a in attachments:
        t = a.timex
        tense = effective_tense(a.head) if a.head is not None else Tense.UNKNOWN
        wd = weekday(t)
        if wd is None:
            wd = paired.get(t.start)
        quoted = f"'{t.text}'"
        if is_absolute(t):
            _dated(a, spans.get(t.start, _prep_class(a.prep)), tense, wd, text, ev)
            continue
        md = month_day(t)
        if md is None:
            continue
        if tense in _PAST and _prep_class(a.prep) == "for":
            # "the talks were planned for November 28", "called for talks on March 5": the day of what
            # was planned or asked, on either side of the report, not a day gone by (round 24)
            tense = Tense.UNKNOWN
        lead, lag, side = (
            (0, RECENT_YEARLESS, "before")
            if tense in _PAST
            else (RECENT_YEARLESS, 0, "after")
            if tense == Tense.FUTURE
            else (RECENT_YEARLESS, RECENT_YEARLESS, "around")
        )
        if tense in _PAST and md.day is not None and a.head is not None and _main_clause(a.head):
            ev.story_yearless.append((md, wd, f"{quoted}, {tense}"))
        if wd is not None and md.day is not None:
            near_lead, near_lag = (0 if lead == 0 else WEEKDAY_NEAR), (0 if lag == 0 else WEEKDAY_NEAR)
            why = f"{quoted} with weekday {_weekday_name(wd)}: only in years where it falls on that day"
            ev.windows.append(Window(why, 3, near_lead, near_lag, yearless=md, weekday=wd))
        else:
            why = f"{quoted} ({tense}, no year): usually within {RECENT_YEARLESS} days {side} publication"
            ev.windows.append(Window(why, 1, lead, lag, yearless=md))


def _range_ends(doc: Doc, text: str, dates: list[Timex], attachments: list[Attachment]) -> list[Attachment]:
    """The last day of a range whose first day `counted_once` left out ("planned for November 28-29")
    takes the first day's "for" and its verb: the parser hangs the last day on the month or gives it
    the dash for a preposition, and the range is the day of what was planned (round 24). Other
    prepositions keep the last day's own attachment: taking theirs too changed other evidence and
    merged one more pair of events in the unseen corpus half."""
    firsts = {id(b): a for a, b in ranges(dates, text)}
    out = []
    for a in attachments:
        if (first := firsts.get(id(a.timex))) is not None:
            planned = [f for f in attach(doc, [first]) if _prep_class(f.prep) == "for"]
            a = replace(planned[0], timex=a.timex, span=a.span) if planned else a
        out.append(a)
    return out


def _dated(a: Attachment, prep: str | None, tense: Tense, wd: int | None, text: str, ev: Evidence) -> None:
    """The evidence a date with its year gives; `prep`: the preposition that relates it to its head
    (`_prep_class`, `_span_preps`): one of `_PERIOD_PREPS` names the period a plan or a deal covers,
    which bounds neither way."""
    t, iv = a.timex, a.timex.interval
    quoted = f"'{t.text}' ({t.value})"
    on_verb = a.head is not None and is_verb(a.head)
    if on_verb and _describes_noun(a.head):
        # "published a timetable setting the vote in February 2024": the date is the noun's
        # content (what the timetable sets), not a time of the past verb's event (round 23)
        tense = Tense.UNKNOWN
    bounded = len(ev.lower)
    if iv.granularity == "year" and iv.end and _SO_FAR.search(_around(text, t.start, t.end)):
        why = f"counts {quoted} so far: published that year"
        ev.lower.append(Bound(iv.start, why, strength=2))
        ev.upper.append(Bound(iv.end, why, strength=2))
    elif tense in _PAST and on_verb and prep not in _UPPER_PREPS | _PERIOD_PREPS:
        # "changed sides after the 2021 vote": the expression dates the noun the verb follows
        why = f"a past event {prep} the {quoted} one it names" if a.noun else f"a past event on {quoted}"
        ev.lower.append(Bound(iv.start, f"reports {why}: not older", timedelta(days=1)))
        if iv.is_day and prep not in _LOWER_PREPS and _main_clause(a.head):
            ev.story.append((iv.start, f"{quoted}, {tense}"))
    elif tense in _PAST and (named := _after_named(a.head)) is not None:
        why = f"a past event {named} the {quoted} one it names: not older"
        ev.lower.append(Bound(iv.start, why, timedelta(days=1)))
    elif iv.is_day and _POST_SIGNATURE.search(text[max(t.start - 40, 0) : t.start]):
        ev.lower.append(Bound(iv.start, f"quotes a post dated {quoted}: not older", timedelta(days=1)))
        ev.story.append((iv.start, f"a quoted post dated {quoted}"))
    elif tense == Tense.FUTURE and on_verb and prep not in _LOWER_PREPS | _PERIOD_PREPS and iv.end:
        ev.upper.append(Bound(iv.end, f"announces a future event on {quoted}: not newer", timedelta(days=1)))
    end = iv.end or iv.start
    if wd is not None and iv.is_day:
        if iv.start.weekday() == wd:
            why = f"{quoted} named with its weekday: within a week of publication"
            ev.windows.append(Window(why, 3, WEEKDAY_NEAR, WEEKDAY_NEAR, (iv.start, end)))
        else:
            ev.notes.append(f"{quoted} is not a {_weekday_name(wd)}: weekday ignored")
    if prep == "since":
        if tense != Tense.FUTURE and iv.start and len(ev.lower) == bounded:
            # "the third attack since October 2021", "has been fighting since April 2023": whatever
            # word it hangs on, a span since a date runs to the time of writing, which is not older
            ev.lower.append(Bound(iv.start, f"counts since {quoted}: not older", timedelta(days=1)))
        return  # "over 400 protests since 2020": the start of a count that runs to now, however long
    # A date merely mentioned with its year gives no window (round 7): news recalls the start of a
    # war, an election or a last summit years on, and a "within a year" window narrowed undated
    # articles to a year that excluded their day (corpus dev: 3 of 13 undated articles, 1 without it).


def _describes_noun(verb: Token) -> bool:
    """A present participle modifying a noun ("a decree setting the vote for March 2024", "a
    timetable setting the vote in February 2024"): it tells what the noun says or does, at no time
    the clause's tense gives (a past participle, "troops deployed in 2023", keeps its past)."""
    return verb.tag_ == "VBG" and verb.dep_ == "acl"


def _around(text: str, start: int, end: int) -> str:
    return f"{text[max(start - 12, 0) : start]}<>{text[end : end + 12]}"


def _after_named(noun: Token | None) -> str | None:
    """ "After the 2017 election, he changed his position": a past event that follows an event named
    with its date puts the article after that date too (the preposition, else None)."""
    if noun is None or noun.dep_ != "pobj" or noun.head.lower_ not in _LOWER_PREPS:
        return None
    return noun.head.lower_ if is_verb(noun.head.head) else None


def _main_clause(word: Token | None) -> bool:
    """A verb of the sentence's main clause or one coordinated with it: the narrative's own events,
    where subordinate clauses tell the background ("before Moscow invaded on ..."). A noun is taken
    with the verb it is an argument of ("announced her resignation on Thursday")."""
    steps = 0
    while word is not None and not is_verb(word) and word.dep_ in _NOUN_LINKS and steps < 3:
        word, steps = word.head, steps + 1
    while word is not None and is_verb(word) and word.dep_ == "conj":
        word = word.head
    return word is not None and is_verb(word) and word.dep_ == "ROOT"


def _weekday_pairs(text: str, attachments: list[Attachment]) -> dict[int, int]:
    """A bare weekday written next to a year-less date ("Monday, March 18", "March 18 (Monday)")
    names the same day: map the date's start offset to the weekday."""
    ordered = sorted(attachments, key=lambda a: a.timex.start)
    out: dict[int, int] = {}
    for left, right in pairwise(ordered):
        gap = text[left.timex.end : right.timex.start]
        if gap.strip(" ,()") or len(gap) > 3:
            continue
        for day_side, wd_side in ((right, left), (left, right)):
            wd = weekday(wd_side.timex)
            if wd is not None and month_day(wd_side.timex) is None and month_day(day_side.timex) is not None:
                out[day_side.timex.start] = wd
    return out


_SPAN_GAP = re.compile(r"\s{0,2}(?:[-–—]|to)\s{0,2}")


def _prep_class(prep: str | None) -> str | None:
    """The preposition as the bounds read it: a multi-word one by its last word where it is none of
    theirs itself ("valid until" as "until", "for the first time since" as "since"; "prior to" stays)."""
    if prep is None or prep in _UPPER_PREPS | _LOWER_PREPS | _PERIOD_PREPS:
        return prep
    return prep.split()[-1]


def _span_preps(text: str, attachments: list[Attachment]) -> dict[int, str]:
    """The preposition of a span's first year, by the start offset of the year that closes the span
    ("a work plan for 2026 – 2029", "fought from 2019 to 2023"): the parse hangs the second year
    elsewhere or under its own "to", the span's preposition holds for both."""
    ordered = sorted(attachments, key=lambda a: a.timex.start)
    return {
        right.timex.start: prep
        for left, right in pairwise(ordered)
        if (prep := _prep_class(left.prep)) is not None
        and _SPAN_GAP.fullmatch(text[left.timex.end : right.timex.start])
    }


def _weekday_name(wd: int) -> str:
    return ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")[wd]


# --- solving ----------------------------------------------------------------------------------------


def _contradiction(day: date, ev: Evidence) -> str | None:
    for b in ev.lower:
        if day < b.day - b.grace:
            return b.reason
    for b in ev.upper:
        if b.checks_trusted and day > b.day + b.grace:
            return b.reason
    return None


def _hard_bounds(ev: Evidence, used: list[str]) -> tuple[date | None, date | None]:
    lower, upper = list(ev.lower), list(ev.upper)
    while lower and upper:
        lo = max(lower, key=lambda b: b.day)
        hi = min(upper, key=lambda b: b.day)
        if lo.day <= hi.day:
            break
        drop = lo if lo.strength < hi.strength else hi
        (lower if drop is lo else upper).remove(drop)
        ev.notes.append(f"ignored, contradicts the other evidence: {drop.reason}")
    lo = max(lower, key=lambda b: b.day) if lower else None
    hi = min(upper, key=lambda b: b.day) if upper else None
    used += [b.reason for b in (lo, hi) if b is not None]
    return (lo.day if lo else None), (hi.day if hi else None)


def _solve(ev: Evidence) -> tuple[DateInterval, list[str]]:
    used: list[str] = []
    lo, hi = _hard_bounds(ev, used)
    fixed = [w.fixed for w in ev.windows if w.fixed is not None]
    first = lo or (moved(min(s for s, _ in fixed), -NEAR_DATED) if fixed else None)
    last = hi or (moved(max(e for _, e in fixed), NEAR_DATED) if fixed else None)
    weekdays = hi is None and any(w.weekday is not None for w in ev.windows)
    if weekdays and first is None:
        # nothing else dates the text (round 17): a year-less day with its weekday ("Tuesday (Dec
        # 3)") recurs within WEEKDAY_CYCLE years, so its latest occurrence lies that far before the day
        # the text was read in
        first = moved(ev.as_of, -WEEKDAY_CYCLE * 366)
    if weekdays and first is not None:
        # a year-less day with its weekday recurs within WEEKDAY_CYCLE years: look that far ahead,
        # and up to the day it was read in, to see whether it recurs before the text could have been written
        last = max(last or first, moved(first, WEEKDAY_CYCLE * 366), ev.as_of)
    if first is None or last is None or first > last or (last - first).days > MAX_DOMAIN_DAYS:
        return _interval(lo, hi, hard=True, basis=used), used
    size = (last - first).days + 1
    score = np.zeros(size, dtype=np.int32)
    hit: list[tuple[Window, np.ndarray]] = []
    for w in ev.windows:
        mask = np.zeros(size, dtype=bool)
        for s, e in w.spans(first.year - 1, last.year + 1):
            a, b = max((s - first).days, 0), min((e - first).days, size - 1)
            if a <= b:
                mask[a : b + 1] = True
        score += w.weight * mask
        hit.append((w, mask))
    if not score.any():
        return _interval(lo, hi, hard=True, basis=used), used
    best = np.flatnonzero(score == score.max())
    if weekdays:
        # with no upper bound a weekday-fixed day recurs every few years ("Saturday, December 28" in
        # 2013, 2019 and 2024): the reader takes its latest occurrence up to the day the text is read
        # (round 17), as for an undated letter or post; a later one has not come yet ("Monday May 6"
        # in 2024 and 2030 read in 2026), and no text is written after the day it is read. Round 16
        # left the year open where several had come: the events of every such article stayed undated.
        limit = (ev.as_of - first).days
        seen = best[best <= limit]
        if seen.size:
            best = seen[seen >= seen[-1] - RECURRENCE_GAP]
            if best[0] > seen[0]:
                fits = ", ".join(map(str, sorted({moved(first, int(i)).year for i in seen})))
                used.append(f"the latest year up to the day read in of those the weekday's day fits ({fits})")
        else:
            # every fit lies after the day the text was read in (round 18: "October 24" after a term not
            # older than 2023, with the lead's "on Wednesday", the day before it, fits 2029 first): no
            # text is written after it, so the weekday names another day; what the evidence allows up
            # to that day stands
            used.append(f"no fit of the weekday's day up to the day read in ({ev.as_of})")
            before = score[: limit + 1] if limit >= 0 else score[:0]
            if not before.any():
                return _interval(lo, hi, hard=True, basis=used), used
            best = np.flatnonzero(before == before.max())
            best = best[best <= best[0] + RECURRENCE_GAP]
    start, end = moved(first, int(best[0])), moved(first, int(best[-1]))
    used += [w.reason for w, mask in hit if mask[best].all()]
    missed = [w.reason for w, mask in hit if not mask[best].any()]
    used += [f"outweighed: {r}" for r in missed]
    return _interval(start, end, hard=lo is not None and hi is not None, basis=used), used


def _interval(lo: date | None, hi: date | None, hard: bool, basis: list[str]) -> DateInterval:
    if lo is None and hi is None:
        return DateInterval.unknown("no publication date and no dating evidence in the content")
    summary = "estimated from content: " + "; ".join(basis[:3]) if basis else "estimated from content"
    if lo is None or hi is None:
        return DateInterval(lo, hi, "range", 0.2, summary)
    width = (hi - lo).days
    confidence = 0.6 if width <= 31 else 0.5 if width <= 366 else 0.4 if width <= 1100 else 0.3
    if not hard:
        confidence -= 0.1
    return DateInterval(lo, hi, _granularity(lo, hi), round(confidence, 2), summary)


def _granularity(lo: date | None, hi: date | None) -> Granularity:
    if lo is None or hi is None:
        return "range"
    if lo == hi:
        return "day"
    next_day = moved(hi, 1)
    if lo.day == 1 and next_day.day == 1:
        if (lo.year, lo.month) == (hi.year, hi.month):
            return "month"
        if lo.month == 1 and hi.month == 12 and lo.year == hi.year:
            return "year"
    return "range"
