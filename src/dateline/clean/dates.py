"""Calendar dates in header lines, date lines, datelines and URLs, and the outlet's day/month order.

Finding is ours, parsing is dateutil's. A header line needs full dates with their exact span, and a
library that searches free text (dateparser.search_dates) also turns "Monday" or "02:00" into
today's date, which would invent a publication date; so regular expressions find the candidate
spans ("Monday, 14 October 2024", "14.10.24", "21-February-2021", "2023-1-5"). Each span is then
read by dateutil's parser with fixed settings: a fixed default (no clock), the day/month order
decided here from the outlet's convention (never guessed per string), and a fixed two-digit-year
pivot (dateutil's own pivot slides with the current year). Month names of a few other languages are
added to dateutil's English table: English-language pages from elsewhere print them in date lines.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import ClassVar, Literal
from urllib.parse import SplitResult, parse_qsl, unquote, urlsplit

from dateutil import parser as dateutil_parser

from dateline.clean.outlets import outlet_order
from dateline.clean.tables import data_rows

DayOrder = Literal["dmy", "mdy"]

# English first (dateutil's own), then Spanish, Portuguese, French, German, Italian, Indonesian, Dutch,
# Turkish and Russian (genitive, as dates print it): English-language pages from those countries use
# their own month names in date lines ("14 Ekim 2024", "3 maart 2023").
# Russian also by its short names ("07 янв 2022, 11:44", as Russian-language content systems stamp a
# story): in Cyrillic a three-letter name is no English word, as "mar" or "dec" would be (round 30).
_OTHER_MONTHS = (
    ("enero", "janeiro", "janvier", "januar", "gennaio", "januari", "ene", "ocak", "января", "янв"),
    ("febrero", "fevereiro", "février", "fevrier", "februar", "febbraio", "februari", "fev", "şubat", "subat",
     "февраля", "фев", "февр"),
    ("marzo", "março", "marco", "mars", "märz", "maret", "maart", "марта", "мар"),
    ("abril", "avril", "aprile", "nisan", "апреля", "апр"),
    ("mayo", "maio", "mai", "maggio", "mei", "mayıs", "mayis", "мая"),
    ("junio", "junho", "juin", "juni", "giugno", "haziran", "июня", "июн"),
    ("julio", "julho", "juillet", "juli", "luglio", "temmuz", "июля", "июл"),
    ("agosto", "août", "aout", "agustus", "augustus", "ago", "ağustos", "agustos", "августа", "авг"),
    ("septiembre", "setiembre", "setembro", "septembre", "settembre", "set", "eylül", "eylul", "сентября",
     "сен", "сент"),
    ("octubre", "outubro", "octobre", "oktober", "ottobre", "okt", "out", "ekim", "октября", "окт"),
    ("noviembre", "novembro", "novembre", "nopember", "kasım", "kasim", "ноября", "ноя", "нояб"),
    ("diciembre", "dezembro", "décembre", "decembre", "dezember", "dicembre", "desember", "dez", "dic",
     "aralık", "aralik", "декабря", "дек"),
)  # fmt: skip


def _cldr_months() -> list[tuple[str, ...]]:
    """Month names of more languages (Romanian, Polish, Czech, Hungarian, the Balkans, the Baltics, the
    Nordics, Greek, Ukrainian, Malay, Swahili ...), one tuple a month, from `data/month_names.tsv`
    (made from the Unicode CLDR): English-language pages from those countries print them in date
    lines too ("12 noiembrie 2019"). A name the hand-made list above gives another month is left out."""
    taken = {word: k for k, names in enumerate(_OTHER_MONTHS) for word in names}
    months: list[list[str]] = [[] for _ in range(12)]
    for line in data_rows("month_names.tsv"):
        number, word = line.split("\t")[:2]
        if taken.get(word, int(number) - 1) == int(number) - 1:
            months[int(number) - 1].append(word)
    return [tuple(names) for names in months]


class _Names(dateutil_parser.parserinfo):
    MONTHS: ClassVar[list[tuple[str, ...]]] = [
        tuple(dict.fromkeys((*english, *other, *cldr)))
        for english, other, cldr in zip(
            dateutil_parser.parserinfo.MONTHS, _OTHER_MONTHS, _cldr_months(), strict=True
        )
    ]

    def convertyear(self, year: int, century_specified: bool = False) -> int:
        # A fixed pivot: two-digit years in news pages are this century up to '69.
        if year < 100 and not century_specified:
            return year + (2000 if year < 70 else 1900)
        return year


_INFO = _Names()
_DEFAULT = datetime(2000, 1, 1)  # every span found has day, month and year: the default never shows


def _trie(words: set[str]) -> str:
    """One regular expression for a set of words, branching letter by letter ("ju(?:ne|ly)"): Python's
    engine tries a plain alternation word after word at every position, and with the month names of
    some thirty languages that made date finding the slowest step of cleaning. Longer words first at
    every branch, so the longest name matches ("marzo" before "mar")."""
    tree: dict = {}
    for word in sorted(words):  # one pattern whatever the set's order
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + pattern(child) for ch, child in node.items() if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and not ends else f"(?:{'|'.join(branches)})"
        return f"{body}?" if ends else body

    return pattern(tree)


# every month name of every language above, lower case and without a group: read it case-blind. Lower
# case in the trie too: dateutil's "Nov" beside the CLDR's "novemba" made two branches ("N…", "n…")
# that both match case-blind, and the one tried first (in the set's order, which changes from run to
# run with the string hash) could stop at "Nov" of "30 Novemba" (round 22)
MONTH_NAMES = _trie({w.lower() for names in _INFO.MONTHS for w in names if len(w) >= 3})
_MONTH = rf"(?P<m>{MONTH_NAMES}\.?)"
_DAY = r"(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
# A two-digit year must end the date: "14 October 24" but not "5 March 20 people" or "May 3 19:00".
# An apostrophe stands for the century ("Mar 5th '24"): only before two digits. A page store that
# runs a header's parts together glues the clock time to the year ("March 5, 20246:15 AM").
_APOSTROPHES = "'’‘"
_YEAR = (
    r"(?P<y>(?:1[89]|2[01])\d\d(?:(?!\d)|(?=\d{1,2}:\d\d))"
    rf"|[{_APOSTROPHES}]?\d\d(?![\d:]|\s*[^\W\d_]|\.\d))"
)
# a word start, or glued to a name ("TASSMay 1"); never inside a number ("2024-Mar-05" has no day 24)
_START = r"(?:(?<=[a-z])(?=[A-Z])|(?<![^\W_]))"
_DM = r"(?:\s*[-/.]?\s*|\s+(?:of|de)\s+)"  # between day and month: "14 October", "21-February", "12 de marzo"
# between month and year; Spanish and Italian also write "del" there ("21 de octubre del 2023", "12
# maggio del 2023"), as Latin American and Italian outlets print a dateline's day (round 30)
_MY = r"(?:\s*[-/,.]?\s*|\s+del?\s+)"
_PATTERNS = [
    ("named", re.compile(rf"{_START}{_DAY}{_DM}{_MONTH}{_MY}{_YEAR}", re.I)),
    ("named", re.compile(rf"{_START}{_MONTH}\s*{_DAY}(?:\s*,\s*|\s+|,){_YEAR}", re.I)),
    # dashes between the three ("Oct-14-2024", "Oct - 14 - 2024"), as some content systems print a date line
    ("named", re.compile(rf"{_START}{_MONTH}\s*-\s*{_DAY}\s*-\s*(?P<y>(?:19|20)\d\d)(?!\d)", re.I)),
    # the year first, then the month's name and the day ("2024 March 5", "2024-Mar-05"), as some
    # East Asian outlets write it in English
    ("named", re.compile(
        rf"(?<![\w.])(?P<y>(?:19|20)\d\d)(?:\s*[-/.]\s*|\s+){_MONTH}(?:\s*[-/.]\s*|\s+){_DAY}(?![\w:])", re.I
    )),
    # a comma after the day ("Sunday 20, January 2019", "24, December 2018"): only opening the line or
    # after a weekday, since "Issue 3, March 2020" numbers something else
    ("named", re.compile(
        rf"(?:^|(?<![^\W\d_])(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+){_DAY},\s*{_MONTH}{_MY}{_YEAR}",
        re.I,
    )),
    ("iso", re.compile(
        r"(?<!\d)(?P<y>(?:19|20)\d\d)(?P<s>[-/.])(?P<m>1[0-2]|0?[1-9])(?P=s)(?P<d>3[01]|[12]\d|0?[1-9])(?!\d)"
    )),
    # year, month and day with the Chinese/Japanese or Korean unit signs ("2024年3月5日", "2024년 3월 5일"),
    # as pages of those countries' outlets print them over English text
    ("iso", re.compile(
        r"(?<!\d)(?P<y>(?:19|20)\d\d)\s*[年년]\s*(?P<m>1[0-2]|0?[1-9])\s*[月월]\s*(?P<d>3[01]|[12]\d|0?[1-9])\s*[日일]"
    )),
    ("numeric", re.compile(
        r"(?<![\d.])(?P<a>3[01]|[12]\d|0?[1-9])(?P<s>[/.-])(?P<b>3[01]|[12]\d|0?[1-9])(?P=s)"
        r"(?P<y>(?:19|20)\d\d|\d\d)(?!\d|\.\d)"
    )),
    # Central European typography spaces a dotted date ("7. 2. 2020", "07.02. 2020", and with the first
    # dot lost, "07 02. 2020", only opening a line or after a label's colon): day first, as every dotted
    # date; only with a four-digit year after ". "
    ("spaced", re.compile(
        r"(?:(?<![\d.])(?P<a>3[01]|[12]\d|0?[1-9])\.\s?|(?:^|(?<=:)|(?<=:\s))(?P<a2>3[01]|[12]\d|0?[1-9])\s)"
        r"(?P<b>1[0-2]|0?[1-9])\.\s(?P<y>(?:19|20)\d\d)(?!\d|\.\d)"
    )),
]  # fmt: skip
_NUMERIC = next(pattern for kind, pattern in _PATTERNS if kind == "numeric")
# Month and day without a year: a wire dateline "ISLAMABAD, Jan 17 (Reuters) -", "BAKU, May 1".
_DAY_2, _MONTH_2 = _DAY.replace("<d>", "<d2>"), _MONTH.replace("<m>", "<m2>")
YEARLESS = re.compile(rf"{_START}(?:{_MONTH}\s*{_DAY}(?![\d:])|{_DAY_2}\s+{_MONTH_2})", re.I)


@dataclass(frozen=True)
class FoundDate:
    start: int
    end: int
    value: date
    ambiguous: date | None = None  # the other reading of a numeric date neither convention settled


def find_dates(text: str, order: DayOrder | None = None) -> list[FoundDate]:
    """Full dates (day, month and year) in `text`, in order, without overlaps. A numeric date whose
    day and month could be swapped ("03/04/2021") is read in `order`; without one it is kept with
    both readings (`ambiguous`), the first in day-first order."""
    found: list[FoundDate] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(f.start < m.end() and m.start() < f.end for f in found):
                continue
            item = _read(kind, m, order)
            if item is not None:
                found.append(item)
    return sorted(found, key=lambda f: f.start)


def _read(kind: str, m: re.Match[str], order: DayOrder | None) -> FoundDate | None:
    if kind == "numeric":
        a, b = int(m["a"]), int(m["b"])
        # Dots are day-first wherever they are written ("14.10.24"): the month-first countries use
        # slashes, so only a slash or hyphen leaves the order to the outlet's convention.
        order = order or ("dmy" if m["s"] == "." else None)
        if a <= 12 and b <= 12 and a != b and order is None:
            first, second = _parse(m.group(0), dayfirst=True), _parse(m.group(0), dayfirst=False)
            if first is None or second is None:
                return None
            return FoundDate(m.start(), m.end(), first, second)
        dayfirst = order != "mdy" if a <= 12 and b <= 12 else a > 12
        value = _parse(m.group(0), dayfirst=dayfirst)
    elif kind == "iso":
        value = _safe(int(m["y"]), int(m["m"]), int(m["d"]))
    elif kind == "spaced":
        value = _safe(int(m["y"]), int(m["b"]), int(m["a"] or m["a2"]))
    else:
        value = _parse(f"{m['d']} {m['m'].rstrip('.')} {m['y'].lstrip(_APOSTROPHES)}", dayfirst=True)
    return FoundDate(m.start(), m.end(), value) if value is not None else None


def _parse(text: str, dayfirst: bool) -> date | None:
    try:
        return dateutil_parser.parse(text, parserinfo=_INFO, dayfirst=dayfirst, default=_DEFAULT).date()
    except (ValueError, OverflowError):
        return None


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


@dataclass(frozen=True)
class MonthDay:
    start: int
    end: int
    month: int
    day: int

    @property
    def iso(self) -> str:
        return f"--{self.month:02d}-{self.day:02d}"


def find_yearless(text: str) -> list[MonthDay]:
    """Month and day without a year ("Jan. 5", "5 January")."""
    out = []
    for m in YEARLESS.finditer(text):
        day, month = m["d"] or m["d2"], (m["m"] or m["m2"]).rstrip(".")
        read = _parse(f"{day} {month} 2000", dayfirst=True)
        if read is not None:
            out.append(MonthDay(m.start(), m.end(), read.month, read.day))
    return out


# "in July 2024", "since January, 2021": a month with its year and no day
_MONTH_YEAR = re.compile(rf"{_START}{_MONTH}\s*,?\s+(?P<y>(?:19|20)\d\d)(?!\d)", re.I)


def find_month_years(text: str) -> list[date]:
    """The first day of every month named with its year and no day in `text` (capitalized: "may"
    is a verb)."""
    out = []
    for m in _MONTH_YEAR.finditer(text):
        month = _month_number(m["m"].rstrip("."))
        if month is not None and m["m"][0].isupper():
            out.append(date(int(m["y"]), month, 1))
    return out


def parse_given(value: str) -> date | None:
    """A date supplied with the input (JSONL `published`): ISO 8601 or a written-out full date."""
    value = value.strip()
    try:
        return dateutil_parser.isoparse(value).date()
    except (ValueError, OverflowError):
        pass
    found = find_dates(value)
    return found[0].value if found else None


# --- the outlet's convention for numeric dates ---------------------------------------------------

# Time zones of the countries that write month first; every other named zone is day-first.
_MDY_ZONES = {"EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "ET", "PT", "AKST", "HST"}
# A zone counts beside a clock time ("06:15 PM IST", "18:15 [ICT]", "9 a.m. ET"): alone, the same letters
# are other words ("PT Example Tbk", a company; "ICT", "GST", "SGT") and would set the wrong order.
_ZONES = re.compile(
    r"(?:\d[:.]\d\d|\d\s*(?i:[ap]\.?m\b\.?))\s*[\[(]?\s*"
    r"(?P<z>E[SD]T|C[SD]T|M[SD]T|P[SD]T|ET|PT|AKST|HST|IST|PKT|BST|CET|CEST|EET|EEST|WAT|EAT|CAT|SAST"
    r"|MSK|AEST|AEDT|JST|KST|SGT|HKT|WIB|ICT|NPT|GST|AST|PHT|MYT|NZST|NZDT|(?:GMT|UTC)\s*[+-]\s*\d{1,2})\b"
)
_MDY_DOMAINS = {"us", "gov", "mil", "ph", "pw", "mh"}  # countries that write month first
# A country's domain has two letters; these two-letter ones are sold to sites anywhere (and .eu spans
# both conventions). Longer ones (.live, .site, .news) name no country, except the US government's.
_GENERIC_DOMAINS = {"eu", "io", "co", "tv", "fm", "me", "cc", "ws", "ai", "ly", "to", "gg", "la", "so"}


def day_order(url: str | None, text: str) -> tuple[DayOrder | None, str]:
    """How the outlet writes numeric dates, with the reason: from unambiguous numeric dates in its own
    text (a day above 12), else the known outlet's convention (data/outlet_hosts.tsv), else two
    numeric dates of one line that lie days apart in one order only, else a time zone named in it,
    else the URL's country domain."""
    votes = {"dmy": 0, "mdy": 0}
    for m in _NUMERIC.finditer(text):
        a, b = int(m["a"]), int(m["b"])
        if a > 12 >= b:
            votes["dmy"] += 1
        elif b > 12 >= a:
            votes["mdy"] += 1
    if votes["dmy"] != votes["mdy"]:
        won: DayOrder = "dmy" if votes["dmy"] > votes["mdy"] else "mdy"
        return won, f"other numeric dates in the page are {won}"
    if known := outlet_order(url):
        return known[1], f"the outlet's convention ({known[0]})"
    if paired := _paired_order(text):
        return paired, f"two numeric dates of one line fall days apart only read {paired}"
    if zone := _ZONES.search(text):
        name = zone["z"]
        return ("mdy" if name in _MDY_ZONES else "dmy"), f"time zone {name}"
    parts = split_url(url)
    host = (parts.hostname or "") if parts else ""
    tld = host.rsplit(".", 1)[-1] if "." in host else ""
    if (len(tld) == 2 and tld.isalpha() and tld not in _GENERIC_DOMAINS) or tld in ("gov", "mil"):
        return ("mdy" if tld in _MDY_DOMAINS else "dmy"), f"country domain .{tld}"
    return None, "no convention found"


