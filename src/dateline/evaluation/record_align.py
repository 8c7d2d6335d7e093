"""Which dateline events report which gold events.

A *link* joins a system event and a gold event when one of the system event's mention sentences
overlaps one of the gold event's mention spans (same article, at least one character in common, both
in raw-file offsets) and their types are compatible: equal, or of the same PLOVER act class (verbal or
material, cooperative or conflictive: CONSULT and COOPERATE, AGREE and SUPPORT, ACCUSE and REJECT ...).
Where a sentence overlaps gold events of its own type, only those are linked: a sentence reporting a
meeting and an agreement links the meeting to the meeting and the agreement to the agreement.

Links are many-to-many: a gold event linked to several system events was split (duplicates), a
system event linked to several gold events merged them (over-merge). Precision and recall need a
one-to-one *match*: pairs are taken greedily, best first, by (same type, number of linked mention
sentences, same countries), each event used once.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from dateline.evaluation.record_gold import GoldEvent
from dateline.evaluation.record_system import Span, SystemEvent
from dateline.events.ontology import load as load_ontology


def compatible(a: str, b: str) -> bool:
    if a == b:
        return True
    types = load_ontology().types
    x, y = types.get(a), types.get(b)
    return x is not None and y is not None and (x.verbal, x.cooperative) == (y.verbal, y.cooperative)


@dataclass
class Alignment:
    links: dict[str, set[str]]  # system event id -> linked gold event ids
    linked: dict[str, set[str]]  # gold event id -> linked system event ids
    matched: dict[str, str]  # gold event id -> its one system event (one-to-one)


def _overlaps(a: Span, b: Span) -> bool:
    return a.article == b.article and max(a.start, b.start) < min(a.end, b.end)


def align(gold: list[GoldEvent], system: list[SystemEvent]) -> Alignment:
    by_article: dict[str, list[tuple[Span, GoldEvent]]] = defaultdict(list)
    for g in gold:
        for m in g.mentions:
            by_article[m.article].append((Span(m.article, m.start, m.end), g))
    shared: dict[tuple[str, str], int] = defaultdict(int)  # (system id, gold id) -> linked sentences
    for s in system:
        for mention in s.mentions:
            hits = {g.id: g for span, g in by_article[mention.article] if _overlaps(span, mention)}
            candidates = [g for g in hits.values() if compatible(s.type, g.type)]
            exact = [g for g in candidates if g.type == s.type]
            for g in exact or candidates:
                shared[s.id, g.id] += 1
    links: dict[str, set[str]] = defaultdict(set)
    linked: dict[str, set[str]] = defaultdict(set)
    for s_id, g_id in shared:
        links[s_id].add(g_id)
        linked[g_id].add(s_id)
    gold_by_id = {g.id: g for g in gold}
    system_by_id = {s.id: s for s in system}

    def rank(pair: tuple[str, str]) -> tuple:
        s, g = system_by_id[pair[0]], gold_by_id[pair[1]]
        return (s.type != g.type, -shared[pair], s.countries != g.countries, s.id, g.id)

    matched: dict[str, str] = {}
    used: set[str] = set()
    for s_id, g_id in sorted(shared, key=rank):
        if g_id not in matched and s_id not in used:
            matched[g_id] = s_id
            used.add(s_id)
    return Alignment(dict(links), dict(linked), matched)
