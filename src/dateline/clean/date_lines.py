"""What a short header line says about dates: which of its dates is the original publication and
which an update ("By Name Posted : March 16, 2023, 18:49 Updated : March 16, 2023, 18:54"), what is
left once dates, clock times, weekdays, zones and labels are taken out (a name: a byline; nothing: a
date line), and datelines that carry a date ("Nairobi, June 2, 2023:", "DUSHANBE, May 1. /TASS/.",
"Lagos, Jan. 5 (Agency) -"). The cleaner's line rules (`plaintext`) decide where such a line sits.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from dateline.clean.dates import MONTH_NAMES, DayOrder, FoundDate, MonthDay, _trie, find_dates, find_yearless
from dateline.clean.tables import data_rows

# The labels of the same languages as the month names (dates.py): pages from those countries label
# their date lines in their own language even in English ("Publicado Tuesday, 22 March 2022").
# Romanian, Polish, Czech, Slovak, Croatian/Serbian/Bosnian, Slovene, Hungarian, Dutch and the Nordic
# languages' labels too, as the month names of data/month_names.tsv ("Publicat: 07.02.2020, 18:42").
# Korean content systems label the stamp "입력" (entered) and "수정" (revised) on their English
# editions too ("입력 2019.08.28 (15:20) 수정 2019.08.28 (16:47)", round 30)
_PUBLISHED_ELSEWHERE = (
    r"publicad[oa]|publié|publiée|veröffentlicht|pubblicato|diterbitkan|yayınlanma|publicat|opublikowano"
    r"|publikováno|publikované|objavljeno|közzétéve|megjelent|gepubliceerd"
    r"|publicerad|publisert|publiceret|julkaistu|입력"
)
_UPDATED_ELSEWHERE = (
    r"actualizad[oa]|atualizad[oa]|mis\s+à\s+jour|aktualisiert|aggiornato|diperbarui|güncellenme|actualizat"
    r"|zaktualizowano|aktualizováno|aktualizované|ažurirano|posodobljeno|frissítve|frissítés|bijgewerkt"
    r"|uppdaterad|oppdatert|opdateret|päivitetty|수정"
)
# a content system's field name printed as the label, its words run together or spaced ("PublishDate:",
# "Publish Date", "PostDate", "Date Posted")
_FIELD_LABEL = r"publish(?:ed)?\s*date|post(?:ed)?\s*date|date\s*(?:published|posted)"
_LABEL = re.compile(
    rf"\b(?P<label>{_FIELD_LABEL}|(?:(?:first|originally)\s+)?(?:published|posted|created|released)|publication\s+date"
    r"|(?:press|news|media)\s+(?:release|statement)|(?:for\s+)?immediate\s+release"
    rf"|(?:last\s+)?(?:updated|modified|edited)|update|{_PUBLISHED_ELSEWHERE}|{_UPDATED_ELSEWHERE})(?!\w)",
    re.I,
)
_UPDATE = re.compile(rf"updat|modif|edit|{_UPDATED_ELSEWHERE}", re.I)
# a clock time may be glued to the year before it by a page store that runs a header's parts together
# ("September 24, 201912:12": the year 2019, then 12:12); French and Portuguese pages write it "10h05"
# (round 24)
TIME = re.compile(
    r"(?:(?<![^\W\d_])T)?(?:\b|(?<=T)|(?<=(?<!\d)(?:19|20)\d\d))\d{1,2}(?:[:.]|h(?=\d\d))\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?(?![^\W\d_]))?|\b\d{1,2}\s*[ap]\.?m\.?(?!\w)|\b\d{1,2}[:.]\d{2}\s*hrs?\b",
    re.I,
)
# the word other languages put before a clock time and the German "Uhr" after it ("12 mars 2024 à 10h05",
# "12/03/2024 às 10h05", "12 de marzo de 2024 a las 10:05", "12 marzo 2024 alle 10:05", "12.03.2024 um
# 10:05 Uhr", "12 maart 2024 om 10:05", "kl. 10:05", "godz. 10:05"), taken out with the time: a
# byline's name beside them is then all that is left (round 24)
CLOCK_WORD = re.compile(
    r"(?<!\w)(?:à|às|a\s+las?|alle|ore|um|om|kl\.|godz\.)\s*(?=\d{1,2}(?:[:.h]\d{2}|\s*[ap]\.?m\.?|h\b))"
    r"|(?<=\d\d)\s*Uhr\b",
    re.I,
)
WEEKDAY = re.compile(
    r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\b\.?", re.I
)
ZONE = re.compile(
    r"\b(?:(?:GMT|UTC)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?|PKT|IST|EST|EDT|CST|CDT|PST|PDT|CET|CEST|BST|MSK"
    r"|AST|EAT|WAT|CAT|SAST|JST|KST|SGT|HKT|WIB|AEST|AEDT|ET|PT)\b|(?<!\w)[+-]\d{2}:?\d{2}\b"
)
# what else a date line holds: labels, the writer's credit before "by" ("post by", "written by",
# "story by": "11th August 2021 post by Name" is a byline), reading times ("3 min read", "Reading
# time: 3 min"), "2 hours ago", "in 3 years" (an archive's relative stamp), counters ("Comments (3)",
# "1.2k views", "Hits: 234", "14,998 words"), a video's or a reading's length ("2h 14m", "35m"), the
# page's tools beside the date ("Adjust font size", "Print", "Email", "Comments off", "Leave a
# comment", the share buttons), social handles, a page template's unfilled placeholder ("{{hits}}"),
# separators
FILLER = re.compile(
    r"@\w+|\{\{[^{}]*\}\}|\b(?:(?:adjust\s+)?(?:font|text)\s+size|print|e-?mail|share|listen"
    r"|comments?\s+(?:off|closed)|tweet|twitter|facebook|whatsapp|linkedin|pinterest|telegram|reddit)\b"
    rf"|\b(?:{_FIELD_LABEL}|on|at|in|by|and|(?:press|news|media)\s+(?:release|statement)|(?:for\s+)?immediate\s+release|published|updated|posted|last|date|first|originally|created|modified|edited|released"
    rf"|update|publication|{_PUBLISHED_ELSEWHERE}|{_UPDATED_ELSEWHERE}|el|le|am|il|pada|года|року"
    r"|(?:post|story|report|written|words|text|compiled|filed)(?=\s+by\b)"
    r"|hrs?|\d+\s+min(?:ute)?s?\s+read|reading\s+time\s*:?\s*\d+\s*min(?:ute)?s?"
    r"|(?:comments?|views|shares|hits)\s*:?\s*\(?\d*\)?"
    r"|[\d.,]+k?\s+(?:comments?|views|shares|hits|words)|leave\s+a\s+(?:comment|reply)"
    r"|\d{1,2}h(?:\s*\d{1,2}m)?|\d{1,3}m"
    r"|(?:in\s+)?(?:an?|\d+)\s+(?:second|minute|min|hour|hr|day|week|month|year)s?(?:\s+ago)?)\b"
    # a full stop left alone once the date closing a line is out; the year's abbreviation after it in
    # Russian and Ukrainian ("14.10.2024 г.", "14 жовтня 2024 р.", "… 2024 года"); a bare count closing
    # the line (the comment icon's "0" in "Name March 5, 2024 0")
    r"|[|,/•·●◆▪■►»:()\[\]–—+-]|(?<!\S)\.(?!\S)|(?<!\w)[гр]\.(?!\w)|(?<=\s)\d{1,4}\s*$",
    re.I,
)


@dataclass(frozen=True)
class LineDates:
    original: FoundDate | None  # the publication date the line states (or a date with no label)
    update: FoundDate | None  # a date labelled as an update
    rest: str  # the line without dates, times, weekdays, zones, labels and separators
    labelled: bool  # the line names a publication or update label
    by: bool  # the line opens with "By": a byline, whatever follows the name
    weekday: int | None = None  # the weekday the line names (Monday 0), if any


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
    rest = strip_rest(rest)
    return LineDates(original, update, rest, bool(labels), bool(_BY.match(text)), named_weekday(text))


# the source a date line credits ("Tue, 4 Jun 2024 Source: example.gov", "Source: Example Agency"), and
# the desk's editor an agency's line names after the date ("Source: Agency| 2024-10-14 09:05:33|Editor:
# desk"): the outlet the story came from and its staff, not a name that makes the line a byline
SOURCE = re.compile(r"\b(?:source|editor)\s*:\s*[^|•·]*", re.I)
# the same credit without the colon, opening the line: the outlet a story was taken from, by its name
# ("According to Example Daily November 27, 2023 21:34", "Cited from the Example Times, 27 March 2024",
# "Según Diario Ejemplo 27/11/2023", "Con información de Agencia Ejemplo …"; round 26), as sites that
# relay other outlets' stories stamp them: capitalized words, with the kind of outlet after them
# ("newspaper", "news agency"); a sentence's "according to officials who …" names no one
CREDITED = re.compile(
    r"^\s*(?i:according\s+to|(?:cited|quoted)\s+from|según|selon|secondo|con\s+información\s+de"
    r"|com\s+informações\s+d[aeo]s?)"
    r"\s+(?i:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4}"
    r"(?:\s+(?i:newspaper|daily|magazine|(?:news\s+)?agency|(?:news\s+)?portal|website|radio|TV))?,?(?=\s|$)"
)
# the service that relayed a post, opening its stamp ("via FeedBot March 3, 2021 at 10:15AM", "via
# relay.example 3 March 2021"): a blog fed from another site stamps each post with the relay's name and
# the time it carried it, which is the post's own (one name or domain: "via the embassy ..." is a
# sentence)
# a document's reference number beside its date ("Ref: PR/2024/115 Date: 14.10.2024", "Ref. No.
# MFA/PR/115/2024"): a file code in a letter's or a release's heading (one with a slash or a dash), not a
# name that makes the line a byline
# a release's number opening its heading ("PR No. 245 Islamabad, October 14, 2024", "Press Release No.
# 12/2024") is such a code too
# a document's own number or symbol in its heading ("Report | Doc. 15427 | 06 January 2022", "Document
# No. 123", "Statement No. 45", "Communiqué n° 45", a parliament's or the UN's symbol "S/2023/915",
# "A/78/L.12": round 26) is such a code too
REFERENCE = re.compile(
    r"\b(?:our\s+|your\s+)?ref(?:erence)?\.?(?:\s*no\.?)?\s*:?\s*[\w.]*[/-][\w/.-]*"
    r"|\b(?:PR|press\s+release|handout|(?:joint\s+|press\s+)?statement|communiqu[ée]|bulletin|circular|notice)"
    r"\s*(?:No\.?|n[°º]|#)\s*\d[\w/-]*"
    r"|\bdoc(?:ument)?\.?\s*(?:no\.?\s*)?\d[\w/.-]*"
    r"|(?<![\w/])(?-i:[A-Z]{1,6}(?:/[A-Z0-9][\w.]{0,12}){2,5})(?![\w/])",
    re.I,
)
# a paper's own reporter credited without a name ("From our correspondent, LAGOS, …", "By our staff
# reporter"): the desk's credit, as a source is, leaving the place and the day of a dateline
DESK = re.compile(
    r"\b(?:from|by)\s+(?:our|a|an)\s+(?:own\s+)?(?:special\s+|staff\s+)?"
    r"(?:correspondent|reporter|writer|stringer)s?\b",
    re.I,
)
RELAY = re.compile(r"^\s*[Vv]ia\s+(?:[A-Z][\w-]*|[\w-]+(?:\.[\w-]+)+)(?=\s+\S)")


# a counter's word glued to the word before it by a page store that runs a header's widgets together
# ("5:34 pm1 commentViews:")
_GLUED_COUNTER = re.compile(r"(?<=[a-z])(?=(?:Comments?|Views|Shares|Hits)\b)")


def _other_weekdays() -> str:
    """The weekday names of other languages in `data/weekday_names.tsv` (made from the Unicode CLDR),
    one pattern branching letter by letter (`dates._trie`): every line's rest is matched against it."""
    # with a space for a hyphen: the rest they are matched against has its separators taken out
    # ("terça-feira, 12 de março de 2024" leaves "terça feira"; round 24)
    return _trie({line.split("\t")[1].replace("-", " ") for line in data_rows("weekday_names.tsv")})


