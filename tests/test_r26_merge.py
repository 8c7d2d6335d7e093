"""Round 26 (r26merge): one real act reported as several events.

- A country's envoy named by two titles: news of a summons, a recall or an expulsion calls the
  ambassador "the envoy", which the titles file reads as a special envoy; two role phrases of one
  country's envoy under those two titles are one office (`compatible._one_post`). A named person
  keeps the post given him (round 17).
- A visit told only in the sentences that tell the pair's meeting, dated as the meeting, is that
  meeting's trip: one event (`index.CanonicalIndex._trip_of_meeting`). A visit also told on its own,
  or dated wider than the meeting (a two-day visit), stays an occasion of its own.

Invented records through the real merge.
"""

from __future__ import annotations

from dataclasses import replace

from invented_actors import ISTAN, NORLAND
from test_dedup_merge import day, mention

from dateline.dedup import merge
from dateline.dedup.compatible import NONE, STRONG, actor_match
from dateline.records import Actor, DateInterval, EventMention

BORDA_ENVOY = Actor(None, "Borda's special envoy", "BRD", "GOV", "special envoy", "role")
BORDA_AMBASSADOR = Actor(None, "Borda's ambassador", "BRD", "GOV", "ambassador", "role")
BORDA_MINISTER = Actor(None, "Borda's foreign minister", "BRD", "GOV", "foreign minister", "role")
ISTAN_AMBASSADOR = Actor(None, "Istan's ambassador", "IST", "GOV", "ambassador", "role")
NAMED_AMBASSADOR = Actor(None, "Oren Dask", "BRD", "GOV", "ambassador", "person")


def test_two_titles_of_one_countrys_envoy_are_one_office():
    assert actor_match(BORDA_ENVOY, BORDA_AMBASSADOR) == STRONG
    assert actor_match(BORDA_AMBASSADOR, BORDA_ENVOY) == STRONG
    assert actor_match(BORDA_ENVOY, ISTAN_AMBASSADOR) == NONE  # another country's envoy
    assert actor_match(BORDA_ENVOY, BORDA_MINISTER) == NONE  # another office
    assert actor_match(BORDA_ENVOY, NAMED_AMBASSADOR) == NONE  # a named person keeps his post


def _summons(article: str, envoy: Actor) -> EventMention:
    return mention(article, 10, type="ACCUSE", mode="allege", when=day(2033, 2, 7),
                   actors=(ISTAN, envoy), sides=("source", "target"))  # fmt: skip


def test_a_summons_of_the_envoy_and_of_the_ambassador_is_one_summons_in_either_order():
    # "Istan summons Borda envoy" beside "Istan summoned Borda's ambassador on Monday".
    envoy, ambassador = _summons("s001", BORDA_ENVOY), _summons("s002", BORDA_AMBASSADOR)
    for order in ([envoy, ambassador], [ambassador, envoy]):
        assert [len(e.mentions) for e in merge(order)] == [2]
    minister = _summons("s002", BORDA_MINISTER)
    assert sorted(len(e.mentions) for e in merge([envoy, minister])) == [1, 1]


# "Lind hosted Varga at his villa, where the two leaders met": the visit read from the welcome and the
# meeting, one sentence, one occasion.
LIND = Actor("NRL_LIND", "Tomas Lind", "NRL", "GOV", "head of state", "person")
VARGA = Actor("SDR_VARGA", "Ana Varga", "SDR", "GOV", "head of state", "person")


def _encounter(
    article: str, start: int, trigger_at: int, mode: str, when: DateInterval, trigger: str
) -> EventMention:
    sides = ("source", "target") if mode == "visit" else ("participant", "participant")
    actors = (VARGA, LIND) if mode == "visit" else (LIND, VARGA)
    m = mention(article, start, mode=mode, when=when, actors=actors, sides=sides)
    return replace(m, trigger=trigger, trigger_start=start + trigger_at, trigger_end=start + trigger_at + 5)


def _modes(mentions: list[EventMention]) -> list[list[str]]:
    return sorted(sorted(r.trigger for r in e.mentions) for e in merge(mentions))


def test_a_visit_told_only_in_the_meetings_sentence_is_that_meetings_trip():
    when = day(2031, 5, 3)
    hosted = _encounter("v001", 10, 5, "visit", when, "hosted")
    met = _encounter("v001", 10, 30, "meet", when, "met")
    assert _modes([hosted, met]) == [["hosted", "met"]]
    assert _modes([met, hosted]) == [["hosted", "met"]]
    # Told on its own too ("The visit was the first since 2020."), the visit is an occasion of its own.
    again = _encounter("v001", 300, 5, "visit", when, "visit")
    assert _modes([hosted, met, again]) == [["hosted", "visit"], ["met"]]


def test_a_visit_dated_wider_than_the_meeting_stays_apart():
    # "Varga met Lind on May 3 during her two-day visit": the visit spans two days.
    two_days = DateInterval(day(2031, 5, 3).start, day(2031, 5, 4).end, "range", 0.8, "two-day visit")
    visit = _encounter("v001", 10, 40, "visit", two_days, "visit")
    met = _encounter("v001", 10, 5, "meet", day(2031, 5, 3), "met")
    assert _modes([met, visit]) == [["met"], ["visit"]]
    # Dated alike, the same two reports are one occasion.
    assert _modes([met, replace(visit, date=day(2031, 5, 3))]) == [["met", "visit"]]


# "Norland drones struck the town on Friday, killing four people and wounding six children": the
# victims no country places, read as reports of their own, are whom the strike struck (one sentence,
# one type: `compatible._bystanders`).
SUDRIA = Actor("SDR", "Sudria", "SDR", None, None, "country")
PEOPLE = Actor(None, "people", None, None, None, "group")
CHILDREN = Actor(None, "children", None, None, None, "group")


def _struck(
    start: int, at: int, trigger: str, actors: tuple[Actor, ...], type: str = "ASSAULT"
) -> EventMention:
    sides = ("source", "target")[-len(actors) :]  # one actor: the target
    m = mention("k001", start, type=type, mode=None, when=day(2034, 6, 2), actors=actors, sides=sides)
    return replace(m, trigger=trigger, trigger_start=start + at, trigger_end=start + at + len(trigger))


def test_people_no_country_places_are_whom_the_act_told_in_their_sentence_struck():
    strike = _struck(10, 15, "struck", (NORLAND, SUDRIA))
    killing = _struck(10, 40, "killing", (PEOPLE,))
    wounding = _struck(10, 60, "wounding", (CHILDREN,))
    for order in ([strike, killing, wounding], [killing, wounding, strike]):
        assert _modes(order) == [["killing", "struck", "wounding"]]
    # Told in another sentence, or of another type in the sentence, they stay apart.
    later = _struck(900, 10, "killing", (PEOPLE,))
    assert _modes([strike, later]) == [["killing"], ["struck"]]
    detained = _struck(10, 40, "detained", (PEOPLE,), type="COERCE")
    expelled = _struck(10, 15, "expelled", (NORLAND, SUDRIA), type="SANCTION")
    assert _modes([expelled, detained]) == [["detained"], ["expelled"]]
