"""What a short header line says about dates: which of its dates is the original publication and
which an update ("By Name Posted : March 16, 2023, 18:49 Updated : March 16, 2023, 18:54"), what is
left once dates, clock times, weekdays, zones and labels are taken out (a name: a byline; nothing: a
date line), and datelines that carry a date ("Nairobi, June 2, 2023:", "DUSHANBE, May 1. /TASS/.",
"Lagos, Jan. 5 (Agency) -"). The cleaner's line rules (`plaintext`) decide where such a line sits.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from dateline.clean.dates import DayOrder, FoundDate, MonthDay, find_dates, find_yearless

_LABEL = re.compile(
    r"\b(?P<label>(?:first\s+)?(?:published|posted|created|released)|date\s+published|publication\s+date"
    r"|(?:last\s+)?(?:updated|modified|edited)|update)\b",
    re.I,
)
_UPDATE = re.compile(r"updat|modif|edit", re.I)
TIME = re.compile(
    r"\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?\b)?|\b\d{1,2}\s*[ap]\.?m\.?(?!\w)|\b\d{1,2}[:.]\d{2}\s*hrs?\b",
    re.I,
)
WEEKDAY = re.compile(
    r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\b\.?", re.I
)
ZONE = re.compile(
    r"\b(?:(?:GMT|UTC)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?|PKT|IST|EST|EDT|CST|CDT|PST|PDT|CET|CEST|BST|MSK"
    r"|AST|EAT|WAT|CAT|SAST|JST|KST|SGT|HKT|WIB|AEST|AEDT|ET|PT)\b|(?<!\w)[+-]\d{2}:?\d{2}\b"
)
FILLER = re.compile(
    r"\b(?:on|at|by|and|published|updated|posted|last|date|first|created|modified|edited|released|update"
    r"|publication|hrs?|\d+\s+min(?:ute)?s?\s+read)\b|[|,/•·:()\[\]–—-]",
    re.I,
)


@dataclass(frozen=True)
class LineDates:
    original: FoundDate | None  # the publication date the line states (or a date with no label)
    update: FoundDate | None  # a date labelled as an update
    rest: str  # the line without dates, times, weekdays, zones, labels and separators
    labelled: bool  # the line names a publication or update label
    by: bool  # the line opens with "By": a byline, whatever follows the name


def read_line(text: str, found: list[FoundDate]) -> LineDates:
    """The dates of one line sorted by their labels: a date takes the last label written before it
    (and after the previous date); "Updated"/"Modified" make it an update, anything else original."""
    labels = list(_LABEL.finditer(text))
    original = update = None
    previous_end = 0
    for f in found:
        before = [m for m in labels if previous_end <= m.start() < f.start]
        is_update = bool(before) and bool(_UPDATE.search(before[-1]["label"]))
        if is_update:
            update = update or f
        else:
            original = original or f
        previous_end = f.end
    rest = text
    for f in reversed(found):
        rest = rest[: f.start] + " " + rest[f.end :]
    for pattern in (TIME, WEEKDAY, ZONE, FILLER):
        rest = pattern.sub(" ", rest)
    return LineDates(original, update, " ".join(rest.split()), bool(labels), bool(_BY.match(text)))


_BY = re.compile(r"by\s+\S", re.I)


# --- datelines with a date -----------------------------------------------------------------------

_WORD = r"[A-Z][\w'’.-]*"
_PLACE = rf"(?P<place>{_WORD}(?:[ -]{_WORD}){{0,2}}(?:,\s*{_WORD}(?:\s{_WORD})?)?)"
_WHEN = (
    r"(?P<when>(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)"
    r"(?:,?\s*(?:19|20)\d\d)?)"
)
_AGENCY = r"(?:\s*\((?P<agency>[A-Za-z][\w .&/-]{1,30})\)|\.?\s*/(?P<wire>[A-Za-z][\w.-]{1,20})/\.?)?"
# "Lagos, Jan. 5 (Agency) - ", "DUSHANBE, May 1. /TASS/. ", "Nairobi, June 2, 2023: " before the body,
# or with the agency before the date: "Asunción (Agency) January 17, 2026 – "
_AGENCY_FIRST = r"\s*\((?P<first>[A-Za-z][\w .&/-]{1,40})\)\s*"
DATED_PREFIX = re.compile(
    rf"{_PLACE}(?:,\s*|{_AGENCY_FIRST}){_WHEN}{_AGENCY}\s*(?:[-–—]{{1,2}}|:|(?<=[/.)])(?=\s))\s*(?=\S)"
)
# the same on a line of its own: "BAKU, Azerbaijan, May 1"
DATED_LINE = re.compile(rf"{_PLACE},\s*{_WHEN}{_AGENCY}\s*(?:[-–—]{{1,2}}|[:.])?")


@dataclass(frozen=True)
class Dateline:
    place: str
    agency: str | None
    day: FoundDate | None
    yearless: MonthDay | None


def dateline(match: re.Match[str], order: DayOrder | None) -> Dateline | None:
    """The parts of a DATED_PREFIX / DATED_LINE match, or None when its date is not a date."""
    when = match["when"]
    full = find_dates(when, order)
    yearless = None if full else next(iter(find_yearless(when)), None)
    if not full and yearless is None:
        return None
    groups = match.groupdict()
    agency = (groups.get("agency") or groups.get("wire") or groups.get("first") or "").strip() or None
    return Dateline(match["place"], agency, full[0] if full else None, yearless)


# --- a year for a day written without one --------------------------------------------------------


def year_for(
    md: MonthDay, not_after: date | None, near: list[date], url_month: tuple[int, int] | None = None
) -> tuple[date, str] | None:
    """The year of a year-less publication day: the year of the URL's /YYYY/MM/ when the month is
    the same; else the latest occurrence on or before `not_after` (a page's current-date header or
    the crawl day: the article is no later) when within a year of it; else the occurrence nearest the
    dates the article gives with their year (within half a year)."""
    if url_month is not None and url_month[1] == md.month and (day := _day(url_month[0], md)):
        return day, f"the year of the URL's {url_month[0]}/{url_month[1]:02d}/"
    if not_after is not None:
        for year in (not_after.year, not_after.year - 1):
            day = _day(year, md)
            if day is not None and day <= not_after and (not_after - day).days <= 366:
                return day, f"the latest {md.iso} not after {not_after}"
    if near:
        latest = max(near)
        options = [d for y in (latest.year - 1, latest.year, latest.year + 1) if (d := _day(y, md))]
        best = min(options, key=lambda d: abs((d - latest).days), default=None)
        if best is not None and abs(best - latest) <= timedelta(days=183):
            return best, f"the {md.iso} nearest {latest}, the latest date the article gives with its year"
    return None


_URL_MONTH = re.compile(r"/((?:19|20)\d\d)/(0?[1-9]|1[0-2])(?:/|$)")


def url_month(url: str | None) -> tuple[int, int] | None:
    """The year and month of a URL's /2017/05/ path, where it has no day."""
    m = _URL_MONTH.search(url or "")
    return (int(m[1]), int(m[2])) if m else None


def _day(year: int, md: MonthDay) -> date | None:
    try:
        return date(year, md.month, md.day)
    except ValueError:
        return None
