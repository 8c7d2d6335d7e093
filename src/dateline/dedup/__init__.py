"""The `dedup` stage: event mentions across articles become canonical events.

`CanonicalIndex` merges mentions incrementally (the store feeds it the candidate events it loads by
`block_keys`), `merge` does it in one go, `NearDuplicates` groups syndicated copies of one story so
that they count as one source. See docs/dedup.md for the rules.
"""

from dateline.dedup.blocking import block_keys
from dateline.dedup.index import CanonicalIndex, merge
from dateline.dedup.near_duplicates import NearDuplicates

__all__ = ["CanonicalIndex", "NearDuplicates", "block_keys", "merge"]