# a weekday named in another language, where it is all the line holds beside its date ("вторник,
# 14 марта 2023 г.", "martes, 14 de marzo de 2023": a blog's post date in its language's long
# form); only alone, as such a name elsewhere on a line may be a word of a name
OTHER_WEEKDAY = re.compile(rf"(?:{_other_weekdays()})\.?", re.I)


def strip_rest(text: str) -> str:
    """`text` without zones, clock times, weekdays, labels, a credited source or relay and separators (zones
    first: "UTC +04:00" is a zone, not a clock time)."""
    text = _GLUED_COUNTER.sub(" ", text)
    for pattern in (RELAY, CREDITED, REFERENCE, DESK, SOURCE, ZONE, CLOCK_WORD, TIME, WEEKDAY, FILLER):
        text = pattern.sub(" ", text)
    text = " ".join(text.split())
    return "" if OTHER_WEEKDAY.fullmatch(text) else text


_WEEKDAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def named_weekday(text: str) -> int | None:
    """The weekday a line names (Monday 0), when it names exactly one."""
    named = {_WEEKDAY_NAMES.index(m.group(0).lower()[:3]) for m in WEEKDAY.finditer(text)}
    return named.pop() if len(named) == 1 else None


def settle_by_weekday(found: FoundDate, weekday: int | None) -> FoundDate:
    """An ambiguous numeric date ("Mon 03/04/2023") whose weekday fits one reading only: that one."""
    if found.ambiguous is None or weekday is None:
        return found
    first, second = found.value.weekday() == weekday, found.ambiguous.weekday() == weekday
    if first == second:
        return found
    return FoundDate(found.start, found.end, found.value if first else found.ambiguous)