# how close two stamps of one line lie (a release's day and its distribution's, an original and its
# update, a span's ends)
_PAIR_REACH = 7


def _paired_order(text: str) -> DayOrder | None:
    """The order under which two ambiguous numeric dates of one line lie within a week of each other,
    where the other order puts them weeks apart ("10/06/2025 | Press release | Distributed on
    10/05/2025 23:18": 5 and 6 October, not 10 May and 10 June): a line's stamps are of one story."""
    votes = {"dmy": 0, "mdy": 0}
    for line in text.splitlines():
        # a dotted date is day-first wherever it is written (`_read`): its pairs settle nothing, and
        # their vote would pass an order to the outlet's dotted dates too
        found = [
            m for m in _NUMERIC.finditer(line) if m["s"] != "." and int(m["a"]) <= 12 and int(m["b"]) <= 12
        ]
        for first, second in itertools.pairwise(found):
            gaps = {order: _gap(first, second, order) for order in ("dmy", "mdy")}
            close = [order for order, gap in gaps.items() if gap is not None and gap <= _PAIR_REACH]
            if len(close) == 1 and all(gap is not None for gap in gaps.values()):
                votes[close[0]] += 1
    if votes["dmy"] == votes["mdy"]:
        return None
    return "dmy" if votes["dmy"] > votes["mdy"] else "mdy"


