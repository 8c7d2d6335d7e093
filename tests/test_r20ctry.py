"""Round 20 (r20ctry, issue 12): a subject the parser joined to a fronted adjunct. Real knowledge base and
pipeline; the sentences are invented."""

from __future__ import annotations

import pytest
from coding_support import countries_of, of_type, pipeline_events


@pytest.mark.parametrize(
    ("text", "subject", "verb"),
    [
        # a name read as one more conjunct of the adjunct's last noun
        (
            "During his working visit to Kazakhstan, Russian President Vladimir Putin engaged in informal "
            "talks with Kazakh leader Tokayev.",
            "Putin",
            "engaged",
        ),
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


def test_the_doer_of_a_verb_whose_subject_an_adjunct_swallowed(pipeline):
    text = (
        "During his working visit to Kazakhstan, Russian President Vladimir Putin engaged in informal talks "
        "with Kazakh leader Tokayev."
    )
    assert countries_of(of_type(pipeline_events(pipeline, text), "CONSULT")) == {"RUS", "KAZ"}
