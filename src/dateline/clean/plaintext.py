"""Plain text as crawled or pasted: split the header (title, outlet, byline, dateline, date lines)
from the body, and remove boilerplate, keeping every removed line with its reason.

The rules are structural (where a line sits, how long it is, whether it ends like a sentence, whether
its words occur in the body) plus whole-line patterns from `data/boilerplate.tsv`; see
docs/cleaning.md for the decisions they encode.
"""

from __future__ import annotations

import calendar
import itertools
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from urllib.parse import unquote

from dateline.clean import date_lines
from dateline.clean.boilerplate import boilerplate_reason, is_bullet, known_outlet, normalize, outlet_name
from dateline.clean.dates import (
    MONTH_NAMES,
    DayOrder,
    FoundDate,
    MonthDay,
    day_order,
    find_dates,
    find_month_years,
    find_yearless,
    split_url,
    url_code_days,
    url_six_digits,
    url_spelled_days,
    url_unix_days,
)
from dateline.clean.tables import data_rows
from dateline.clean.tenure_years import first_weekday, lead_weekdays, year_from_offices
from dateline.records import PublishedDate, RemovedLine

HEAD_SCAN = 15  # the header of an article sits within its first lines
MAX_DEKS = 2  # subtitles between the headline and the end of the header
MAX_TITLE_WORDS = 30
MAX_HEADLINE_SENTENCE = 20  # words of a headline written as a sentence with its full stop
CALENDAR = "calendar header"
COMMENTS = "comment widget"
RELATED = "related headlines"
HEADER_DATE_CONFIDENCE = 0.25
# ... one giving the minute, a post's stamp ("Friday 9 October 2020 - 10:25" above the headline): kept
# as the day where the content says nothing against it (`document_time.CONFIRMED`; round 21: before, the
# time stage took the cleaner's chosen date for an upper bound only)
STAMPED_HEADER_CONFIDENCE = 0.5
BREADCRUMB_CONFIDENCE = 0.7  # below a labelled line or a byline with its date, above a loose one

_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
_CLAUSE_END = re.compile(r"[.:;,…][\"'”’)\]]*$")  # a headline may end in ? or ! but not in these
_WORDS = re.compile(r"[^\W\d_][\w'’.-]*")
_LABEL = re.compile(
    r"(?P<label>(?:(?:first|originally)\s+)?published(?:\s*(?:date|on|at))?|posted(?:\s*(?:on|date))?"
    r"|publish\s*date|post\s*date|date\s+(?:published|posted)"
    r"|publication\s+date|(?:last\s+)?(?:updated|modified)(?:\s+(?:date|on|at))?|modified\s+date)"
    r"(?![^\W\d_])\s*[:|-]?\s*(?P<rest>.*)",  # a whole word: not "Postdated", "Posted one hour ago"
    re.I,
)
_AGO = re.compile(r"(?P<n>\d+|an?)\s+(?P<unit>seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago", re.I)
_BY = re.compile(r"by\s+(?P<name>.+)", re.I)
_PLACE = r"[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}(?:,\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+)?)?"
# A dateline on its own line: "ISLAMABAD:", "KABUL, Nov 15 -".
_DATELINE_LINE = re.compile(rf"(?P<place>{_PLACE})(?:,\s*(?P<when>[^:()–—-]{{3,25}}?))?\s*[:–—-]")
# A dateline opening the first paragraph: "ISLAMABAD (Reuters) - ", "MOSCOW, Jan 17 (AP) — ", "VIENNA: ".
_DATELINE_PREFIX = re.compile(
    rf"(?P<place>{_PLACE})(?:,\s*(?P<when>[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}}(?:,\s*\d{{4}})?))?"
    r"(?:\s*\((?P<agency>[A-Za-z][\w .&/-]{1,30})\))?\s*(?:[-–—]{1,2}|:)\s+(?=\S)"
)
_PLACE_ANY_CASE = r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}(?:,\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+)?)?"
# the agency between bars after the place, as some sites print a wire's copy ("ISTANBUL, TURKEY | Agency |
# Delegations …", "Abuja, Nigeria | Agency | Leaders …"): the bars mark it, so a place in title case
# counts too; the paragraph after it must be the story's (a photo credit "Name | Agency | Getty Images"
# is no dateline)
_BARRED_DATELINE = re.compile(
    rf"(?P<place>{_PLACE_ANY_CASE})\s*\|\s*(?P<agency>[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){{0,2}})\s*\|\s+"
)
_GLUED_LABELS = re.compile(r"(?:[A-Z][a-z]{2,}){2,}")  # "DiplomacyPakistan": section labels run together
# a word of a name: capitalised in any script ("NICOSIA" with a Greek capital N, as pages mix the
# look-alike letters), or one of the particles names hold in lower case
_NAME_WORD = re.compile(r"[^\W\d_][\w'’-]*\.?$")
_PARTICLES = frozenset({"and", "de", "van", "von", "al", "bin", "ul", "el", "la", "da"})
_STOP = frozenset(
    {
        "about",
        "after",
        "also",
        "been",
        "from",
        "have",
        "into",
        "more",
        "over",
        "said",
        "says",
        "than",
        "that",
        "their",
        "there",
        "these",
        "they",
        "this",
        "were",
        "when",
        "which",
        "while",
        "will",
        "with",
        "would",
    }
)


@dataclass
class Unit:
    """A paragraph of the input: one line, or several hard-wrapped lines joined."""

    raw: str  # as in the input (stripped), for RemovedLine
    text: str  # spaces normalized, bullet kept: what the body keeps
    plain: str  # without bullet: what the rules look at
    bullet: bool
    kind: str = "text"
    reason: str = ""
    iso: str | None = None  # a date the line states (the original publication where it names both)
    update: str | None = None  # an update date the line also states
    other_reading: str | None = None  # the day/month swap of an ambiguous numeric date
    yearless: MonthDay | None = None  # a dateline's or date line's day without its year
    weekday: int | None = None  # the weekday named beside a day without its year
    extra: str | None = None  # author, outlet, place, label
    stamp: date_lines.LineDates | None = None  # a labelled date stamp closing a longer line (_closing_stamp)


@dataclass(frozen=True)
class Yearless:
    """A publication day found without its year, waiting for one."""

    day: MonthDay
    source: str
    confidence: float  # as the same line with its year would have
    note: str
    weekday: int | None = None  # a weekday named with it (Monday 0): the year must fit it


@dataclass
class Cleaned:
    text: str
    title: str | None = None
    outlet: str | None = None
    byline: str | None = None
    dateline: str | None = None
    removed: list[RemovedLine] = field(default_factory=list)
    dates: list[PublishedDate] = field(default_factory=list)  # publication-date candidates
    yearless: list[Yearless] = field(default_factory=list)
    url: str | None = None  # the article's URL where the text prints it on a line of its own
    page_days: list[date] = field(default_factory=list)  # a page header's day: a bound, not a candidate
    ambiguous: list[tuple[str, str]] = field(default_factory=list)  # two readings of a numeric date
    notes: list[str] = field(default_factory=list)


def split_units(text: str) -> list[Unit]:
    """Paragraph units. Blocks of hard-wrapped lines (lines of similar length, most not ending a
    sentence) are joined; otherwise each line is its own unit, as crawlers deliver paragraphs."""
    units: list[Unit] = []
    for block in re.split(r"\n\s*\n", text.replace("\r\n", "\n").replace("\r", "\n")):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if _hard_wrapped(lines):
            lines = [" ".join(lines)]
        for line in (part for whole in lines for part in _unglue_stamp(whole, len(units) < HEAD_SCAN)):
            plain = normalize(line)
            if plain:
                spaced = re.sub(r"\s+", " ", line)
                units.append(Unit(line, spaced, plain, is_bullet(line)))
    return units


# a labelled date stamp run into the lead by a page store that joins a header's lines ("Last updated:
# March 14, 2024 at 15:25 pmThe board said …"): the stamp, then a capital right after its last figure
# or "am"/"pm" with no space between
_GLUED_STAMP = re.compile(
    r"(?P<stamp>(?i:(?:last\s+)?(?:updated|modified)|published|posted)(?i:\s+(?:on|at))?\s*:?\s*"
    r".{6,50}?(?:\d|(?i:[ap]\.?m\.?)))(?=[A-Z][a-z])"
)


# the same without a label, in the header only: a full date with its year and the minute (a weekday,
# and a view count before it) run into the lead after a space ("3741 Thursday, 31 August, 2023, 22:54
# The council …"): a lead that opens with its day names no minute ("On Thursday, 31 August …"), and a
# dateline's date is followed by its mark (a dash, a colon), which `date_lines.dated_prefix` reads
_OPENING_STAMP = re.compile(
    r"(?P<stamp>[A-Z0-9].{5,45}?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*(?i:[ap]\.?m\.?))?)"
    r"\s+(?=[A-Z][a-z])"
)
_COUNT_FIRST = re.compile(r"^\s*\d{1,7}\s+(?=\D)")


def _unglue_stamp(line: str, header: bool = False) -> list[str]:
    """`line` as the stamp and the paragraph it was run into, where it opens with such a stamp: a
    label, a full date, a clock time and nothing else before the glued capital; in the `header`,
    also without a label when a space is left before the paragraph (`_OPENING_STAMP`)."""
    m = _GLUED_STAMP.match(line) or (_OPENING_STAMP.match(line) if header else None)
    if m is not None and m.re is _OPENING_STAMP and not _prose(line[m.end() :]):
        m = None  # a byline, a zone's name or an update's stamp after it: one header line
    if m is None or not (found := find_dates(m["stamp"])):
        return [line]
    rest = m["stamp"]
    for f in reversed(found):
        rest = rest[: f.start] + " " + rest[f.end :]
    if m.re is _OPENING_STAMP:  # the view count before it; the minute after it
        rest = _COUNT_FIRST.sub("", rest) if date_lines.TIME.search(rest) else "no minute"
    if date_lines.strip_rest(rest):
        return [line]
    return [line[: m.end("stamp")], line[m.end() :]]


def _prose(text: str) -> bool:
    """Sentences of a paragraph: ten words or more, one of them closing a sentence."""
    return _word_count(text) >= 10 and bool(_SENTENCE_END.search(text))


def _hard_wrapped(lines: list[str]) -> bool:
    if len(lines) < 3 or any(is_bullet(line) or _labelled_date(line) for line in lines):
        return False
    if all(line[:1].isupper() and not _SENTENCE_END.search(line) for line in lines):
        return False  # a list of headlines, one a line, with no blank line between them (round 31)
    inner = lines[:-1]
    open_ended = sum(not _SENTENCE_END.search(line) for line in inner)
    if not (all(30 <= len(line) <= 100 for line in inner) and open_ended * 2 >= len(inner)):
        return False
    return not any(_stamp(line) for line in lines)  # last: it reads every line's dates


_DATE_LABEL = re.compile(r"dated?\s*:", re.I)


def _labelled_date(line: str) -> bool:
    """A line that opens with a publication or update label and gives a date ("Last Updated on March 6,
    2024 by Editor"): a header's own line, which a wrapped paragraph does not start with its date."""
    labelled = _LABEL.match(line) is not None or _DATE_LABEL.match(line) is not None
    return labelled and bool(find_dates(line) or find_yearless(line))


def _stamp(line: str) -> bool:
    """A line of a full date with nothing beside it but names in capitals, a clock time or a weekday
    ("Example Media February 15, 2012 News", "Monday, February 15, 2012 10:30 AM GMT"): a header's
    stamp; a wrapped sentence that runs through a date holds lower-case words too."""
    found = find_dates(line)
    if not found:
        return False
    rest = line
    for f in reversed(found):
        rest = rest[: f.start] + " " + rest[f.end :]
    words = date_lines.strip_rest(rest).split()
    # a name's number counts with it ("Example News 24 | March 5, 2024")
    return len(words) <= 5 and all(w[:1].isupper() or (w.isdigit() and len(w) <= 3) for w in words)


def _label_word(text: str) -> bool:
    """A word or two without a figure ("blog", "File photo"): a site's label, not a paragraph."""
    return _word_count(text) <= 2 and not re.search(r"\d", text)


def _full_stop_headline(text: str) -> bool:
    """One short sentence closing with a full stop, alone in its paragraph: a headline so written."""
    words = _word_count(text)
    return 3 <= words <= MAX_HEADLINE_SENTENCE and text.endswith(".") and not re.search(r"[.!?]\s", text)


