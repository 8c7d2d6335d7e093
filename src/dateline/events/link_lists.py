"""Headlines of other stories listed inside an article's body: links, not news of the article.

Pages end or break their text with lists of related stories ("Next in World" and ten headlines; "- Why
are X and Y at war?" between two paragraphs). Kept by the cleaner as lines of the body, each reads as a
sentence that reports an act of some other story, dated to the article's week. Such a list is told by
its form: a run of short lines that end without a sentence's closing mark (or are bulleted questions)
after the body has begun. The title, a standfirst, key points and captions come before the body's
first sentences; a single heading, or a title repeated as a caption, is no list.
"""

from __future__ import annotations

import re
from bisect import bisect_right

# A line that closes as a sentence does (a closing quote or bracket may follow the mark). A question mark
# is left out: headlines are often questions, so a line that ends in one counts as unclosed.
CLOSED = re.compile(r"[.!:;…][\"”’')\]]*$")
BULLET = re.compile(r"[-•*·▪–—]\s")
MAX_WORDS = 30  # a headline; a longer unclosed line is a paragraph the page left without its stop
BULLETED_RUN = 2  # bulleted lines that make a list
PLAIN_RUN = 3  # unbulleted unclosed lines that make a list (a heading and a standfirst are two)
BODY_BEGUN = 2  # closed lines before the list: the body has begun


def listed_lines(text: str) -> list[tuple[int, int]]:
    """The (start, end) character spans of the lines of `text` that belong to a list of headlines,
    in order. Linear in the length of the text."""
    lines: list[tuple[int, int, str]] = []
    start = 0
    for line in text.split("\n"):
        if line.strip():
            lines.append((start, start + len(line), line.strip()))
        start += len(line) + 1
    found: list[tuple[int, int]] = []
    closed = 0
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _listed(lines[j][2]):
            j += 1
        run = lines[i:j]
        if run and closed >= BODY_BEGUN and len({t for _, _, t in run}) >= _needed(run):
            found += [(a, b) for a, b, _ in run]
        if j < len(lines):
            closed += bool(CLOSED.search(lines[j][2]))
        i = j + 1
    return found


def within(spans: list[tuple[int, int]], offset: int) -> bool:
    """True when `offset` falls in one of `spans` (sorted, disjoint)."""
    k = bisect_right(spans, offset, key=lambda span: span[0]) - 1  # the last span starting at or before it
    return k >= 0 and spans[k][0] <= offset < spans[k][1]


def _listed(line: str) -> bool:
    """A line that can be a headline in a list: short, and unclosed, or bulleted and not ending in a full
    stop."""
    if len(line.split()) > MAX_WORDS:
        return False
    return not CLOSED.search(line) or (BULLET.match(line) is not None and not line.endswith("."))


def _needed(run: list[tuple[int, int, str]]) -> int:
    return BULLETED_RUN if any(BULLET.match(t) for _, _, t in run) else PLAIN_RUN
