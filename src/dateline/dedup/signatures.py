"""MinHash signatures of article texts and their LSH band keys (used to spot syndicated copies).

Word 5-shingles of the lower-cased text; 128 permutations in 16 bands of 8 rows: two texts whose
shingle sets have Jaccard similarity 0.8 share a band with probability ~0.95, at 0.5 with ~0.06.
"""

from __future__ import annotations

import hashlib
import re

from datasketch import MinHash

NUM_PERM = 128
BANDS, ROWS = 16, 8
THRESHOLD = 0.8
SHINGLE = 5
_WORD = re.compile(r"\w+")


def comparable(text: str) -> bool:
    """Whether the text has a shingle to compare: an empty or near-empty body would match every
    other one (the MinHash of nothing equals the MinHash of nothing), so it is never a copy."""
    return len(_WORD.findall(text)) >= SHINGLE


def shingles(text: str) -> set[bytes]:
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE:
        return {" ".join(words).encode()}
    return {" ".join(words[i : i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1)}


def sketch(text: str) -> MinHash:
    """The text's MinHash; the fixed seed makes signatures comparable across runs and processes."""
    mh = MinHash(num_perm=NUM_PERM, seed=1)
    mh.update_batch(list(shingles(text)))
    return mh


def signature(text: str) -> list[int]:
    return [int(v) for v in sketch(text).hashvalues]


def band_keys(sig: list[int]) -> list[str]:
    return [
        f"{b}:" + hashlib.blake2b(repr(sig[b * ROWS : (b + 1) * ROWS]).encode(), digest_size=8).hexdigest()
        for b in range(BANDS)
    ]


def similarity(a: list[int], b: list[int]) -> float:
    """Estimated Jaccard similarity of the two texts behind the signatures."""
    return sum(1 for x, y in zip(a, b, strict=True) if x == y) / len(a)