def _word_count(text: str) -> int:
    return len(_WORDS.findall(text))


def headline_like(text: str, max_words: int = MAX_TITLE_WORDS) -> bool:
    return 0 < _word_count(text) <= max_words and not _CLAUSE_END.search(text)


# --- classifying single lines -----------------------------------------------------------------


def classify(unit: Unit, order: DayOrder | None = None) -> None:
    """Set the kind of a unit by its own content (position is considered later); `order` is the
    outlet's day/month order for numeric dates."""
    if unit.kind == "url":
        return
    plain = unit.plain
    if crumb := _breadcrumb_date(plain, order):
        unit.kind, unit.reason = "breadcrumb", "date closing the breadcrumb trail"
        _set_date(unit, crumb)
        return
    reason = boilerplate_reason(plain)
    if reason:
        unit.kind, unit.reason = "boiler", reason
        return
    if _ticker(plain):
        unit.kind, unit.reason = "section", "news ticker"
        return
    if _print_edition(unit, order):
        return
    if len(plain) > 160:
        return
    found = _outside_links(plain, find_dates(plain, order))
    if _day_heading(plain, found):
        unit.reason = "a day's heading in a programme"
        return
    if (m := _LABEL.fullmatch(plain)) and not found and (_AGO.search(m["rest"]) or not m["rest"]):
        modified = re.search(r"updated|modified", m["label"], re.I) is not None
        unit.kind = "modified" if modified else "published"
        unit.reason = "modified date line" if modified else "published date line"
        return
    if name := outlet_name(plain):
        unit.kind, unit.reason, unit.extra = "outlet", "outlet", name
        return
    signed = found and _POST_SIGNATURE.search(plain[: found[-1].start]) and not _BY.match(plain)
    if signed and not plain[found[-1].end :].strip():
        # "— Ana Ruiz (@anaruiz) March 11, 2024": the signature of an embedded post, a line of the
        # quoted item wherever it stands (under the first paragraph too), never the article's date (an
        # author's "By Ana Ruiz (@anaruiz) | March 11, 2024" is a byline)
        unit.reason = "an embedded post's signature"
        return
    dated = date_lines.DATED_LINE.fullmatch(plain)
    # a place and its agency before the date ("MOMBASA, Kenya (Agency) Oct 11, 2004") read like a
    # name beside a date, so that form is a dateline before the byline rule sees it
    if dated and dated["first"] and _dateline_unit(unit, dated, order):
        return
    if found and (_self_dated(unit, found) or _dated_line(unit, found)):
        return
    if found and (credited := _without_wire_credit(plain, order)) and _dated_line(unit, *credited):
        return
    # the day run into the source's name by a page store ("Example Times14 October 2024"): a byline
    unglued = plain if found else _GLUED_DAY.sub(" ", plain)
    if unglued != plain and (again := find_dates(unglued, order)) and _glued_to_name(unglued, again):
        _dated_line(unit, again, unglued)
        return
    if found:
        unit.stamp = _closing_stamp(plain, found)
    if not found and _AGO.search(plain) and not date_lines.strip_rest(plain):
        unit.kind, unit.reason = "date", "relative date line"
        return
    if not found and (alone := date_lines.yearless_line(plain)):
        unit.kind, unit.reason = "date", "date line without a year"
        unit.yearless, unit.weekday = alone
        return
    if (m := _BY.fullmatch(plain)) and (author := _author(m["name"])):
        unit.kind, unit.reason, unit.extra = "byline", "byline", author
        return
    if dated and _dateline_unit(unit, dated, order):
        return
    if (m := _DATELINE_LINE.fullmatch(plain)) and len(m["place"]) >= 3:
        unit.kind, unit.reason, unit.extra = "dateline", "dateline", m["place"].title()
        unit.iso = _iso(m["when"] or "")
        return
    if _GLUED_LABELS.fullmatch(plain):
        unit.kind, unit.reason = "section", "navigation (section labels)"


# a web address written out on a line ("Source: https://example.org/world/talks-end-2024-11-09")
_LINK = re.compile(r"(?:https?://|www\.)\S+", re.I)


def _outside_links(plain: str, found: list[FoundDate]) -> list[FoundDate]:
    """The dates found but those inside a web address on the line: the day of the page it links to
    (the story a republished post cites), not a date line's; the article's own address, printed in
    its header, is read as its URL (`_printed_url`) before lines are classified."""
    links = [m.span() for m in _LINK.finditer(plain)] if found else []
    return [f for f in found if not any(start <= f.start < end for start, end in links)]


# what a day's heading holds beside its day: a weekday, commas and dashes, the colon that closes it
_HEADING_REST = re.compile(r"[\s,.–—-]*")


def _day_heading(plain: str, found: list[FoundDate]) -> bool:
    """A weekday and its day without the year alone on a line closed by a colon ("Tuesday 9 March:"):
    the heading of what happens that day, a programme's entry; a page's stamp does not introduce
    the lines below it. A place before the day makes it a dateline; a day alone so closed ("March
    9:", "9 March 2021:") may be a dateline split from its lead, and stays a date line."""
    if found or not plain.endswith(":") or len(days := find_yearless(plain)) != 1:
        return False
    rest, weekdays = date_lines.WEEKDAY.subn(" ", plain[: days[0].start] + " " + plain[days[0].end : -1])
    return weekdays > 0 and _HEADING_REST.fullmatch(rest) is not None


# a day glued to the lower-case end of a name, before its month's name and a four-digit year
# ("Example Times14 October 2024"); read in a date line only, where the rest must be a name or nothing
# ("Windows10 October 2020 update" stays a line of text)
_GLUED_DAY = re.compile(r"(?<=[a-z])(?=\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?,?\s+(?:19|20)\d\d\b)")


def _glued_to_name(unglued: str, found: list[FoundDate]) -> bool:
    """The unglued day closes the line after a name of two words or more, and nothing but a clock
    time or a zone follows it: no label ("… update"), no words ("Top10 October 2020 Releases")."""
    if len(found) != 1 or date_lines.strip_rest(unglued[found[0].end :]):
        return False
    read = date_lines.read_line(unglued, found)
    return not read.labelled and len(read.rest.split()) >= 2 and _author(read.rest) is not None


_MARK = re.compile(r"(?<![^\W\d_])[A-Z]{2,6}(?![^\W\d_])")


def _ticker(plain: str) -> bool:
    """A news ticker run into one line: other stories' headlines, each behind the agency's mark
    ("CNA Ministers meet in … CNA Port reopens … CNA …"), at least three; a paragraph that names an
    agency thrice opens otherwise or ends its sentences."""
    marks = Counter(m.group(0) for m in _MARK.finditer(plain))
    if not marks:
        return False
    mark, count = marks.most_common(1)[0]
    if count < 3 or not plain.startswith(mark):
        return False
    parts = [p.strip() for p in re.split(rf"(?<![^\W\d_]){mark}(?![^\W\d_])", plain) if p.strip()]
    return len(parts) >= 3 and all(_word_count(p) >= 3 and not _SENTENCE_END.search(p) for p in parts)


def _dateline_unit(unit: Unit, m: re.Match[str], order: DayOrder | None) -> bool:
    """Make `unit` a dateline from its DATED_LINE match, when the match's date is a date."""
    line = date_lines.dateline(m, order)
    if line is None:
        return False
    unit.kind, unit.reason, unit.extra = "dateline", "dateline", m["place"].title()
    _set_date(unit, line.day)
    unit.yearless, unit.weekday = line.yearless, line.weekday
    return True


# A picture's credit or caption line names a person and a date too, but the date is the picture's.
# also a video script's shot list, each line opened by "::" (":: Norland Armed Forces", ":: June 17,
# 2024": the footage's source and the day it was filmed, not the story's; round 23)
_CREDIT = re.compile(
    r"\W*(?:photo|image|picture|pic|credit|file|caption|video|illustration|graphic)s?\b|\s*::", re.I
)


# A paper's credit closing the article with a full stop ("Published in Example Tribune, October 14th,
# 2024.", "Published in the Daily Example on 14 October 2024."): the date ends the line, so its full stop
# ends the credit, not a sentence of the body ("Published in Nature on March 5, 2024, the study …" goes on).
_PUBLISHED_IN = re.compile(
    r"(?:(?:first|originally)\s+)?(?:published|printed)\s+(?:in|by)\s+[^.]{2,80}?"
    r"(?:,\s*|\s+on\s+)[^,.]{6,30}(?:,\s*(?:19|20)\d\d)?\.$",
    re.I,
)


_NAME_NUMBER = re.compile(r"(?<=[A-Za-z])\s?\d{1,3}(?![\w.,:/])")


def _dated_line(unit: Unit, found: list[FoundDate], plain: str | None = None) -> bool:
    """A line made of dates and little else: a date line ("Published 14.10.24, 09:05 AM"), a byline
    with its date ("By Name | Monday, 14 October 2024 06:15 PM"), or a labelled line whose leftover
    is a source name ("By IANS Updated On - 11:16 AM, Fri - 29 September 23"). The original date wins
    over the update; the update is kept as a candidate. `plain`: the line as read, where a part of it
    that is not about the article's date was taken out (`found` is then on it)."""
    plain = unit.plain if plain is None else plain
    if _CREDIT.match(plain) or _SCHEDULE.match(plain) or _RECORD_ON.search(plain[: found[-1].start]):
        # a record's title closing with its day ("… Regular Press Conference on March 21, 2019")
        return False
    if m := _GLUED_BY.match(plain):  # "ByReutersReuters|7 Aug 2023": the label run into the name
        plain = f"By {plain[m.end() :]}"
        found = [FoundDate(f.start + 1, f.end + 1, f.value, f.ambiguous) for f in found]
    read = date_lines.read_line(plain, found)
    words = read.rest.split()
    # a source's name may carry a number ("Example News 24", "Channel-News18"): the name without it;
    # not the first day of a span that the date closes ("Weekly Review: 1 Mar-7 Mar 24")
    span = _RANGE_START.search(plain[: found[0].start])
    named = read.rest if span else _NAME_NUMBER.sub("", read.rest)
    # one word left beside a date is a label ("Close", "World", a site's menu), not a name; a byline
    # with one name says "By" (a hyphen joins two names: "Channel-News")
    author = _author(named) if len(re.split(r"[\s-]+", named.strip())) > 1 or read.by else None
    # a sentence of the body that mentions a date ("By March 4 the troops had left.", "The report
    # was published on 12 March 2024.") is not a date line, whatever words it holds
    sentence = bool(_SENTENCE_END.search(plain)) and bool(words) and not _PUBLISHED_IN.match(plain)
    # a section's label of two words beside a stamp with the minute ("English version | 05.02.2020
    # 12:05", "World news · 14 March 2023 10:15"): the post's stamp under the site's label for it
    label = (len(words) == 1 and len(words[0]) <= 12) or (len(words) == 2 and _clock(plain))
    # a document's heading: its kind and its number beside the day it was issued ("Election observation
    # report | Doc. 15427 | 06 January 2022"): the number marks the line as the document's (round 26)
    label = label or (len(words) <= 6 and date_lines.REFERENCE.search(plain) is not None)
    if not words or (label and not author and not sentence):
        unit.kind, unit.reason = "date", "date line"
    elif author:
        unit.kind, unit.reason, unit.extra = "byline", "byline", author
    elif (
        read.by
        and len(words) <= (16 if read.labelled or _DATE_WORD.search(plain[: found[0].start]) else 10)
        and not sentence
        and plain[3:4].isupper()
        and found[0].start > 3
    ):
        # "by The Example Desk March 18, 2025 8:01 PM 2 min read"; an office's long name when a label
        # introduces the date ("By Office of the Deputy Secretary for Press Affairs Date 10 November")
        unit.kind, unit.reason = "byline", "byline"
        unit.extra = plain[3 : found[0].start].strip(" |,-–—") or None
    elif read.labelled and len(words) <= 6 and not sentence:
        unit.kind, unit.reason = "date", "date line"
    else:
        return False
    if read.labelled and unit.kind == "date":
        unit.kind = "published" if read.original else "modified"
        unit.reason = "published date line" if read.original else "modified date line"
    original = read.original and date_lines.settle_by_weekday(read.original, read.weekday)
    _set_date(unit, original or read.update)
    if read.original and read.update:
        unit.update = read.update.value.isoformat()
    return True


