"""The actor knowledge base: countries, organizations and people with dated tenures, and its indexes.

Four TSV kinds, countries, organizations, people and places (header line, `|` between list items, an
empty cell means none), ship as package data in `dateline/actors/data/` (places mostly among the
Phoenix-derived files, plus regions of current news in `places.tsv`); users add their own files of the
same kinds (`--kb FILE`), recognised by their header. Rows with an id already known extend that entry
(aliases and tenures are merged), so a user file can add an alias or a new office holder without
copying the shipped row.

Every lookup the resolver makes per mention is a dict access: aliases by lower-cased token tuple,
tenures by person and by (country, role), people by each token of their names.
"""

from __future__ import annotations

import csv
import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Literal

from dateline.records import Actor, DateInterval

COUNTRY_COLUMNS = ("iso3", "name", "aliases", "demonyms", "metonyms", "sector", "source")
ORGANIZATION_COLUMNS = ("id", "name", "aliases", "country", "sector", "kind", "source")
PEOPLE_COLUMNS = ("id", "name", "aliases", "country", "sector", "role", "start", "end", "source")
PLACE_COLUMNS = ("name", "country", "source")
KINDS = {
    COUNTRY_COLUMNS: "countries",
    ORGANIZATION_COLUMNS: "organizations",
    PEOPLE_COLUMNS: "people",
    PLACE_COLUMNS: "places",
}
PACKAGE_FILES = ("countries.tsv", "organizations.tsv", "people.tsv", "places.tsv")
# Generated from the Phoenix dictionaries (`python -m dateline.actors.phoenix`): loaded after the
# hand-written and user files, as secondary data (see KnowledgeBase.add_file).
PHOENIX_FILES = ("countries.tsv", "organizations.tsv", "groups_mnsa.tsv", "people.tsv", "places_phoenix.tsv")

AliasKind = Literal["country", "demonym", "metonym", "organization", "person", "place"]
_ISO3 = re.compile(r"^[A-Z]{3}$")
# Words, dotted abbreviations ("U.S.", "U.N.") and each punctuation mark on its own (the hyphen of
# "al-Qaeda", the period of "Mr."). The same cut is applied to aliases and to the text, so both agree.
TOKEN = re.compile(r"(?:[A-Za-z]\.){2,}|\w+|[^\w\s]")


class KnowledgeBaseError(ValueError):
    """A malformed knowledge-base file; the message names the file and the line."""


def tokens(text: str) -> tuple[str, ...]:
    return tuple(TOKEN.findall(text))


# Remembered: loading the KB keys ~83,000 forms of which ~30,000 differ, and the text's sub-tokens
# repeat the same words (0.2 s less CPU per process start).
@lru_cache(maxsize=1 << 15)
def alias_key(text: str) -> tuple[str, ...]:
    """The lookup key of a name: lower-cased tokens, periods of abbreviations dropped ("U.S." = "US")."""
    return tuple(tok.lower() if len(tok) < 2 else tok.lower().replace(".", "") for tok in tokens(text))


@dataclass(frozen=True)
class Country:
    iso3: str
    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    metonyms: tuple[str, ...]
    sector: str
    source: str = ""

    def actor(self, sector: str | None = None) -> Actor:
        """The country's government (or, with `sector`, another of its sectors: MIL, REB, CVL ...)."""
        sector = sector or self.sector or "GOV"
        if sector == "GOV":
            return Actor(self.iso3, self.name, self.iso3, "GOV", None, "country")
        return Actor(f"{self.iso3}:{sector}", f"{self.name} ({sector})", self.iso3, sector, None, "group")


@dataclass(frozen=True)
class Organization:
    id: str
    name: str
    aliases: tuple[str, ...]
    country: str | None
    sector: str | None
    kind: Literal["organization", "group"]
    source: str = ""

    def actor(self) -> Actor:
        return Actor(self.id, self.name, self.country, self.sector, None, self.kind)


