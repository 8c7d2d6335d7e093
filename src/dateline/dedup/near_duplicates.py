"""Syndicated copies of one wire story, found in memory with datasketch's MinHash LSH.

Same signatures and threshold (`signatures.py`) as the store's `CopyDetector` (`store/copies.py`), which
keeps its bands in DuckDB across runs; this one serves a single in-memory batch (`dateline.process`).
An article's group is the first article of the group it joins, so copies of copies stay together;
the LSH candidates are confirmed by the estimated Jaccard similarity before an article joins.
"""

from __future__ import annotations

from datasketch import MinHash, MinHashLSH

from dateline.dedup.signatures import NUM_PERM, THRESHOLD, comparable, sketch


class NearDuplicates:
    def __init__(self) -> None:
        self._lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
        self._sketches: dict[str, MinHash] = {}
        self._groups: dict[str, str] = {}

    def add(self, article_id: str, text: str) -> str:
        """Record the article and return its group id (its own id when it copies nothing seen)."""
        if article_id in self._groups:
            return self._groups[article_id]
        if not comparable(text):
            return self._groups.setdefault(article_id, article_id)
        mh = sketch(text)
        best: tuple[float, str] | None = None
        # Sorted so that ties go to the same article on every run.
        for other in sorted(self._lsh.query(mh)):
            similarity = mh.jaccard(self._sketches[other])
            if similarity >= THRESHOLD and (best is None or similarity > best[0]):
                best = (similarity, other)
        group = self._groups[best[1]] if best else article_id
        self._lsh.insert(article_id, mh)
        self._sketches[article_id] = mh
        self._groups[article_id] = group
        return group

    def group(self, article_id: str) -> str:
        return self._groups.get(article_id, article_id)
