"""The PLOVER event ontology as data: types, modes, contexts, old labels, and the CAMEO mapping.

The tables live in `data/` (plover.tsv, cameo2plover.tsv) so that users can extend them or map another
ontology onto PLOVER without touching code.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from dateline.records import Modality

DATA = resources.files("dateline.events") / "data"


def read_tsv(name: str) -> Iterator[dict[str, str]]:
    """Rows of a package TSV file as dicts, skipping '#' comment lines."""
    text = (DATA / name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        yield {k: (v or "").strip() for k, v in row.items()}


@dataclass(frozen=True)
class EventType:
    name: str
    verbal: bool  # a verbal act (AGREE, REQUEST ...) rather than a material one (AID, ASSAULT ...)
    cooperative: bool
    description: str
    modes: tuple[str, ...] = ()


@dataclass(frozen=True)
class CameoCode:
    code: str
    type: str
    mode: str | None
    contexts: tuple[str, ...]
    description: str


@dataclass(frozen=True)
class Ontology:
    types: dict[str, EventType]
    contexts: tuple[str, ...]
    aliases: dict[str, tuple[str, str | None]]  # old label -> (type, mode)
    cameo: dict[str, CameoCode] = field(default_factory=dict)
    mode_aliases: dict[tuple[str, str], str] = field(default_factory=dict)  # (type, old mode) -> mode

    def normalize(self, label: str) -> tuple[str, str | None]:
        """A type label of any PLOVER version as (current type, implied mode)."""
        label = label.strip().upper()
        if label in self.types:
            return label, None
        if label in self.aliases:
            return self.aliases[label]
        raise KeyError(f"unknown PLOVER type {label!r}")

    def normalize_mode(self, type_: str, mode: str | None) -> str | None:
        """A mode of an earlier PLOVER draft ("strike-hun") as the current mode of its type ("hunger")."""
        return self.mode_aliases.get((type_, mode), mode) if mode else mode

    def plover_view(self, type_: str, modality: Modality) -> str:
        """The type PLOVER itself assigns, given the modality dateline keeps separately.

        dateline records a planned visit as CONSULT with modality "planned"; PLOVER codes intentions as
        verbal acts: "All cooperative actions reported in future tense are also taken to imply
        intentions" (AGREE), intended material conflict is a threat (THREATEN), and a cooperative act
        denied ("will not accept refugees") is a rejection (REJECT). A concession is the exception: its
        definition includes "promised ... future concessions", so one planned stays CONCEDE."""
        kind = self.types.get(type_)
        if kind is None:
            return type_
        if modality == "negated" and kind.cooperative:
            return "REJECT"
        if modality in ("planned", "hoped", "hypothetical") and type_ != "CONCEDE":
            if kind.cooperative:
                return "AGREE"
            if not kind.verbal:
                return "THREATEN"
        return type_


@cache
def load() -> Ontology:
    types: dict[str, EventType] = {}
    modes: dict[str, list[str]] = {}
    contexts: list[str] = []
    aliases: dict[str, tuple[str, str | None]] = {}
    mode_aliases: dict[tuple[str, str], str] = {}
    for row in read_tsv("plover.tsv"):
        kind, type_, name, description = row["kind"], row["type"], row["name"], row["description"]
        if kind == "type":
            types[type_] = EventType(type_, "verbal" in name, "cooperative" in name, description)
        elif kind == "mode":
            modes.setdefault(type_, []).append(name)
        elif kind == "context":
            contexts.append(name)
        elif kind == "alias":
            aliases[name] = (type_, description or None)
        elif kind == "mode-alias":
            mode_aliases[(type_, name)] = description
    for name, modes_of in modes.items():
        t = types[name]
        types[name] = EventType(t.name, t.verbal, t.cooperative, t.description, tuple(modes_of))
    cameo = {
        row["cameo"]: CameoCode(
            row["cameo"],
            row["type"],
            row["mode"] or None,
            tuple(c for c in row["context"].split(";") if c),
            row["description"],
        )
        for row in read_tsv("cameo2plover.tsv")
    }
    return Ontology(types, tuple(contexts), aliases, cameo, mode_aliases)


PLOVER_TYPES: tuple[str, ...] = tuple(load().types)