@dataclass(frozen=True)
class Tenure:
    person_id: str
    role: str
    country: str | None
    sector: str | None
    start: date | None
    end: date | None  # None: still in office
    source: str = ""

    def overlaps(self, on: date | DateInterval) -> bool:
        if isinstance(on, date):
            return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)
        return DateInterval(self.start, self.end).overlaps(on)

    def interval(self, name: str) -> DateInterval:
        return DateInterval(self.start, self.end, "range", 0.8, f"tenure of {name} as {self.role}")


@dataclass
class Person:
    id: str
    name: str
    aliases: tuple[str, ...]
    country: str | None
    sector: str | None
    tenures: list[Tenure] = field(default_factory=list)
    secondary: bool = False  # from generated data (Phoenix): hand-written people win ties

    def actor(self, role: str | None = None, on: date | DateInterval | None = None) -> Actor:
        """The person acting in `role`: the country and sector of that office's row (the one held on
        `on` when known, else the latest), so "von der Leyen" in office at the Commission acts for it,
        not for Germany; without a role, those of the person's first row."""
        rows = [t for t in reversed(self.tenures) if t.role == role] if role else []
        held = next((t for t in rows if on is not None and t.overlaps(on)), rows[0] if rows else None)
        if held is None:
            return Actor(self.id, self.name, self.country, self.sector, role, "person")
        return Actor(self.id, self.name, held.country, held.sector or self.sector, role, "person")


@dataclass(frozen=True)
class AliasEntry:
    kind: AliasKind
    key: str  # iso3, organization id or person id
    form: str  # the alias as written in the KB (its case decides how strictly it matches)


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split("|") if part.strip())


def _date(cell: str, where: str) -> date | None:
    if not cell:
        return None
    try:
        return date.fromisoformat(cell)
    except ValueError:
        raise KnowledgeBaseError(f"{where}: {cell!r} is not an ISO date (YYYY-MM-DD)") from None


def _country(cell: str, where: str, optional: bool) -> str | None:
    if not cell and optional:
        return None
    if not _ISO3.match(cell):
        raise KnowledgeBaseError(f"{where}: country {cell!r} is not an ISO 3166-1 alpha-3 code")
    return cell


