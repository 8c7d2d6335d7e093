"""Whether an article reports the day's news or narrates a story: read once per article.

A news report attributes what it tells ("the minister said", "officials say"): its undated simple
past is most often the news of the publication day. A narrated piece (a broadcast feature, a
profile, a look back at a crash or a career) tells its story in the reporter's own voice and rarely
says who said what; past its lead, its undated simple past is the story's background, before the day
it is told (TimeBank-EventTime's training documents: in the six where under one sentence in ten
holds a finite verb of saying, 23 such events moved to "before publication" are right, 4 lost).
"""

from __future__ import annotations

from spacy.tokens import Doc

from dateline.nlp.sentences import sentences
from dateline.time.tense import cues

# below this share of sentences with a finite verb of saying, an article is narrated
NARRATED_SAYING = 0.1
# a shorter piece without attributions is most often a brief of the day's news, not a story told
NARRATED_MIN_SENTENCES = 10
_FINITE = ("VBD", "VBZ", "VBP")  # "said", "says", "say": an attribution in either tense
_KEY = "dateline.time.narrated"


def narrated(doc: Doc) -> bool:
    """The article tells its story without attributing it: it has at least NARRATED_MIN_SENTENCES
    sentences, and under one in ten holds a finite verb of saying ("said", "says", "told")."""
    found = doc.user_data.get(_KEY)
    if found is None:
        sents = sentences(doc)
        saying = set(cues()["reporting"])
        attributed = sum(any(t.tag_ in _FINITE and t.lemma_.lower() in saying for t in s) for s in sents)
        found = len(sents) >= NARRATED_MIN_SENTENCES and attributed < NARRATED_SAYING * len(sents)
        doc.user_data[_KEY] = found
    return found
