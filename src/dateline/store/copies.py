"""Syndicated copies across ingest runs: MinHash signatures with LSH banding kept in DuckDB.

datasketch computes the signatures; its own LSH index lives in memory (or Redis/Cassandra), so the
bands are stored here as rows instead: a new article is compared only with the stored articles that
share a band, in whichever run they were ingested.
"""

from __future__ import annotations

import duckdb

from dateline.dedup.signatures import THRESHOLD, band_keys, comparable, signature, similarity


class CopyDetector:
    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self.con = con

    def add(self, article_id: str, text: str) -> str | None:
        """Record the article; return the id of the stored original it copies, if any."""
        if not comparable(text):
            return None
        sig = signature(text)
        keys = band_keys(sig)
        candidates = self.con.execute(
            """SELECT DISTINCT s.article_id, s.signature, a.copy_of FROM article_bands b
               JOIN article_signatures s ON s.article_id = b.article_id
               JOIN articles a ON a.id = b.article_id
               WHERE list_contains(?, b.band) AND b.article_id <> ?""",
            [keys, article_id],
        ).fetchall()
        best: tuple[float, str] | None = None
        for other_id, other_sig, other_root in candidates:
            same = similarity(sig, list(other_sig))
            if same >= THRESHOLD and (best is None or same > best[0]):
                best = (same, other_root or other_id)
        self.con.execute("INSERT OR REPLACE INTO article_signatures VALUES (?, ?)", [article_id, sig])
        self.con.executemany("INSERT INTO article_bands VALUES (?, ?)", [[article_id, k] for k in keys])
        return best[1] if best else None