_GLUED_BY = re.compile(r"By(?=[A-Z][a-z])")

# "Date" right before the day ("… Translation Date 10 November 2021"): the byline's own date field
_DATE_WORD = re.compile(r"\bdate\s*:?\s*$", re.I)

# A label naming when something happens or must be done ("Deadline: 5 March 2024", "Hearing: …",
# "Effective date: …", "Closing date: …"): the date of what the page announces, kept in the text.
_SCHEDULE = re.compile(
    r"\W*(?:(?:closing|opening|effective|expiry|due|start|end|event|meeting|hearing|election|polling|exam"
    r"|application|registration|submission)\s+date|deadline|when|due|starts?|ends?|closes|opens|expires"
    r"|valid\s+(?:until|till|from)|event|hearing|meeting|conference|session|election|polling|venue)\s*:",
    re.I,
)


# A wire story's credit line in brackets ("(Reporting by Name in Place; Editing by Name)"), which some
# pages run together with the story's date line at its end: the names are the staff's, not a byline
_CREDIT_WORK = (
    r"(?:additional\s+)?(?:reporting|writing|editing|compiled|compiling|written|edited|translated"
    r"|translation|research|graphics?)"
)
_WIRE_CREDIT = re.compile(rf"\(\s*{_CREDIT_WORK}\b[^()]*\)", re.I)
# the same credit on a line of its own after the story ("Reporting by Name; Editing by Name"), above
# the story's closing date line: staff names, not another story's headline
_STAFF_CREDIT = re.compile(rf"\(?\s*{_CREDIT_WORK}\s+by\b", re.I)


def _without_wire_credit(plain: str, order: DayOrder | None) -> tuple[list[FoundDate], str] | None:
    """The dates of a line that holds a wire credit beside them, read without the credit."""
    rest = _WIRE_CREDIT.sub(" ", plain).strip()
    if rest == plain.strip() or not (found := find_dates(rest, order)):
        return None
    return found, rest


# A breadcrumb trail that ends with the story's day ("Home / News / March 5, 2024", "News › Politics
# › 5 March 2024"), or with the day and then the post's title: its day is the post's, as the trail
# leads to the post. A menu separated by
# bars ("Home | About | Tuesday, March 5, 2024") shows the site's day beside its links instead.
_CRUMB_SEPARATOR = re.compile(r"\s+/\s+|\s*[>»›]\s*")


def _breadcrumb_date(plain: str, order: DayOrder | None) -> FoundDate | None:
    """The day of a breadcrumb trail's last crumb, or of the one before it when the trail goes on to
    the post's own title ("Home / News / March 5, 2024 / Ferry talks end"): the post sits under its
    day there as under a section."""
    crumbs = _CRUMB_SEPARATOR.split(plain)
    if len(crumbs) < 3:
        return None
    titled = not find_dates(crumbs[-1], order) and _WORDS.search(crumbs[-1])
    at = len(crumbs) - 2 if titled else len(crumbs) - 1
    if any(not _WORDS.search(c) or _word_count(c) > 5 for c in crumbs[:at]):
        return None
    crumb = crumbs[at]
    found = find_dates(crumb, order)
    if len(found) != 1 or date_lines.strip_rest(crumb[: found[0].start] + " " + crumb[found[0].end :]):
        return None
    return found[0]


# A sentence where the article dates itself ("This article was first published on 14 October 2024.",
# "This story first appeared on Example News on …", "This post was last updated on …"): a date line
# although it ends like a sentence, in brackets too ("(This story was originally published on …)").
# "The report was published on …" speaks of another document.
_SELF = re.compile(
    r"[(\[]?\s*this\s+(?:article|story|post|piece|column)\s+(?:was\s+|has\s+been\s+)?"
    r"(?:(?:first|originally|last)\s+)?(?:published|posted|updated|modified|appeared)\b",
    re.I,
)


# The page's note of the paper it was printed in ("A version of this article appears in print on
# March 5, 2024, Section A, Page 8 …", "Appeared in the March 5, 2024, print edition as …", "This
# article appeared in the print edition of 5 March 2024", "Printed in the issue of 5 March 2024"): the
# day of the paper, the online story's day or the day after, so a candidate below any online stamp
# ("print edition" in `_LOOSE_LINES`). It may run long: a headline follows it.
_PRINT = re.compile(
    r"[(\[]?\s*(?:a\s+version\s+of\s+this\s+\w+\s+|this\s+(?:article|story|piece|column)\s+(?:was\s+)?"
    r"(?:first\s+)?)?(?:appears|appeared|published|printed)\s+in\s+(?:print\b|the\s+(?:[^.]{0,40}?\s)?"
    r"(?:print\s+edition|issue)\b)",
    re.I,
)


def _print_edition(unit: Unit, order: DayOrder | None) -> bool:
    if not _PRINT.match(unit.plain):
        return False
    found = find_dates(unit.plain[:200], order)
    if not found:
        return False
    unit.kind, unit.reason = "print edition", "the day of the print edition"
    _set_date(unit, found[0])
    return True


def _self_dated(unit: Unit, found: list[FoundDate]) -> bool:
    if not _SELF.match(unit.plain):
        return False
    read = date_lines.read_line(unit.plain, found)
    modified = read.original is None
    unit.kind = "modified" if modified else "published"
    unit.reason = "the article's own statement of its date"
    original = read.original and date_lines.settle_by_weekday(read.original, read.weekday)
    _set_date(unit, original or read.update)
    if read.original and read.update:
        unit.update = read.update.value.isoformat()
    return True


_BRACKETED_CLOSE = re.compile(r"\[[^\[\]]{6,40}\]\s*")


def _closing_stamp(plain: str, found: list[FoundDate]) -> date_lines.LineDates | None:
    """The dates of a stamp that closes a longer line, as a page store flattens a header into
    one ("Headline NAME, Agency Dec. 20, 2020 Updated: Dec. 20, 2020 8:09 a.m."): a publication or
    update label, and from the first date on nothing but dates, clock times, zones and labels, with
    a second date or a clock time (a headline that merely names a day has neither)."""
    read = date_lines.read_line(plain, found)
    tail = plain[found[0].start :]
    for f in reversed(found):
        tail = tail[: f.start - found[0].start] + " " + tail[f.end - found[0].start :]
    # a reading time right before the date labels the stamp as well ("Headline1 min read 05 Aug 2023,
    # 05:37 PM IST": the page store glued the header's reading time and date to the headline)
    timed = _READING_TIME_BEFORE.search(plain[: found[0].start]) is not None
    # a clock time with its zone after the date ("…disputed voteThu, 21 Sep 2023 10:40:29 GMT"): a
    # content system's stamp, which a headline that names a day does not print
    zoned = bool(date_lines.ZONE.search(tail) and date_lines.TIME.search(tail))
    # one full date in square brackets closing the line ("Talks resume [2021-06-09]"): a listing
    # system's stamp beside its headline; a headline that names a day does not bracket it
    if (
        len(found) == 1
        and read.original is not None
        and _BRACKETED_CLOSE.fullmatch(plain[max(0, found[0].start - 1) :])
        and not date_lines.strip_rest(plain[found[0].end :].rstrip().removesuffix("]")).strip(" .")
    ):
        return read
    if not (read.labelled or timed or zoned) or date_lines.strip_rest(tail).strip(
        " ."
    ):  # "8:09 a.m." leaves its dot
        return None
    if (len(found) < 2 and not date_lines.TIME.search(tail)) or read.original is None:
        return None
    return read


def _set_date(unit: Unit, found: FoundDate | None) -> None:
    if found is not None:
        unit.iso = found.value.isoformat()
        unit.other_reading = found.ambiguous.isoformat() if found.ambiguous else None


def _iso(text: str) -> str | None:
    found = find_dates(text)
    return found[0].value.isoformat() if found else None


def _author(text: str) -> str | None:
    """`text` when it reads as a person's name or two ("Kamran Yousaf", "Jane Doe and Ali Khan")."""
    text = re.sub(r"\s+", " ", re.sub(r"[|•·]", " ", text)).strip(" ,-–—")
    words = text.replace(",", " ").split()
    if not 1 <= len(words) <= 8 or any(ch.isdigit() for ch in text) or known_outlet(text):
        return None
    if not all(_NAME_WORD.match(w) and (w[0].isupper() or w in _PARTICLES) for w in words):
        return None
    if not words[0][0].isupper():
        return None
    return text


# --- the article as a whole -------------------------------------------------------------------


def clean_text(
    text: str,
    known_title: str | None = None,
    title_given: bool = False,
    url: str | None = None,
    crawled: date | datetime | None = None,
    *,
    as_of: date,
) -> Cleaned:
    """`title_given`: the input names its title separately (a JSONL `title`), so no line of `text`
    is taken for another title; only a line repeating the given one is. `url` (where known) helps read
    numeric dates in the outlet's day/month order, with the page's own unambiguous dates and time zones.
    `crawled` (a WARC-Date) bounds the year of a day given without one: the article is no later; with
    its time of day it also dates a relative stamp ("3 hours ago"). `as_of` (the day the text was read
    in, `RawDocument.as_of`) is the last day anything is taken to be from where nothing closer bounds it."""
    text, record_date = _record_date(text)
    store_month: tuple[int, int] | None = None  # the year and month of a month-only store field
    units = split_units(text)
    printed = _printed_url(units)
    url = url or printed
    order, order_reason = day_order(url, text)
    for unit in units:
        classify(unit, order)
    _join_labels(units)
    out = Cleaned(text="", url=printed)
    if record_date is not None:
        out.removed.append(RemovedLine(record_date.group(0).strip(), "the page store's date field"))
        if record_date["day"]:
            record = PublishedDate(record_date["iso"], "header", RECORD_DATE_CONFIDENCE, _RECORD_NOTE)
            out.dates.append(record)
        else:
            store_month = int(record_date["iso"][:4]), int(record_date["iso"][5:7])
    title_at = _find_title(units, known_title, out, search=not title_given)
    head_end = _header_end(units, title_at)
    _mark_loose_dates(units, head_end)
    _mark_header(units, title_at, head_end, out)
    _mark_repeats(units, title_at, head_end, out)
    _mark_widget_stamps(units)
    _mark_related(units, head_end)
    _date_candidates(units, title_at, head_end, out, date_lines.url_month(url), url_spelled_days(url))
    _relative_stamps(units[: head_end + 1], out, crawled)
    _release_in_brackets(units[:HEAD_SCAN], out, order)
    _live_page_days(units, out, url)
    if isinstance(crawled, datetime):
        crawled = crawled.date()
    kept = [u for u in units if u.kind in ("text", "dek")]
    if not kept:
        # No body beyond a line or two taken for headlines (a sentence-level record, a headline
        # alone): those lines are the body too, so no text is left without one.
        kept = [u for u in units if u.kind in ("title", "related", "section")]
        for unit in kept:
            unit.kind = "text"
    if kept:
        # the lead opens with the dateline, below a word or two of the site's labels ("blog", "File")
        lead = next((u for u in kept[: MAX_DEKS + 1] if not _label_word(u.plain)), kept[0])
        before = len(out.removed)
        _strip_dateline_prefix(lead, out, order)
        # a headline closing with a full stop ("Envoys to meet the president.") stays in the text as a
        # paragraph: the dateline then opens the paragraph after it
        at = kept.index(lead)
        if len(out.removed) == before and at + 1 < len(kept) and _full_stop_headline(lead.plain):
            _strip_dateline_prefix(kept[at + 1], out, order)
            lead = kept[at + 1] if len(out.removed) > before else lead
        if len(out.removed) == before and (story := _story_below(kept[at : at + 3])):
            # a subtitle, a stamp or a photo caption between the headline and the story: the story's
            # first paragraph opens with the dateline then, one with a place and a date
            _strip_dateline_prefix(story, out, order)
            lead = story
        _today_in_brackets(kept, lead, out, order)
    taken_out = [u.plain for u in units if u.kind not in ("text", "dek")]
    _infer_years(out, [u.text for u in kept], url, as_of, crawled, taken_out, store_month)
    _six_digit_day(out, [u.text for u in kept], url, taken_out, as_of)
    _note_order(out, order, order_reason)
    for unit in units:
        if unit.kind not in ("text", "dek"):
            out.removed.append(RemovedLine(unit.raw, unit.reason or unit.kind))
    out.text = "\n\n".join(u.text for u in kept if u.text.strip())
    return out