def _gap(first: re.Match[str], second: re.Match[str], order: DayOrder) -> int | None:
    """Days between two numeric dates read in `order` (None where one is no date)."""
    one, two = (_parse(m.group(0), dayfirst=order == "dmy") for m in (first, second))
    return abs((one - two).days) if one and two else None


# --- dates in URLs -------------------------------------------------------------------------------


def split_url(url: str | None) -> SplitResult | None:
    """The parts of a URL, or None for none or a malformed one (a bad port, stray brackets): a URL
    that cannot be read gives no date and no convention, it never stops the article."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
        parts.hostname, parts.port  # noqa: B018 -- both raise ValueError on a malformed netloc
    except ValueError:
        return None
    return parts


_Y, _M, _D = r"(?P<y>(?:19|20)\d\d)", r"(?P<m>0[1-9]|1[0-2])", r"(?P<d>0[1-9]|[12]\d|3[01])"
_URL_PATTERNS = (
    # /2023/11/05/ or /2023/11/5/
    (re.compile(rf"/{_Y}/(?P<m>0?[1-9]|1[0-2])/(?P<d>0?[1-9]|[12]\d|3[01])(?:/|$|[-_])"), 0.8),
    # /2023/nov/05/: the month as a word
    (re.compile(rf"/{_Y}/(?P<m>[a-z]{{3,9}})/(?P<d>0?[1-9]|[12]\d|3[01])(?:/|$|[-_])", re.I), 0.8),
    # /2016/opinion/letters/04/05/: the year folder, then sections, then month and day folders
    (re.compile(rf"/{_Y}/(?:[a-z][a-z-]*/){{1,3}}{_M}/{_D}(?:/|$|[-_])", re.I), 0.75),
    # /2016-10/29/, /201610/29/: year and month joined, the day a folder of its own (Chinese content
    # systems)
    (re.compile(rf"/{_Y}-?{_M}/{_D}(?:/|$)"), 0.8),
    # /2012/0920/ or /2012/0920_release.asp: month and day joined under the year folder
    (re.compile(rf"/{_Y}/{_M}{_D}(?:/|$|[-_.])"), 0.75),
    # /2019/11/talks-resume-14-11: year and month folders, the slug closing with the day and the
    # same month again (a content system suffixing each slug with its day); the month must agree
    (re.compile(rf"/{_Y}/{_M}/[^/?]*[-_]{_D}[-_](?P=m)/?$"), 0.7),
    # 2023-11-05, 2023_11_05 or 2023.11.05 in a slug or a folder (not inside a dotted version number);
    # a dashed day may go on with a record's dotted number ("?id=2023-11-05.46.1": the sitting's item 46)
    (re.compile(rf"(?<![\d.]){_Y}(?P<s>[-_.]){_M}(?P=s){_D}(?!\d|(?<=\.\d\d)\.\d)"), 0.8),
    # 20231105 as a word of the slug (20231105-..., _20231105.html)
    (re.compile(rf"(?<!\d){_Y}{_M}{_D}(?!\d)"), 0.8),
    # 20231105 opening a longer number (an id made of the timestamp): weaker
    (re.compile(rf"(?<!\d){_Y}{_M}{_D}(?=\d{{3,}})"), 0.65),
    # the month as a word between year and day, joined or spaced: "2012sep26", "2024 May 17 Friday"
    (re.compile(rf"(?<!\d){_Y}[ _-]?(?P<m>[a-z]{{3,9}})[ _-]?(?P<d>0?[1-9]|[12]\d|3[01])(?!\d)", re.I), 0.7),
    # a headline's date in the slug, month first: "-march-17-2023-live", "/April24-2020" (the month
    # run into its day, as file names are written); not day first: "covid-19-march-2020"
    (
        re.compile(
            rf"(?<![^\W\d_])(?P<m>[a-z]{{3,9}})[-_ ]?(?P<d>0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
            rf"[-_ ,]+{_Y}(?!\d)",
            re.I,
        ),
        0.7,
    ),
    # day first with its ordinal suffix: "-13th-december-2023" ("19-march" alone could be covid-19's)
    (
        re.compile(
            rf"(?<![\d])(?P<d>0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)[-_ ]+(?P<m>[a-z]{{3,9}})[-_ ,]+{_Y}(?!\d)",
            re.I,
        ),
        0.7,
    ),
    # day first without an ordinal as a folder of its own, "/25-Dec-2018/": a content system filing
    # each day's stories under it (inside a slug such words may end a name, below)
    (
        re.compile(rf"(?<=/)(?P<d>0?[1-9]|[12]\d|3[01])[-_](?P<m>[a-z]{{3,9}})[-_]{_Y}(?=/)", re.I),
        0.75,
    ),
    # day first without an ordinal, only as the last words of the path: a report series names each
    # issue by its day ("-situation-update-24-september-2018"); inside a slug such a number more often
    # ends a name ("covid-19-march-2020-report"), which stays a confirmation (`url_spelled_days`)
    (
        re.compile(
            rf"(?<=[-_/])(?P<d>0?[1-9]|[12]\d|3[01])[-_]+(?P<m>[a-z]{{3,9}})[-_]+{_Y}(?=/?(?:\?|$)|\.[a-z]{{2,5}}$)",
            re.I,
        ),
        0.6,
    ),
)


# A query parameter that bounds a listing ("updated-max=2017-09-22T16:08", "before=2023-01-05") is
# the edge of a page of posts (an archive or search page), not any one post's day.
_QUERY_BOUND = re.compile(r"(?:\w+[-_.])*(?:max|min|before|after|until|since|from|to|start|end)=", re.I)


def url_date(url: str | None, order: DayOrder | None = None) -> tuple[date, float, str] | None:
    """The day a URL's path or query carries (`/2023/11/05/`, `/2023/nov/05/`, `/2023-11/05/`,
    `-20231105-`, `key=20231105002104`, `/2012sep26/`, `-march-17-2023-`, `-20_12_2023`, and in the
    outlet's day/month `order` `/06/04/21/`; not a listing's bound, `updated-max=…`), with
    a confidence and what matched. Six-digit forms (051123) are not read
    here: too many ids look like them (see `url_six_digits`)."""
    parts = split_url(url)
    if parts is None:
        return None
    # each query parameter on its own (none when there is no query: a bare "?" would hide a path's end)
    # escaped characters read as written ("2024%20May%2017" is "2024 May 17")
    where = unquote(parts.path) + "".join(
        f"?{q}" for q in parts.query.split("&") if q and not _QUERY_BOUND.match(q)
    )
    for pattern, confidence in _URL_PATTERNS:
        for m in pattern.finditer(where):
            month = int(m["m"]) if m["m"].isdigit() else _month_number(m["m"])
            day = _safe(int(m["y"]), month, int(m["d"])) if month else None
            if day is not None:
                return day, confidence, m.group(0).strip("/-_")
    if (found := _query_parts_date(parts.query)) is not None:
        return found
    if (m := _UNIX_TIME.search(where)) and (day := _unix_day(int(m["s"]))) is not None:
        return day, 0.6, m.group(0).lstrip("?")
    # day and month before the year in the path, or as the value of a query key naming a date
    # ("?date=14-12-2024"), under the same rule: only where the order shows
    dated_values = [v for k, v in parse_qsl(parts.query) if _DATE_KEY.fullmatch(k)]
    for m in (m for text in (parts.path, *dated_values) for m in _URL_YEAR_LAST.finditer(text)):
        a, b = int(m["a"]), int(m["b"])
        # only where the order shows: 20_12_2023, 12-20-2023; or where it cannot matter, the day and the
        # month being the same number ("/11-11-2019/", round 30)
        shown = (a > 12) != (b > 12) or a == b
        # or folders of their own ("/08/07/2019/"), a content system filing each day's stories, in the
        # outlet's order as the short-year folders below are read (round 26); a slug's "-04-05-2023"
        # may be any two numbers of a name
        if shown or (order is not None and m["s"] == "/"):
            dayfirst = a > 12 if shown else order == "dmy"
            day = _safe(int(m["y"]), b if dayfirst else a, a if dayfirst else b)
            if day is not None:
                return day, 0.7 if shown else 0.65, m.group(0)
    for m in _URL_SHORT_YEAR.finditer(parts.path):
        a, b = int(m["a"]), int(m["b"])
        # folders of day, month and a two-digit year: in the outlet's order, or where a day above 12 shows it
        if (a > 12) != (b > 12) or order is not None:
            dayfirst = a > 12 if (a > 12) != (b > 12) else order == "dmy"
            day = _safe(2000 + int(m["y"]), b if dayfirst else a, a if dayfirst else b)
            if day is not None:
                return day, 0.65, m.group(0).strip("/")
    return None


# Year, month and day as query parameters of their own ("?yyyy=2023&mm=02&dd=22&nav_id=…"): each
# key names its part, so the order is no question; all three must be there (a year and a month alone
# are an archive's page).
_QUERY_PART_KEYS = {"yyyy": "y", "year": "y", "mm": "m", "month": "m", "dd": "d", "day": "d"}
# a query key naming a date, whose value may be one written day first or month first
_DATE_KEY = re.compile(r"date|pubdate|published|created", re.I)


def _query_parts_date(query: str) -> tuple[date, float, str] | None:
    parts: dict[str, str] = {}
    for key, value in parse_qsl(query):
        if (part := _QUERY_PART_KEYS.get(key.lower())) and re.fullmatch(r"\d{1,4}", value):
            parts.setdefault(part, value)
    if len(parts) < 3 or not re.fullmatch(r"(?:19|20)\d\d", parts["y"]):
        return None
    day = _safe(int(parts["y"]), int(parts["m"]), int(parts["d"]))
    return (day, 0.75, f"{parts['y']}-{parts['m']}-{parts['d']}") if day else None


# A Unix time under a query key that names a time ("?t=1589900000", "timestamp=1589900000123" in
# milliseconds): the moment the page was stamped, its day in UTC (a page of a zone far east of UTC may
# carry the day before its local one, so below a day written out). A bare ten-digit number in the path
# is an id as often, and is not read.
_UNIX_TIME = re.compile(
    r"\?(?:t|ts|time|timestamp|date|pubdate|published|created)=(?P<s>1\d{9})(?:\d{3})?(?![\d])", re.I
)


def _unix_day(seconds: int) -> date | None:
    day = datetime.fromtimestamp(seconds, tz=UTC).date()
    return day if day.year >= 2001 else None


# A Unix time as a number of its own in the path ("…-state-visit-1715013383-5755",
# "…-treaty-1718808236"): some content systems stamp the slug with the moment of filing. Ten-digit
# ids look the same ("/1108943217/Ceasefire-…" reads as 2005), so such a reading only confirms a
# day the text writes out, as six digits do (`url_six_digits`).
_PATH_UNIX = re.compile(r"(?<![\d.])(1\d{9})(?!\d|\.\d)")  # not in a dotted version ("v1.1710448200.2")
# the moment's local day anywhere, from UTC-12 to UTC+14: a page far east of UTC prints the next day
_ZONE_SPAN = (timedelta(hours=-12), timedelta(hours=14))


def url_unix_days(url: str | None) -> list[date]:
    """The local days (UTC-12 to UTC+14) of every ten-digit number in a URL's path read as a Unix time
    from 2001 on: each only confirms a day the text gives."""
    parts = split_url(url)
    if parts is None:
        return []
    out: list[date] = []
    for m in _PATH_UNIX.finditer(parts.path):
        moment = datetime.fromtimestamp(int(m[1]), tz=UTC)
        for shift in _ZONE_SPAN:
            if (day := (moment + shift).date()) not in out:
                out.append(day)
    return out


# "/06/04/21/" (ABS-CBN: June 4, 2021): month, day and a two-digit year as folders, read in the
# outlet's order; a year of this century only ("/12/05/98/" is an id more likely than a day)
_URL_SHORT_YEAR = re.compile(r"/(?P<a>[0-3]\d)/(?P<b>[0-3]\d)/(?P<y>[0-3]\d)/")


# Day and month before the year in a slug or as folders ("364-20_12_2023", "news-12-20-2023",
# "/20/12/2023/"): read only where a number above 12 shows which is the day; 04_05_2023 could be
# either and is left alone.
_URL_YEAR_LAST = re.compile(
    r"(?<![\d.])(?P<a>[0-3]?\d)(?P<s>[-_/])(?P<b>[0-3]?\d)(?P=s)(?P<y>(?:19|20)\d\d)(?!\d)"
)


def _month_number(word: str) -> int | None:
    try:
        return _INFO.month(word)
    except (ValueError, KeyError):
        return None


# a day spelled in a URL's path with its month as a word, in either order ("-14-march-2024",
# "sona-,-14-march-2024,-", "march-14-2024"): read only to confirm a day the text gives
_SPELLED = re.compile(
    rf"(?<!\d)(?P<d>0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?[-_ ,]+(?P<m>[a-z]{{3,9}})[-_ ,]+{_Y}(?!\d)"
    r"|(?<![^\W\d_])(?P<m2>[a-z]{3,9})[-_ ,]*(?P<d2>0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?[-_ ,]+"
    r"(?P<y2>(?:19|20)\d\d)(?!\d)",
    re.I,
)


def url_spelled_days(url: str | None) -> list[date]:
    """Every day a URL's path spells with a month word, day or month first. A day-first slug can be
    a number that ends a name ("covid-19-march-2020"), so these only confirm a day the text gives, as
    `url_six_digits` do."""
    parts = split_url(url)
    if parts is None:
        return []
    out = []
    for m in _SPELLED.finditer(unquote(parts.path)):
        word, day, year = (m["m"], m["d"], m["y"]) if m["m"] else (m["m2"], m["d2"], m["y2"])
        month = _month_number(word)
        read = _safe(int(year), month, int(day)) if month else None
        if read is not None and read not in out:
            out.append(read)
    return out


_SIX = re.compile(r"(?<![\d])(\d{6})(?![\d])")
_SIX_FOLDER = re.compile(r"(?<=/)(\d{6})(?=/|$)")


def url_six_digits(url: str | None, folders: bool = False) -> list[date]:
    """Every calendar reading (ddmmyy, yymmdd, mmddyy) of six-digit words in a URL's path (with
    `folders`, only of a folder that is nothing else: "/060124/"). Alone they prove nothing (ids
    look the same), so they only confirm a day the text gives."""
    parts = split_url(url)
    if parts is None:
        return []
    out = []
    for m in (_SIX_FOLDER if folders else _SIX).finditer(parts.path):
        digits = m[1]
        a, b, c = int(digits[:2]), int(digits[2:4]), int(digits[4:])
        for year, month, day in ((c, b, a), (a, b, c), (c, a, b)):
            read = _safe(2000 + year, month, day)
            if read is not None and read not in out:
                out.append(read)
    if folders:
        # the year's two digits a folder of their own, month and day joined in the next ("/item/19/0312/"),
        # as "/2012/0920/" writes them with the full year: one reading only
        for m in _YY_MMDD_FOLDERS.finditer(parts.path):
            read = _safe(2000 + int(m["y"]), int(m["md"][:2]), int(m["md"][2:]))
            if read is not None and read not in out:
                out.append(read)
    return out


_YY_MMDD_FOLDERS = re.compile(r"(?<=/)(?P<y>\d{2})/(?P<md>\d{4})(?=/)")


# An article number of ten to fifteen digits that opens with the day it was filed, as two-digit year,
# month and day, straight away or after one digit of the outlet's own ("/2505164726/": 25-05-16 and a
# serial; "-122041901412.html": 1, 22-04-19 and a serial). Not a ten-digit number opening with 1 (a
# Unix time, `url_unix_days`), nor one opening with a four-digit year's day (`20240117173512`, read by
# `url_date`).
_DAY_CODE = re.compile(r"(?<![\d.])(\d{10,15})(?![\d]|\.\d)")
_UNIX_LIKE = re.compile(r"1\d{9}")
_FULL_YEAR_DAY = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")


def url_code_days(url: str | None) -> list[date]:
    """The yymmdd readings of long article numbers in a URL's path (at their first or second digit).
    Serials look the same, so these, like `url_six_digits`, only confirm a day the text supports."""
    parts = split_url(url)
    if parts is None:
        return []
    out = []
    for m in _DAY_CODE.finditer(parts.path):
        digits = m[1]
        if _UNIX_LIKE.fullmatch(digits) or _FULL_YEAR_DAY.match(digits):
            continue
        for at in (0, 1):
            year, month, day = (int(digits[k : k + 2]) for k in (at, at + 2, at + 4))
            read = _safe(2000 + year, month, day)
            if read is not None and read not in out:
                out.append(read)
    return out