def yearless_line(text: str) -> tuple[MonthDay, int | None] | None:
    """A line that is only a day without its year, with clock time, weekday, zone or label ("Monday,
    October 14 | 6:15 PM", "Updated: Oct 14, 06:15 IST"): the day and the weekday named."""
    days = find_yearless(text)
    if len(days) != 1:
        return None
    md = days[0]
    if strip_rest(text[: md.start] + " " + text[md.end :]):
        return None
    return md, named_weekday(text)


_BY = re.compile(r"by\s+\S", re.I)


# --- datelines with a date -----------------------------------------------------------------------

# A word of a place, at most 40 characters: "-" both continues a word ("PORT-VILA") and joins two
# ("QUITO-BOGOTA"), so an unbounded word lets a line like "AB-AB-AB-..." be split in cubically many
# ways before the match fails (minutes on a few thousand characters); no place name is longer
_WORD = r"[A-Z][\w'’.-]{0,40}"
# "Lagos", "ST. PETERSBURG", "Nairobi, Kenya", "New Delhi [India]", "Lagos (Nigeria)," (the country
# in brackets), two places of a joint report ("QUITO/BOGOTA", "YEREVAN/ANKARA")
_PLACE = (
    rf"(?P<place>{_WORD}(?:[ /-]{_WORD}){{0,2}}(?:,\s*{_WORD}(?:\s{_WORD})?|\s*\[{_WORD}(?:\s{_WORD})?\]"
    rf"|\s*\({_WORD}(?:\s{_WORD})?\)(?=,))?)"  # "Lagos (Nigeria), 5 March 2024:"
)
_WEEKDAY_BEFORE = (
    r"(?:(?P<wd>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)"
    r"\.?,?\s+)?"
)
# a month's name in capitals too ("5 MARCH 2024"), a year after an apostrophe ("Mar 5 '24"), or ISO
_MONTH_WORD = r"[A-Z](?:[a-z]{2,8}|[A-Z]{2,8})\.?"
# the day, the month's name in lower case as the Romance languages print it, and the year, joined by
# "de" or not ("11 de agosto de 2019", "9 juillet 2019", "14 de março de 2025"; French puts "le" before
# the day: "Dakar, le 23 septembre 2014"): only a known month's name and only with the year, as a
# lower-case word after a number may be any word ("5 out of 7"); without the year only right before
# an agency's bracket, as the Spanish, French and Italian wires print their datelines ("Portvale, 12
# mar (Agency).-", "PORTVALE, 12 mars (Agency) -", "Portvale, 12 de marzo (Agency).-": round 24); "del"
# before the year as Latin American outlets write it ("Portvale, 21 de octubre del 2023 –", round 30)
_LOWER_CASE_WHEN = (
    rf"(?:le\s+)?\d{{1,2}}\s+(?:de\s+)?(?i:{MONTH_NAMES})\.?"
    r"(?:(?:\s+del?\s+|,?\s*)(?:19|20)\d\d(?!\d)|(?=\s*\([A-Za-z]))"
)
_WHEN = (
    rf"(?P<when>{_LOWER_CASE_WHEN}"
    rf"|(?:{_MONTH_WORD}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_WORD})"
    r"(?:,?\s*(?:(?:19|20)\d\d|['’‘]\d\d))?|\d{1,2}(?P<sep>[./-])\d{1,2}(?P=sep)(?:19|20)?\d\d"
    r"|(?:19|20)\d\d-[01]?\d-[0-3]?\d)"
)
# the agency after the date: "(Agency)", "/AGENCY/" (a press wire's full name too, its initials in
# brackets: "/African Press Organization (APO)/"), or its initials after a comma ("Accra, Nov 30, GNA
# –", or closing a dateline on its line: "Portvale, March 13, AGENCY", round 24) or a semicolon ("08 Feb
# 2021; AGENCY: Ministers met …"); the bracket or the slashes after a
# comma as well, the two forms run together ("Pristina, Sept. 28, (Agency/Outlet) –", "MOSCOW,
# October 14, /AGENCY/. "); a press wire's slashes with its name dropped by the copy ("ABUJA,
# Nigeria, February 25, 2024/ — "), or its bracket left empty by a page store ("Portvale, Norland, March
# 4, 2024 ( – ", "… 2024 () – ": round 23)
_AGENCY = (
    r"(?:,?\s*\((?P<agency>[A-Za-z][\w .&/-]{1,30})\)"
    r"|[.,]?\s*/(?P<wire>[A-Za-z][\w .-]{1,25}(?:\s*\([A-Z]{2,6}\))?)/\.?"
    r"|\s*/\s*/?(?=\s*[-–—])"
    r"|\s*\(\s?\)?(?=\s*[-–—])"
    r"|[,;]\s*(?P<caps>[A-Z]{2,6})(?=\s*[-–—:]|\s*$))?"
)
# "Lagos, Jan. 5 (Agency) - ", "Lima, Jan. 5 (Agency).- ", "DUSHANBE, May 1. /TASS/. ",
# "Nairobi, June 2, 2023: ", "Desk, Raipur; March 6, 2024: " before the body, the outlet's name and
# colons around a date with its year ("Example Telegraph: 24 February 2021: "),
# with the agency before the date: "Asunción (Agency) January 17, 2026 – ", or the date after a dash
# and a weekday: "KAMPALA — Monday, October 14, 2024 — ", or bars around it: "Lagos | 5 March 2024 | ",
# or a full stop after the place where the agency follows the date ("BISHKEK. March 13 (Agency) - "),
# or a reporter's name with the place in brackets and a slash ("Ana Ruiz (Portvale) / March 20: ", round 23);
# the Spanish wires' ".-" after the date as after the agency ("Portvale, 12 de marzo de 2024.- ", round 24)
_AGENCY_FIRST = r"\s*\((?P<first>[A-Za-z][\w .&/-]{1,40})\)\s*(?:[-–—/]\s+)?"
DATED_PREFIX = re.compile(
    rf"{_PLACE}(?:[,;]\s*|(?P<colon>:\s*)|{_AGENCY_FIRST}|\s+[-–—|]\s+|(?P<stop>\.\s+))"
    rf"{_WEEKDAY_BEFORE}{_WHEN}{_AGENCY}"
    r"\s*(?:(?<=\))\.|\.(?=-))?(?:[-–—|]{1,2}|:|(?<=[/.)])(?=\s))\s*(?=\S)"
)
# the date inside the parentheses, alone or after the agency: "GENEVA (14 October 2024) – ",
# "MOSCOW (Example News / Agency - 06th April, 2023) ", "MOSCOW, (Example News / Agency - 06th April, 2023) ",
# or after a colon or a dash ("NEW DELHI: (October 14, 2024) ", "KAMPALA — (Monday, Oct. 14, 2024) "; with
# its year only, as for a colon after the place)
DATED_PAREN = re.compile(
    rf"{_PLACE}(?:,|\s*(?P<mark>[:–—-]))?\s*\((?:(?P<agency>[A-Za-z][^()]{{0,40}}?)\s*[-–—,/]\s*)?{_WEEKDAY_BEFORE}{_WHEN}\)"
    r"\s*(?:[-–—]{1,2}|:)?\s*(?=\S)"
)
# the same on a line of its own: "BAKU, Azerbaijan, May 1", or with the agency before the date
# ("MOMBASA, Kenya (Agency) Oct 11, 2004": a wire site's line above the lead)
DATED_LINE = re.compile(
    rf"{_PLACE}(?:,\s*|{_AGENCY_FIRST}){_WEEKDAY_BEFORE}{_WHEN}{_AGENCY}\s*(?:\.?[-–—]{{1,2}}|[:.])?"
)