# The article's own address printed above it ("https://…", "Source: https://…"), as crawlers and
# copy-paste leave it: it carries the date of many content systems' URLs and the outlet's domain.
_URL_LINE = re.compile(r"(?:(?:source|url|link|permalink)\s*:?\s*)?(?P<url>https?://[^\s/$.?#][^\s]*)", re.I)


# A page store's record may open with its own field, glued to the page's first line
# ("date 2023-04-06 Headline of the story"): the date the store filed for the page, mostly the
# publication day but sometimes a later update or the crawl; weaker than any line of the article (the
# last source in `pubdate._PRECEDENCE`, so a line of the page at the same confidence wins). Round 21:
# on 90 pages of 90 sites every such field whose day the page also printed (a byline, a stamp, the
# URL; 6 pages) gave that day, so it is kept as the day where the content says nothing against it
# (`document_time.CONFIRMED`), as a date line of the page would be; the content still overrules it.
# The field may give the month alone ("date 2025-04 Portvale, April 5: …"): no day of its own, but
# the year of a year-less day of that month, as a URL's /2025/04/ folder gives it (round 23)
_RECORD_DATE = re.compile(
    r"[ \t]*date:?[ \t]+(?P<iso>(?:19|20)\d\d-(?:0[1-9]|1[0-2])(?P<day>-[0-3]\d)?)(?![\w-])[ \t]*", re.I
)
RECORD_DATE_CONFIDENCE = 0.5
_RECORD_NOTE = "the page store's 'date' field opening the text: the day it filed, not a line of the page"


def _record_date(text: str) -> tuple[str, re.Match[str] | None]:
    m = _RECORD_DATE.match(text)
    if m is None or (m["day"] and not find_dates(m["iso"])):
        return text, None
    return text[m.end() :], m


def _join_labels(units: list[Unit]) -> None:
    """A label alone on its line ("Published:", "Posted On:") names the date line just below it."""
    for label, below in itertools.pairwise(units):
        if label.kind in ("published", "modified") and not label.iso and below.kind == "date" and below.iso:
            below.kind, below.reason = label.kind, f"{label.reason} (its label on the line above)"


def _printed_url(units: list[Unit]) -> str | None:
    """The URL printed on a line of its own in the header (before the first paragraph of prose)."""
    for unit in units[:HEAD_SCAN]:
        if m := _URL_LINE.fullmatch(unit.plain):
            unit.kind, unit.reason = "url", "the article's URL"
            return m["url"]
        if _word_count(unit.plain) > 25:
            return None
    return None


def _head_scan(units: list[Unit]) -> int:
    """Where the header's window ends: HEAD_SCAN lines after the menu that opens a page (a language
    switcher's "English", "Français", "Русский", …; the site's section links; boilerplate), as those
    lines are the site's, not the article's header."""
    menu = next(
        (i for i, u in enumerate(units) if u.kind not in ("boiler", "section") and not _menu_item(u)),
        len(units),
    )
    return menu + HEAD_SCAN


def _menu_item(unit: Unit) -> bool:
    """A word or two of a link alone on its line ("English", "Русский", "World")."""
    return (
        unit.kind == "text"
        and not unit.bullet
        and _label_word(unit.plain)
        and not _SENTENCE_END.search(unit.plain)
    )


def _find_title(units: list[Unit], known_title: str | None, out: Cleaned, search: bool = True) -> int | None:
    """Index of the headline: the given title where the text repeats it, else (with `search`) the
    first substantive line if it reads as a headline. A short label above it ("World") is a section
    label."""
    scan = _head_scan(units)
    if known_title:
        out.title = known_title.strip()
        for i, unit in enumerate(units[:scan]):
            if unit.kind == "text" and _key(unit.plain) == _key(known_title):
                unit.kind, unit.reason = "title", "title"
                return i
    if not search:
        return None
    for i, unit in enumerate(units[:scan]):
        if unit.kind != "text":
            continue
        if _WEATHER.search(unit.plain) and _word_count(_WEATHER.sub(" ", unit.plain)) <= 3:
            # a temperature reading and a word or two ("Fair ~ 81°F", "High: 91°F ~ Low: 72°F"): the
            # site's weather widget, whose day beside it is the site's, never the headline (a headline
            # with a temperature says more: "Temperatures hit 45°C across the north")
            unit.kind, unit.reason = "section", "weather widget"
            continue
        later_text = any(u.kind == "text" for u in units[i + 1 : i + 4])
        if later_text and _word_count(unit.plain) <= 2 and not _SENTENCE_END.search(unit.plain):
            unit.kind, unit.reason = "section", "navigation (section label)"
            continue
        if unit.bullet or not headline_like(unit.plain) or date_lines.dated_prefix(unit.text):
            # the article starts with its body ("CARACAS, July 8 (Agency) — Talks will resume…" is
            # the lead under its dateline, however much it looks like a headline): no title to take
            return None
        unit.kind, unit.reason = "title", "title"
        out.title = out.title or unit.plain
        return i
    return None


def _header_end(units: list[Unit], title_at: int | None) -> int:
    """Index of the last header line (-1: no header). With a headline: the last metadata line
    after it, with at most MAX_DEKS short text lines (subtitles) in between. Without one: the run
    of metadata lines at the very top."""
    scan = _head_scan(units)
    if title_at is None:
        end = -1
        for i, unit in enumerate(units[:scan]):
            if unit.kind == "text" and not (unit.bullet and headline_like(unit.plain, 4)):
                break
            end = i
        return end
    end, deks = title_at, 0
    for i in range(title_at + 1, min(len(units), scan)):
        unit = units[i]
        if deks and unit.reason in (RELATED, COMMENTS):
            # after lines of text, other stories or readers' comments begin: those lines were a
            # short article's body, and the dates below the label are not the header's
            break
        if unit.kind != "text":
            end = i
        elif not (unit.bullet and headline_like(unit.plain, 4)):  # breadcrumbs do not count
            deks += 1
            if deks > MAX_DEKS or _word_count(unit.plain) > 60:
                break
    return end


def _mark_header(units: list[Unit], title_at: int | None, head_end: int, out: Cleaned) -> None:
    for i, unit in enumerate(units[: head_end + 1]):
        if unit.kind == "text":
            if unit.bullet and headline_like(unit.plain, 4):
                unit.kind, unit.reason = "section", "navigation (breadcrumb)"
            elif title_at is not None and i > title_at:
                unit.kind = "dek"
            else:
                unit.kind, unit.reason = "section", "navigation (above the headline)"
        elif unit.kind == "outlet" and out.outlet is None:
            out.outlet = unit.extra
        elif unit.kind == "byline" and out.byline is None:
            out.byline = unit.extra
        elif unit.kind == "dateline" and out.dateline is None:
            out.dateline = unit.extra
    # Outside the header these kinds are ordinary lines of the body, except the unambiguous ones.
    for unit in units[head_end + 1 :]:
        if unit.kind in ("outlet", "byline", "date", "dateline", "section"):
            unit.kind, unit.reason, unit.iso = "text", "", None


def _key(text: str) -> str:
    return re.sub(r"\W+", " ", text).casefold().strip()


def _mark_repeats(units: list[Unit], title_at: int | None, head_end: int, out: Cleaned) -> None:
    """The headline repeated lower down counts once; a subtitle the body repeats word for word
    is kept once, where the body has it (the lead paragraph must stay whole)."""
    title_key = _key(out.title) if out.title else None
    body_keys = {_key(u.plain) for u in units[head_end + 1 :] if u.kind == "text"}
    for i, unit in enumerate(units):
        if i != title_at and title_key and unit.kind in ("text", "dek") and _key(unit.plain) == title_key:
            unit.kind, unit.reason = "repeat", "repeated headline"
        elif unit.kind == "dek" and _key(unit.plain) in body_keys:
            unit.kind, unit.reason = "repeat", "subtitle repeated in body"


# how often a widget prints its stamp (a case counter's "Updated on …" over each of its figures)
WIDGET_REPEATS = 3


def _mark_widget_stamps(units: list[Unit]) -> None:
    """A date line printed three times or more, word for word, is a widget's stamp (a counter's
    "Updated on June 3, 2020 11:27 pm" beside each figure), not the article's date: the article
    states its own date once, a site's second layout twice at most."""
    counts = Counter(u.plain for u in units if u.kind in ("date", "published", "modified") and u.iso)
    for unit in units:
        if unit.kind in ("date", "published", "modified") and counts[unit.plain] >= WIDGET_REPEATS:
            unit.kind, unit.reason, unit.iso, unit.update = "boiler", "a widget's repeated stamp", None, None


def _mark_related(units: list[Unit], head_end: int) -> None:
    """Lists of other stories: headline-like lines after a "Related Articles"-style label, and the
    run of short headline-like lines (bulleted, or unrelated to the body) that ends an article."""
    body = [u for u in units[head_end + 1 :] if u.kind in ("text", "boiler")]
    vocabulary = _vocabulary(u.plain for u in body if u.kind == "text" and not headline_like(u.plain, 20))
    after_label = False
    for unit in body:
        if unit.kind == "boiler":
            after_label = unit.reason == RELATED
        elif after_label and headline_like(unit.plain, 25):
            unit.kind, unit.reason = "related", RELATED
        else:
            after_label = False
    for unit in reversed(body):
        if unit.kind == "boiler" or unit.kind == "related":
            continue
        if (unit.bullet and headline_like(unit.plain, 25)) or _unrelated_headline(unit.plain, vocabulary):
            unit.kind, unit.reason = "related", RELATED
        else:
            break


def _vocabulary(texts) -> set[str]:
    return {w for text in texts for w in _content_words(text)}


def _content_words(text: str) -> set[str]:
    return {w for w in (m.casefold() for m in _WORDS.findall(text)) if len(w) > 3 and w not in _STOP}


def _unrelated_headline(text: str, vocabulary: set[str]) -> bool:
    if not headline_like(text, 15) or _SENTENCE_END.search(text):
        return False
    words = _content_words(text)
    return not words or len(words & vocabulary) * 2 < len(words)


def _strip_dateline_prefix(unit: Unit, out: Cleaned, order: DayOrder | None) -> None:
    """A wire dateline opening the first paragraph ("ISLAMABAD (Reuters) - ", "Lagos, Jan. 5
    (Agency) - ", "DUSHANBE, May 1. /TASS/. ") goes to the dateline field; the paragraph keeps the
    rest. A place in capitals needs no date; a place in title case only counts with one."""
    # the dated forms first: an undated one would stop at the place and leave the date in the body
    m = date_lines.dated_prefix(unit.text) or date_lines.DATED_BARE.match(unit.text)
    if m and (line := date_lines.dateline(m, order)):
        place, agency, when = line.place, line.agency, m["when"]
    elif (m := _DATELINE_PREFIX.match(unit.text)) and re.search(r"[A-Z]{3}", m["place"]):
        place, agency, when = m["place"], m["agency"], m["when"]
        line = date_lines.dateline(m, order) if when else None
    elif (m := _BARRED_DATELINE.match(unit.text)) and _prose(unit.text[m.end() :]):
        place, agency, line = m["place"], m["agency"], None
    else:
        return
    out.removed.append(RemovedLine(m.group(0).strip(), "dateline"))
    unit.text = unit.text[m.end() :]
    if place:
        out.dateline = out.dateline or re.split(r"[,\[]", place)[0].strip().title()
    if agency and out.outlet is None:
        out.outlet = agency.strip()
    if line is None:
        return
    if line.day is not None:
        _add(out, "dateline", 0.8, f"date in the dateline {when!r}", line.day.value.isoformat(),
             other_reading=line.day.ambiguous.isoformat() if line.day.ambiguous else None)  # fmt: skip
    elif line.yearless is not None:
        note = f"dateline {when!r} without a year"
        out.yearless.append(Yearless(line.yearless, "dateline", 0.8, note, line.weekday))


