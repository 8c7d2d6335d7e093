"""The faster attribute ruler and lemmatizer steps (`dateline.nlp.speedups`) annotate exactly as spaCy's
own components do: same tags, parts of speech, morphology, lemmas and dependencies, token for token."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from dateline.nlp.parse import MODEL_NAMES
from dateline.nlp.speedups import IndexedRulerMatch

# Invented text that reaches the ruler's rarer patterns: contractions and colloquial forms ("gonna",
# "ain't", "y'all", "let's", "nothin'"), existential "there", auxiliaries, irregular verbs, spaces
# and line breaks, numbers, punctuation and brackets.
TEXT = """Ministers Say Talks Gonna Resume
The envoy ain't leaving, she said; y'all can't stop the convoy , and there were 12 trucks.

Let's be clear: nothin' gets signed until the council got its answers (and the treaty's annex).
Officials  were   told that the ceasefire had been extended through Friday -- or so it seemed.
C'mon, the spokesman gotta explain why there's no agreement yet! Prices rose 3.5% in 2021?
"""


@pytest.fixture(scope="module")
def plain() -> Language:
    """The model as spaCy ships it, with dateline's paragraph and parse-repair components and no
    speed-ups."""
    for name in MODEL_NAMES:
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        nlp.add_pipe("dateline_paragraphs", before="parser")
        nlp.add_pipe("dateline_aux_subjects", last=True)
        nlp.add_pipe("dateline_swallowed_subjects", last=True)
        return nlp
    pytest.skip("spaCy model not installed")


def _annotations(doc):
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.ent_type_) for t in doc]


def test_speedups_are_installed(nlp) -> None:
    assert isinstance(nlp.get_pipe("attribute_ruler").match, IndexedRulerMatch)
    index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert all(isinstance(words, frozenset) for words in index.values())


def test_same_annotations_as_spacy(nlp, plain) -> None:
    texts = [TEXT, TEXT.upper(), TEXT.lower(), " ".join(reversed(TEXT.split()))]
    for fast, slow in zip(nlp.pipe(texts), plain.pipe(texts), strict=True):
        assert _annotations(fast) == _annotations(slow)
    # the ruler's colloquial lemmas are among what was compared
    lemmas = {t.lower_: t.lemma_ for t in nlp(TEXT)}
    assert lemmas["gon"] == "go" and lemmas["na"] == "to"


def test_same_matches_as_spacy_matcher(nlp, plain) -> None:
    """The match list itself, before any attribute is set: the ruler applies it in order, so later
    patterns win exactly as with spaCy's Matcher."""
    doc = plain.make_doc(TEXT)
    for name, component in plain.pipeline:
        if name == "attribute_ruler":
            break
        doc = component(doc)
    expected = plain.get_pipe("attribute_ruler").match(doc)
    assert expected
    assert nlp.get_pipe("attribute_ruler").match(doc) == expected