# the same opening the lead with no mark after the date, once a copy has dropped the agency's tag:
# "Portvale, Oct 16 The council on Thursday …" (the next word a capitalized one)
DATED_BARE = re.compile(rf"{_PLACE},\s*{_WEEKDAY_BEFORE}{_WHEN}\s+(?=[A-Z][a-z]+\b)")

# the date closed by a full stop, as the Caspian and Central Asian wires print it, the agency's name in
# capitals after a comma or none ("PORTVALE, March 3. The council …", "PORTVALE, Ruritania, March 3.
# A …", "PORTVALE, MARCH 3, AGENCYPRESS. The …"): only after a place in capitals, as a sentence may
# open with a place in title case and a date ("In Portvale, March 3. was …" is no prose, but "Portvale,
# March 3." heads lists)
DATED_STOP = re.compile(
    rf"(?P<place>[A-Z][A-Z'’.-]{{2,40}}(?:[ /-][A-Z][A-Z'’.-]{{1,40}}){{0,2}}"  # words bounded as `_WORD`
    rf"(?:,\s*{_WORD}(?:\s{_WORD})?)?),\s*"
    rf"{_WEEKDAY_BEFORE}{_WHEN}(?:,\s*(?P<caps>[A-Z]{{2,12}}))?\.\s+(?=[A-Z])"
)


