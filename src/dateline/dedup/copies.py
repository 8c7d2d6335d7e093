"""Syndicated copies of one wire story: MinHash LSH over the articles stored before and those earlier in
the batch, one best-match loop for both.

An article copies the most similar earlier article whose estimated Jaccard similarity reaches
THRESHOLD (ties to the smallest id, so every run decides alike) and joins its group; the group id is the
group's first article, so copies of copies stay together. Candidates are the earlier articles sharing
an LSH band (`signatures.py`), asked of the store once per batch: the bands live where the articles
do, so a copy is found whichever run stored its original.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence

from dateline.dedup.memory import Memory
from dateline.dedup.signatures import THRESHOLD, Signature, Signatures, band_keys, signature, similarity
from dateline.records import Article, Earlier


def best_match(sig: Signature, candidates: Iterable[Earlier]) -> str | None:
    """The group of the most similar candidate at or above the threshold, if any."""
    best: tuple[float, str] | None = None
    for other in sorted(candidates, key=lambda e: e.id):
        same = similarity(sig, other.signature)
        if same >= THRESHOLD and (best is None or same > best[0]):
            best = (same, other.group)
    return best[1] if best else None


def find_copies(
    memory: Memory,
    articles: Sequence[Article],
    forget: Collection[str] = (),
    signatures: Signatures | None = None,
) -> tuple[dict[str, str], dict[str, tuple[Signature, list[str]]]]:
    """Which articles copy an earlier one (id -> group), and the signature and bands of each article
    to remember. Stored articles in `forget` (replaced in this batch) are no candidates.
    `signatures`: those already computed (by the workers), by article id."""
    given = signatures or {}
    made = {a.id: given[a.id] if a.id in given else signature(a.text) for a in articles}
    sigs = {i: s for i, s in made.items() if s is not None}
    bands = {i: band_keys(s) for i, s in sigs.items()}
    by_band: dict[str, list[Earlier]] = {}
    for e in memory.earlier(sorted({b for keys in bands.values() for b in keys})):
        if e.id not in forget:
            for b in band_keys(e.signature):
                by_band.setdefault(b, []).append(e)
    copy_of: dict[str, str] = {}
    for a in articles:
        sig = sigs.get(a.id)
        if sig is None:
            continue
        candidates = {e.id: e for b in bands[a.id] for e in by_band.get(b, ()) if e.id != a.id}
        group = best_match(sig, candidates.values())
        if group is not None:
            copy_of[a.id] = group
        me = Earlier(a.id, sig, group or a.id)
        for b in bands[a.id]:
            by_band.setdefault(b, []).append(me)
    return copy_of, {i: (sigs[i], bands[i]) for i in sigs}