def _story_below(units: list[Unit]) -> Unit | None:
    """The paragraph among `units` (the lead first) that opens the story with a dateline naming a
    place and a date ("Lagos, Jan. 5 (Agency) - ", "( February 11, Colombo, Example Guardian) "),
    where only lines that stand above a story come before it: a subtitle, a headline written as a
    sentence, a stamp or label without a sentence ("14/7 Agency"), a photo caption with its credit.
    Under a paragraph of the body a dated line further down is not the story's; a date with no
    place ("March 3, 2024: talks began") opens a chronology's entry as often. A standfirst of one
    sentence right under the headline, set off by a photo's caption, may stand above a dateline with
    its full date (round 23: "Portvale, Norland, March 4, 2024 – …" below both), and so may one the
    story repeats after its dateline (round 30)."""
    for k, unit in enumerate(units[1:], 1):
        m = date_lines.dated_prefix(unit.text)
        if m is None or not m["place"]:
            if not _above_story(units[k - 1]) and not (k == 1 and _one_sentence(units[0].plain)):
                return None
            continue
        # the standfirst is set off from the story by a line that stands above one (a photo's
        # caption): a sentence right above the dateline is the body's first paragraph as often
        standfirst = k >= 2 and bool(find_dates(m["when"])) and _one_sentence(units[0].plain)
        # or the story repeats it word for word after its dateline: a standfirst the page prints again
        # as the lead's first sentence, never the body's first paragraph (round 30)
        lead = _key(units[0].plain)
        repeated = len(lead.split()) >= 5 and _key(unit.text[m.end() :]).startswith(lead)
        above = all(_above_story(u) or (j == 0 and (standfirst or repeated)) for j, u in enumerate(units[:k]))
        return unit if above else None
    return None


_STANDFIRST_WORDS = 40
_NEXT_SENTENCE = re.compile(r"[.!?]\s+[A-Z]")


def _one_sentence(plain: str) -> bool:
    """One sentence of at most _STANDFIRST_WORDS words: a subtitle's length, not a paragraph's."""
    inner = _SENTENCE_END.sub("", plain)
    return _word_count(plain) <= _STANDFIRST_WORDS and _NEXT_SENTENCE.search(inner) is None


# a photo's credit closing its caption ("… in Colombo on Monday. - Example Images", "… (Example Photo)")
_PHOTO_CREDIT = re.compile(
    r"(?:\s[-–—|/]\s*|\()(?:[A-Z][\w.&'’]*\s+){0,3}(?:Images|Photos?|Pictures|AFP|AP|EPA|Reuters)\)?\s*$"
)


def _above_story(unit: Unit) -> bool:
    plain = unit.plain
    return (
        unit.kind == "dek"
        or _full_stop_headline(plain)
        or (not _SENTENCE_END.search(plain) and _word_count(plain) <= MAX_TITLE_WORDS)
        or _PHOTO_CREDIT.search(plain) is not None
    )


_DATED_KINDS = ("date", "byline", "dateline")
_HANDLE = re.compile(r"(?<!\w)@\w")
# a handle in brackets closing a name before a day: an embedded post's signature (`classify`)
_POST_SIGNATURE = re.compile(r"\(@\w{1,30}\)\s{0,2}$")


def _mark_loose_dates(units: list[Unit], head_end: int) -> None:
    """Date lines outside the header: one closing the article (after the last paragraph, before
    related links) is its date line, put after the body by some sites; one among the first lines,
    below a caption or a source line that ended the header early, is a weaker candidate. Dates of
    teasers for other stories are not the article's: several date lines at the end (a list), or one
    right under a headline unrelated to the body that follows the last paragraph."""
    # a comment widget ("2 Comments", "Leave a Reply") after the first paragraph opens the comments:
    # their stamps are the readers', not the article's (in a short article the widget may even close
    # what was taken for the header)
    cut = next(
        (k for k, u in enumerate(units) if u.reason == COMMENTS and any(v.kind == "text" for v in units[:k])),
        len(units),
    )
    body = [u for u in units[head_end + 1 : cut] if u.kind not in ("boiler", "related")]
    # a related-stories label ("Related", "You may also like") after the last paragraph: the date
    # lines below it are the listed stories'
    labelled = _below_related_label(units[head_end + 1 : cut])
    # a signed date line ("Desk Name | Published: …") or a wire dateline with its full date is a date
    # line there too: outside the header its name or place no longer counts, its day does; a name
    # with a handle and a day ("Name (@handle) May 2, 2021") signs an embedded post, not the article
    dated = [
        i
        for i, u in enumerate(body)
        if u.kind in _DATED_KINDS and u.iso and not _HANDLE.search(u.plain) and not _forecast_day(body, i)
    ]
    paragraphs = [i for i, u in enumerate(body) if u.kind == "text" and not headline_like(u.plain)]
    after = [i for i in dated if i > max(paragraphs, default=-1)]  # below the last paragraph
    teasers = {i for i in after if _teaser_date(body, i) or id(body[i]) in labelled}
    # the article ends where a related-stories label begins the list below it: a date line right above
    # the label closes the article, whatever the list's own dates
    listed = [i for i in after if id(body[i]) not in labelled]
    end = next((k for k, u in enumerate(body) if id(u) in labelled), len(body))
    if len(listed) > 1:  # a list of other stories with their dates
        teasers.update(after)
    if listed and listed[-1] >= end - 2 and listed[-1] not in teasers:
        body[listed[-1]].kind, body[listed[-1]].reason = "trailing date", "date line after the body"
    # a labelled date line with two paragraphs or more of the story above it and more below is no
    # header's: a widget or an embedded item between the paragraphs ("Published May 21, 2025" in the
    # middle of a story its URL dates February 21), below any date of the header or the URL
    for i, u in enumerate(body):
        inside = sum(k < i for k in paragraphs) >= 2 and i < max(paragraphs, default=-1)
        if u.kind in ("published", "modified") and u.iso and inside:
            u.kind, u.reason = "inner date", f"{u.reason} between the story's paragraphs"
    top = {id(u) for u in units[head_end + 1 : HEAD_SCAN]}
    # near the top, a name with a day outside the header signs a quoted or embedded item as often as
    # the article ("Ana Ruiz, March 3, 2021"): only date lines, datelines and a venue with its city and
    # day count there (a speech's "Council Chamber, Riverton, 7 March 2022" under its title); a signed
    # line counts after the body
    for i in dated:
        placed = body[i].kind in ("date", "dateline") or _venue_day(body[i])
        if placed and id(body[i]) in top and i not in teasers:
            body[i].kind, body[i].reason = "loose date", "date line near the top"


def _forecast_day(body: list[Unit], i: int) -> bool:
    """A date line beside a temperature ("20°", "19 °C") is a weather widget's day, not the article's."""
    return any(_WEATHER.search(u.plain) for u in body[max(0, i - 1) : i + 2] if u is not body[i])


def _below_related_label(units: list[Unit]) -> set[int]:
    """The ids of the units below the first related-stories label after the last paragraph."""
    ends = [k for k, u in enumerate(units) if u.kind == "text" and _SENTENCE_END.search(u.plain)]
    last = max(ends, default=-1)
    label = next((k for k in range(last + 1, len(units)) if units[k].reason == RELATED), None)
    return set() if label is None else {id(u) for u in units[label + 1 :]}


# who issues a statement, signing it above its date: "Issued by the Office of the Mayor", "Released by
# …", or an office's name alone, every word capitalised but the particles ("Ministry of Home Affairs",
# "Office of the Prime Minister"), with the body it belongs to after a comma ("Spokesperson's Office,
# Ministry of Transport", "Press Service, MFA"); a teaser's headline says what happened ("Ministry of
# Health warns …")
_OFFICE = (
    r"(?:[Tt]he\s+)?(?i:ministry|office|department|secretariat|embassy|high\s+commission|directorate"
    r"|bureau|presidency|press\s+(?:office|service|unit|secretary)|spokesperson|cabinet)(?:['’]s)?"
    r"(?:\s+(?:[A-Z][\w'’.&-]*|of|the|and|for|on|&))*"
)
_SIGNING = re.compile(
    r"(?i:issued|released|signed|approved|circulated)\s+by\b.*"
    rf"|{_OFFICE}(?:\s*,\s*(?:{_OFFICE}|[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){{0,3}}))*\s*[.,]?"
)


def _teaser_date(body: list[Unit], i: int) -> bool:
    """The date line `body[i]` sits under a headline unrelated to the article, itself right after a
    paragraph: another story's teaser. A name ("Jane Doe", a signature), a word or two ("Ends", a
    press release's end mark) or the wire's staff credit ("Reporting by …") is no headline."""
    if i < 2 or not _SENTENCE_END.search(body[i - 2].plain):
        return False
    above = body[i - 1].plain
    if _word_count(above) < 3 or _author(above) or _SIGNING.fullmatch(above) or _STAFF_CREDIT.match(above):
        return False
    vocabulary = _vocabulary(u.plain for u in body if u.kind == "text" and not headline_like(u.plain, 20))
    return _unrelated_headline(body[i - 1].plain, vocabulary)


def _add(
    out: Cleaned,
    source: str,
    confidence: float,
    note: str,
    iso: str,
    update: str | None = None,
    other_reading: str | None = None,
) -> None:
    """A candidate, with the update date of the same line and the other reading of an ambiguous
    numeric date as weaker candidates of their own."""
    if other_reading:
        note = f"{note}; day and month could be swapped ({other_reading})"
        confidence = min(confidence, 0.5)
        out.ambiguous.append((iso, other_reading))
        out.dates.append(
            PublishedDate(other_reading, source, confidence - 0.05, f"{note}: month-first reading", True)
        )
    out.dates.append(PublishedDate(iso, source, confidence, note, bool(other_reading)))
    if update and update != iso:
        # below the line's original whatever that one's confidence (an ambiguous one's is lowered)
        below = min(0.55, confidence - 0.05)
        out.dates.append(PublishedDate(update, source, below, f"{note}: the update date"))


# A live page says so in its headline or its URL's path ("Election night live: …", "/live-updates-…",
# "… as it happened", "minute by minute")
_LIVE = re.compile(
    r"(?<![^\W\d_])live(?![^\W\d_])|as\s+it\s+happened|minute[- ]by[- ]minute|rolling\s+coverage", re.I
)
_ENTRY_TIME = re.compile(
    rf"(?:{date_lines.TIME.pattern})(?:\s*(?:[A-Z]{{2,4}}T?|GMT|UTC))?\s*[-–—:|]?\s+\S", re.I
)
LIVE_START_CONFIDENCE = 0.85  # above a date line under the headline and the URL's day, below a label
_LIVE_SPAN = timedelta(days=31)


def _live_page_days(units: list[Unit], out: Cleaned, url: str | None) -> None:
    """A live page heads its entries with the day they were posted ("Tuesday, 3 November 2020" …
    "Wednesday, 4 November 2020"), newest first or oldest first. Its publication day is the day its
    coverage began, the earliest heading (the original; the later ones are its updates), whichever
    comes first on the page: not the newest heading a reverse-ordered page puts under its headline.
    Only with two headings of different days within a month, on a page that calls itself live, whose
    entries open with their clock time ("18:40 The last freighter …"): a list of dates with no entries
    stamped under them is a schedule ("Live: the fixtures"), not the coverage."""
    parts = split_url(url)
    path = unquote(parts.path).replace("-", " ").replace("_", " ") if parts else ""
    if not (_LIVE.search(out.title or "") or _LIVE.search(path)):
        return
    headings = []
    yearless: list[Unit] = []  # day headings with their weekday and no year ("Friday May 26")
    stamped = False  # an entry opening with its clock time under a heading
    for unit in units:
        found = find_dates(unit.plain)
        # a line that is only a day (below the header, kept as text): `classify` read its day
        if not found and unit.yearless and unit.weekday is not None and unit.kind in ("date", "text"):
            yearless.append(unit)
            continue
        if len(found) != 1 or len(unit.plain) > 60:
            stamped = stamped or bool((headings or yearless) and _ENTRY_TIME.match(unit.plain))
            continue
        read = date_lines.read_line(unit.plain, found)
        if not read.rest and not read.labelled and not _clock(unit.plain):
            headings.append(found[0].value)
    days = sorted(set(headings))
    if stamped and not days and len({(u.yearless.month, u.yearless.day) for u in yearless}) == 1:
        # one day heading without its year: the day the coverage began, waiting for its year (the
        # headline's, where the weekday fits: `_infer_years`); two such days could span a new year
        note = f"the live page's one day heading {yearless[0].plain!r} without a year"
        head = yearless[0]
        out.yearless.append(
            Yearless(head.yearless, "published-line", LIVE_START_CONFIDENCE, note, head.weekday)
        )
        return
    if not stamped or len(days) < 2 or days[-1] - days[0] > _LIVE_SPAN:
        return
    shown = ", ".join(d.isoformat() for d in days)
    note = f"the earliest of the live page's day headings ({shown}): the day its coverage began"
    _add(out, "published-line", LIVE_START_CONFIDENCE, note, days[0].isoformat(), days[-1].isoformat())


