"""Whose voice an event comes from: analysts and commentators are not the states they talk about.

News stories quote analysts at length ("Analysts say Tehran would welcome the closure", "'... a clear
rejection of the country's identity,' said a professor at X University"). What they state, judge or
predict is their opinion, not an act of the states it names, and their own praise or warnings are no
state act either. A speaker is a commentator when the words of their phrase say so (`commentator` cues
in data/cues.tsv: analyst, professor, "senior fellow at", "Center for Studies") or when the story
introduced them so earlier ("said analyst Atilla Yesilada" ... "Yesilada warns that ...").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from dateline.events.detect import Lexicon
from dateline.nlp.entities import persons

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
# How far around a name its description may sit ("Jian Badrakhan, vice chairman of the Kurdish Center for
# Studies and Legal Consultancy"): enough for a title and an institution, not for the rest of a sentence.
DESCRIPTION_TOKENS = 16


@dataclass(frozen=True)
class Commentators:
    """The commentators of one document and the words that mark one."""

    words: frozenset[str]
    voices: frozenset[str]  # verbs that report what someone says or thinks
    names: frozenset[str]  # lower-cased surnames and full names introduced as commentators

    @classmethod
    def of(cls, doc: Doc, lexicon: Lexicon) -> Commentators:
        words = lexicon.commentator
        names: set[str] = set()
        for ent in persons(doc):  # built once per Doc (spaCy's `Doc.ents` makes its spans anew)
            if _described(ent.root, ent.start, ent.end, words):
                names.add(ent[-1].lower_)
                names.add(ent.text.lower())
        return cls(words, lexicon.speech | lexicon.opinion, frozenset(names))

    def speaks(self, phrase: Token) -> bool:
        """True when the phrase headed by `phrase` names a commentator."""
        tokens = list(phrase.subtree)[:DESCRIPTION_TOKENS]
        # A word that only qualifies the noun is no description: "her fellow Democrats" are no fellows
        # of an institute, "expert witnesses" no analysts.
        if any(
            (t.lemma_.lower() in self.words or t.lower_ in self.words)
            and t.dep_ != "amod"
            and t.pos_ != "ADJ"
            for t in tokens
        ):
            return True
        return any(t.pos_ == "PROPN" and t.lower_ in self.names for t in tokens)

    def voiced(self, anchor: Token) -> bool:
        """True when the clause of `anchor` is a commentator's: its own subject is one ("analysts praised
        X"), or a verb of saying or thinking above it has one as its subject ("experts believe that ...",
        '"...," said a professor')."""
        node = anchor
        while True:
            own = node.i == anchor.i or node.lemma_.lower() in self.voices
            speaker = own and node.pos_ in ("VERB", "AUX")
            if speaker and any(c.dep_ in SUBJECT_DEPS and self.speaks(c) for c in node.children):
                return True
            if node.head.i == node.i:
                return False
            node = node.head


def _described(root: Token, start: int, end: int, words: frozenset[str]) -> bool:
    """True when a name is described with commentator words: a title before it ("analyst Atilla X"), an
    apposition after it ("X, a professor at Y"), or the noun it stands in apposition to ("A media analyst
    at Y, X noted")."""
    near: list[Token] = [
        c for c in root.children if c.dep_ in ("compound", "amod") and not start <= c.i < end
    ]
    near += [t for c in root.children if c.dep_ == "appos" for t in c.subtree]
    if root.dep_ == "appos":
        near += [t for t in root.head.subtree if not start <= t.i < end]
    near += [t for t in root.doc[max(start - 3, 0) : start] if t.dep_ in ("compound", "amod")]
    return any(t.lemma_.lower() in words or t.lower_ in words for t in near[: DESCRIPTION_TOKENS * 2])
