"""What an event was about: topic ids from the words of its sentence.

`data/topics.tsv` lists (topic, pattern, kind). Patterns are lower-case lemma phrases, split into words as
the parsing pipeline splits text, and matched word for word over two views of the sentence: its
lower-cased lemmas ("vaccines" -> "vaccine") and its lower-cased words (for phrases whose lemma the
tagger gets wrong, and for patterns written as inflected words). Kinds:

- `term`: a topic wherever it occurs ("debt relief", "Islamophobia", "COVID-19").
- `place`: a frequently discussed country or region, a topic only where the sentence talks about it
  rather than names a party or a venue: "discussed the situation in Afghanistan", "talks on Syria",
  "the Afghan crisis" count; "Russia and Pakistan agreed", "Russian President Putin" and "met in
  Islamabad" do not.
- `frame`: nouns (topic column "-") that make a place modifying them the subject matter: "situation",
  "crisis", "peace process", ...
"""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import spacy
from spacy.tokens import Span, Token

TOPICS = Path(__file__).parent / "data" / "topics.tsv"
KINDS = frozenset({"term", "place", "frame"})
_KEPT = "dateline.events.topics"  # doc.user_data key

# Prepositions that introduce what is talked about ("talks on Syria", "concern over Kashmir").
ABOUT = frozenset({"on", "about", "over", "regarding", "concerning", "towards", "toward", "including"})
# Prepositions that make a place the subject only under a frame noun ("peace in Afghanistan").
UNDER_FRAME = frozenset({"in", "of", "for", "with", "within", "across", "to"})
# Verbs whose object is the subject matter ("discussed Afghanistan").
TALK_VERBS = frozenset({"discuss", "address", "review", "debate", "raise", "examine", "brief"})
# Links from a place word up to the head of its noun phrase.
NP_LINKS = frozenset({"compound", "amod", "poss", "nmod", "conj", "appos", "det"})


@dataclass(frozen=True, order=True)
class Phrase:
    words: tuple[str, ...]
    topic: str
    kind: str


@dataclass
class TopicLexicon:
    # Phrases by their first word: the sentence's words are looked up here, not copied into view Docs
    # for a spaCy PhraseMatcher (two Docs built per sentence with an event, ~60 µs each).
    phrases: dict[str, list[Phrase]]
    frames: frozenset[str]


@cache
def lexicon(path: Path = TOPICS) -> TopicLexicon:
    # The blank English tokenizer splits patterns as the parsing pipeline splits text.
    blank = spacy.blank("en")
    phrases: dict[str, set[Phrase]] = defaultdict(set)
    frames: set[str] = set()
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            topic, pattern, kind = row["topic"].strip(), row["pattern"].strip().lower(), row["kind"].strip()
            if kind not in KINDS or not pattern or not topic:
                raise ValueError(f"{path}: bad topic row {row!r}")
            if kind == "frame":
                frames.add(pattern)
            else:
                words = tuple(t.text for t in blank.make_doc(pattern))
                phrases[words[0]].add(Phrase(words, topic, kind))
    return TopicLexicon({first: sorted(group) for first, group in phrases.items()}, frozenset(frames))


def topics(sent: Span) -> list[str]:
    """Sorted, unique topic ids of the sentence `sent`; kept per sentence in `doc.user_data`, since
    every event of a sentence asks."""
    kept = sent.doc.user_data.setdefault(_KEPT, {})
    found = kept.get((sent.start, sent.end))
    if found is None:
        found = kept[sent.start, sent.end] = _topics(sent)
    return list(found)


def _topics(sent: Span) -> list[str]:
    lex = lexicon()
    found: set[str] = set()
    for words in ([t.lemma_.lower() for t in sent], [t.lower_ for t in sent]):
        for start, word in enumerate(words):
            for phrase in lex.phrases.get(word, ()):
                end = start + len(phrase.words)
                if phrase.topic in found or tuple(words[start:end]) != phrase.words:
                    continue
                if phrase.kind == "term" or _talked_about(sent[start:end], lex.frames):
                    found.add(phrase.topic)
    return sorted(found)


def _talked_about(span: Span, frames: frozenset[str]) -> bool:
    """A place mention in subject-matter position, not a party to the event nor its venue."""
    word = span.root
    head = word
    while head.dep_ in NP_LINKS and head.head.i != head.i:
        head = head.head
        if head.pos_ in ("NOUN", "PROPN") and _frame(head, frames) and head.i != word.i:
            return True  # "the Afghan crisis", "Afghanistan's problems", "Syria peace talks"
    if head.dep_ == "pobj":
        prep = head.head
        owner = prep.head
        if prep.lower_ in ABOUT:
            return True  # "talks on Syria"
        if prep.lower_ in UNDER_FRAME and owner.pos_ in ("NOUN", "PROPN") and _frame(owner, frames):
            return True  # "the situation in Afghanistan", "peace and stability in Afghanistan"
        if owner.dep_ == "conj":  # "peace and stability in Afghanistan" with "in" on the conjunct
            return _frame(owner, frames) or _frame(owner.head, frames)
        return False
    # "discussed Afghanistan"; the object of "visited" is a venue (see location.py)
    return head.dep_ in ("dobj", "nsubjpass") and head.head.lemma_ in TALK_VERBS


def _frame(tok: Token, frames: frozenset[str]) -> bool:
    return tok.lemma_.lower() in frames or tok.lower_ in frames
