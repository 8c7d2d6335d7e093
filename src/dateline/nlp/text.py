"""The text of a parsed document, built once.

spaCy's `Doc.text` joins every token's text on each access, a few milliseconds for a news article;
the time, actor and event stages need it many times per article, so it is kept in `doc.user_data`
as `dateline.nlp.sentences` keeps the sentence boundaries.
"""

from __future__ import annotations

from spacy.tokens import Doc

_KEY = "dateline.text"


def text_of(doc: Doc) -> str:
    cached = doc.user_data.get(_KEY)
    if cached is None:
        cached = doc.user_data[_KEY] = doc.text
    return cached
