"""Round 17 (r17split): an undated report naming an office joins the pair's one act its holder is named for.

"Aldoria's foreign minister announced the severance of relations with Bervania", from an outlet whose
publication date was not found, names no person the knowledge base knows: the one-event rule
(`index.CanonicalIndex._sole`) looks for the pair's act through the pair itself (`compatible.PAIR`).
Another outlet's "Foreign Minister Tomas Ardel announced on Tuesday the severance ..." names the
minister, and events naming a person used to be filed under that person only, so the undated report
never met it and stayed a second severance. Every event of two countries or more is now filed under
its pair as well (`compatible.filed_keys`); the one-event, corroboration and crowded-window tests
still decide, and an unnamed official still matches the named one only on the same country and
office (`compatible.actor_match`).

Invented records through the real merge, in both orders, and through the store in batches.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from test_dedup_merge import day, mention
from test_dedup_vague import _article, _in_batches_and_at_once

from dateline.dedup import block_keys, merge
from dateline.dedup.blocking import query_keys
from dateline.dedup.compatible import NONE, PAIR, STRONG, actor_match, filed_keys, sole_keys
from dateline.records import Actor, DateInterval, EventActor

ALDORIA = Actor("ALD", "Aldoria", "ALD", None, None, "country")
BERVANIA = Actor("BRV", "Bervania", "BRV", None, None, "country")
ARDEL = Actor("ald-ardel", "Tomas Ardel", "ALD", "GOV", "foreign minister", "person")
ALD_FM = Actor(None, "Aldoria's foreign minister", "ALD", "GOV", "foreign minister", "role")
ALD_PM = Actor(None, "Aldoria's prime minister", "ALD", "GOV", "head of government", "role")
# An article without a publication date: its past tense is open from the content's earliest day.
OPEN = DateInterval(
    date(2031, 1, 1), None, "range", 0.2, "past, no date in its clause: on or shortly before publication"
)


def _severance(article: str, start: int, when: DateInterval, by: Actor, mode: str = "withdraw") -> object:
    m = mention(
        article,
        start,
        type="SANCTION",
        mode=mode,
        when=when,
        actors=(by, BERVANIA),
        sides=("source", "target"),
    )
    sentence = f"{by.name} announced the severance of relations with Bervania."
    return replace(
        m, trigger="announced the severance", sentence=sentence, sentence_end=start + len(sentence)
    )


def test_a_pair_event_naming_a_person_is_filed_under_the_pair_too():
    named = [EventActor(ARDEL, "source"), EventActor(BERVANIA, "target")]
    unnamed = [EventActor(ALD_FM, "source"), EventActor(BERVANIA, "target")]
    one_side = [EventActor(ARDEL, "source")]
    assert filed_keys(named) == ["ald-ardel", PAIR] and sole_keys(named) == ["ald-ardel"]
    assert filed_keys(unnamed) == sole_keys(unnamed) == [PAIR]
    assert filed_keys(one_side) == ["ald-ardel"]
    # What the store files the named event under is what the undated report asks for.
    dated, undated = _severance("s010", 0, day(2031, 3, 4), ARDEL), _severance("s011", 0, OPEN, ALD_FM)
    assert set(query_keys(undated)) & set(block_keys(dated))


def test_an_undated_report_naming_the_office_joins_the_act_of_its_named_holder_in_either_order():
    dated, undated = _severance("s010", 0, day(2031, 3, 4), ARDEL), _severance("s011", 0, OPEN, ALD_FM)
    for order in ([dated, undated], [undated, dated]):
        (event,) = merge(order)
        assert event.sources == 2
        assert (event.date.start, event.date.end) == (date(2031, 3, 4), date(2031, 3, 4))


def test_the_join_is_the_same_whatever_the_batches():
    dated, undated = _severance("s010", 0, day(2031, 3, 4), ARDEL), _severance("s011", 0, OPEN, ALD_FM)
    for first, second in ((dated, undated), (undated, dated)):
        batches = [[_article(first.article_id, first)], [_article(second.article_id, second)]]
        by_batch, at_once = _in_batches_and_at_once(batches)
        assert by_batch == at_once
        assert [len(e.mentions) for e in by_batch] == [2]


def test_another_office_stays_apart():
    # The prime minister's act is not the foreign minister's: an unnamed official matches on the office.
    dated, undated = _severance("s010", 0, day(2031, 3, 4), ARDEL), _severance("s011", 0, OPEN, ALD_PM)
    for order in ([dated, undated], [undated, dated]):
        assert sorted(len(e.mentions) for e in merge(order)) == [1, 1]


def test_two_acts_of_the_named_holder_leave_the_undated_report_apart():
    # The minister severed relations in March and again in September: which one the undated report
    # tells, it does not say. (Judged on arrival, as for a report naming the minister himself.)
    march = _severance("s010", 0, day(2031, 3, 4), ARDEL)
    september = _severance("s012", 0, day(2031, 9, 9), ARDEL)
    for undated in (_severance("s011", 0, OPEN, ALD_FM), _severance("s011", 0, OPEN, ARDEL)):
        assert sorted(len(e.mentions) for e in merge([march, september, undated])) == [1, 1, 1]


# Round 17, second rule: a person the knowledge base does not know, named in full by two outlets
# that give him different posts, is one person (`compatible.same_person`).
VARNET_ENVOY = Actor(None, "Lucien Varnet", "FRA", "GOV", "special envoy", "person")
VARNET_AMBASSADOR = Actor(None, "Lucien Varnet", "FRA", "GOV", "ambassador", "person")
OTHER_ENVOY = Actor(None, "Marc Dubois", "FRA", "GOV", "special envoy", "person")
FRENCH_ENVOY = Actor(None, "the French envoy", "FRA", "GOV", "special envoy", "role")


def test_a_person_named_alike_in_full_is_one_person_whatever_post_each_outlet_gives():
    assert actor_match(VARNET_ENVOY, VARNET_AMBASSADOR) == STRONG
    assert actor_match(VARNET_AMBASSADOR, OTHER_ENVOY) == NONE  # another name, another post
    assert actor_match(FRENCH_ENVOY, VARNET_AMBASSADOR) == NONE  # a role phrase matches on its office
    assert actor_match(FRENCH_ENVOY, VARNET_ENVOY) == STRONG
    assert actor_match(VARNET_ENVOY, replace(VARNET_AMBASSADOR, country="MLI")) == NONE


def test_two_outlets_summoning_the_envoy_under_two_posts_tell_one_summons():
    def summons(article: str, envoy: Actor) -> object:
        return mention(article, 0, type="ACCUSE", mode="allege", when=day(2032, 1, 31),
                       actors=(envoy,), sides=("target",))  # fmt: skip

    for order in ([summons("m01", VARNET_ENVOY), summons("m02", VARNET_AMBASSADOR)],
                  [summons("m02", VARNET_AMBASSADOR), summons("m01", VARNET_ENVOY)]):  # fmt: skip
        assert [len(e.mentions) for e in merge(order)] == [2]
    apart = [summons("m01", VARNET_AMBASSADOR), summons("m02", OTHER_ENVOY)]
    assert sorted(len(e.mentions) for e in merge(apart)) == [1, 1]
