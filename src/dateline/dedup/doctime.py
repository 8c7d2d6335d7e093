"""Document time from the corpus: an undated article dated by the dated articles it joined.

An article with no trusted publication date gets its document time from its content alone
(`time/document_time.py`), often a wide interval, and its relative expressions ("on Tuesday") and
undated reports stay as vague. Once its events have joined (dedup) events that articles with a
trusted publication day report too, the corpus knows more: a news report appears on or shortly after
the day of the event it reports as having happened. The latest such day, as the dated articles date
the event, becomes a publication-date candidate of source "corpus" (low confidence, inferred, with
its reason), and the article goes through the same per-article stages again with it:
`document_time.estimate` counts it as one of the article's own story days (on or within STORY_SPAN
days after it, bounded by the content's own evidence), and every event is dated against that. A day
a dated article states ("met on Tuesday") is preferred to one it only takes as likely (`reported_day`),
which counts only where the text reports no day of its own.

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
from datetime import date
from typing import Protocol

from dateline.records import Article, EventMention, ProcessedArticle, PublishedDate
from dateline.time.document_time import CORPUS, CORPUS_LIKELY, CORPUS_STATED, STORY_LAG


class Reports(Protocol):
    """What the pass reads of the store (the DuckDB store and `inmemory.MemoryStore` answer it)."""

    def undated_reports(self) -> list[tuple[EventMention, EventMention, date]]:
        """Each mention of an article with no trusted publication day and no "corpus" candidate yet,
        paired with each mention of another article in the same canonical event that has one, and
        that day; in the order the articles were stored."""
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
    week before its publication (news of that week, "in recent days"). None where it gives no day
    in its article's past."""
    if own.modality != "asserted" or other.modality != "asserted":
        return None  # a planned or denied event says nothing of when a report about it appeared
    d = other.date
    if d.is_day:
        return (d.start, True) if d.start <= published else None
    day = d.likely
    if day is None and d.start is not None and d.end is not None and (published - d.start).days <= STORY_LAG:
        day = d.end
    return (day, False) if day is not None and day <= published else None


def pending(store: Reports, skip: Collection[str] = ()) -> list[Article]:
    """The undated articles a dated article's report now dates (ids in `skip` left out), each with
    its "corpus" candidate added, in stored order: the latest day stated, else the latest likely day."""
    best: dict[str, tuple[bool, date, EventMention, EventMention]] = {}
    for own, other, published in store.undated_reports():
        found = reported_day(own, other, published)
        if found is None or own.article_id in skip:
            continue
        key = (found[1], found[0], own, other)
        held = best.get(own.article_id)
        if held is None or key[:2] > held[:2]:
            best[own.article_id] = key
    out = []
    for article in store.stored(best):
        stated, day, own, other = best[article.id]
        how = "dates" if stated else "most likely dates"
        why = (
            f"reports '{own.trigger}' ({own.type}), which article {other.article_id} {how} "
            f"{day.isoformat()}: published on or after it"
        )
        confidence = CORPUS_STATED if stated else CORPUS_LIKELY
        found = PublishedDate(day.isoformat(), CORPUS, confidence, why, inferred=True)
        published = replace(article.published, candidates=[*article.published.candidates, found])
        out.append(replace(article, published=published, notes=list(article.notes)))
    return out


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