def possessive(name: str) -> str:
    """The owner's form of a country's or body's name, for naming its offices: "Pakistan's",
    "Netherlands'" (a name ending in a lower-case s takes the apostrophe alone), "ECOWAS's"."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"


class KnowledgeBase:
    def __init__(self) -> None:
        self.countries: dict[str, Country] = {}
        self.organizations: dict[str, Organization] = {}
        self.people: dict[str, Person] = {}
        self.places: dict[tuple[str, ...], tuple[str, str]] = {}  # alias key -> (name, iso3)
        self._aliases: dict[tuple[str, ...], list[AliasEntry]] = defaultdict(list)
        self.prefixes: set[tuple[str, ...]] = set()  # every leading part of an alias key
        self._offices: dict[tuple[str | None, str], list[Tenure]] = defaultdict(list)
        self._name_tokens: dict[str, set[str]] = defaultdict(set)
        self.max_alias_len = 1
        # Secondary (generated) data: which aliases came from it, and how its ids map onto
        # hand-written entries describing the same person or body.
        self._weak_forms: set[tuple[str, str]] = set()  # (entry id, form)
        self._secondary = False
        self._same: dict[str, str | None] = {}
        self._names: dict[str, dict[tuple[str, ...], str]] = {"organizations": {}, "people": {}}
        self._deletion_index: dict[str, set[str]] | None = None

    # --- loading --------------------------------------------------------------------------------

    @classmethod
    def load(cls, extra: Sequence[Path] = ()) -> KnowledgeBase:
        """The shipped knowledge base plus the user's files (cached per process and file list)."""
        return _load_cached(tuple(Path(p).resolve() for p in extra))

    @classmethod
    def from_files(cls, paths: Iterable[Path], secondary: Iterable[Path] = ()) -> KnowledgeBase:
        kb = cls()
        for path in paths:
            kb.add_file(Path(path))
        for path in secondary:
            kb.add_file(Path(path), secondary=True)
        kb._index()
        return kb

    def add_file(self, path: Path, secondary: bool = False) -> None:
        """Read one TSV file. A `secondary` file (generated data) never overrides what is known: its
        countries only add spellings, its people and bodies whose name or alias is already a name of
        a known one (same country) only add aliases to it, and its aliases yield to known ones."""
        self._secondary = secondary
        with path.open(encoding="utf-8", newline="") as fh:
            rows = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
            header = next(rows, None)
            columns = tuple(c.strip().lower() for c in header or ())
            kind = KINDS.get(columns)
            if kind is None:
                known = "; ".join(" ".join(c) for c in KINDS)
                raise KnowledgeBaseError(
                    f"{path}:1: header {' '.join(columns) or '(empty)'!r} is not a knowledge-base "
                    f"header (expected one of: {known})"
                )
            for lineno, row in enumerate(rows, start=2):
                if not row or not "".join(row).strip() or row[0].startswith("#"):
                    continue
                where = f"{path}:{lineno}"
                if len(row) != len(columns):
                    raise KnowledgeBaseError(
                        f"{where}: {len(row)} tab-separated cells, expected {len(columns)} ({kind})"
                    )
                cells = dict(zip(columns, (c.strip() for c in row), strict=True))
                getattr(self, f"_add_{kind}")(cells, where)
        self._secondary = False

    def _add_countries(self, c: dict[str, str], where: str) -> None:
        iso3 = _country(c["iso3"], where, optional=False)
        assert iso3 is not None
        if not c["name"]:
            raise KnowledgeBaseError(f"{where}: empty name")
        old = self.countries.get(iso3)
        if self._secondary:
            if old is not None:
                extra = _split(c["aliases"])
                self._weak_forms.update((iso3, form) for form in extra)
                self.countries[iso3] = replace(old, aliases=_merge(old.aliases, extra))
            return  # a code the hand-written table does not know (DDR, KSV ...): not a country here
        self.countries[iso3] = Country(
            iso3,
            c["name"],
            _merge(old.aliases if old else (), _split(c["aliases"])),
            _merge(old.demonyms if old else (), _split(c["demonyms"])),
            _merge(old.metonyms if old else (), _split(c["metonyms"])),
            c["sector"] or "GOV",
            c["source"],
        )

    def _add_places(self, c: dict[str, str], where: str) -> None:
        iso3 = _country(c["country"], where, optional=False)
        key = alias_key(c["name"])
        if key and key not in self.places:
            self.places[key] = (c["name"], iso3 or "")

    def _known_as(self, kind: str, row_id: str, c: dict[str, str]) -> str | None:
        """The known entry a secondary row describes: same name or alias, compatible country."""
        if row_id in self._same:
            return self._same[row_id]
        table = self.organizations if kind == "organizations" else self.people
        found = None
        for form in (c["name"], *_split(c["aliases"])):
            other = self._names[kind].get(alias_key(form))
            entry = table.get(other) if other else None
            if entry is not None and (not c["country"] or entry.country in (None, c["country"])):
                found = other
                break
        self._same[row_id] = found
        return found

    def _remember_names(self, kind: str, row_id: str, forms: Iterable[str]) -> None:
        if not self._secondary:
            for form in forms:
                self._names[kind].setdefault(alias_key(form), row_id)

    def _add_organizations(self, c: dict[str, str], where: str) -> None:
        if not c["id"] or not c["name"]:
            raise KnowledgeBaseError(f"{where}: empty id or name")
        kind = c["kind"] or "organization"
        if kind not in ("organization", "group"):
            raise KnowledgeBaseError(f"{where}: kind {kind!r} is not 'organization' or 'group'")
        country = _country(c["country"], where, optional=True)
        if self._secondary:
            same = self._known_as("organizations", c["id"], c)
            forms = (c["name"], *_split(c["aliases"]))
            if same is not None or c["id"] in self.organizations:
                org = self.organizations[same or c["id"]]
                self._weak_forms.update((org.id, form) for form in forms)
                self.organizations[org.id] = replace(org, aliases=_merge(org.aliases, forms))
                return
            self._weak_forms.update((c["id"], form) for form in forms)
        old = self.organizations.get(c["id"])
        self.organizations[c["id"]] = Organization(
            c["id"],
            c["name"],
            _merge(old.aliases if old else (), _split(c["aliases"])),
            country,
            c["sector"] or None,
            kind,  # type: ignore[arg-type]
            c["source"],
        )
        self._remember_names("organizations", c["id"], (c["name"], *_split(c["aliases"])))

    def _add_people(self, c: dict[str, str], where: str) -> None:
        if not c["id"] or not c["name"]:
            raise KnowledgeBaseError(f"{where}: empty id or name")
        country = _country(c["country"], where, optional=True)
        start, end = _date(c["start"], where), _date(c["end"], where)
        if start and end and end < start:
            raise KnowledgeBaseError(f"{where}: tenure ends ({end}) before it starts ({start})")
        if self._secondary:
            same = self._known_as("people", c["id"], c)
            forms = (c["name"], *_split(c["aliases"]))
            if same is not None:  # hand-written wins: only the spellings are taken
                person = self.people[same]
                self._weak_forms.update((same, form) for form in forms)
                person.aliases = _merge(person.aliases, forms)
                return
            self._weak_forms.update((c["id"], form) for form in forms)
        person = self.people.get(c["id"])
        if person is None:
            person = Person(c["id"], c["name"], (), country, c["sector"] or None, secondary=self._secondary)
            self.people[c["id"]] = person
        person.aliases = _merge(person.aliases, _split(c["aliases"]))
        self._remember_names("people", c["id"], (c["name"], *_split(c["aliases"])))
        if c["role"]:
            tenure = Tenure(c["id"], c["role"], country, c["sector"] or None, start, end, c["source"])
            same = (tenure.role, tenure.country, tenure.start, tenure.end)
            if all((t.role, t.country, t.start, t.end) != same for t in person.tenures):
                person.tenures.append(tenure)

    def _index(self) -> None:
        self._aliases.clear()
        self.prefixes.clear()
        self._offices.clear()
        self._name_tokens.clear()
        weak: list[tuple[str, AliasEntry]] = []

        def add(form: str, entry: AliasEntry) -> None:
            if (entry.key, form) in self._weak_forms:
                weak.append((form, entry))
            else:
                self._add_alias(form, entry)

        for iso3, country in self.countries.items():
            for form in (country.name, *country.aliases):
                add(form, AliasEntry("country", iso3, form))
            for form in country.demonyms:
                add(form, AliasEntry("demonym", iso3, form))
            for form in country.metonyms:
                add(form, AliasEntry("metonym", iso3, form))
        for oid, org in self.organizations.items():
            for form in (org.name, *org.aliases):
                add(form, AliasEntry("organization", oid, form))
        for pid, person in self.people.items():
            for form in (person.name, *person.aliases):
                add(form, AliasEntry("person", pid, form))
            person.tenures.sort(key=lambda t: t.start or date.min)
            for t in person.tenures:
                self._offices[(t.country, t.role)].append(t)
        # Generated spellings yield to the known ones: a key that already names something keeps it.
        strong = set(self._aliases)
        for form, entry in weak:
            if alias_key(form) not in strong:
                self._add_alias(form, entry)
        # Places only fill gaps: "Georgia" stays the country, "Nasser" the person.
        for key, (name, iso3) in self.places.items():
            if key not in self._aliases and iso3 in self.countries:
                self._add_alias(name, AliasEntry("place", iso3, name))
        for key, entries in self._aliases.items():
            for e in entries:
                if e.kind == "person":
                    for tok in key:
                        if tok[:1].isalpha() and len(tok) > 1:
                            self._name_tokens[tok].add(e.key)
        for office in self._offices.values():
            office.sort(key=lambda t: t.start or date.min)

    def _add_alias(self, form: str, entry: AliasEntry) -> None:
        key = alias_key(form)
        if key and entry not in self._aliases[key]:
            self._aliases[key].append(entry)
            self.max_alias_len = max(self.max_alias_len, len(key))
            self.prefixes.update(key[:n] for n in range(1, len(key) + 1))

    # --- lookups --------------------------------------------------------------------------------

    def lookup(self, key: tuple[str, ...]) -> list[AliasEntry]:
        return self._aliases.get(key, [])

    def people_named(self, token: str) -> set[str]:
        """Ids of the people one of whose name or alias tokens is `token` (lower case)."""
        return self._name_tokens.get(token.lower(), set())

    def near_name_tokens(self, token: str) -> set[str]:
        """Name tokens one edit (insertion, deletion, substitution, transposition) from `token`."""
        index = self._deletions()
        found: set[str] = set()
        for variant in {token, *_deletes(token)}:
            found |= index.get(variant, set())
        return {t for t in found if t != token and _one_edit(t, token)}

    def _deletions(self) -> dict[str, set[str]]:
        # Symmetric-delete index of the name tokens, built on the first fuzzy lookup only.
        if self._deletion_index is None:
            index: dict[str, set[str]] = defaultdict(set)
            for tok in self._name_tokens:
                if len(tok) >= 6:
                    for variant in (tok, *_deletes(tok)):
                        index[variant].add(tok)
            self._deletion_index = index
        return self._deletion_index

    def office(self, country: str, role: str, sector: str | None) -> Actor:
        """An office of `country` nobody known holds, as a role actor. It is displayed as the office
        is said in news, "Pakistan's deputy foreign minister", not as the words run together
        ("Pakistan deputy foreign minister" reads like a phrase copied from the text)."""
        c = self.countries.get(country)
        name = f"{possessive(c.name)} {role}" if c else f"{country} {role}"
        return Actor(None, name, country, sector, role, "role")

    def holders(self, country: str | None, role: str, on: date | DateInterval | None) -> list[Person]:
        """Who held `role` for `country` on the date (every holder ever when `on` is None)."""
        office = self._offices.get((country, role), [])
        if isinstance(on, date) and office:
            # Tenures are sorted by start: only those started by `on` can hold it.
            office = office[: bisect_right([t.start or date.min for t in office], on)]
        seen: dict[str, Person] = {}
        for t in reversed(office):
            if (on is None or t.overlaps(on)) and t.person_id not in seen:
                seen[t.person_id] = self.people[t.person_id]
        return list(seen.values())

    def roles_of(self, person_id: str, on: date | DateInterval | None) -> list[str]:
        """The roles the person held on the date, latest first (all roles ever when `on` is None)."""
        person = self.people.get(person_id)
        if person is None:
            return []
        roles = [t.role for t in reversed(person.tenures) if on is None or t.overlaps(on)]
        return list(dict.fromkeys(roles))

    def tenures(self, person_id: str, role: str | None = None) -> list[Tenure]:
        person = self.people.get(person_id)
        return [t for t in person.tenures if role in (None, t.role)] if person else []


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _one_edit(a: str, b: str) -> bool:
    """Damerau distance 1 (the candidates come from the delete index, so lengths differ by <= 1)."""
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        i, j = diff if len(diff) == 2 else (0, 0)
        return len(diff) == 2 and j == i + 1 and a[i] == b[j] and a[j] == b[i]
    short, long_ = sorted((a, b), key=len)
    return len(long_) - len(short) == 1 and any(
        long_[:i] + long_[i + 1 :] == short for i in range(len(long_))
    )


def _merge(old: tuple[str, ...], new: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys((*old, *new)))


def package_files() -> list[Path]:
    """The shipped data files that exist (a checkout may lack one while it is being written)."""
    data = resources.files("dateline.actors") / "data"
    return [Path(str(data / name)) for name in PACKAGE_FILES if (data / name).is_file()]


def phoenix_files() -> list[Path]:
    """The shipped files generated from the Phoenix dictionaries (secondary data)."""
    data = resources.files("dateline.actors") / "data" / "phoenix"
    return [Path(str(data / name)) for name in PHOENIX_FILES if (data / name).is_file()]


@cache
def _load_cached(extra: tuple[Path, ...]) -> KnowledgeBase:
    return KnowledgeBase.from_files([*package_files(), *extra], phoenix_files())
