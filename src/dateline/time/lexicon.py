"""The time tagger's word lists (package data `lexicon.json`), loaded once, with regex alternations."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Any


@cache
def lexicon() -> dict[str, Any]:
    return json.loads(resources.files(__package__).joinpath("lexicon.json").read_text(encoding="utf-8"))


def alternation(words: object) -> str:
    """A regex alternation, longest first so that 'September' wins over 'Sep'; spaces match any run
    of whitespace."""
    ordered = sorted(words, key=len, reverse=True)  # type: ignore[arg-type]
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def lookup(table: str, key: str) -> Any:
    """Case- and whitespace-insensitive lookup in one of the lexicon's tables."""
    return _folded(table).get(" ".join(key.lower().split()))


@cache
def _folded(table: str) -> dict[str, Any]:
    return {k.lower(): v for k, v in lexicon()[table].items()}


def number(text: str) -> float | None:
    """'two' -> 2, 'twenty-five' -> 25, '1,000' -> 1000, '5 1/2' -> 5.5, 'two and a half' -> 2.5;
    None for vague quantities ('several')."""
    t = " ".join(text.lower().replace("-", " ").split())
    half = 0.0
    for suffix in (" and a half", " 1/2", "½"):
        if t.endswith(suffix):
            t, half = t[: -len(suffix)].strip(), 0.5
    if re.fullmatch(r"\d[\d,]*(\.\d+)?", t):
        return float(t.replace(",", "")) + half
    if t in _folded("numbers"):
        return float(_folded("numbers")[t]) + half
    total = 0.0
    for word in t.split():
        value = _folded("numbers").get(word)
        if value is None:
            return None
        total += value
    return total + half if total else None
