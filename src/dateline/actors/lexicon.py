"""The word lists the resolver reads besides the knowledge base: titles (-> role), agent nouns
(-> sector) and common name parts. All are package data (`data/titles.tsv`, `data/agents.tsv`, plus
`data/phoenix/agents.tsv` generated from the Phoenix agents dictionary, `data/common_name_parts.tsv`)
so users can extend them.

A title row is `titles  role  countries  sector`: `|`-separated spellings, the role they denote, an
optional country restriction (the row applies only to those countries: "Secretary of State" is the
foreign minister in the USA) and the sector of its holders.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

from dateline.actors.kb import alias_key, tokens

# The roles of a state's envoy to another: "ambassador to X" names where the envoy serves, not who
# sends (`resolve`); the titles file reads a bare "envoy" as a special envoy, while news of a summons,
# a recall or an expulsion calls the ambassador "the envoy" (`dedup.compatible._one_post`).
ENVOY_ROLES = frozenset({"ambassador", "special envoy"})


@dataclass(frozen=True)
class Title:
    role: str
    countries: frozenset[str]  # empty: any country
    sector: str


def is_acronym(form: str) -> bool:
    """Short all-capital forms ("PM", "FO", "US") only match in capitals: "us" and "pm" are words."""
    letters = form.replace(".", "")
    return letters.isalpha() and letters.isupper() and len(letters) <= 5


def case_fits(form: str, text_tokens: list[str], names: bool = True) -> bool:
    """Whether text spelled like this may be the KB/lexicon `form`: acronyms in capitals and, for
    names, capitalised words capitalised (so "turkey" and "chad" stay food and names stay names).
    Titles are not names: "the prime minister" is as good as "the Prime Minister"."""
    count, checks = _form_checks(form)
    if count != len(text_tokens):
        return True  # spelled differently ("U.S." / "US"): the key already matched
    for n, letters in checks:
        t = text_tokens[n]
        if letters is not None:
            if t.replace(".", "") != letters:
                return False
        elif names and not t[:1].isupper():
            return False
    return True


@lru_cache(maxsize=1 << 15)
def _form_checks(form: str) -> tuple[int, tuple[tuple[int, str | None], ...]]:
    """What `case_fits` checks of a spelling, worked out once per spelling (the same few thousand are
    checked at every match): its token count, and per letter-initial token its position and either the
    letters a lone acronym must show or None for a capitalised word."""
    form_tokens = tokens(form)
    checks: list[tuple[int, str | None]] = []
    for n, f in enumerate(form_tokens):
        if not f[:1].isalpha():
            continue
        if is_acronym(f) and len(form_tokens) == 1:
            checks.append((n, f.replace(".", "")))
        elif f[:1].isupper():
            checks.append((n, None))
    return len(form_tokens), tuple(checks)


class PhraseTable:
    """Phrases keyed by lower-cased token tuples, each with its original spellings and a value."""

    def __init__(self) -> None:
        self._entries: dict[tuple[str, ...], list[tuple[str, object]]] = {}
        self.max_len = 1
        self.prefixes: set[tuple[str, ...]] = set()  # every leading part of a phrase key

    def add(self, form: str, value: object) -> None:
        key = alias_key(form)
        if key:
            self._entries.setdefault(key, []).append((form, value))
            self.max_len = max(self.max_len, len(key))
            self.prefixes.update(key[:n] for n in range(1, len(key) + 1))

    def get(self, key: tuple[str, ...], text_tokens: list[str]) -> list[object]:
        found = self._entries.get(key, [])
        return [v for form, v in found if case_fits(form, text_tokens, names=False)]


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return [
            {k: (v or "").strip() for k, v in row.items()}
            for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        ]


def _data(name: str) -> Path:
    return Path(str(resources.files("dateline.actors") / "data" / name))


@cache
def titles() -> PhraseTable:
    table = PhraseTable()
    for row in _rows(_data("titles.tsv")):
        title = Title(row["role"], frozenset(c for c in row["countries"].split("|") if c), row["sector"])
        for form in row["titles"].split("|"):
            table.add(form.strip(), title)
    return table


@cache
def title_forms() -> dict[str, tuple[str, ...]]:
    """Each role's title forms as titles.tsv writes them ("foreign minister": "Foreign Minister", "FM",
    ...), for code that finds titles in raw text rather than in the parse."""
    forms: dict[str, list[str]] = {}
    for row in _rows(_data("titles.tsv")):
        forms.setdefault(row["role"], []).extend(f.strip() for f in row["titles"].split("|"))
    return {role: tuple(fs) for role, fs in forms.items()}


@cache
def agents() -> PhraseTable:
    """Agent nouns: the hand-written list first (its sector wins a tie), then Phoenix's generated one."""
    table = PhraseTable()
    for path in (_data("agents.tsv"), _data("phoenix/agents.tsv")):
        if not path.is_file():
            continue
        for row in _rows(path):
            for form in row["words"].split("|"):
                table.add(form.strip(), row["sector"])
    return table


@cache
def hand_agents() -> frozenset[tuple[str, ...]]:
    """The keys of the hand-written agent nouns (`data/agents.tsv`), without Phoenix's generated ones."""
    return frozenset(
        alias_key(form.strip()) for row in _rows(_data("agents.tsv")) for form in row["words"].split("|")
    )


@cache
def common_name_parts() -> frozenset[str]:
    """Name parts so widely shared ("Abdul", "Mohammad", "Sheikh", "Khan") that a name made only of them
    does not identify one person: `data/common_name_parts.tsv`, lower case."""
    rows = _rows(_data("common_name_parts.tsv"))
    return frozenset(word.strip().lower() for row in rows for word in row["words"].split("|"))


def title_for(candidates: list[Title], country: str | None) -> Title:
    """The title row that applies to `country`: a country-specific row first, else the general one."""
    for t in candidates:
        if country and country in t.countries:
            return t
    general = [t for t in candidates if not t.countries]
    if general:
        return general[0]
    return candidates[0]


@cache
def regions() -> dict[str, frozenset[str]]:
    """Words that describe a country by its region or kind (`data/regions.tsv`: "baltic", "south
    pacific", "gulf", "archipelago", "kingdom") -> the countries they fit, for "the Baltic country"."""
    table: dict[str, frozenset[str]] = {}
    for row in _rows(_data("regions.tsv")):
        for words in row["words"].split("|"):
            table[words.strip()] = frozenset(row["countries"].split("|"))
    return table
