"""Bounds on pathological text before the parse, so that no stage goes super-linear on long input.

Article text is untrusted: a page may carry a run of tens of thousands of symbols, an encoded blob or
a paragraph without a single full stop. Two costs grow faster than the text there:

- spaCy's tokenizer splits a whitespace-free chunk affix by affix, and each step searches the whole
  rest of the chunk with the suffix pattern and copies it: quadratic in the chunk's length when most
  characters split off on their own ("!!!...", "((((...", "==="; 4,000 "!" took 1.3 s, 40,000 over
  two minutes). `BoundedTokenizer` tokenizes such a chunk in slices of `LONGEST_CHUNK` characters
  instead. The slices' Docs are joined with `Doc.from_docs`, which keeps every character and its
  offset, so the Doc's text is still the article's text.
- The rules that read the parse walk a sentence's tree (paths to the root, children of each word on
  the way: `events.framing`, `events.detect.time_for`/`for_clause`, the participants' searches), which
  costs the square or cube of the sentence's length. A sentence is what the parser makes of a line;
  a line without sentence-final punctuation is one sentence, however long. `long_runs` starts a
  sentence (the parser keeps boundaries set before it, as for `dateline_paragraphs`) once
  `LONGEST_RUN` words have gone by without a word ending in a full stop, question or exclamation mark,
  and once `LONGEST_SENTENCE` words have gone by without such a mark standing alone (abbreviations
  such as "U.S." end in a full stop that ends no sentence). A stretch with marks is left to the parser,
  which ends sentences at them.

Normal text is untouched: the longest whitespace-free chunk of the news corpus, the VOA stories and the
seeds is 134 characters (an address), the longest stretch without a sentence-final mark 102 words and
the longest sentence 104 words, far under the bounds (the VOA stories' paragraphs of up to 1,370
words have their full stops); on such text the model's own tokenizer runs as it is and no boundary is
added: their parses are the same with and without these bounds.
"""

from __future__ import annotations

import re
from itertools import pairwise

from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

# Characters of a whitespace-free chunk tokenized in one piece; a chunk over this is sliced (a cost of
# about 0.02 s per slice at worst, linear in the chunk's length).
LONGEST_CHUNK = 500
# Words without a word ending in a sentence-final mark after which a sentence is started.
LONGEST_RUN = 250
# Words without a sentence-final mark standing alone after which a sentence is started.
LONGEST_SENTENCE = 1_000
SENTENCE_FINAL = frozenset(".!?…")

_CHUNK = re.compile(r"\S+")


class BoundedTokenizer:
    """The model's tokenizer, with whitespace-free chunks over `LONGEST_CHUNK` characters tokenized in
    slices (the module's docstring says why); text without one goes to the model's tokenizer whole."""

    def __init__(self, tokenizer: Tokenizer) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        pieces = _pieces(text)
        if len(pieces) == 1:
            return self.tokenizer(text)
        docs = [self.tokenizer(piece) for piece in pieces]
        joined = Doc.from_docs(docs, ensure_whitespace=False)
        # `from_docs` starts a sentence at each piece's first word; a cut is no boundary: left to the
        # parser, as in one piece
        start = 0
        for doc in docs[:-1]:
            start += len(doc)
            joined[start].is_sent_start = None
        return joined


def _pieces(text: str) -> list[str]:
    """`text` cut before and after each over-long chunk and inside it every `LONGEST_CHUNK` characters;
    the pieces join to `text`."""
    cuts = [0]
    for chunk in _CHUNK.finditer(text):
        start, end = chunk.span()
        if end - start > LONGEST_CHUNK:
            cuts += range(start, end, LONGEST_CHUNK)
            cuts.append(end)
    cuts.append(len(text))
    cuts = sorted(set(cuts))
    return [text[a:b] for a, b in pairwise(cuts) if b > a] or [text]


@Language.component("dateline_long_runs")
def long_runs(doc: Doc) -> Doc:
    """Sentence starts set within over-long stretches (`LONGEST_RUN`, `LONGEST_SENTENCE`; the module's
    docstring says why). Runs after `dateline_paragraphs`, before the parser."""
    since = 0  # the current stretch's first word
    last_end = last_mark = -1  # the last word ending in a sentence-final mark, the last that is one
    for token in doc:
        if token.is_sent_start and token.i > since:
            since = token.i
        if (
            token.i - max(since, last_end + 1) >= LONGEST_RUN
            or token.i - max(since, last_mark + 1) >= LONGEST_SENTENCE
        ):
            since = token.i
            token.is_sent_start = True
        if token.text[-1] in SENTENCE_FINAL:
            last_end = token.i
            if all(c in SENTENCE_FINAL for c in token.text):
                last_mark = token.i
    return doc
