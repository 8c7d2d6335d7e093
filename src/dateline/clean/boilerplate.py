"""Line patterns read from `data/boilerplate.tsv` and `data/outlets.txt` (extend those, not this)."""

from __future__ import annotations

import re
from functools import cache

from dateline.clean.tables import data_rows

# Bullets that crawlers leave in front of list items: "- ", "• ", "* ", "– ", "· ", "» ".
BULLET = re.compile(r"^\s*[-•*–—·»▪●◦]\s+")
_SPACES = re.compile(r"\s+")
# A header line naming a broadcaster or agency by its kind: "Aaj English TV", "Anadolu Agency".
_OUTLET_KIND = re.compile(
    r"(?:[A-Z][\w&'’.-]*\s+){1,4}(?:English\s+)?"
    r"(?:TV|Television|News Agency|Press Agency|Agency|News Network|Broadcasting(?: Corporation)?|Radio)"
)


def normalize(line: str) -> str:
    """The line as patterns see it: no bullet, single spaces (NBSP included), no outer space."""
    return _SPACES.sub(" ", BULLET.sub("", line)).strip()


def is_bullet(line: str) -> bool:
    return BULLET.match(line) is not None


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    rows = []
    for row in data_rows("boilerplate.tsv"):
        reason, _, pattern = row.partition("\t")
        rows.append((reason.strip(), re.compile(pattern.strip(), re.IGNORECASE)))
    return tuple(rows)


@cache
def _outlets() -> frozenset[str]:
    return frozenset(name.strip().casefold() for name in data_rows("outlets.txt"))


def boilerplate_reason(line: str) -> str | None:
    """The reason a whole line is boilerplate (navigation, comment widget, ...), or None."""
    text = normalize(line)
    if not text:
        return None
    for reason, pattern in _patterns():
        if pattern.fullmatch(text):
            return reason
    return None


def outlet_name(line: str) -> str | None:
    """The outlet a header line names ("- Anadolu Agency", "Aaj English TV"), or None."""
    text = normalize(line).rstrip(" .|")
    if not text or len(text) > 60:
        return None
    if text.casefold() in _outlets() or _OUTLET_KIND.fullmatch(text):
        return text
    return None


def known_outlet(name: str) -> bool:
    return name.strip().casefold() in _outlets()
