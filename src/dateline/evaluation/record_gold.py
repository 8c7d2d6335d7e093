"""Gold for `dateline eval record`: articles and real-world events, read and checked line by line.

The format is documented in benchmarks/news/README.md. A gold file holds `article` lines (the true
publication date of each article) and `event` lines (one per real-world event, with every sentence that
reports it as character offsets into the article file). A folder is read as all its `*.jsonl` files.
Every problem is reported with its file and line number, all at once, so a gold writer fixes them in
one pass; nothing is scored from a gold file with problems.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from dateline.events.ontology import load as load_ontology

SPLITS = ("dev", "test")
MODALITIES = ("asserted", "planned", "hoped", "negated", "hypothetical")
SIDES = ("source", "target", "participant")
_ISO3 = re.compile(r"[A-Z]{3}")
MAX_SHOWN = 30  # problems listed in one error; the count says how many more


class GoldError(ValueError):
    """A gold file that cannot be scored; the message lists every problem with file:line."""


@dataclass(frozen=True)
class Where:
    file: str
    line: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}"


@dataclass(frozen=True)
class GoldArticle:
    id: str
    split: str
    cluster: str | None
    published: date | None  # None: the text does not support a publication date
    language: str | None
    where: Where


@dataclass(frozen=True)
class GoldMention:
    article: str
    start: int  # character offsets into the article file as read (UTF-8): the reporting sentence
    end: int


@dataclass(frozen=True)
class GoldActor:
    side: str
    country: str | None
    name: str
    kb: str | None
    sector: str | None


@dataclass(frozen=True)
class Dates:
    """A closed interval of days (None: an open side) and the most likely day in it, if any: the date
    of a gold event, and of a dateline event as the scorer compares it."""

    start: date | None
    end: date | None
    likely: date | None = None

    @property
    def day(self) -> date | None:
        """The one day committed to: `likely`, or the interval when it is a single day."""
        if self.likely:
            return self.likely
        return self.start if self.start is not None and self.start == self.end else None

    def __str__(self) -> str:
        """As shown in reports: 2023-05-07, 2023-05-01..2023-05-31, ..2023-05-02 (open side), .. (unknown)."""
        one_day = self.start is not None and self.start == self.end
        shown = str(self.start) if one_day else f"{self.start or ''}..{self.end or ''}"
        return f"{shown} (likely {self.likely})" if self.likely else shown


@dataclass(frozen=True)
class GoldEvent:
    id: str
    split: str
    type: str
    mode: str | None
    modality: str
    actors: tuple[GoldActor, ...]
    date: Dates
    core: bool
    mentions: tuple[GoldMention, ...]
    where: Where

    @property
    def countries(self) -> frozenset[str]:
        return frozenset(a.country for a in self.actors if a.country)

    @property
    def people(self) -> frozenset[str]:
        return frozenset(a.kb for a in self.actors if a.kb)


@dataclass
class Gold:
    articles: dict[str, GoldArticle]
    events: list[GoldEvent]

    def off_protocol(self) -> list[str]:
        """Articles whose split is not the one their cluster hashes to (benchmarks/news/README.md):
        allowed for a user's own split, worth a warning on the shared corpus."""
        return sorted(
            a.id for a in self.articles.values() if a.cluster and a.split != cluster_split(a.cluster)
        )

    def select(self, split: str) -> Gold:
        """The articles and events of one split ("dev", "test"), or everything ("all")."""
        if split == "all":
            return self
        return Gold(
            {k: a for k, a in self.articles.items() if a.split == split},
            [e for e in self.events if e.split == split],
        )


def cluster_split(cluster: str) -> str:
    """The protocol's split: 3 in 5 clusters by hash are dev, the others test."""
    return "dev" if int(hashlib.sha256(cluster.encode("utf-8")).hexdigest(), 16) % 5 < 3 else "test"


def gold_files(path: Path) -> list[Path]:
    if path.is_dir():
        files = sorted(path.glob("*.jsonl"))
        if not files:
            raise GoldError(f"{path}: no *.jsonl gold files in this folder")
        return files
    if not path.is_file():
        raise GoldError(f"{path}: no such gold file or folder")
    return [path]


def load_gold(path: Path) -> Gold:
    reader = _Reader()
    for file in gold_files(path):
        reader.read_file(file)
    return reader.finish()


