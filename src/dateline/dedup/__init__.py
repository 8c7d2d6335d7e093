"""The `dedup` stage: everything that spans articles, through one entry, `Corpus`.

`Corpus(memory).admit(articles)` sorts out content seen before; `Corpus.add(batch)` finds syndicated
copies (`copies.py`) and merges event mentions into canonical events (`index.py`), returning the
`Changes` a store writes. What it remembers across batches it reads through `Memory` (`memory.py`).
`merge` is the merge alone, in one go, over a fresh index. See docs/dedup.md for the rules.
"""

from dateline.dedup.blocking import block_keys
from dateline.dedup.corpus import Admitted, Corpus
from dateline.dedup.index import CanonicalIndex, merge
from dateline.dedup.memory import Memory

__all__ = ["Admitted", "CanonicalIndex", "Corpus", "Memory", "block_keys", "merge"]
