"""Classes of construction missed on externally labelled wire sentences (issue 12, round 8b). The
sentences are invented.
"""

from __future__ import annotations

from coding_support import of_type, pipeline_events

from dateline.events.detect import load_lexicon
from dateline.events.repair import active_clause, repair

# --- a past-tense clause with an object, misread as a reduced relative on a verbless sentence's noun ------


def test_a_misread_active_clause_gets_its_subject_back(nlp):
    doc = repair(
        nlp("Rebel fighters kidnapped between 30 and 40 workers in at least two districts"), load_lexicon()
    )
    verb = next(t for t in doc if t.lower_ == "kidnapped")
    assert verb.dep_ == "ROOT"
    assert [c.lower_ for c in verb.children if c.dep_ == "nsubj"] == ["fighters"]


def test_the_kidnapping_is_coded_with_its_doer(pipeline):
    text = "Rebel fighters kidnapped between 30 and 40 workers in at least two districts"
    event = of_type(pipeline_events(pipeline, text), "ASSAULT")
    assert "fighters" in {ea.actor.name for ea in event.actors if ea.side == "source"}


def test_a_reduced_passive_without_an_object_is_left_alone(nlp):
    lexicon = load_lexicon()
    for text in (
        "Two aid workers kidnapped in the north last week",
        "The soldiers, killed near the border on Sunday",
    ):
        sent = next(nlp(text).sents)
        assert active_clause(sent, lexicon) is None, text


def test_a_sentence_with_a_verb_of_its_own_is_left_alone(nlp):
    sent = next(nlp("Police officers arrested two men who robbed a bank in the capital").sents)
    assert active_clause(sent, load_lexicon()) is None
