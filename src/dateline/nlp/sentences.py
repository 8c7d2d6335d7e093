"""The sentence of a token, in O(log n).

spaCy's `Token.sent` walks the document's sentences on every call; stages that ask it for many
tokens of a long article would pay that walk each time. The boundaries are computed once per Doc
and kept in `doc.user_data`.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.tokens import Doc, Span, Token

_KEY = "dateline.sentences"


def sentences(doc: Doc) -> list[Span]:
    cached = doc.user_data.get(_KEY)
    if cached is None:
        cached = doc.user_data[_KEY] = list(doc.sents)
    return cached


def sentence_of(token: Token) -> Span:
    index = bisect_right(_starts(token.doc), token.i) - 1
    return sentences(token.doc)[max(index, 0)]


def sentence_index(sent: Span) -> int | None:
    """The position of the sentence that starts where `sent` does (None if none does), in O(log n)."""
    starts = _starts(sent.doc)
    k = bisect_left(starts, sent.start)
    return k if k < len(starts) and starts[k] == sent.start else None


def _starts(doc: Doc) -> list[int]:
    key = _KEY + ".starts"
    cached = doc.user_data.get(key)
    if cached is None:
        cached = doc.user_data[key] = [s.start for s in sentences(doc)]
    return cached
