"""What the resolver reads of a Doc whatever the article's date, computed once per Doc.

The pipeline runs the resolver twice per article: without a date (tenure hints, evidence for dating
the article) and then on the article's date. The sentences' sub-tokens, the phrase look-ups at each
position (knowledge-base aliases, titles, agent nouns), spaCy's entity spans and parts of speech do not
depend on the date and were most of a pass; they are kept in `doc.user_data` and shared by both passes
(and, within a pass, by the rules that look at the same position again). Only the document state and
the role look-ups on the date are redone.

Like the time stage's cache, this one reads the parse once: a Doc whose entities or sentences are
changed afterwards, or a knowledge base extended afterwards, must be parsed again before it is resolved
again. A resolver with another knowledge base replaces the cache rather than reading it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from functools import wraps
from typing import TypeVar

from spacy.tokens import Doc

from dateline.actors.kb import KnowledgeBase
from dateline.actors.matching import Match, Sub, agent_match, kb_match, subtokens, title_match
from dateline.nlp.entities import entities
from dateline.nlp.sentences import sentences
from dateline.nlp.text import text_of

KEY = "dateline.actors.prepared"  # the time stage keeps its own keys in doc.user_data

# Entity labels of spaCy under which a "Title Name" run is a place or a body, not a person
# ("Queen Elizabeth Central Hospital").
NOT_PERSON_LABELS = {"ORG", "FAC", "GPE", "LOC", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT"}

_UNSEEN = object()  # a memo miss; None is a result (no match)
R = TypeVar("R")


class PreparedSentence:
    """One sentence's sub-tokens, its entity spans, and the look-ups at its positions, memoized."""

    def __init__(self, kb: KnowledgeBase, doc: Doc, subs: list[Sub], persons: Spans, others: Spans) -> None:
        self.kb, self.doc, self.subs = kb, doc, subs
        self.keys = [s.key for s in subs]
        self.person_spans = persons.starting_in(subs)
        self.other_spans = others.starting_in(subs)
        self._kb: dict[int, Match | None] = {}
        self._title: dict[int, tuple[Match, bool] | None] = {}
        self._agent: dict[int, Match | None] = {}
        self._pos: dict[int, str] = {}
        # Positions where no rule of the resolver starts (resolve.py `_skippable`).
        self.inert: list[bool] | None = None
        self.unnamed: list[bool] | None = None
        self.memo: dict[tuple, object] = {}  # answers of the rules marked `per_sentence`

    def kb_match(self, i: int) -> Match | None:
        found = self._kb.get(i, _UNSEEN)
        if found is _UNSEEN:
            found = self._kb[i] = kb_match(self.kb, self.subs, i)
        return found

    def title_match(self, i: int) -> tuple[Match, bool] | None:
        found = self._title.get(i, _UNSEEN)
        if found is _UNSEEN:
            found = self._title[i] = title_match(self.subs, i)
        return found

    def agent_match(self, i: int) -> Match | None:
        found = self._agent.get(i, _UNSEEN)
        if found is _UNSEEN:
            found = self._agent[i] = agent_match(self.subs, i)
        return found

    def pos(self, k: int) -> str:
        """The part of speech spaCy gave the word of sub-token k."""
        found = self._pos.get(k)
        if found is None:
            s = self.subs[k]
            span = self.doc.char_span(s.start, s.end, alignment_mode="expand")
            found = self._pos[k] = span.root.pos_ if span is not None else ""
        return found


def per_sentence(rule: Callable[..., R]) -> Callable[..., R]:
    """Keep a resolver rule's answers on the prepared sentence (`memo`), for both passes and for the
    rules that ask again at the same position. Only for rules that read nothing but the sentence, its
    parse and the KB: never the document state or the article's date."""
    name = rule.__name__

    @wraps(rule)
    def kept(view, *args, **kwargs):
        key = (name, *args, *kwargs.items())
        found = view._memo.get(key, _UNSEEN)
        if found is _UNSEEN:
            found = view._memo[key] = rule(view, *args, **kwargs)
        return found

    return kept


class PreparedDoc:
    def __init__(self, kb: KnowledgeBase, doc: Doc) -> None:
        self.kb = kb
        self.text = text = text_of(doc)
        ents = entities(doc)  # spaCy builds the spans anew on every access; the pronoun rules read them too
        persons = Spans([(e.start_char, e.end_char) for e in ents if e.label_ == "PERSON"])
        others = Spans([(e.start_char, e.end_char) for e in ents if e.label_ in NOT_PERSON_LABELS])
        # The sentence's text cut from the document's rather than `sent.text`, which joins its tokens.
        self.sentences = [
            PreparedSentence(
                kb, doc, subtokens(text[sent.start_char : sent.end_char], sent.start_char), persons, others
            )
            for sent in _sentences(doc)
        ]


class Spans:
    """Entity character spans in text order, cut per sentence by bisection rather than by testing
    every span of the document against every sentence."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans
        self.starts = [s for s, _ in spans]

    def starting_in(self, subs: list[Sub]) -> list[tuple[int, int]]:
        """The spans that start within the sub-tokens' extent."""
        if not subs:
            return []
        lo = bisect_left(self.starts, subs[0].start)
        return self.spans[lo : bisect_left(self.starts, subs[-1].end, lo)]


def prepared(doc: Doc, kb: KnowledgeBase) -> PreparedDoc:
    """The Doc's date-independent view for `kb`, computed on first use and kept in `doc.user_data`."""
    found = doc.user_data.get(KEY)
    if found is None or found.kb is not kb:
        found = doc.user_data[KEY] = PreparedDoc(kb, doc)
    return found


def _sentences(doc: Doc):
    try:
        return sentences(doc)  # shared with the other stages (`dateline.nlp.sentences`)
    except ValueError:  # no parser or sentencizer: the whole text is one sentence
        return [doc[:]]
