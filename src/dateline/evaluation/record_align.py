"""Which dateline events report which gold events.

Each mention sentence of a system event is attributed to at most one gold event: among the gold
events with a mention span overlapping it (same article, at least one character in common, both in
raw-file offsets) and a compatible type (equal, or of the same PLOVER act class: verbal or material,
cooperative or conflictive, e.g. CONSULT and COOPERATE, AGREE and SUPPORT, ACCUSE and REJECT; or
equal in PLOVER's reading of intentions, where a planned meeting is AGREE), the one
that agrees best with the system event: the same type first, then the most of same countries, mode,
modality and overlapping dates, then the one its other sentences point to. A sentence that tells of a
meeting and of the visit it was part of thus counts for one of them, not both.

A system event and a gold event are *linked* when at least one sentence is attributed so. Links are
many-to-many: a gold event linked to several system events was split (duplicates), a system event
linked to several gold events merged them (over-merge). Precision and recall need a one-to-one
*match*: linked pairs are taken greedily, best first, by (same type, number of attributed sentences,
same countries), each event used once.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from dateline.evaluation.record_gold import GoldEvent
from dateline.evaluation.record_system import Span, SystemEvent
from dateline.events.ontology import load as load_ontology
from dateline.records import DateInterval


def compatible(a: str, b: str, a_modality: str = "asserted", b_modality: str = "asserted") -> bool:
    """Equal types, types of one PLOVER act class, or the same type in PLOVER's own reading of
    intentions (a planned meeting is AGREE there: `Ontology.plover_view`)."""
    if a == b:
        return True
    ontology = load_ontology()
    x, y = ontology.types.get(a), ontology.types.get(b)
    if x is None or y is None:
        return False
    same_class = (x.verbal, x.cooperative) == (y.verbal, y.cooperative)
    return same_class or ontology.plover_view(a, a_modality) == ontology.plover_view(b, b_modality)


@dataclass
class Alignment:
    links: dict[str, set[str]]  # system event id -> linked gold event ids
    linked: dict[str, set[str]]  # gold event id -> linked system event ids
    matched: dict[str, str]  # gold event id -> its one system event (one-to-one)


def _overlaps(a: Span, b: Span) -> bool:
    return a.article == b.article and max(a.start, b.start) < min(a.end, b.end)


def _agreement(g: GoldEvent, s: SystemEvent) -> int:
    """How many of countries, mode, modality and dates agree (dates: the intervals overlap)."""
    dates = DateInterval(g.date.start, g.date.end).overlaps(DateInterval(s.date.start, s.date.end))
    return (g.countries == s.countries) + (g.mode == s.mode) + (g.modality == s.modality) + dates


def align(gold: list[GoldEvent], system: list[SystemEvent]) -> Alignment:
    by_article: dict[str, list[tuple[Span, GoldEvent]]] = defaultdict(list)
    for g in gold:
        for m in g.mentions:
            by_article[m.article].append((Span(m.article, m.start, m.end), g))
    order = {g.id: i for i, g in enumerate(gold)}
    shared: dict[tuple[str, str], int] = defaultdict(int)  # (system id, gold id) -> attributed sentences
    for s in system:
        per_sentence = []
        for mention in s.mentions:
            hits = {g.id: g for span, g in by_article[mention.article] if _overlaps(span, mention)}
            per_sentence.append(
                [g for g in hits.values() if compatible(s.type, g.type, s.modality, g.modality)]
            )
        support = Counter(g.id for candidates in per_sentence for g in candidates)
        for candidates in per_sentence:
            if candidates:
                best = max(
                    candidates,
                    key=lambda g: (g.type == s.type, _agreement(g, s), support[g.id], -order[g.id]),
                )
                shared[s.id, best.id] += 1
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
