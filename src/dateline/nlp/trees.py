"""Which dependency tree each token belongs to, computed once per Doc.

A token can only dominate tokens of its own tree; stages that ask "does this head govern that token?"
for many pairs skip the walk up the tree for pairs in different trees. Kept in `doc.user_data` like
the sentence boundaries (`dateline.nlp.sentences`).
"""

from __future__ import annotations

import numpy
from spacy.attrs import HEAD
from spacy.tokens import Doc

_KEY = "dateline.tree_roots"


def tree_roots(doc: Doc) -> list[int]:
    """For each token index, the index of the root of its dependency tree."""
    cached = doc.user_data.get(_KEY)
    if cached is None:
        # HEAD is stored as an offset from the token (negative ones wrap in the unsigned array). Each
        # step replaces every token's pointer by its pointer's pointer: a root points at itself, so
        # all pointers reach their root in log2(depth) steps.
        roots = numpy.arange(len(doc)) + doc.to_array(HEAD).view("int64")
        while len(roots) and not numpy.array_equal(nxt := roots[roots], roots):
            roots = nxt
        cached = roots.tolist()
        doc.user_data[_KEY] = cached
    return cached
