"""Round 20 (r20ctry, issue 12): a subject the parser joined to a fronted adjunct. Real knowledge base and
pipeline; the sentences are invented."""

from __future__ import annotations

import pytest
from coding_support import countries_of, of_type, pipeline_events
from spacy.tokens import Doc
from spacy.vocab import Vocab

from dateline.nlp.parse import swallowed_subjects


@pytest.mark.parametrize(
    ("text", "subject", "verb"),
    [
        # a list after a date: its first member, with the rest as its conjuncts
        (
            "Talks dragged on, but on March 14, 2019, Chile, Peru and Bolivia signed an accord.",
            "Chile",
            "signed",
        ),
        # a name and its apposition: the apposition (the parser reads this one right: a guard)
        (
            "After two days of talks, in the presence of the President of Chile, Gabriel Boric, "
            "and the President of Peru, Dina Boluarte, the trade ministers signed a protocol.",
            "ministers",
            "signed",
        ),
    ],
)
def test_a_subject_joined_to_a_fronted_adjunct_is_its_verbs(nlp, text, subject, verb):
    token = next(t for t in nlp(text) if t.text == subject)
    assert (token.dep_, token.head.text) == ("nsubj", verb)


def test_a_verb_with_a_subject_keeps_it(nlp):
    doc = nlp("In Nairobi, Kenya, the president met his Ugandan counterpart.")
    assert [t.text for t in doc if t.dep_ == "nsubj"] == ["president"]


# The parse the small model gives some sentences of this shape, written out (word, head, relation, tag,
# part of speech): whether it misreads a given invented sentence varies with its words, the repair must not.
MISREAD = """
During 10 prep IN ADP
his 2 poss PRP$ PRON
visit 0 pobj NN NOUN
to 2 prep IN ADP
Ruritania 3 pobj NNP PROPN
, 4 punct , PUNCT
Elbonian 7 amod JJ ADJ
President 9 compound NNP PROPN
Ivan 9 compound NNP PROPN
Petrov 4 conj NNP PROPN
held 10 ROOT VBD VERB
talks 10 dobj NNS NOUN
. 10 punct . PUNCT
"""


def test_a_name_read_as_a_conjunct_of_the_adjuncts_last_noun_is_the_verbs_subject():
    words, heads, deps, tags, pos = zip(*(line.split() for line in MISREAD.strip().splitlines()), strict=True)
    doc = Doc(Vocab(), words=words, heads=[int(h) for h in heads], deps=deps, tags=tags, pos=pos)
    swallowed_subjects(doc)
    assert (doc[9].dep_, doc[9].head.text) == ("nsubj", "held")


def test_the_doers_of_a_verb_whose_subject_an_adjunct_swallowed(pipeline):
    text = "Talks dragged on, but on March 14, 2019, Chile, Peru and Bolivia signed an accord."
    assert countries_of(of_type(pipeline_events(pipeline, text), "SUPPORT")) == {"CHL", "PER", "BOL"}
