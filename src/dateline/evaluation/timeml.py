"""Readers for time-annotated corpora: TimeML `.tml` (TempEval-3) and MEANTIME CAT `.xml`.

Both yield `GoldDocument`s: the plain text a tagger sees, the document creation time, and the gold
TIMEX3s as character offsets into that text. Hand-written because the formats are small and no
installed library reads them.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>")
_ATTR = re.compile(r'([A-Za-z_:]+)="([^"]*)"')
_DCT_TIMEX = re.compile(r"<TIMEX3[^>]*functionInDocument=\"CREATION_TIME\"[^>]*>", re.S)


@dataclass(frozen=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True)
class GoldEvent:
    eid: str
    start: int
    end: int
    text: str


@dataclass
class GoldDocument:
    name: str
    text: str
    dct: date | None
    timexes: list[GoldTimex] = field(default_factory=list)
    events: list[GoldEvent] = field(default_factory=list)  # TimeML EVENT tags (MEANTIME: none read)


def _date(value: str | None) -> date | None:
    m = re.match(r"(\d{4})-?(\d{2})-?(\d{2})", value or "")
    dmy = re.fullmatch(r"(\d{2})-(\d{2})-(\d{4})", value or "")  # some MEANTIME DCTs are day-month-year
    if not m and not dmy:
        return None
    try:
        if dmy:
            return date(int(dmy[3]), int(dmy[2]), int(dmy[1]))
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def read_timeml(path: Path) -> GoldDocument:
    """TimeML: the TEXT element with its tags stripped; DCT from the CREATION_TIME TIMEX3."""
    raw = path.read_text(encoding="utf-8", errors="replace")
    dct_tag = _DCT_TIMEX.search(raw)
    dct = _date(dict(_ATTR.findall(dct_tag.group(0))).get("value")) if dct_tag else None
    body = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S)
    source = body.group(1) if body else raw
    parts: list[str] = []
    length = 0
    open_timex: tuple[int, dict[str, str]] | None = None
    open_event: tuple[int, dict[str, str]] | None = None
    timexes: list[GoldTimex] = []
    events: list[GoldEvent] = []
    pos = 0
    for m in _TAG.finditer(source):
        chunk = html.unescape(source[pos : m.start()])
        parts.append(chunk)
        length += len(chunk)
        pos = m.end()
        closing, name, attrs = m.group(1), m.group(2), m.group(3)
        if name == "EVENT":
            if not closing and not m.group(4):
                open_event = (length, dict(_ATTR.findall(attrs)))
            elif closing and open_event is not None:
                start, a = open_event
                events.append(GoldEvent(a.get("eid", ""), start, length, "".join(parts)[start:length]))
                open_event = None
            continue
        if name != "TIMEX3":
            continue
        if not closing and not m.group(4):
            open_timex = (length, dict(_ATTR.findall(attrs)))
        elif closing and open_timex is not None:
            start, a = open_timex
            text = "".join(parts)[start:length]
            timexes.append(GoldTimex(start, length, text, a.get("type", ""), a.get("value", "")))
            open_timex = None
    parts.append(html.unescape(source[pos:]))
    return GoldDocument(path.stem, "".join(parts), dct, timexes, events)


_NO_SPACE_BEFORE = frozenset(
    {",", ".", ";", ":", ")", "]", "?", "!", "%", "'s", "n't", "'", "''", "'re", "'ve"}
)
_NO_SPACE_AFTER = frozenset({"(", "[", "$", "``", "#"})


def read_cat(path: Path) -> GoldDocument:
    """MEANTIME CAT XML: tokens are joined back into text (sentences on their own lines, no space
    before punctuation); TIMEX3 markables anchored to tokens become character spans. The creation
    time is the TIMEX3 with functionInDocument CREATION_TIME; when it is anchored to tokens (the
    article's date line) it stays a gold expression of the text."""
    root = ET.parse(path).getroot()
    # MEANTIME annotates only the title and the first sentences of each article: the text to tag
    # ends with the last sentence that holds any markable, or every tag after it would count as
    # spurious.
    sentence_of = {t.get("t_id"): int(t.get("sentence", "0")) for t in root.iter("token")}
    anchored = [sentence_of.get(a.get("t_id"), 0) for a in root.iter("token_anchor")]
    last_sentence = max(anchored, default=max(sentence_of.values(), default=0))
    offsets: dict[str, tuple[int, int]] = {}
    out: list[str] = []
    length, sentence, previous = 0, None, ""
    for tok in root.iter("token"):
        if int(tok.get("sentence", "0")) > last_sentence:
            break
        word = tok.text or ""
        if sentence is not None and tok.get("sentence") != sentence:
            out.append("\n")
            length += 1
        elif sentence is not None and word not in _NO_SPACE_BEFORE and previous not in _NO_SPACE_AFTER:
            out.append(" ")
            length += 1
        sentence, previous = tok.get("sentence"), word
        offsets[tok.get("t_id", "")] = (length, length + len(word))
        out.append(word)
        length += len(word)
    text = "".join(out)
    dct = None
    timexes: list[GoldTimex] = []
    for mark in root.iter("TIMEX3"):
        if mark.get("functionInDocument") == "CREATION_TIME":
            dct = _date(mark.get("value"))
        ids = [a.get("t_id", "") for a in mark.iter("token_anchor")]
        spans = [offsets[i] for i in ids if i in offsets]
        if not spans:
            continue  # an empty markable (TAG_DESCRIPTOR): not in the text
        start, end = min(s for s, _ in spans), max(e for _, e in spans)
        timexes.append(GoldTimex(start, end, text[start:end], mark.get("type", ""), mark.get("value", "")))
    timexes.sort(key=lambda t: t.start)
    if dct is None:
        # A few articles lack the CREATION_TIME markable; their date line (the line under the title,
        # which the others' creation time is anchored to) gives the same day.
        date_line = text.find("\n", text.find("\n") + 1)
        dct = next((_date(t.value) for t in timexes if t.end <= date_line and _date(t.value)), None)
    return GoldDocument(root.get("doc_name") or path.stem, text, dct, timexes)


def read_corpus(folder: Path) -> Iterator[GoldDocument]:
    """Every `.tml` and `.xml` document under `folder`, recursively, in path order. XML files that are
    not CAT documents (schemas, other formats) are skipped, and a document met twice under the same
    name (MEANTIME ships each article in intra-doc_annotation/ and again in
    intra_cross-doc_annotation/) is read once, from its first folder."""
    seen: set[str] = set()
    for path in sorted(folder.rglob("*")):
        if path.suffix == ".tml":
            doc = read_timeml(path)
        elif (
            path.suffix == ".xml" and "<Document" in path.read_text(encoding="utf-8", errors="replace")[:500]
        ):
            doc = read_cat(path)
        else:
            continue
        if doc.name not in seen:
            seen.add(doc.name)
            yield doc