# a date with no place before it: "October 14, 2024 — ", "14.10.2024 – ", "Oct 14, 2024 (Agency) - ",
# or with the place after it ("28th Nov, 2021, PORT-VILA-- ", "14 October 2024, Lusaka – ")
DATED_OPENING = re.compile(
    rf"{_WEEKDAY_BEFORE}{_WHEN}{_AGENCY}(?:,\s*(?P<place>[A-Z][\w.'’]+(?:[ /-][A-Z][\w.'’]+){{0,2}}))?"
    r"\s*(?:[-–—]{1,2}|:|\|)\s+(?=\S)"
)
# the date first inside the parentheses, then the place and the outlet: "(March 4, 2024, Colombo,
# Example Guardian) "
DATED_PAREN_FIRST = re.compile(
    rf"\(\s*{_WEEKDAY_BEFORE}{_WHEN},\s*(?P<place>{_WORD}(?:[ -]{_WORD}){{0,2}})"
    r"(?:,\s*(?P<agency>[A-Za-z][\w .&'’-]{1,40}?))?\s*\)\s*(?:[-–—]{1,2}|:)?\s*(?=\S)"
)


# the credit may name the wire inside the syndicator's bracket ("(Syndicator- Example News Agency (ENA))"),
# as aggregators print a wire's copy
_AGENCY_OPENING = re.compile(
    r"\([A-Za-z][\w .&/-]{1,30}(?:\([\w .&/-]{1,15}\))?\)\s+(?:[-–—]{1,2}\s+)?(?=[A-Z])"
)


