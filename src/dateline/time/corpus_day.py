"""The publication day of an undated article, pinned by its own time words on events other articles date.

"The two presidents spoke yesterday" in an article with no date says nothing of the day by itself;
once the call has joined the same call in a dated article that dates it (`dedup/doctime.py` adds a
"corpus" candidate naming the article's own mention and that day), it does: the article appeared the
day after. The rule is not written per expression. The article's own dating is asked instead: for
each day near the other article's, taken as the publication day, the mention is dated as it would be
in an article of that day (the same tagger and event dating as every article), and the day is kept
when the mention comes out as exactly the day the other article gives. "yesterday", "today",
"tomorrow", "two days ago", "this morning" each keep one day; "on Wednesday" keeps the seven days of
which that Wednesday is the last one named. A day is chosen only where one report's words give it by
themselves and every other report's words allow it: weeks that intersect in one day, or a week cut
by a bound of the content, rest on the bounds being exact, which an office's grace or a story's lag
are not. Where the reports leave only such a week (every report's words a weekday), no day is
pinned, but the week's last day (`Pin.last`) ends the article's window (round 12): its other weekdays
are then read in that week, not over the month after the story's day. Only a mention with a time
expression of its own clause counts (an undated one is dated by default readings, which say nothing
of the day), and none in a quotation or a quoted post (its "today" is the speaker's).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Doc, Token

from dateline.nlp.sentences import sentence_of
from dateline.records import DateInterval, DocumentTime, PublishedDate, Timex
from dateline.time.event_date import date_event, in_quotation, own_expression
from dateline.time.tagger import tag

# How far from the other article's day the publication day is looked for: a week each way covers a
# weekday named in either direction ("on Tuesday", "next Friday") and "a week ago".
REACH = 7
_HANDLE = re.compile(r"(?<![\w.])@\w{2,}")  # "@SecBlinken": a social post quoted in the article
PINNED_BASIS = "inferred from the reports dated elsewhere: "


@dataclass(frozen=True)
class Pin:
    day: date
    basis: str
    losing: tuple[date, ...]  # the days one mention allowed that the others ruled out
    # the last day the reports allow, where their words leave a week ("summoned on Thursday"),
    # not one day: the publication lies in day..last, and no day of it is pinned
    last: date | None = None


def pinned_day(
    doc: Doc, timexes: Sequence[Timex], reports: Sequence[PublishedDate], allowed: Callable[[date], bool]
) -> Pin | None:
    """The one publication day one report's own time word gives and every other allows (module
    docstring), within the content's bounds (`allowed`); else None. `reports` are the
    article's "corpus" candidates that name one of its mentions; `timexes` were tagged without an
    anchor (those of the mention's sentence tell whether it has a time word of its own)."""
    tokens = {t.idx: t for t in doc}
    probes: dict[date, tuple[DocumentTime, list[Timex]]] = {}
    fits: set[date] | None = None
    used: list[str] = []
    losing: set[date] = set()
    exact = False  # whether one report's words give one day by themselves ("yesterday", not "Tuesday")
    for report in reports:
        trigger = _trigger(doc, tokens, report.mention)
        day = date.fromisoformat(report.value) if report.value else None
        if trigger is None or day is None or not _narrated(trigger) or not own_expression(trigger, timexes):
            continue
        days = set()
        dated = False  # whether the mention comes out as one day under any probe
        for offset in range(-REACH, REACH + 1):
            probe = day + timedelta(days=offset)
            if probe not in probes:
                anchor = DocumentTime(probe, DateInterval(probe, probe, "day", 1.0, "a probe"))
                probes[probe] = (anchor, tag(doc, anchor))
            anchor, probed = probes[probe]
            got = date_event(doc, trigger, probed, anchor)
            dated = dated or got.is_day
            if got.is_day and got.start == day:
                days.add(probe)
        if not dated:
            continue  # its own expression gives no day ("last week"): it says nothing of the day
        if not days:
            return None  # its words contradict the day the other article gives: a doubtful merge
        losing |= days
        exact = exact or len(days) == 1
        fits = days if fits is None else fits & days
        used.append(report.note)
    if fits is None or not (kept := sorted(d for d in fits if allowed(d))):
        return None
    if not exact:
        # not PINNED_BASIS: a bound of the window, never a day `adopted` would take
        basis = f"published {kept[0]}..{kept[-1]}, the days on which {'; and '.join(used)}"
        return Pin(kept[0], basis, (), last=kept[-1])
    if len(fits) != 1 or len(kept) != 1:
        return None
    day = kept[0]
    basis = f"{PINNED_BASIS}the one publication day on which {'; and '.join(used)}"
    return Pin(day, basis, tuple(sorted(losing - {day})))


def _narrated(trigger: Token) -> bool:
    """Whether the trigger is in the article's own narration: not inside quotation marks (from the
    start of its paragraph) and not in an embedded social post (a sentence naming an @handle). Their
    "today" is the day the words were said or posted, not the day of the article."""
    return not in_quotation(trigger) and not _HANDLE.search(sentence_of(trigger).text)


def _trigger(doc: Doc, tokens: dict[int, Token], mention: str | None) -> Token | None:
    """The first word of the trigger of the mention whose id ("article:offset:TYPE") a candidate names."""
    if not mention:
        return None
    try:
        start = int(mention.rsplit(":", 2)[1])
    except (IndexError, ValueError):
        return None
    return tokens.get(start)
