"""A short text's news when every reading of it was filtered away (round 29, issue 12).

The coder's filters drop a trigger that, in an article, reports no news of its own: an event noun that
only qualifies another ("the agenda of the summit"), a circumstance ("despite protests abroad"), a
measure in force ("remains barred from the games"), an act told as history ("had never seen such
strikes"). They were written for articles, where such a word mostly refers to an event told in full
elsewhere. A text of a sentence or two (`coder.short_text`: a wire item, a headline, a quote) has no
elsewhere: it was written, or cut out, because it tells something. So when its readings leave nothing,
the most central trigger it holds (the draft nearest its sentence's root, the most confident among
equals) is what it tells, its doer unknown where none is resolved. Articles are untouched: the policy
needs a text of at most `SHORT_TEXT` sentences and no headline of its own apart from them (`headlined`):
a short body under a headline is the rest of a story whose news the headline tells, and its event nouns
refer back to that news as an article's do.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from dateline.events.detect import Lexicon
from dateline.events.draft import DraftEvent
from dateline.events.modes import act_mode
from dateline.events.participants import MentionIndex, assign
from dateline.records import Actor, Article, EventActor

# How much less sure a trigger kept only because nothing else was kept is than its own reading.
LAST_RESORT_WEIGHT = 0.5


def headlined(article: Article) -> bool:
    """Whether the article has a title that its text does not hold (a headline the cleaner set apart
    from the body); a wire item or quote is its own title, or has none."""
    return bool(article.title) and article.title not in article.text


def last_resort(
    readings: Sequence[tuple[Span, dict[int, DraftEvent], set[int]]],
    index: MentionIndex,
    lexicon: Lexicon,
    unknown: Actor,
) -> tuple[Span, DraftEvent] | None:
    """The most central draft of the text's sentences (each given as its span, its drafts and the keys
    of the denials whose denied act was coded instead), with its actors and mode; None without drafts."""
    candidates = [
        (sent, draft)
        for sent, drafts, denials in readings
        for key, draft in drafts.items()
        if key not in denials
    ]
    if not candidates:
        return None
    sent, best = max(candidates, key=lambda c: (-_depth(c[1].trigger.anchor), c[1].confidence))
    trig = best.trigger
    event = DraftEvent(trig, best.type, best.mode, best.confidence * LAST_RESORT_WEIGHT, list(best.content))
    event.modality = best.modality
    event.actors = assign(index, trig.anchor, event.type, event.content, head=trig.head, wording=trig.tokens)
    if not any(ea.side in ("source", "participant") for ea in event.actors):
        event.actors = [EventActor(unknown, "source"), *event.actors]
    event.mode = act_mode(event, lexicon)
    return sent, event


def _depth(token: Token) -> int:
    """How many heads lie between the word and its sentence's root."""
    depth = 0
    while token.head.i != token.i:
        token, depth = token.head, depth + 1
    return depth