def _infer_years(
    out: Cleaned,
    body: list[str],
    url: str | None,
    as_of: date,
    crawled: date | None,
    taken_out: list[str],
    store_month: tuple[int, int] | None,
) -> None:
    """A day given without its year (a wire dateline "Lagos, Jan. 5", a date line "Monday, October
    14") takes its year from the URL's /YYYY/MM/ or a six-digit word of it, the page's current-date
    header or the crawl day (the article is no later), the page store's month field ("date 2025-04")
    where the URL has no folder, or the dates the article gives with their year,
    and must fit a weekday named with it; it is marked inferred. Without any of them it is passed on
    as a month-day for the time stage, which dates the content. Where none of them places a day with
    no weekday of its own, the one weekday the lead names is taken as its own ("June 3 (Wire) --
    ... said on Tuesday"): a wire lead names its dateline's day far more often than another. An
    ambiguous numeric date takes the reading nearest those dates."""
    if not (out.yearless or out.ambiguous):
        return  # nothing to place: the body's dates (a scan of every line) are not needed
    header = [date.fromisoformat(d.value) for d in out.dates if d.source == "header" and d.value]
    header += [crawled] if crawled else []
    # a site's current-date header bounds the year but does not choose it (`year_for`)
    ceiling = max(out.page_days) if out.page_days else None
    near = _story_dates(body)
    url_month, url_days = date_lines.url_month(url), url_six_digits(url)
    store = None if url_month else store_month
    text = "\n".join(body)
    lead_days = frozenset(lead_weekdays(text))  # read once: every year-less day asks for them
    for y in out.yearless:
        not_after = max(header) if header else None
        found = date_lines.year_for(y.day, not_after, near, url_month, url_days, y.weekday, ceiling)
        if store and store[1] == y.day.month and (day := date_lines.day_in(store[0], y.day)):
            # the store filed the page under that month: as sure as the URL's folder, surer than the
            # text's other dates
            found = day, f"the year of the page store's month field {store[0]}-{store[1]:02d}"
        if found is None and y.weekday is not None:
            found = _title_year(y, out.title, url, not_after or ceiling)
        if found is None:
            found = year_from_offices(y.day, text, not_after or ceiling or as_of)
        if found is None and y.weekday is None and len(lead_days) == 1:
            # the one weekday the lead names, as the dateline's own day, placed among the years of
            # the text's dated mentions, months with their year included ("re-elected in July 2024");
            # only here: a header's or the URL's year is surer than the lead's weekday
            dated = near + find_month_years(text)
            found = date_lines.year_for(y.day, not_after, dated, None, None, min(lead_days), ceiling)
        if found is None:
            found = _same_day_taken_out(y.day, taken_out)
        if found is None:
            named = lead_days if y.weekday is None else {y.weekday}
            wd = min(named) if len(named) == 1 else None
            note = f"{y.note}; no year in the page"
            out.dates.append(PublishedDate(None, y.source, 0.0, note, month_day=y.day.iso, weekday=wd))
            continue
        day, why = found
        # a year from the URL or the page's header is surer than one from the content's other dates
        anchored = bool(header) or why.startswith(
            ("the year of the URL", "a six-digit", "the year of the page")
        )
        confidence = round(y.confidence - (0.05 if anchored else 0.2), 2)
        out.dates.append(
            PublishedDate(day.isoformat(), y.source, confidence, f"{y.note}; year: {why}", True, y.day.iso)
        )
    # where the body gives no full date, a line taken out of it that prints one of the two readings
    # unambiguously (a photo's caption: "… on Aug. 5, 2022" under "8/5/2022") settles the order, as it
    # places a year-less day (`_same_day_taken_out`; round 30)
    printed = (
        set()
        if near or not out.ambiguous
        else {f.value.isoformat() for t in taken_out for f in find_dates(t) if not f.ambiguous}
    )
    for first, second in out.ambiguous:
        if near:
            latest = max(near)
            support = min((first, second), key=lambda iso: abs((date.fromisoformat(iso) - latest).days))
            because = f"this reading is nearest {latest}, a date in the text"
        elif len(shown := printed & {first, second}) == 1:
            support = shown.pop()
            because = "a line taken out of the text prints this day"
        else:
            continue
        for k, d in enumerate(out.dates):
            if d.value == support and d.inferred:
                why = f"{d.note}; {because}"
                out.dates[k] = PublishedDate(d.value, d.source, d.confidence + 0.1, why, True)


_YEAR_WORD = re.compile(r"(?<![\d/.-])((?:19|20)\d\d)(?![\d/.-])")


def _title_year(
    y: Yearless, title: str | None, url: str | None, not_after: date | None
) -> tuple[date, str] | None:
    """The year the headline or the URL's slug names ("Summit 2017 live", "/election-results-2019-
    live-updates"), for a day given with its weekday but no year, when the day falls on that weekday
    in that year and in no other year they name: the calendar confirms the headline (a wrong year
    fits one time in seven). A day with no weekday of its own takes nothing from the headline:
    "Budget 2021" is debated in the year before."""
    parts = split_url(url)
    slug = unquote(parts.path).replace("-", " ").replace("_", " ").replace("/", " ") if parts else ""
    fits = {
        day
        for m in _YEAR_WORD.finditer(f"{title or ''} {slug}")
        if (day := date_lines.day_in(int(m[1]), y.day)) is not None
        and day.weekday() == y.weekday
        and (not_after is None or day <= not_after)
    }
    if len(fits) != 1:
        return None
    day = fits.pop()
    named = calendar.day_name[day.weekday()]
    return day, f"the year the headline or URL names, when it falls on the {named} it names"


# Dates before the web are history a story recalls ("founded on March 5, 1957"), never the days
# around a web page's year-less dateline; an anniversary the text counts ("its 63rd anniversary")
# brings such a date to the year the story is written.
_WEB_ERA = 1990
_ANNIVERSARY = re.compile(r"\b(\d{1,3})(?:st|nd|rd|th)\s+(?:anniversary|birthday|independence\s+day)", re.I)


def _same_day_taken_out(day: MonthDay, taken_out: list[str]) -> tuple[date, str] | None:
    """The year of the very same day printed with its year in a line taken out of the body, where the
    body names none: a photo caption ("… in Abuja, Nigeria February 24, 2024 [Name/Agency]") dates
    the picture, mostly taken on the story's day, so it places that day but no other."""
    printed = [f.value for line in taken_out for f in find_dates(line)]
    years = {d for d in printed if (d.month, d.day) == (day.month, day.day)}
    if len(years) != 1:
        return None
    found = years.pop()
    return found, f"the same day with its year in a line taken out of the text ({found})"


def _story_dates(body: list[str]) -> list[date]:
    """The full dates of the text that can place a year-less publication day (`_infer_years`)."""
    found = [f.value for line in body for f in find_dates(line)]
    counts = {int(m[1]) for line in body for m in _ANNIVERSARY.finditer(line)}
    shifted = [day for d in found for n in counts if (day := _in_year(d, d.year + n))]
    return [d for d in found + shifted if d.year >= _WEB_ERA]


def _in_year(day: date, year: int) -> date | None:
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February
        return None


# "today (31 May 2014)", "said today (Tuesday, March 4, 2025)": the lead naming the day it was written
_TODAY_BRACKETS = re.compile(r"\btoday\s*\((?P<when>[^()]{6,40})\)", re.I)


# "received him today, March 28, in …", "said today, Tuesday 4 March, that …", "met today, February 24,
# 2024.", "a summit today, February 24 in Abuja": "today" with its day in apposition, the year kept
# where one follows the day; a weekday with its own comma may open the apposition ("met today,
# Friday, May 17, 2024, in …", a release's lead, round 22). Found by hand: dateparser and dateutil
# read "today" as the day they run on; only the day's own words go to them (`find_dates`)
_TODAY_APPOSED = re.compile(
    r"\btoday\s*,\s*(?P<when>(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s*,\s*)?"
    r"(?:[^,;.()]{3,30}?,\s*(?:19|20)\d\d|[^,;.()]{3,30}?))(?=\s*[,.;]|\s+(?:in|at)\b)"
)
_TODAY_PARAGRAPHS = 3  # a bracketed "today (23 May)" is the writer's gloss in any of the first three


def _today_words() -> str:
    """The word for "today" in other languages (`data/today_words.tsv`, from the CLDR), one pattern."""
    words = [line.split("\t")[0] for line in data_rows("today_words.tsv")]
    return "|".join(re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]") for w in words)


# "leo tarehe 30 Novemba", "hoy, viernes 17 de mayo de 2024", "aujourd'hui 17 mai", "heute, am 17. Mai":
# another language's "today" with its day after up to two words (a weekday, an article, Swahili's
# "tarehe", date), day first as these languages write it, or month first as their press also prints
# it under English's sway ("leo Jumatano, Septemba 21, 2022", "hii leo April 17 hadi …", round 30);
# the month a known month's name, so that a word after the day ("17 hadi") or before it ("tarehe 1")
# is never taken for one; the day's own words read as a date is (`_today_candidate`; "de" or "del"
# between day, month and year left out)
_TODAY_ELSEWHERE = re.compile(
    rf"(?<![\w'’])(?:{_today_words()})(?![\w'’]),?(?:\s+[^\W\d]{{1,9}},?){{0,2}}\s+"
    rf"(?P<when>\d{{1,2}}\.?\s+(?:de\s+)?(?:{MONTH_NAMES})\.?(?:,?\s+(?:del?\s+)?(?:19|20)\d\d)?"
    rf"|(?:{MONTH_NAMES})\.?\s+\d{{1,2}}(?:,\s*(?:19|20)\d\d)?)(?![\w])",
    re.I,
)


def _today_in_brackets(kept: list[Unit], lead: Unit, out: Cleaned, order: DayOrder | None) -> None:
    """A report that gives the day of "today" dates itself: a candidate like a date line below the
    header (0.6). The brackets are the writer's, in any of the first paragraphs; "today" with its day
    in apposition, commas around it, in the lead, or lower down at 0.5 (a speaker may say it there
    without quotation marks, but a report quoting a speech is most often written on its day: two dev
    pages, the lead of a release and the fourth paragraph of a summit report, date themselves so).
    Another language's "today" with its day counts in the first paragraphs too ("leo tarehe 30
    Novemba", round 22). Never inside a quotation (the first "today" outside one counts). A day
    without its year waits for one (`_infer_years`): a live page's "counting begins today (23 May,
    Thursday)" takes its headline's year where the weekday fits. The first paragraphs are counted
    by their sentences: a headline, a caption or a share label left in the text above the story (no
    sentence's end) is none of them (round 30)."""
    at = kept.index(lead)
    paragraphs = 0
    for unit in kept[at:]:
        near = paragraphs < _TODAY_PARAGRAPHS
        paragraphs += bool(_SENTENCE_END.search(unit.plain))
        matches = [
            *(_TODAY_BRACKETS.finditer(unit.text) if near else ()),
            *_TODAY_APPOSED.finditer(unit.text),
            *(_today_elsewhere(unit.text) if near else ()),
        ]
        confidence = 0.6 if unit is lead else 0.5
        for m in matches:
            if _quoted(unit.text[: m.start()]):
                continue
            if _today_candidate(m, out, order, confidence):
                return


def _today_elsewhere(text: str) -> list[re.Match[str]]:
    """Another language's "today" with its day; capitalized only where a sentence opens, as "Leo"
    (Swahili's "today") is a name too ("Pope Leo 14 March" is no date of today)."""
    return [
        m
        for m in _TODAY_ELSEWHERE.finditer(text)
        if m.group(0)[0].islower() or not (before := text[: m.start()].rstrip()) or before[-1] in ".!?:"
    ]


def _quoted(before: str) -> bool:
    """Whether a quotation opened in `before` is still open: "today" there is a speaker's word."""
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


_DE = re.compile(r"\s+del?\s+")  # "17 de mayo de 2024", "… del 2024": read without its "de"


