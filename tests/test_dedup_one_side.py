"""Round 12, wave 2: a report naming one side of a directed act nests in the pair's report of it;
a mention two events of another article fit equally joins the one its own article tells.

Across articles, "the Japanese ambassador was summoned on Thursday" (the target only) is the report
another outlet gives as "China summoned Japan's ambassador on Thursday": the same act, done to the
same party, dated inside it. A report naming only the source of an act ("Japan protested") may be
of an act towards anyone and stays apart, except the visitor of a trip ("the president travelled in
April"), whose host the pair's report of the visit names (`compatible._halves`).

A mention that fits two events of another article equally (a day read apart there) and an event of
its own article joins its own article's event (`index.CanonicalIndex._choose`); before, it stayed
apart as ambiguous and its article told the event twice.

Invented records through the real merge, and through the store in batches.
"""

from __future__ import annotations

from datetime import date

from test_dedup_merge import day, mention, month
from test_dedup_vague import _article, _in_batches_and_at_once

from dateline.dedup import merge
from dateline.dedup.blocking import block_keys, query_keys
from dateline.records import Actor, DateInterval

ALDORIA = Actor("ALD", "Aldoria", "ALD", None, None, "country")
BERVANIA = Actor("BRV", "Bervania", "BRV", None, None, "country")
BRV_ENVOY = Actor(None, "the Bervanian ambassador", "BRV", "GOV", "ambassador", "role")
ALD_PRESIDENT = Actor("ALD_KORVA", "Ilse Korva", "ALD", "GOV", "head of state", "person")


def _week(y: int, m: int, d: int) -> DateInterval:
    """A week a tense gives in an article published on `d`."""
    return DateInterval(date(y, m, d - 6), date(y, m, d), "range", 0.3, "past, no date in its clause")


def _summoned(article: str, when: DateInterval) -> object:
    # "Aldoria summoned the Bervanian ambassador on Thursday."
    return mention(
        article,
        10,
        type="ACCUSE",
        mode="allege",
        when=when,
        actors=(ALDORIA, BRV_ENVOY),
        sides=("source", "target"),
    )


def _was_summoned(article: str, when: DateInterval) -> object:
    # "The Bervanian ambassador was summoned on Thursday."
    return mention(
        article, 10, type="ACCUSE", mode="allege", when=when, actors=(BRV_ENVOY,), sides=("target",)
    )


def test_the_target_of_an_act_nests_in_the_pairs_report_of_it_in_either_order():
    pair, half = _summoned("s000", day(2031, 11, 13)), _was_summoned("s001", _week(2031, 11, 15))
    for order in ([pair, half], [half, pair]):
        (event,) = merge(order)
        assert event.sources == 2 and {a.actor.name for a in event.actors} == {ALDORIA.name, BRV_ENVOY.name}


def test_the_store_files_the_pair_where_its_target_alone_asks_whatever_the_batches():
    pair, half = _summoned("s000", day(2031, 11, 13)), _was_summoned("s001", _week(2031, 11, 15))
    assert set(query_keys(half)) & set(block_keys(merge([pair])[0]))
    for first, second in ((pair, half), (half, pair)):
        batches = [[_article(first.article_id, first)], [_article(second.article_id, second)]]
        by_batch, at_once = _in_batches_and_at_once(batches)
        assert by_batch == at_once
        assert [len(e.mentions) for e in by_batch] == [2]


def test_a_source_alone_or_a_target_outside_the_date_stays_apart():
    pair = _summoned("s000", day(2031, 11, 13))
    # "Aldoria lodged a protest on Thursday": towards whom, the report does not say.
    source = mention(
        "s001", 10, type="ACCUSE", mode="allege", when=day(2031, 11, 13), actors=(ALDORIA,), sides=("source",)
    )
    assert len(merge([pair, source])) == 2
    # The ambassador summoned a week later is another summons; one with no date is not placed.
    assert len(merge([pair, _was_summoned("s001", day(2031, 11, 20))])) == 2
    undated = DateInterval(date(2031, 11, 15), None, "range", 0.2, "future, no date in its clause")
    assert len(merge([pair, _was_summoned("s001", undated)])) == 2
    # A one-sided report of another mode is another act.
    other = mention(
        "s001",
        10,
        type="ACCUSE",
        mode="disapprove",
        when=day(2031, 11, 13),
        actors=(BRV_ENVOY,),
        sides=("target",),
    )
    assert len(merge([pair, other])) == 2


def test_the_visitor_alone_nests_in_the_visit_the_pairs_report_tells():
    # "Korva visited Bervania in April 2031" and, in another article, "Korva's trip in April 2031".
    visit = mention(
        "t000",
        10,
        mode="visit",
        when=month(2031, 4),
        actors=(ALD_PRESIDENT, BERVANIA),
        sides=("source", "target"),
    )
    trip = mention("t001", 10, mode="visit", when=month(2031, 4), actors=(ALD_PRESIDENT,), sides=("source",))
    for order in ([visit, trip], [trip, visit]):
        (event,) = merge(order)
        assert event.sources == 2
    # The trip of another month is another visit.
    assert (
        len(
            merge(
                [
                    visit,
                    mention(
                        "t001",
                        10,
                        mode="visit",
                        when=month(2031, 9),
                        actors=(ALD_PRESIDENT,),
                        sides=("source",),
                    ),
                ]
            )
        )
        == 2
    )


def test_a_mention_two_events_of_another_article_fit_equally_joins_its_own_articles_event():
    # Outlet x tells the call on two days it reads apart ("on Thursday", "on Friday"); outlet y tells
    # it twice in one passage, dated to the week. Each report of y fits both of x's equally: the first
    # stays apart (ambiguous), the second joins the first, the one its own article tells.
    week = DateInterval(date(2031, 11, 10), date(2031, 11, 16), "range", 0.3, "past, no date in its clause")
    x = [mention("x000", 10, when=day(2031, 11, 13)), mention("x000", 900, when=day(2031, 11, 14))]
    y = [mention("y000", 10, when=week), mention("y000", 300, when=week)]
    events = merge([*x, *y])
    assert sorted(len(e.mentions) for e in events) == [1, 1, 2]
    (ours,) = [e for e in events if len(e.mentions) == 2]
    assert {m.article for m in ours.mentions} == {"y000"}
    # With no event of its own article, the mention still stays apart.
    assert len(merge([*x, y[0]])) == 3
