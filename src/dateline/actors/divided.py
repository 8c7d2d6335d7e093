"""Short forms of the two states of a divided country: "the North" and "the South" of Korea.

Wire copy names North Korea once and then writes "the North" ("the North's growing threat", "Seoul
said the North fired a missile"), and "the South" for South Korea. The words name nothing by themselves
("the North of England", "the global South"), so they are read as a state only in a document that
already names one of the two Koreas, and only as a bare noun phrase: a capitalised word after them
("the North Kivu governor", "the South China Sea", "the South Korean side") makes them part of
another name, which the KB's aliases resolve, and after a locative preposition ("in the South") they
are a region rather than a party (round 31, r31wire).
"""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.actors.countries import LOCATIVE
from dateline.actors.kb import Country
from dateline.records import ActorMention

# The state each short form names, and the states one of which the document must name first.
SHORT_FORMS: dict[str, str] = {"North": "PRK", "South": "KOR"}
KOREAS = frozenset(SHORT_FORMS.values())
HOW = "short form (divided country)"


def divided_short_forms(
    doc: Doc, mentions: list[ActorMention], kb_countries: dict[str, Country]
) -> list[ActorMention]:
    """`mentions` with a mention for each bare "the North" / "the South" of a document that names a
    Korea; a span some mention already covers is left as it is."""
    if not any(a.country in KOREAS for m in mentions for a in m.actors):
        return mentions
    added = []
    for tok in doc:
        iso3 = SHORT_FORMS.get(tok.text)
        if iso3 is None or iso3 not in kb_countries or tok.i == 0 or doc[tok.i - 1].lower_ != "the":
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and (nxt.text[:1].isupper() or nxt.text == "-"):
            continue  # part of a longer name: "the North Atlantic", "the South-East"
        if tok.i > 1 and doc[tok.i - 2].lower_ in LOCATIVE:
            continue  # "clashes in the South": a region where something happened, not a party
        start, end = doc[tok.i - 1].idx, tok.idx + len(tok.text)
        if any(m.start < end and start < m.end for m in mentions):
            continue
        actor = kb_countries[iso3].actor()
        added.append(ActorMention(start, end, doc.text[start:end], (actor,), HOW))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions
