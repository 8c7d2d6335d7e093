"""MinHash signatures of article texts and their LSH band keys (used to spot syndicated copies).

Word 5-shingles of the lower-cased text; 128 permutations in 16 bands of 8 rows: two texts whose
shingle sets have Jaccard similarity 0.8 share a band with probability ~0.95, at 0.5 with ~0.06.
A text of fewer than MIN_WORDS words gets no signature: the sketch of next to nothing matches every
other such text, so an empty or one-line body is never taken for a copy, nor copied.
"""

from __future__ import annotations

import hashlib
import re

from datasketch import MinHash

NUM_PERM = 128
BANDS, ROWS = 16, 8
THRESHOLD = 0.8
SHINGLE = 5
MIN_WORDS = 2 * SHINGLE
_WORD = re.compile(r"\w+")

Signature = tuple[int, ...]
Signatures = dict[str, Signature | None]  # article id -> signature (None: too short to compare)


def shingles(words: list[str]) -> set[bytes]:
    return {" ".join(words[i : i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1)}


def signature(text: str) -> Signature | None:
    """The text's MinHash values, or None for a text too short to compare. The fixed seed makes
    signatures comparable across runs and processes."""
    words = _WORD.findall(text.lower())
    if len(words) < MIN_WORDS:
        return None
    mh = MinHash(num_perm=NUM_PERM, seed=1)
    mh.update_batch(list(shingles(words)))
    return tuple(int(v) for v in mh.hashvalues)


def band_keys(sig: Signature) -> list[str]:
    # repr of a list, as the stored bands were always made
    rows = [repr(list(sig[b * ROWS : (b + 1) * ROWS])).encode() for b in range(BANDS)]
    return [f"{b}:" + hashlib.blake2b(r, digest_size=8).hexdigest() for b, r in enumerate(rows)]


def similarity(a: Signature, b: Signature) -> float:
    """Estimated Jaccard similarity of the two texts behind the signatures."""
    return sum(1 for x, y in zip(a, b, strict=True) if x == y) / len(a)