def dated_prefix(text: str) -> re.Match[str] | None:
    """A dateline with a date opening `text`, in any of the forms above; one with the date first,
    or with a colon after the place, counts only with its year."""
    # the agency may open the line before the place ("(Agency) Lagos, March 5, 2024 - ")
    start = m.end() if (m := _AGENCY_OPENING.match(text)) else 0
    # the outlet's form closes the date with a colon too; "Update: March 5 – …", "Deadline: March 5,
    # 2024 – …" are a label and its date
    if (m := DATED_PREFIX.match(text, start)) and m["colon"] and not _outlet_colon_date(m):
        return None
    # a full stop after the place ends a sentence as often ("Talks resumed. March 13 was …"): a
    # dateline only with the agency's mark after the date, and a weekday in brackets is no agency
    if m and m["stop"] and (not (named := m["agency"] or m["wire"]) or named_weekday(named) is not None):
        return None
    if m:
        return m
    if (m := DATED_PAREN.match(text, start)) and (not m["mark"] or find_dates(m["when"])):
        return m
    # or before the date alone ("(Agency) — April 9, 2021 — ")
    if (m := DATED_OPENING.match(text, start)) and find_dates(m["when"]):
        return m
    # date, place and outlet together in brackets are a dateline with or without the year ("( February
    # 11, Colombo, Example Guardian)"); a bracket of a day and a place alone may be an aside
    if (m := DATED_PAREN_FIRST.match(text)) and (find_dates(m["when"]) or m["agency"]):
        return m
    return DATED_STOP.match(text, start)


