"""The per-Doc and per-sentence views the post-parse stages keep (for speed) answer exactly as the
computations they replace: tree roots, the entity at a token, the condition clauses of a sentence, a
trigger's modality, the dating-term pre-scan. Invented sentences."""

from __future__ import annotations

from dateline.events.modality import _condition_clause, _consequent, _modality, lexicon, modality
from dateline.nlp.entities import entities, entity_at
from dateline.nlp.trees import tree_roots
from dateline.time import dating_terms

TEXT = (
    "If Freedonia signs the accord in Lisbon, Sylvania will withdraw its troops from the border. "
    "The foreign minister of Ruritania, Anna Kovacs, met her counterpart in Geneva on Monday.\n"
    "Talks would resume provided that both sides release their prisoners. Nobody attended."
)


def _walked_roots(doc) -> list[int]:
    out = []
    for token in doc:
        while token.head.i != token.i:
            token = token.head
        out.append(token.i)
    return out


def test_tree_roots_are_the_roots_reached_by_walking_up(nlp):
    doc = nlp(TEXT)
    assert tree_roots(doc) == _walked_roots(doc)
    assert len(set(tree_roots(doc))) >= 3  # one tree per sentence at least


def test_entity_at_is_the_entity_holding_the_token(nlp):
    doc = nlp(TEXT)
    assert entities(doc)
    for token in doc:
        expected = next(((e.start, e.end) for e in entities(doc) if e.start <= token.i < e.end), None)
        found = entity_at(doc, token.i)
        assert (None if found is None else (found.start, found.end)) == expected


def test_condition_clauses_and_modality_kept_match_a_fresh_reading(nlp):
    doc = nlp(TEXT)
    lex = lexicon()
    for sent in doc.sents:
        clauses = [t for t in sent if _condition_clause(t, lex)]
        consequents = {c.i for t in clauses if (c := _consequent(t, lex)) is not None}
        for token in sent:
            asked_twice = (modality(token), modality(token))
            assert asked_twice == (_modality(token, lex, 0),) * 2
        if "If" in sent.text or "provided" in sent.text:
            assert clauses and consequents  # the conditions the sentences state are found
    assert modality(doc[[t.lower_ for t in doc].index("withdraw")]) == "hypothetical"


def test_dating_term_pre_scan_finds_what_each_term_finds():
    texts = [
        "Vaccines against COVID-19 were shipped to the capital.",
        "After Brexit the two governments met again.",
        "The ministers discussed fishing rights and the harbour.",
        "Officials marked the 20th anniversary of the September 11 attacks.",
    ]
    for text in texts:
        each = [t for t in dating_terms.terms() if t.kind == "since" and t.pattern.search(text)]
        found = [e for e in dating_terms.find(text) if e.kind == "since"]
        assert [e.note for e in found] == [t.note for t in each]
    assert [e.kind for e in dating_terms.find(texts[0])] == ["since"]
    assert dating_terms.find(texts[2]) == []