class _Reader:
    """Collects articles, events and problems over one or more files."""

    def __init__(self) -> None:
        self.articles: dict[str, GoldArticle] = {}
        self.events: list[GoldEvent] = []
        self.event_ids: dict[str, Where] = {}
        self.problems: list[str] = []
        self.ontology = load_ontology()

    def read_file(self, file: Path) -> None:
        try:
            lines = file.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            self.problems.append(f"{file}: cannot read: {exc}")
            return
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            where = Where(str(file), number)
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                self.problems.append(f"{where}: not JSON ({exc.msg} at column {exc.colno})")
                continue
            if not isinstance(record, dict):
                self.problems.append(f"{where}: a line must be a JSON object")
                continue
            try:
                self._read_record(record, where)
            except _Bad as bad:
                self.problems.append(f"{where}: {bad}")

    def _read_record(self, record: dict[str, Any], where: Where) -> None:
        kind = record.get("kind")
        if kind == "article":
            article = _article(record, where)
            if article.id in self.articles:
                raise _Bad(f"article {article.id!r} already given at {self.articles[article.id].where}")
            self.articles[article.id] = article
        elif kind == "event":
            event = self._event(record, where)
            if event.id in self.event_ids:
                raise _Bad(f"event {event.id!r} already given at {self.event_ids[event.id]}")
            self.event_ids[event.id] = where
            self.events.append(event)
        else:
            raise _Bad(f"`kind` must be 'article' or 'event', not {kind!r}")

    def _event(self, r: dict[str, Any], where: Where) -> GoldEvent:
        event_id = _text(r, "id")
        try:
            type_, implied_mode = self.ontology.normalize(_text(r, "type"))
        except KeyError as exc:
            raise _Bad(f"event {event_id!r}: {exc.args[0]}") from None
        mode = _optional_text(r, "mode") or implied_mode
        known_modes = self.ontology.types[type_].modes
        if mode is not None and mode not in known_modes:
            shown = ", ".join(known_modes) or "none"
            raise _Bad(f"event {event_id!r}: mode {mode!r} is not a mode of {type_} ({shown})")
        modality = _choice(r, "modality", MODALITIES)
        actors = r.get("actors")
        if not isinstance(actors, list) or not actors:
            raise _Bad(f"event {event_id!r}: `actors` must be a non-empty list")
        mentions = r.get("mentions")
        if not isinstance(mentions, list) or not mentions:
            raise _Bad(f"event {event_id!r}: `mentions` must be a non-empty list")
        core = r.get("core", False)
        if not isinstance(core, bool):
            raise _Bad(f"event {event_id!r}: `core` must be true or false")
        return GoldEvent(
            id=event_id,
            split=_choice(r, "split", SPLITS),
            type=type_,
            mode=mode,
            modality=modality,
            actors=tuple(_actor(a, event_id) for a in actors),
            date=_date(r.get("date"), event_id),
            core=core,
            mentions=tuple(_mention(m, event_id) for m in mentions),
            where=where,
        )

    def finish(self) -> Gold:
        for event in self.events:
            for m in event.mentions:
                article = self.articles.get(m.article)
                if article is None:
                    self.problems.append(
                        f"{event.where}: event {event.id!r} cites article {m.article!r}, which has no "
                        "`article` line"
                    )
                elif article.split != event.split:
                    self.problems.append(
                        f"{event.where}: event {event.id!r} is {event.split} but article {m.article!r} "
                        f"is {article.split} ({article.where})"
                    )
        if self.problems:
            shown = self.problems[:MAX_SHOWN]
            more = len(self.problems) - len(shown)
            tail = f"\n... and {more} more" if more else ""
            raise GoldError(f"{len(self.problems)} problems in the gold:\n" + "\n".join(shown) + tail)
        if not self.articles:
            raise GoldError("the gold holds no `article` lines")
        return Gold(self.articles, self.events)


class _Bad(Exception):
    """One problem with one line."""


def _text(r: dict[str, Any], key: str) -> str:
    value = r.get(key)
    if not isinstance(value, str) or not value.strip():
        raise _Bad(f"`{key}` must be a non-empty string, not {value!r}")
    return value


def _optional_text(r: dict[str, Any], key: str) -> str | None:
    value = r.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise _Bad(f"`{key}` must be a string or null, not {value!r}")
    return value or None


def _choice(r: dict[str, Any], key: str, allowed: tuple[str, ...]) -> str:
    value = r.get(key)
    if value not in allowed:
        raise _Bad(f"`{key}` must be one of {', '.join(allowed)}, not {value!r}")
    return value


def _day(value: Any, what: str) -> date | None:
    if value is None:
        return None
    if isinstance(value, str) and len(value) == 10:  # fromisoformat also takes 20230929 and weeks
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise _Bad(f"{what} must be a day YYYY-MM-DD or null, not {value!r}")


def _article(r: dict[str, Any], where: Where) -> GoldArticle:
    return GoldArticle(
        id=_text(r, "article"),
        split=_choice(r, "split", SPLITS),
        cluster=_optional_text(r, "cluster"),
        published=_day(r.get("published"), "`published`"),
        language=_optional_text(r, "language"),
        where=where,
    )


def _actor(a: Any, event_id: str) -> GoldActor:
    if not isinstance(a, dict):
        raise _Bad(f"event {event_id!r}: each actor must be an object, not {a!r}")
    country = _optional_text(a, "country")
    if country is not None and not _ISO3.fullmatch(country):
        raise _Bad(
            f"event {event_id!r}: actor country must be ISO 3166-1 alpha-3 (e.g. IND), not {country!r}"
        )
    return GoldActor(
        side=_choice(a, "side", SIDES),
        country=country,
        name=_text(a, "name"),
        kb=_optional_text(a, "kb"),
        sector=_optional_text(a, "sector"),
    )


def _date(d: Any, event_id: str) -> Dates:
    if not isinstance(d, dict):
        raise _Bad(f"event {event_id!r}: `date` must be an object with start, end, likely")
    what = f"event {event_id!r}: date"
    out = Dates(
        _day(d.get("start"), f"{what} start"),
        _day(d.get("end"), f"{what} end"),
        _day(d.get("likely"), f"{what} likely"),
    )
    if out.start and out.end and out.start > out.end:
        raise _Bad(f"{what} start {out.start} is after end {out.end}")
    if out.likely and not ((out.start or out.likely) <= out.likely <= (out.end or out.likely)):
        raise _Bad(f"{what} likely {out.likely} lies outside {out.start}..{out.end}")
    return out


def _mention(m: Any, event_id: str) -> GoldMention:
    if not isinstance(m, dict):
        raise _Bad(f"event {event_id!r}: each mention must be an object, not {m!r}")
    article, start, end = m.get("article"), m.get("start"), m.get("end")
    if not isinstance(article, str) or not article:
        raise _Bad(f"event {event_id!r}: mention `article` must be an article id, not {article!r}")
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end):
        raise _Bad(
            f"event {event_id!r}: mention offsets must be integers 0 <= start < end, not {start!r}, {end!r}"
        )
    return GoldMention(article, start, end)