def _outlet_colon_date(m: re.Match[str]) -> bool:
    return bool(find_dates(m["when"])) and not _LABEL.match(m["place"]) and m.group(0).rstrip().endswith(":")


@dataclass(frozen=True)
class Dateline:
    place: str | None
    agency: str | None
    day: FoundDate | None
    yearless: MonthDay | None
    weekday: int | None = None  # a weekday named before the date


_OF = re.compile(r"\s+de\s+")


def dateline(match: re.Match[str], order: DayOrder | None) -> Dateline | None:
    """The parts of a DATED_PREFIX / DATED_LINE match, or None when its date is not a date."""
    when = match["when"]
    full = find_dates(when, order)
    # "12 de marzo" (the Spanish and Portuguese "of" between day and month) read as "12 marzo"
    yearless = None if full else next(iter(find_yearless(_OF.sub(" ", when))), None)
    if not full and yearless is None:
        return None
    groups = match.groupdict()
    named = groups.get("agency") or groups.get("wire") or groups.get("first") or groups.get("caps")
    agency = (named or "").strip() or None
    weekday = named_weekday(groups.get("wd") or "")
    day = settle_by_weekday(full[0], weekday) if full else None
    return Dateline(groups.get("place"), agency, day, yearless, weekday)


# --- a year for a day written without one --------------------------------------------------------


# A day the article gives with its year this close before a year-less publication day (or a few days
# after it: an event announced ahead) dates it: a report is filed within weeks of what it reports.
_STORY_REACH = timedelta(days=45)
_AHEAD_REACH = timedelta(days=7)
_HEADER_REACH = timedelta(days=31)