def _today_candidate(m: re.Match[str], out: Cleaned, order: DayOrder | None, confidence: float) -> bool:
    when, note = _DE.sub(" ", m["when"]), f"the text gives today's date: {m.group(0)!r}"
    found = find_dates(when, order)
    if len(found) == 1 and not date_lines.strip_rest(when[: found[0].start] + when[found[0].end :]):
        _add(out, "published-line", confidence, note, found[0].value.isoformat())
        return True
    if not found and (alone := date_lines.yearless_line(when)):
        day, weekday = alone
        out.yearless.append(Yearless(day, "published-line", confidence, f"{note} without a year", weekday))
        return True
    return False


# a statement's release label with its day in brackets, inside its heading ("PRESS STATEMENT [FOR
# IMMEDIATE RELEASE - 29/03/2020] …", "(Release: March 29, 2020)")
_RELEASE_BRACKETS = re.compile(
    r"[\[(]\s*(?:(?:for\s+)?immediate\s+)?release(?:\s+date)?\s*[-–—:]?\s*(?P<when>[^\[\]()]{6,40}?)\s*[\])]",
    re.I,
)


def _release_in_brackets(head: list[Unit], out: Cleaned, order: DayOrder | None) -> None:
    """The day a statement's release label gives in brackets, on one of the first lines: the
    statement's own date, as a labelled date line is."""
    for unit in head:
        m = _RELEASE_BRACKETS.search(unit.plain)
        found = find_dates(m["when"], order) if m else []
        if len(found) == 1 and not date_lines.strip_rest(
            m["when"][: found[0].start] + m["when"][found[0].end :]
        ):
            _add(out, "published-line", 0.9, f"the release label {m.group(0)!r}", found[0].value.isoformat())
            return


# how far from a day the text mentions a reading of the URL's six-digit folder may lie (a story is
# filed within days of the events it reports)
_FOLDER_REACH = 3


def _six_digit_day(out: Cleaned, body: list[str], url: str | None, removed: list[str], as_of: date) -> None:
    """A URL folder of six digits ("/060124/", or "/19/0312/") reads as a day in up to three orders
    (ddmmyy, yymmdd, mmddyy), and so does an article number that opens with its yymmdd ("/2505164726/",
    `url_code_days`); ids look the same, so it is taken only where the text supports exactly
    one reading: a day the article mentions, with or without its year, lies within three days of it;
    else the weekday the lead's first sentence names first ("arrived on Wednesday for a visit through
    Friday"; round 24: two readings on two weekdays it names confirm nothing) falls on one
    reading only (the dateline's own day, as `tenure_years` takes it). A six-digit word inside the
    slug ("pakistan-250516-briefing") is an id more often still, and so is a ten-digit number read as
    a Unix time ("-1715013383-"): only a reading the page writes out as a full date, that very day,
    counts, in the body or in a line taken out of it (a photo's caption dates the picture, mostly
    taken on the story's day; an id read as a day falls on a day the page prints only by rare chance,
    one or two days of some twelve thousand)."""
    folders = [d for d in url_six_digits(url, folders=True) + url_code_days(url) if d <= as_of]
    words = [d for d in url_six_digits(url) + url_unix_days(url) if d <= as_of and d not in folders]
    if not folders and not words:
        return
    full = [f.value for line in body for f in find_dates(line)]
    yearless = [md for line in body for md in find_yearless(line)]

    def near(day: date) -> bool:
        mentioned = full + [
            d for md in yearless for y in (day.year - 1, day.year, day.year + 1) if (d := _on(y, md))
        ]
        return any(abs((d - day).days) <= _FOLDER_REACH for d in mentioned)

    supported = [d for d in folders if near(d)]
    lead = "\n".join(body)
    named = lead_weekdays(lead, first_sentence=True)
    fits = [d for d in folders if d.weekday() in named]
    printed = full + [f.value for line in removed for f in find_dates(line)]
    exact = [d for d in words if d in printed]
    if len(supported) == 1:
        day, why, confidence = supported[0], "the text mentions a day near it", 0.6
    elif not supported and len(fits) == 1 and fits[0].weekday() == first_weekday(lead):
        day, why, confidence = fits[0], "the one reading on the weekday the lead names first", 0.55
    elif not supported and len(exact) == 1:
        day, why, confidence = exact[0], "the page gives that very day", 0.55
    else:
        return
    note = f"from a number in the URL read as {day}: {why}"
    out.dates.append(PublishedDate(day.isoformat(), "url", confidence, note, True))


def _on(year: int, md: MonthDay) -> date | None:
    try:
        return date(year, md.month, md.day)
    except ValueError:
        return None


def _note_order(out: Cleaned, order: DayOrder | None, reason: str) -> None:
    if out.ambiguous or (order and any(d.value for d in out.dates)):
        out.notes.append(f"numeric dates read {order or 'with both readings'}: {reason}")


_AGO_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def _relative_stamps(head: list[Unit], out: Cleaned, crawled: date | datetime | None) -> None:
    """A header line that only says how long ago ("Published 3 hours ago", "2 days ago") dates the
    article from the crawl: counted back from its time for seconds, minutes and hours, from its day
    for days and weeks. Without a crawl (or, for hours, without its time of day) it dates nothing."""
    for unit in head:
        m = _AGO.search(unit.plain)
        if unit.kind not in ("date", "published", "modified") or unit.iso or m is None:
            continue
        amount = 1 if m["n"].lower() in ("a", "an") else int(m["n"])
        unit_name = _AGO_UNITS["m" if m["unit"].lower().startswith("min") else m["unit"][0].lower()]
        if unit_name in ("days", "weeks") and crawled is not None:
            crawl_day = crawled.date() if isinstance(crawled, datetime) else crawled
            day = crawl_day - timedelta(**{unit_name: amount})
        elif isinstance(crawled, datetime):
            day = (crawled - timedelta(**{unit_name: amount})).date()
        else:
            out.notes.append(f"{unit.plain!r}: a relative stamp, and no crawl time to count it back from")
            continue
        note = f"{unit.plain!r} counted back from the crawl ({crawled.isoformat()})"
        confidence = 0.5 if unit.kind == "modified" else 0.6  # an update's stamp: the original is earlier
        out.dates.append(PublishedDate(day.isoformat(), "published-line", confidence, note, True))


# A line that gives only an update ("Updated 14 March 2024, 12:00"): the original is that day or
# earlier, so any other line of the page as sure (a bare date line below the byline, 0.6) is more
# likely the original and wins; alone it is still the page's date (round 24)
UPDATE_ONLY = 0.55
# Date lines outside the header: base confidence and where they stand (a trailing one is the outlet's
# own date line more often than one loose below the header).
_LOOSE_LINES = {
    "trailing date": (0.7, "after the body"),
    "loose date": (0.6, "below the header"),
    "inner date": (0.5, "between the story's paragraphs"),
    "print edition": (0.6, "of the print edition"),
}


def _date_candidates(
    units: list[Unit],
    title_at: int | None,
    head_end: int,
    out: Cleaned,
    url_month: tuple[int, int] | None,
    url_days: list[date],
) -> None:
    head = units[: head_end + 1]
    lead = [u for u in units[head_end + 1 :] if u.kind == "text"][:3]  # the first paragraphs
    footer = _post_footer(units[head_end + 1 :])
    teaser = _teaser_over_header(units, title_at, head_end)
    for i, unit in enumerate(units):
        extra = {"update": unit.update, "other_reading": unit.other_reading}
        if i == teaser:
            out.notes.append(f"{unit.plain!r} dates the headline above it, another story's")
            continue
        if (
            unit.kind == "byline"
            and unit.iso
            and title_at is not None
            and i < title_at
            and not _BY.match(unit.plain)
        ):
            # names and a date above the headline without "By": a masthead's place as often as an author
            _page_header_date(head, i, title_at, out, (url_month, url_days), (lead, footer), extra)
        elif unit.stamp and (unit.kind == "title" or (title_at is None and i == 0 and unit.stamp.update)):
            # the headline's line, or the first line where no headline was found when it stamps both
            # the original and the update (a sentence of a lead seldom names two dates with a label)
            original = date_lines.settle_by_weekday(unit.stamp.original, unit.stamp.weekday)
            update = unit.stamp.update.value.isoformat() if unit.stamp.update else None
            note = f"a date stamp closing the line {unit.plain!r}"
            _add(out, "published-line", 0.6, note, original.value.isoformat(), update)
        elif unit.kind == "title" and (closing := _title_date(unit.plain, units[i + 1 :])):
            note = f"a date closing the headline {unit.plain!r} (a dated issue's title)"
            _add(out, "header", TITLE_DATE_CONFIDENCE, note, closing.value.isoformat())
        elif unit.kind == "breadcrumb" and unit.iso:
            note = f"from the breadcrumb {unit.plain!r}"
            _add(out, "published-line", BREADCRUMB_CONFIDENCE, note, unit.iso, **extra)
        elif unit.kind == "published" and unit.iso:
            _add(out, "published-line", 0.95, f"from {unit.plain!r}", unit.iso, **extra)
        elif unit.kind == "modified" and unit.iso:
            _add(
                out, "published-line", UPDATE_ONLY, f"only a modified date: {unit.plain!r}", unit.iso, **extra
            )
        elif unit.kind == "byline" and unit.iso:
            _add(out, "byline", 0.9, f"from the byline {unit.plain!r}", unit.iso, **extra)
        elif unit.kind == "dateline" and unit.iso:
            _add(out, "dateline", 0.8, f"from the dateline {unit.plain!r}", unit.iso, **extra)
        elif unit.kind == "dateline" and unit.yearless:
            note = f"dateline {unit.plain!r} without a year"
            out.yearless.append(Yearless(unit.yearless, "dateline", 0.8, note, unit.weekday))
        elif unit.kind == "date" and unit.yearless and i <= head_end:
            header = _header_date(head, i, title_at)
            note = f"date line {unit.plain!r} without a year ({header.note})"
            out.yearless.append(Yearless(unit.yearless, header.source, header.confidence, note, unit.weekday))
        elif unit.kind in _LOOSE_LINES and unit.iso:
            base, where = _LOOSE_LINES[unit.kind]
            note = f"date line {where} {unit.plain!r}"
            _add(out, "published-line", base + _weekday_bonus(unit), note, unit.iso, **extra)
        elif unit.kind == "date" and unit.iso and i <= head_end:  # a relative stamp: _relative_stamps
            header = _header_date(head, i, title_at)
            if header.source == "header":
                _page_header_date(head, i, title_at, out, (url_month, url_days), (lead, footer), extra)
            else:
                _add(out, header.source, header.confidence, header.note, unit.iso, **extra)


def _teaser_over_header(units: list[Unit], title_at: int | None, head_end: int) -> int | None:
    """The index of a date line right under a headline the body does not speak of, with a second date
    line right below it: a sidebar's teaser of another story and its day, taken for the headline
    where the article's own headline is missing; the second date line is the article's (round 23)."""
    if title_at is None or title_at + 2 > head_end:
        return None
    first, second = units[title_at + 1], units[title_at + 2]
    # the teaser is a newer story than the page it stands on (an older day above a newer one is an
    # original above its update, or a schedule's first day)
    if not (first.kind == second.kind == "date" and first.iso and second.iso and first.iso > second.iso):
        return None
    body = [u.plain for u in units[head_end + 1 :] if u.kind == "text" and not headline_like(u.plain, 20)]
    return title_at + 1 if _unrelated_headline(units[title_at].plain, _vocabulary(body)) else None


# A headline that ends with a full date after a dash, a colon, an opening bracket or a noun ("News in
# Brief - March 4, 2019", "Weekly Update June 2, 2023", "Council minutes (March 4, 2019)") names the
# day of that issue; after a preposition ("Questions for 1 April 2019", "Vote set on March 4") it names
# the day of something else. Below every other source: a page's own date line, even one above the
# headline, says more.
TITLE_DATE_CONFIDENCE = 0.2
_BEFORE_TITLE_DATE = re.compile(
    r"(?:[-–—:|,(]|(?<![^\W\d_])(?!(?:on|for|by|until|till|from|to|before|after|since|in|at|of|through"
    r"|during|between|and|than|du|de|del|des|le|la|el)\b)[^\W\d_]+)\s*$",
    re.I,
)


# the first day of a span that the closing date ends ("Weekly Review: 31 Aug-6 Sep 22", "1 - 7 March
# 2024"): the title names the period covered, and the issue's day is not written
_RANGE_START = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?(?:\s+[^\W\d_]{3,9}\.?)?\s*[-–—]\s*$")


