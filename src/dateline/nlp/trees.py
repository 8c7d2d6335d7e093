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
        # HEAD is stored as an offset from the token (negative ones wrap in the unsigned array).
        heads = (numpy.arange(len(doc)) + doc.to_array(HEAD).view("int64")).tolist() if len(doc) else []
        cached = list(range(len(heads)))
        for i in range(len(heads)):
            path = []
            node = i
            while heads[node] != node and cached[node] == node:  # not a root, not yet resolved
                path.append(node)
                node = heads[node]
            root = cached[node]
            for n in path:
                cached[n] = root
        doc.user_data[_KEY] = cached
    return cached