def year_for(
    md: MonthDay,
    not_after: date | None,
    near: list[date],
    url_month: tuple[int, int] | None = None,
    url_days: list[date] | None = None,
    weekday: int | None = None,
    ceiling: date | None = None,
) -> tuple[date, str] | None:
    """The year of a year-less publication day: the year of the URL's /YYYY/MM/ when the month is
    the same; or of a six-digit word of the URL that reads as the same day ("141024" for Oct 14);
    else the year that puts it within weeks after a date the article gives with its year; else the
    latest occurrence on or before `not_after` (the page store's date or the crawl day: the article
    is no later) when within a year of it; else one within the month before the latest date the
    article gives with its year, or the first occurrence after it (within a year). A weekday named
    with the day must fit: then the nearest year where it does, within two years of the others (the
    calendar repeats every few years).
    `ceiling` (a site's current-date header: the day of the crawl) excludes later years, and chooses
    the year only for a day within the month before it: a page may be years older than the day its
    site header shows, and an older day says nothing of which year."""
    if url_month is not None and url_month[1] == md.month and (day := day_in(url_month[0], md)):
        return day, f"the year of the URL's {url_month[0]}/{url_month[1]:02d}/"
    if url_month is not None and url_month[1] == 0 and (day := day_in(url_month[0], md)):
        return day, f"the year of the URL's /{url_month[0]}/ folder"
    for day in url_days or ():
        if (day.month, day.day) == (md.month, md.day):
            return day, f"a six-digit word of the URL reads as {day}"
    fits = (lambda d: d.weekday() == weekday) if weekday is not None else (lambda d: True)
    limit = min((d for d in (not_after, ceiling) if d is not None), default=None)
    close = {
        day
        for mentioned in near
        for year in (mentioned.year - 1, mentioned.year, mentioned.year + 1)
        if (day := day_in(year, md)) is not None
        and fits(day)
        and -_AHEAD_REACH <= day - mentioned <= _STORY_REACH
        and (limit is None or day <= limit)
    }
    if len(close) == 1:
        why = f"the {md.iso} within weeks after a date the article gives with its year"
        return close.pop(), why + _fit_note(weekday)
    if ceiling is not None:
        for year in (ceiling.year, ceiling.year - 1):
            day = day_in(year, md)
            if day is not None and timedelta(0) <= ceiling - day <= _HEADER_REACH and fits(day):
                why = f"the {md.iso} in the month before the site's day header {ceiling}"
                return day, why + _fit_note(weekday)
    if not_after is not None:
        span = range(not_after.year, not_after.year - (7 if weekday is not None else 2), -1)
        for year in span:
            day = day_in(year, md)
            if day is not None and day <= not_after and fits(day):
                if weekday is None and (not_after - day).days > 366:
                    break
                return day, f"the latest {md.iso} not after {not_after}" + _fit_note(weekday)
    if near:
        latest = max(near)
        reach = 2 if weekday is not None else 1
        options = [d for y in range(latest.year - reach, latest.year + 2) if (d := day_in(y, md)) and fits(d)]
        options = [d for d in options if ceiling is None or d <= ceiling]
        # within the month before the latest dated mention, the article announces it; else that
        # mention is most often a past event the article reports: the first occurrence after it
        # within a year (round 11: "nearest" took the October before a January that the next
        # October's report recalled)
        before = [d for d in options if latest - _HEADER_REACH <= d < latest]
        if before:
            why = f"the {md.iso} in the month before {latest}, the latest date the article gives"
            return max(before), why + _fit_note(weekday)
        after = [d for d in options if latest <= d <= latest + timedelta(days=366 * reach)]
        if after:
            why = f"the first {md.iso} after {latest}, the latest date the article gives with its year"
            return min(after), why + _fit_note(weekday)
    return None


def _fit_note(weekday: int | None) -> str:
    return "" if weekday is None else f" that falls on the {calendar.day_name[weekday]} it names"


_URL_MONTH = re.compile(r"/((?:19|20)\d\d)/(0?[1-9]|1[0-2])(?:/|$)")


def url_month(url: str | None) -> tuple[int, int] | None:
    """The year and month of a URL's /2017/05/ path, where it has no day; a year folder alone
    ("/news/2019/talks-resume") as (year, 0): content systems file a story under the year it is
    published."""
    if m := _URL_MONTH.search(url or ""):
        return int(m[1]), int(m[2])
    m = _URL_YEAR.search(url or "")
    return (int(m[1]), 0) if m else None


_URL_YEAR = re.compile(r"/((?:19|20)\d\d)/(?!\d)")


def day_in(year: int, md: MonthDay) -> date | None:
    try:
        return date(year, md.month, md.day)
    except ValueError:
        return None
