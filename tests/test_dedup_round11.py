"""Round 11, one canonical event: reports the modality rules kept apart though they tell one event.

- a hypothetical report ("whether the two leaders spoke by phone") told beside a claim or a denial of
  the same event in one article asks about that event: one event, of the answer's modality
  (`compatible.asks`); apart in the article or in another article it stays an event of its own.

Invented records through the real merge.
"""

from __future__ import annotations

from test_dedup_merge import day, mention

from dateline.dedup import merge
from dateline.dedup.compatible import answered, asks


def test_a_question_beside_a_denial_is_the_denied_event():
    # "The ministry denied that the two leaders spoke by phone." ... "Asked whether there had been a
    # call between them, the spokesman said he knew of none."
    denied = mention("q000", 10, modality="negated", when=day(2031, 5, 2))
    asked = mention("q000", 200, modality="hypothetical", when=day(2031, 5, 2))
    for order in ([denied, asked], [asked, denied]):
        (event,) = merge(order)
        assert event.modality == "negated" and len(event.mentions) == 2


def test_a_question_beside_a_claim_takes_the_claim():
    claimed = mention("q000", 10, when=day(2031, 5, 2))
    asked = mention("q000", 300, modality="hypothetical", when=day(2031, 5, 2))
    for order in ([claimed, asked], [asked, claimed]):
        (event,) = merge(order)
        assert event.modality == "asserted"


def test_a_question_far_apart_or_in_another_article_stays_apart():
    denied = mention("q000", 10, modality="negated", when=day(2031, 5, 2))
    # Paragraphs later ("if the two leaders meet at the summit ...") the condition may be of any occasion.
    far = mention("q000", 3000, modality="hypothetical", when=day(2031, 5, 2))
    assert len(merge([denied, far])) == 2
    elsewhere = mention("q001", 200, modality="hypothetical", when=day(2031, 5, 2))
    assert len(merge([denied, elsewhere])) == 2
    # A question about a visit is not the denied call (modes), nor a question beside a plan.
    visit = mention("q000", 200, modality="hypothetical", mode="visit", when=day(2031, 5, 2))
    assert len(merge([denied, visit])) == 2
    planned = mention("q000", 10, modality="planned", when=day(2031, 5, 2))
    assert not asks(planned, mention("q000", 200, modality="hypothetical", when=day(2031, 5, 2)), True)


def test_the_answer_decides_the_modality():
    assert answered("hypothetical", "negated") == "negated"
    assert answered("hypothetical", "asserted") == "asserted"
    assert answered("negated", "hypothetical") == "negated"
    assert answered("planned", "hypothetical") == "planned"
