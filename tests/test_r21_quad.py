"""Round 21 (helper r21quad): an event named again (`event_date._named_before`) is found through an
index of the article's dated event words built once per article, not by a walk back over every earlier
sentence per definite noun. The answers are the walk's: the latest earlier sentence whose word of the
same stem takes a day, in it the first such word; for an event told again only a day well before
publication; for a noun a period planned ahead. Invented articles; the expected dates are those the
walk gave on them."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.nlp.sentences import sentence_of
from dateline.records import DateInterval, DocumentTime
from dateline.time import event_date
from dateline.time.component import DefaultTimeTagger

PUBLISHED = date(2024, 5, 10)
ANCHOR = DocumentTime(PUBLISHED, DateInterval(PUBLISHED, PUBLISHED, "day", 0.9, "published"))

HELD = "The talks were held in Geneva on May 4. Officials praised the mood. The talks ended without a deal."
MET_TWICE = "The ministers met on May 2. They met again in Cairo on May 6. The meeting was tense."
NAMED_AFTER = "The summit drew protests. The summit opened on May 3. Leaders left the summit early."
FILLED = (
    "The talks opened on May 4. "
    + "Delegates said the talks would last for two weeks. " * 6
    + "The talks ended."
)
TOLD_AGAIN = (
    "Troops invaded the border town on March 2. Officials said the invasion was a mistake. "
    "The army invaded it again."
)
PLANNED = "The country will hold a referendum next year. Opponents expect to lose the referendum."


def _named(nlp, text: str) -> tuple[dict[int, DateInterval], object]:
    """Each token's answer, asked in the article's order, and the Doc it was asked of."""
    doc = nlp(text)
    timexes = DefaultTimeTagger().tag(doc, ANCHOR)
    found = {}
    for token in doc:
        interval = event_date._named_before(doc, token, sentence_of(token), timexes, ANCHOR)
        if interval is not None:
            found[token.i] = interval
    return found, doc


def _days(found: dict[int, DateInterval], doc) -> list[tuple[str, date | None, date | None]]:
    return [(doc[i].text, iv.start, iv.end) for i, iv in sorted(found.items())]


def test_the_talks_named_again_take_the_day_they_were_held(nlp):
    found, doc = _named(nlp, HELD)
    assert _days(found, doc) == [("talks", date(2024, 5, 4), date(2024, 5, 4))]


def test_the_latest_dated_mention_counts(nlp):
    found, doc = _named(nlp, MET_TWICE)
    assert _days(found, doc) == [
        ("met", date(2024, 5, 2), date(2024, 5, 2)),
        ("meeting", date(2024, 5, 6), date(2024, 5, 6)),
    ]


def test_a_mention_dated_only_later_gives_nothing_before_it(nlp):
    found, doc = _named(nlp, NAMED_AFTER)
    assert _days(found, doc) == [("summit", date(2024, 5, 3), date(2024, 5, 3))]
    assert list(found) == [[t.i for t in doc if t.text == "summit"][-1]]  # the last, not the first


def test_sentences_of_the_same_stem_without_a_day_do_not_hide_the_dated_one(nlp):
    found, doc = _named(nlp, FILLED)
    talks = [t.i for t in doc if t.text == "talks"]
    assert sorted(found) == talks[1:]
    assert {(iv.start, iv.end) for iv in found.values()} == {(date(2024, 5, 4), date(2024, 5, 4))}


def test_an_event_told_again_and_a_noun_naming_it(nlp):
    found, doc = _named(nlp, TOLD_AGAIN)
    assert _days(found, doc) == [
        ("invasion", date(2024, 3, 2), date(2024, 3, 2)),
        ("invaded", date(2024, 3, 2), date(2024, 3, 2)),
    ]


def test_a_period_planned_ahead_is_carried_by_the_same_noun(nlp):
    found, doc = _named(nlp, PLANNED)
    assert _days(found, doc) == [("referendum", date(2025, 1, 1), date(2025, 12, 31))]


@pytest.mark.parametrize("text", [HELD, MET_TWICE, NAMED_AFTER, FILLED, TOLD_AGAIN, PLANNED])
def test_the_answers_do_not_depend_on_the_order_they_are_asked_in(nlp, text):
    """The index dates a stem's words when first asked: asking in reverse, or with a fresh index per
    token, gives the same answers."""
    forward, _ = _named(nlp, text)
    doc = nlp(text)
    timexes = DefaultTimeTagger().tag(doc, ANCHOR)
    backward, fresh = {}, {}
    for token in reversed(doc):
        interval = event_date._named_before(doc, token, sentence_of(token), timexes, ANCHOR)
        if interval is not None:
            backward[token.i] = interval
    for token in doc:
        doc.user_data.pop(event_date._EARLIER_KEY, None)
        interval = event_date._named_before(doc, token, sentence_of(token), timexes, ANCHOR)
        if interval is not None:
            fresh[token.i] = interval
    assert backward == forward == fresh


def test_the_index_is_built_once_per_article_and_tagging(nlp):
    doc = nlp(HELD)
    timexes = DefaultTimeTagger().tag(doc, ANCHOR)
    talks = [t for t in doc if t.text == "talks"][-1]
    event_date._named_before(doc, talks, sentence_of(talks), timexes, ANCHOR)
    index = doc.user_data[event_date._EARLIER_KEY]
    event_date._named_before(doc, talks, sentence_of(talks), timexes, ANCHOR)
    assert doc.user_data[event_date._EARLIER_KEY] is index
    # another tagging of the same text (here none at all) is another index: nothing is dated
    assert event_date._named_before(doc, talks, sentence_of(talks), [], ANCHOR) is None
    assert doc.user_data[event_date._EARLIER_KEY] is not index
