"""Document time from the corpus: an undated article dated by the dated articles it joined.

An article with no trusted publication date gets its document time from its content alone
(`time/document_time.py`), often a wide interval, and its relative expressions ("on Tuesday") and
undated reports stay as vague. Once its events have joined (dedup) events that articles with a
trusted publication day report too, the corpus knows more: a news report appears on or shortly after
the day of the event it reports as having happened. A dated article here is one with a day of its own
(`document_time.own_day`: its document time's day, or, round 16, the story day its own text gives,
"met on Friday (July 5, 2024)", never one learnt from the corpus). The latest such day, as the
dated articles date the event, becomes a publication-date candidate of source "corpus" (low
confidence, inferred, with its reason), and the article goes through the same per-article stages
again with it: `document_time.estimate` counts it as one of the article's own story days (on or
within STORY_SPAN days after it, bounded by the content's own evidence), and every event is dated
against that. A day
a dated article states ("met on Tuesday") is preferred to one it only takes as likely (`reported_day`),
which counts only where the text reports no day of its own. A dated article's plan dated to a day
or a few after its publication ("will visit on Friday") gives that day to a report of the event held
(round 8b): the report appeared on or after it.

Merging leaves an undated report apart from the dated reports of its event where its own interval is
wide or open and more than one dated event could be it (`index._sole`). Such reports alike (same type
and dyad, a named actor in common) still date the article, as a likely day, where every dated article
states the day ("met on Thursday") or announces the event for it (a preview "will meet on Wednesday",
round 16) and those days agree within a week (`_alike`, round 8b); where no person is named on both
sides, only where both reports lead their articles, the same act of the same two countries (round 19;
round 26: or of the same two with one party more beside them on one report, a host or a body).

An article whose reports neither merged with nor, one by one, match a dated report closely enough
may still tell the story a dated article tells (round 13): most of what it reports as done is
reported there too, of the same type between the same countries, on a day its interval allows
(`_story`). That article's day (stated, else likely) dates it as a likely day.

Beside that window, each mention of an undated article merged with reports that state one day gets a
"corpus" candidate naming the mention (`_pins`, round 10): the time stage reads the article's own
time word on it ("spoke yesterday") against that day and, where one day fits, makes it the article's
publication day (`time/corpus_day.py`). These candidates are no lower bounds of the window.

`pending` finds the articles to date again from what the store holds; the runner analyses them,
writes them back as changed articles (`Corpus.redate`: their canonical events are merged again) and
asks again until none is left, since a merge may bring another undated article next to a dated one.
An article whose events keep their dates (the corpus day told nothing its text did not) keeps its
canonical events as they are (`unchanged`): merged again later than in input order, its mentions
could pair differently, for no new evidence. An article is dated from the corpus once (its candidate
marks it, and the store leaves it out of `undated_reports` from then on), so the passes end; each
depends only on the store, so a run interrupted between them resumes to the same result.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import replace
from datetime import date, timedelta
from typing import Protocol

from dateline.clean.tenure_years import weekdays_in
from dateline.dedup.refine import width
from dateline.events.parties import dyad, named_ids
from dateline.records import Article, DateInterval, EventMention, ProcessedArticle, PublishedDate
from dateline.time.document_time import CORPUS, CORPUS_LIKELY, CORPUS_STATED, STORY_LAG, yearless_day

_FACTUAL = ("asserted", "planned")  # what a report's own time words can place: held, or announced
PLAN_DAYS = 3  # a plan dated this narrowly (days from first to last) names the day it is held

# An undated report of an event that merging left apart from the dated reports of it (its own interval
# is wide or open: `blocking.vague`) still places its article where the only events it can be agree on
# the day: same type and dyad, a named actor in common, a day the dated article states ("met on
# Thursday"; one it only takes as likely is too weak beside so loose a match: the same pair accuse each
# other again months later) or a preview's ("will meet on Wednesday", round 16: the report of the
# meeting held appeared on or after it), the day inside its own interval, and every such day within
# ALIKE_SPREAD days of the others (else the actors meet often enough for the day to be a guess).
ALIKE_SPREAD = STORY_LAG
# An undated article tells a dated article's story where at least this many of its asserted reports,
# and at least this share of them, are reported by that article too (`_story`)
STORY_REPORTS = 2
STORY_SHARE = 0.5
# A looser pair of reports alike (round 18) counts where the undated report is in one of the first this
# many sentences of its article that report an event: its news, not background (`_alike`). Round 30: 3,
# as the time stage's lead (`time/event_date.LEAD_SENTENCES`): a headline and a one-line summary often
# report other acts before the sentence that tells the news with both its parties (the curve over 2 to
# 6 in docs/dating.md, round 30: 4 and more merge two of the seeds' events)
LEAD_SENTENCES = 3


class Reports(Protocol):
    """What the pass reads of the store (the DuckDB store and `inmemory.MemoryStore` answer it)."""

    def undated_reports(self) -> list[tuple[EventMention, EventMention, date]]:
        """Each mention of an article with no publication day and no "corpus" candidate yet, paired
        with each mention of another article in the same canonical event that has a day of its own
        (`document_time.own_day`), and that day; in the order the articles were stored."""
        ...

    def alike_reports(self) -> list[tuple[EventMention, EventMention, date]]:
        """Each asserted mention of such an article paired with each asserted or planned mention of the
        same type, in another canonical event, whose day (the one it states, else its likely day) lies
        inside the first's interval, of an article that has a trusted publication day, and that day;
        in stored order."""
        ...

    def undated_articles(self) -> list[str]:
        """The ids of the articles with no publication day and no "corpus" candidate yet, in stored order."""
        ...

    def stored(self, article_ids: Iterable[str]) -> list[Article]:
        """The stored articles of these ids, in the order given (those not stored left out)."""
        ...

    def placed(self, article_ids: Iterable[str]) -> list[tuple[EventMention, str | None]]:
        """The stored mentions of these articles with their canonical events, in the order stored."""
        ...


def reported_day(own: EventMention, other: EventMention, published: date) -> tuple[date, bool] | None:
    """The day `other`, in an article published on `published`, dates an event that `own` reports as
    having happened, and whether it states that day. Else only a likely day: the likely day of its
    interval (most often its article's publication day), or the last day of an interval within the
    week before its publication (news of that week, "in recent days"); or, where `other` announces
    the event for a day or a few after its publication (a visit "from Friday to Sunday"), that day:
    a report of it as held appeared on or after it. None where it gives no such day."""
    if own.modality != "asserted":
        return None  # a planned or denied event says nothing of when a report about it appeared
    d = other.date
    if other.modality == "planned":
        narrow = width(d) <= PLAN_DAYS
        return (d.likely or d.start, False) if narrow and published <= d.start else None  # type: ignore[return-value]
    if other.modality != "asserted":
        return None
    if d.is_day:
        return (d.start, True) if d.start <= published else None
    day = d.likely
    if day is None and d.start is not None and d.end is not None and (published - d.start).days <= STORY_LAG:
        day = d.end
    return (day, False) if day is not None and day <= published else None


def pending(store: Reports, skip: Collection[str] = ()) -> list[Article]:
    """The undated articles a dated article's report now dates (ids in `skip` left out), each with
    its "corpus" candidate added, in stored order: the latest day stated, else the latest likely day;
    an article no merged report dates, by the reports alike (`_alike`)."""
    best: dict[str, tuple[bool, date, EventMention, EventMention]] = {}
    told: set[str] = set()  # dated by the story a dated article tells (`_story`)
    for own, other, published in store.undated_reports():
        found = reported_day(own, other, published)
        if found is None or own.article_id in skip or _own_day_apart(own, found):
            continue
        found = _on_own_weekday(own, found)
        key = (found[1], found[0], own, other)
        held = best.get(own.article_id)
        if held is None or key[:2] > held[:2]:
            best[own.article_id] = key
    merged = set(best)
    alike = store.alike_reports()
    for article_id, (day, own, other) in _alike(store, alike, skip, merged).items():
        best[article_id] = (False, day, own, other)
    for article_id, (day, own, other) in _story(store, alike, skip, set(best)).items():
        best[article_id] = (False, day, own, other)
        told.add(article_id)
    for article_id, (day, own, other) in _calendar(store, {*skip, *best}).items():
        best[article_id] = (False, day, own, other)
        told.add(article_id)
    pins = _pins(store, skip)
    out = []
    for article in store.stored(sorted(best.keys() | pins.keys())):  # a set: its order varies by process
        found = list(pins.get(article.id, ()))
        if article.id in best:
            found.insert(0, _reported(*best[article.id], article.id in merged, article.id in told))
        published = replace(article.published, candidates=[*article.published.candidates, *found])
        out.append(replace(article, published=published, notes=list(article.notes)))
    return out


def _calendar(store: Reports, skip: Collection[str]) -> dict[str, Dated]:
    """Round 26 (first tried in round 25, when no dev story had such a dateline read; docs/dedup.md):
    a story no article of which has a day of its own. One undated article gives its day
    without a year (a dateline "Rome, May 3"), another the weekday of the same act ("signed on
    Tuesday"): the lead reports of both (same type, same two countries, `_leads`) are one act, and
    the day falls on that weekday in one year only of the window both texts allow (their reports'
    intervals, ended by the day the text is read in), so that year is the day's. The article of the
    dateline, and each mate whose lead names that day's weekday, take it as a likely day (the time
    stage places the dateline and the weekday by it); a mate whose lead names another weekday tells
    another act of the story and is left. Where the weekdays named fit no year, or more than one (a
    day of March to December recurs on its weekday six or eleven years on), nothing is given."""
    ids = [a for a in store.undated_articles() if a not in skip]
    if not ids:
        return {}
    reports = [m for m, _ in store.placed(ids)]
    leads = _lead_starts(reports)
    acts: dict[tuple, dict[str, list[EventMention]]] = {}
    for m in reports:
        if m.modality == "asserted" and m.sentence_start in leads.get(m.article_id, ()) and _sides(m):
            acts.setdefault((m.type, dyad(m.actors)), {}).setdefault(m.article_id, []).append(m)
    articles = {a.id: a for a in store.stored(sorted({a for by in acts.values() for a in by}))}
    out: dict[str, Dated] = {}
    for by_article in acts.values():
        named = {a: _named_weekdays(ms) for a, ms in by_article.items()}
        spans = [m.date for ms in by_article.values() for m in ms]
        for article_id, mine in by_article.items():
            article = articles.get(article_id)
            yearless = article.published.month_day if article is not None else None
            if article is None or yearless is None or article.published.value or named[article_id]:
                continue
            weekdays = {wd for other, wds in named.items() if other != article_id for wd in wds}
            day = _one_year(yearless, weekdays, spans, article.as_of)
            if day is None:
                continue
            mates = [ms[0] for a, ms in by_article.items() if a != article_id and named[a] == {day.weekday()}]
            out.setdefault(article_id, (day, mine[0], mates[0] if mates else mine[0]))
            for mate in mates:
                out.setdefault(mate.article_id, (day, mate, mine[0]))
    return out


def _named_weekdays(reports: Iterable[EventMention]) -> set[int]:
    """The weekdays (Monday 0) the sentences of these reports name."""
    return {wd for m in reports for wd in weekdays_in(m.sentence)}


def _one_year(
    yearless: str, weekdays: Collection[int], spans: Iterable[DateInterval], as_of: str
) -> date | None:
    """The one day of month-day `yearless` ("--05-03") on one of `weekdays` inside every interval of
    `spans` and not after `as_of`, the day the article is read in; None where none or several fit."""
    md = yearless_day(yearless)
    try:
        last = date.fromisoformat(as_of)
    except ValueError:
        return None
    first = date.min
    for d in spans:
        first = max(first, d.start or first)
        last = min(last, d.end or last)
    if md is None or not weekdays or first == date.min or first > last:
        return None  # no month-day, or an open window: any year fits
    days = (span[0] for year in range(first.year, last.year + 1) if (span := md.in_year(year)))
    fits = [d for d in days if first <= d <= last and d.weekday() in weekdays]
    return fits[0] if len(fits) == 1 else None


def _own_day_apart(own: EventMention, found: tuple[date, bool]) -> bool:
    """A day the dated report only takes as likely, for an event the undated text itself dates to
    another day ("met on March 3, 2031" beside an undated "met" in a report of March 6): the
    likely day is that report's publication day, no day of the event, and the text's own day
    stands (round 24, as the time stage now counts a likely day later than the text's own days)."""
    day, stated = found
    return not stated and own.date.is_day and own.date.start != day


def _on_own_weekday(own: EventMention, found: tuple[date, bool]) -> tuple[date, bool]:
    """Round 31: a day the dated report only takes as likely (most often its own publication day),
    for an event the undated report names one weekday for ("On Monday, India expelled..." beside an
    undated "expelled" in a report of Tuesday): the event fell on that weekday, the last one on or
    before the likely day, and the undated article appeared on or after it. Left as found where the
    sentence names no weekday or several (a weekday there may be another act's, which the time
    stage then places against the day given)."""
    day, stated = found
    named = weekdays_in(own.sentence)
    if stated or len(named) != 1:
        return found
    (wd,) = named
    return day - timedelta(days=(day.weekday() - wd) % 7), stated


def _reported(
    stated: bool, day: date, own: EventMention, other: EventMention, merged: bool, told: bool = False
) -> PublishedDate:
    how = "dates" if stated else "most likely dates" if merged or told else "dates a report alike"
    story = f"tells the story article {other.article_id} tells, among it " if told else ""
    given = other.date.likely
    shown = day.isoformat()
    if merged and not stated and given is not None and given != day:  # its own weekday (`_on_own_weekday`)
        shown = f"{given.isoformat()}, on the {day.strftime('%A')} it names itself, {shown}"
    why = (
        f"{story}reports '{own.trigger}' ({own.type}), which article {other.article_id} {how} "
        f"{shown}: published on or after it"
    )
    confidence = CORPUS_STATED if stated else CORPUS_LIKELY
    return PublishedDate(day.isoformat(), CORPUS, confidence, why, inferred=True)


def pin_day(own: EventMention, other: EventMention) -> date | None:
    """The day `other` states for the event that `own` reports or announces too ("met on Tuesday",
    "will meet on 4 May"), for the article's own time words to place its publication day against
    (`time/corpus_day.py`). None for a denied or hypothetical report, and where `other` gives only an
    interval: its likely day is a guess (most often its own publication day, while the event may be
    the evening before), and a publication day is pinned only where exactly one day fits."""
    if own.modality not in _FACTUAL or other.modality not in _FACTUAL or not other.date.is_day:
        return None
    return other.date.start


def _pins(store: Reports, skip: Collection[str]) -> dict[str, list[PublishedDate]]:
    """For each undated article, a "corpus" candidate per mention of it that the dated reports of its
    event place on one stated day, naming the mention; several days for one mention give none."""
    days: dict[str, tuple[EventMention, dict[date, EventMention]]] = {}
    for own, other, _ in store.undated_reports():
        if (day := pin_day(own, other)) is not None and own.article_id not in skip:
            days.setdefault(own.id, (own, {}))[1].setdefault(day, other)
    out: dict[str, list[PublishedDate]] = {}
    for own, given in days.values():
        if len(given) != 1:
            continue
        ((day, other),) = given.items()
        why = f"'{own.trigger}' ({own.type}) falls on {day}, the day article {other.article_id} states for it"
        pin = PublishedDate(day.isoformat(), CORPUS, CORPUS_STATED, why, inferred=True, mention=own.id)
        out.setdefault(own.article_id, []).append(pin)
    return out


def _alike(
    store: Reports,
    pairs: Iterable[tuple[EventMention, EventMention, date]],
    skip: Collection[str],
    held: Collection[str],
) -> dict[str, tuple[date, EventMention, EventMention]]:
    """The articles not dated by a merged report (`held`) that reports alike date (ALIKE_SPREAD): the
    earliest day, with the pair that gives it (the latest may be a later report of the same event,
    and a lower bound too late excludes the article's day). A looser pair (round 18: a day the dated
    report only takes as likely, dated to PLAN_DAYS days at most) counts only where the undated report
    tells the article's news, in one of its first LEAD_SENTENCES sentences that report an event:
    further down, the same actors' earlier act is background to a later story. Round 19: reports of
    the same two countries and no one else with no person in common (a ministry's expulsion, a
    country's summons) count, at any day the dated report gives, where each leads its article: two
    articles whose news is the same act of the same pair (a pair acts often, but seldom makes the news
    twice with one act in the same few days), and only for an article no report with a person in
    common dates."""
    found: dict[str, list[tuple[date, EventMention, EventMention]]] = {}
    loose: list[tuple[date, EventMention, EventMention]] = []
    news: list[tuple[date, EventMention, EventMention]] = []  # two countries, no person in common
    # round 24: one report gives one of the other's two countries (`_one_side_of`); round 26: the other's
    # two countries and one party more (`_pair_within`)
    sides: list[Dated] = []
    for own, other, published in pairs:
        if own.article_id in skip or own.article_id in held:
            continue
        named = _same_parties(own, other)
        paired = _same_countries(own, other)
        side = not named and not paired and (_one_side_of(own, other) or _pair_within(own, other))
        if not named and not ((paired or side) and not _named_apart(own, other)):
            continue
        day = reported_day(own, other, published)
        if day is None or not own.date.holds(day[0]):
            continue
        if not named:
            (sides if side else news).append((day[0], own, other))
        # a day the dated article states, or the day it announces the event for (round 16: an
        # undated report of talks held "on Wednesday" beside the preview of them for that day)
        elif day[1] or other.modality == "planned":
            found.setdefault(own.article_id, []).append((day[0], own, other))
        elif _narrow(other):
            loose.append((day[0], own, other))
    leads = _leads(store, {m.article_id for _, own, other in loose + news + sides for m in (own, other)})
    for day, own, other in loose:
        if own.sentence_start in leads.get(own.article_id, ()):
            found.setdefault(own.article_id, []).append((day, own, other))
    # round 19: both articles lead with it, the same act of the same pair; only where no report with a
    # person in common dates the article (that is the closer match: the pair's other acts of other days
    # lead other articles too)
    found.update(_both_lead(news, leads, set(found)))
    # round 24: one side of the pair on one report, both leads, only where nothing above dates the
    # article (the looser match: a pair's report beside another's may be an act of another story)
    found.update(_both_lead(sides, leads, set(found)))
    return {
        article_id: _on_named_day(agreed) for article_id, days in found.items() if (agreed := _agreeing(days))
    }


def _on_named_day(days: list[Dated]) -> Dated:
    """The earliest of the agreeing days reports alike give, but (round 31) where the undated report
    names one weekday for its act and one of those days falls on it, that day: a strike "on Thursday"
    answered a strike of Tuesday that the same reports alike give too, and the earliest day was the
    first strike's."""
    for day, own, other in days:
        named = weekdays_in(own.sentence)
        if len(named) == 1 and day.weekday() in named:
            return day, own, other
    return days[0]


def _both_lead(
    pairs: Iterable[Dated], leads: dict[str, set[int]], taken: Collection[str]
) -> dict[str, list[Dated]]:
    """The pairs whose two reports each lead their article (`_leads`), by undated article, but those
    of the articles `taken`."""
    out: dict[str, list[Dated]] = {}
    for day, own, other in pairs:
        if own.article_id not in taken and all(
            m.sentence_start in leads.get(m.article_id, ()) for m in (own, other)
        ):
            out.setdefault(own.article_id, []).append((day, own, other))
    return out


def _leads(store: Reports, article_ids: Collection[str]) -> dict[str, set[int]]:
    """The first LEAD_SENTENCES sentences (their offsets) of each article that report an event."""
    return _lead_starts(m for m, _ in (store.placed(sorted(article_ids)) if article_ids else ()))


def _lead_starts(reports: Iterable[EventMention]) -> dict[str, set[int]]:
    """`_leads` of the articles of these reports, all of each article's reports among them."""
    starts: dict[str, set[int]] = {}
    for m in reports:
        starts.setdefault(m.article_id, set()).add(m.sentence_start)
    return {a: set(sorted(found)[:LEAD_SENTENCES]) for a, found in starts.items()}


Dated = tuple[date, EventMention, EventMention]  # a day, the undated report and the dated one giving it


def _agreeing(days: list[Dated]) -> list[Dated]:
    """The days sorted, where they all lie within ALIKE_SPREAD of each other; else none."""
    days = sorted(days, key=lambda t: t[0])
    return days if (days[-1][0] - days[0][0]).days <= ALIKE_SPREAD else []


def _story(
    store: Reports,
    pairs: Iterable[tuple[EventMention, EventMention, date]],
    skip: Collection[str],
    held: Collection[str],
) -> dict[str, tuple[date, EventMention, EventMention]]:
    """The articles still undated (not in `held`) that tell the story a dated article tells (round
    13): most of what the undated article reports as done (STORY_SHARE of its asserted reports, at
    least STORY_REPORTS of them) is reported by that one dated article too, of the same type between
    the same countries, on a day (stated or likely) its own interval allows. Reports alike one by one
    are too loose for that (`_alike` wants a named actor and a stated day): two neighbours accuse each
    other every few months; but a whole article whose talks, agreement and pledges all match one dated
    report of them tells its story, whatever its merging made of them (its open or misplaced interval
    keeps them apart). Every such dated article's days must agree (ALIKE_SPREAD); the earliest is the
    likely day, a candidate that counts only where the text reports no day of its own (its window
    still places the text's year-less days, `document_time`)."""
    found: dict[str, dict[str, list[Dated]]] = {}
    for own, other, published in pairs:
        if own.article_id in skip or own.article_id in held or len(pair := dyad(own.actors)) < 2:
            continue  # one country's acts are too common to tell a story by
        same = pair == dyad(other.actors) and other.modality == "asserted"  # a plan is no story told
        day = reported_day(own, other, published) if same else None
        if day is not None and own.date.holds(day[0]):
            found.setdefault(own.article_id, {}).setdefault(other.article_id, []).append((day[0], own, other))
    if not found:
        return {}
    asserted: dict[str, set[str]] = {}
    for m, _ in store.placed(sorted(found)):
        if m.modality == "asserted":
            asserted.setdefault(m.article_id, set()).add(m.id)
    out = {}
    for article_id, by_article in found.items():
        told = [
            day
            for days in by_article.values()
            if len(ids := {own.id for _, own, _ in days}) >= STORY_REPORTS
            and len(ids) >= STORY_SHARE * len(asserted.get(article_id, ()))
            for day in days
        ]
        if told and (days := _agreeing(told)):
            out[article_id] = days[0]
    return out


def _same_parties(own: EventMention, other: EventMention) -> bool:
    """The same dyad (countries, bodies without one) and a named actor in common: "Blinken called
    Lavrov" is not "Blinken called Jaishankar", though both name Blinken and his country."""
    return dyad(own.actors) == dyad(other.actors) and bool(
        set(named_ids(own.actors)) & set(named_ids(other.actors))
    )


def _same_countries(own: EventMention, other: EventMention) -> bool:
    """The same two countries, and no body or third party beside them, on both reports."""
    return _two_countries(own) and dyad(own.actors) == dyad(other.actors)


def _two_countries(m: EventMention) -> bool:
    """Is the report's dyad two countries, with no body or third party beside them?"""
    pair = dyad(m.actors)
    return len(pair) == 2 and set(pair) == {ea.actor.country for ea in m.actors}


def _one_side_of(own: EventMention, other: EventMention) -> bool:
    """One report gives the act of two countries, the other only one of them, on the same side, and
    nothing beside (round 24): "Istan recalled its envoy" and "Istan recalled its envoy to Borda".
    Parsing names the second country in one sentence and not in the other, so that an undated
    article's lead report, the same act as a dated article's lead, was left with no day. The side
    counts: "an Istani patrol boat was seized" (Istan the target) is not Istan's seizure of a boat.
    Counts only as round 19's pair of countries does: both reports lead their articles (`_alike`)."""
    mine, theirs = _sides(own), _sides(other)
    if not mine or not theirs:
        return False
    small, large = sorted((mine, theirs), key=len)
    return len({country for country, _ in large}) == 2 and small < large


def _pair_within(own: EventMention, other: EventMention) -> bool:
    """One report gives the act of two countries and nothing beside, the other the same two and one
    party more (round 26): "Istan and Borda signed the accord" and "Istan and Borda signed the accord
    in Zenda" (the host of the signing, `events/hosts.py`), or "Istan summoned Borda's envoy" and
    "Istan's foreign ministry summoned Borda's envoy" (a body beside its state). An undated article
    whose lead is the pair's act was left with no day where the only dated report of it, leading its
    own article, names the third party: the undated reports of a story with no publication day then
    kept their open windows though a story-mate states the day. Counts only as round 19's pair of
    countries does: both reports lead their articles (`_alike`)."""
    pair, more = sorted((own, other), key=lambda m: len(dyad(m.actors)))
    wider = dyad(more.actors)
    return _two_countries(pair) and len(wider) == 3 and set(dyad(pair.actors)) < set(wider)


def _sides(m: EventMention) -> frozenset[tuple[str, str]]:
    """The report's countries with their sides, where its dyad is of countries alone (no body, no
    group); else none."""
    countries = {ea.actor.country for ea in m.actors}
    if set(dyad(m.actors)) != countries:
        return frozenset()
    return frozenset((ea.actor.country, ea.side) for ea in m.actors if ea.actor.country)


def _named_apart(own: EventMention, other: EventMention) -> bool:
    """Both reports name who acted, and no one in common: "the foreign ministers spoke by phone" and
    "the presidents spoke by phone" are two acts of the same two countries, however both lead their
    articles (round 21; round 19's pair of countries alone is for acts a ministry or a country does
    with no person named on one side at least: a summons, an expulsion)."""
    mine, theirs = set(named_ids(own.actors)), set(named_ids(other.actors))
    return bool(mine and theirs and not mine & theirs)


def _narrow(m: EventMention) -> bool:
    """Is the report dated to PLAN_DAYS days at most, with a likely day (not open, not a month)?"""
    return m.date.likely is not None and width(m.date) <= PLAN_DAYS


def unchanged(
    processed: Iterable[ProcessedArticle], placed: Iterable[tuple[EventMention, str | None]]
) -> tuple[set[str], dict[str, str]]:
    """The articles analysed again whose mentions are those stored, with the same dates, and the
    canonical event each of their mentions stays in (mention id -> event id)."""
    held: dict[str, list[tuple[EventMention, str | None]]] = {}
    for m, event in placed:
        held.setdefault(m.article_id, []).append((m, event))
    same: set[str] = set()
    events: dict[str, str] = {}
    for p in processed:
        before = held.get(p.article.id, [])
        now: dict[str, tuple] = {}
        for m in p.events:  # a repeated id is stored once, as its first mention
            now.setdefault(m.id, _when(m))
        if now == {m.id: _when(m) for m, _ in before}:
            same.add(p.article.id)
            events.update((m.id, e) for m, e in before if e is not None)
    return same, events


def _when(m: EventMention) -> tuple:
    d = m.date
    return d.start, d.end, d.granularity, d.likely, d.extent