# the record of what was said on a day, named in its title ("Spokesperson's Regular Press Conference
# on March 21, 2019", "Transcript of the Briefing of 4 May 2022", "Weekly Media Briefing by the
# Spokesperson on Friday, 16th May 2025", "Remarks by the Minister at the Port Forum on 16 May 2025": who
# gave it, where, and the weekday may stand between): the page is that day's record
_RECORD_ON = re.compile(
    r"\b(?:press\s+conference|(?:press|media|news)\s+briefing|briefing|remarks|transcript|minutes"
    r"|proceedings)(?:\s+(?:by|at)\s+(?:the\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,3}?){0,2}\s+(?:on|of|for|held\s+on)\s*"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?$",
    re.I,
)


# the issue's number or code in brackets after its day ("Weekly Report - 18 June 2020 (WR-20-24)",
# "Bulletin, 3 May 2021 (No. 17)")
_ISSUE_CODE = re.compile(r"\s*\((?:no\.?\s*)?[A-Z0-9][\w./-]{0,15}\)\s*$", re.I)


def _title_date(title: str, below: list[Unit]) -> FoundDate | None:
    """The date closing a headline, where it names the issue's day (or the day of the briefing or
    conference it records): not when the text below gives the same day again (then it is the day of
    an event the article announces or reports)."""
    found = find_dates(title)
    if not found or _ISSUE_CODE.sub("", title[found[-1].end :]).strip(" .)"):
        return None
    day = found[-1].value
    before = title[: found[-1].start]
    if _RECORD_ON.search(before):
        return found[-1]
    if not _BEFORE_TITLE_DATE.search(before) or _RANGE_START.search(before):
        return None
    for unit in below:
        if unit.kind == "text" and any(
            (md.month, md.day) == (day.month, day.day) for md in find_yearless(unit.plain)
        ):
            return None
    return found[-1]


_READING_TIME = re.compile(r"\b\d+\s+min(?:ute)?s?\s+read\b", re.I)
_READING_TIME_BEFORE = re.compile(r"\d+\s+min(?:ute)?s?\s+read\s*[|·•,-]?\s*$", re.I)


def _page_header_date(
    head: list[Unit],
    i: int,
    title_at: int | None,
    out: Cleaned,
    url: tuple[tuple[int, int] | None, list[date]],
    below: tuple[list[Unit], str | None],
    extra,
) -> None:
    """A date line above the headline (or beside a date in another calendar) is a blog's post date
    as often as the site's day of the crawl ("Friday 24 May 2019" over a story of the year before,
    "Abu Dhabi, UAEFriday 24 May 2019" under the site's name). It counts as a candidate only where
    something marks it as the post's: the URL's /YYYY/MM/ agrees or its slug spells the same day
    ("today-in-parliament-13th-december-2023", "April24-2020"), it gives the minute ("Saturday,
    17 January 2026 15:51": a post's stamp; a site's day header names the day alone), a reading time
    stands beside it ("1 min read"), an author's "By Name" line does (as sure as the minute; round
    30), the lead states the same day, a blog's post footer closes the article with the time of day
    ("Posted by Name at 10:15 AM": the day is in the header), or the day
    stands alone right above a headline that leads into its story ("05 January 2026", no weekday, no
    weather above: `_bare_day`). Otherwise (and for a time of day the header prints twice, as a site's
    clock is for two layouts) it only bounds the year of a day given without one."""
    unit = head[i]
    day = date.fromisoformat(unit.iso)
    lead, footer = below
    url_month, url_days = url
    header = _header_date(head, i, title_at)
    confidence = HEADER_DATE_CONFIDENCE
    beside = " ".join(u.plain for u in head[max(0, i - 1) : i + 2])
    # the site's clock is page furniture, printed again for another layout; a post's stamp is printed once
    repeated = any(u is not unit and u.plain == unit.plain for u in head)
    # the weather above it ("28°C Harbourtown", "5.4 C"): the site's own header, with its day
    weather = any(_WEATHER.search(u.plain) for u in head[:i])
    if url_month == (day.year, day.month):
        why = f"the URL's /{day.year}/{day.month:02d}/ agrees"
    elif day in url_days:
        why = "the URL spells the same day"
    elif _clock(unit.plain) and not repeated:
        why = "it gives the time of day, as a post's stamp does"
        confidence = STAMPED_HEADER_CONFIDENCE
    elif _READING_TIME.search(beside):
        why = "a reading time stands beside it, as in a post's header"
    elif any(
        u is not unit and u.kind == "byline" and _BY.match(u.plain) for u in head[max(0, i - 1) : i + 2]
    ):
        # round 30: "By Name" right above or below the day signs the piece, as a memo or an op-ed
        # opening with its author prints it; a site's day header stands by its menus, not an author
        why = "an author's byline stands beside it, as the piece's signature does"
        confidence = STAMPED_HEADER_CONFIDENCE
    elif _lead_gives(day, lead):
        why = "the lead gives the same day"
    elif footer is not None:
        why = f"a blog's post footer gives the time of day ({footer!r})"
    elif title_at == i + 1 and _bare_day(unit) and _leads_into_story(head, title_at) and not weather:
        why = "the day alone stands right above the headline, as a post's date line does"
    elif title_at is None and i == len(head) - 1 and _placed_day(unit) and lead and not weather:
        why = "a place and its day alone open the page right above the body, as a dateline's line does"
    elif title_at is None and i == len(head) - 1 and _bare_day(unit) and _datelined(lead) and not weather:
        why = "the day alone stands right above a lead opening with its dateline, as a story's date line does"
    elif title_at is None and i == 0 and len(head) == 1 and _bare_day(unit) and _today_lead(lead):
        # round 23: nothing above it (no site name, menu or headline) and a lead telling what happened
        # "today" right below: a statement's own date line, the day its "today" means
        why = "the day alone opens the page above a lead that tells of today: a statement's date line"
        confidence = STAMPED_HEADER_CONFIDENCE
    else:
        out.page_days.append(day)
        out.notes.append(
            f"{unit.plain!r} above the headline: a page header's day (the crawl's or the post's), "
            "not taken for the publication date without a URL that agrees or a time of day"
        )
        return
    _add(out, "header", confidence, f"{header.note}; {why}", unit.iso, **extra)


def _clock(plain: str) -> bool:
    """A clock time beside the line's dates, not inside one: "14.03" of "14.03.2023" is its day and
    month, and a site's day header in that form gives no minute."""
    for f in reversed(find_dates(plain)):
        plain = plain[: f.start] + " " + plain[f.end :]
    return date_lines.TIME.search(plain) is not None


_TODAY = re.compile(r"\btoday\b", re.I)


def _today_lead(lead: list[Unit]) -> bool:
    """The first paragraph tells what happened "today" ("The council met today to …")."""
    return bool(lead) and _TODAY.search(lead[0].plain) is not None


def _lead_gives(day: date, lead: list[Unit]) -> bool:
    """The first paragraphs name the day, with its year or without ("On July 8, the Minister …" under
    "July 8, 2024": a readout or a release opens with the day it tells of, the year left to its date
    line). A site's day header agrees with a month and day of the story only when the page was read
    on the story's day, which then is the post's day too."""
    for unit in lead:
        if any(f.value == day for f in find_dates(unit.plain)):
            return True
        if any((md.month, md.day) == (day.month, day.day) for md in find_yearless(unit.plain)):
            return True
    return False


# one place or a few from the narrowest ("Kigali, ", "Parliament, Windhoek, ": a speech's venue and city);
# a word of at most 41 characters, as in `date_lines._WORD`: "-" both continues a word and joins two
_PLACE_BEFORE_DAY = re.compile(r"(?:[A-Z][\w'’.-]{1,40}(?:[ -][A-Z][\w'’.-]{1,40}){0,2},\s*){1,3}")


def _placed_day(unit: Unit) -> bool:
    """A line of a place (or a venue and its city) and one full date and nothing else ("Kigali, 26
    February 2013", "Parliament, Windhoek, 14 March 2024"), without the weekday or the clock a site's
    day header prints."""
    found = find_dates(unit.plain)
    if len(found) != 1 or date_lines.WEEKDAY.search(unit.plain) or _clock(unit.plain):
        return False
    before, after = unit.plain[: found[0].start], unit.plain[found[0].end :]
    return bool(_PLACE_BEFORE_DAY.fullmatch(before)) and not after.strip(" .:")


def _venue_day(unit: Unit) -> bool:
    """A place line of two places or more ("Council Chamber, Riverton, 7 March 2022"): a venue and its
    city, where one name before the day could as well be a person's signing."""
    found = find_dates(unit.plain)
    return _placed_day(unit) and unit.plain[: found[0].start].count(",") >= 2


def _datelined(lead: list[Unit]) -> bool:
    """The first paragraph opens with a wire dateline: a place in capitals and a dash or colon
    ("JAKARTA – The race …"), with or without its date."""
    if not lead:
        return False
    m = _DATELINE_PREFIX.match(lead[0].plain)
    return (
        bool(m and re.search(r"[A-Z]{3}", m["place"])) or date_lines.dated_prefix(lead[0].plain) is not None
    )


def _bare_day(unit: Unit) -> bool:
    """A line that is one date and nothing else ("05 January 2026", "September 20, 2012"): a site's
    day header names the weekday as a calendar does, or stands beside its clock, its weather and
    its links; a post's date line over its headline often gives the day alone."""
    found = find_dates(unit.plain)
    if len(found) != 1 or date_lines.WEEKDAY.search(unit.plain) or _clock(unit.plain):
        return False
    return not unit.plain[: found[0].start].strip() and not unit.plain[found[0].end :].strip(" .")


_WEATHER = re.compile(r"-?\d{1,2}(?:[.,]\d)?\s*°\s*(?:[CF]\b|(?!\w))|^-?\d{1,2}(?:[.,]\d)?\s*[CF]$")


def _leads_into_story(head: list[Unit], title_at: int) -> bool:
    """The line taken for the headline runs into its story (a subtitle or the lead follows), not into
    the site's menus or trail as a site's tagline under its day header does."""
    return title_at + 1 >= len(head) or head[title_at + 1].kind in ("dek", "text", "repeat")


# A blog's post footer: the author and the time of day, the day itself printed above the headline
# ("Posted by Name at 10:15 AM", "at 10:15 AM", "Posted at 22:05")
_POST_FOOTER = re.compile(
    rf"(?:posted\s+(?:by\s+[^\d|]{{1,60}}?\s+)?)?at\s+(?:{date_lines.TIME.pattern})", re.I
)


def _post_footer(below: list[Unit]) -> str | None:
    """The first line after the header that is a blog's post footer: after the body's sentences."""
    paragraphs = [k for k, u in enumerate(below) if u.kind == "text" and _SENTENCE_END.search(u.plain)]
    last = max(paragraphs, default=len(below))
    return next((u.plain for u in below[last + 1 :] if _POST_FOOTER.fullmatch(u.plain)), None)


_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _weekday_bonus(unit: Unit) -> float:
    """A date line outside the header that names the right weekday ("Wednesday, February 22, 2023 |
    22:14") was written as the article's date line, not mentioned in passing: 0.1 more."""
    named = date_lines.WEEKDAY.search(unit.plain)
    if named is None or unit.iso is None:
        return 0.0
    return 0.1 if named.group(0).lower()[:3] == _WEEKDAYS[date.fromisoformat(unit.iso).weekday()] else 0.0


def _header_date(head: list[Unit], i: int, title_at: int | None) -> PublishedDate:
    unit = head[i]
    beside_calendar = any(u.reason == CALENDAR for u in head[max(0, i - 1) : i + 2])
    if beside_calendar or title_at is None or i < title_at:
        why = "next to a date in another calendar" if beside_calendar else "above the headline"
        note = (
            f"{unit.plain!r} sits {why}: typical of a page header showing the day of the crawl, "
            "not the article's date"
        )
        return PublishedDate(unit.iso, "header", HEADER_DATE_CONFIDENCE, note)
    between = head[title_at + 1 : i]
    if all(u.kind in ("dek", "text", "repeat") for u in between):
        return PublishedDate(unit.iso, "published-line", 0.75, "date line directly under the headline")
    return PublishedDate(unit.iso, "published-line", 0.6, "date line in the article header")
