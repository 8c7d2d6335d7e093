"""Round 27 (r27split): one real act reported as several events.

- One country's armed forces under two names: a sector group read from "Norland's troops" and a
  named force of the knowledge base ("the Norland Guard") match strongly (`compatible._one_force`).
  Another country's forces, or a force and a government body, do not.
- A report that names its parties all on one side tells no direction ("the Borda ambassador to
  Istan was expelled" reads both countries as targets): across articles, both reports dated and one
  interval inside the other, its sides are not compared with the directed report's
  (`compatible._directionless`). Told in one article, or dated apart, it stays apart.

Invented records through the real merge.
"""

from __future__ import annotations

from datetime import date

from invented_actors import ISTAN, ISTAN_TROOPS, NORLAND_TROOPS
from test_dedup_merge import day, mention

from dateline.dedup import merge
from dateline.dedup.compatible import NONE, STRONG, actor_match
from dateline.records import Actor, DateInterval

NORLAND_GUARD = Actor("nrl-guard", "Norland Guard", "NRL", "MIL", None, "organization")
NORLAND_MINISTRY = Actor("nrl-interior", "Norland Interior Ministry", "NRL", "GOV", None, "organization")
BORDA_AMBASSADOR = Actor(None, "Borda's ambassador", "BRD", "GOV", "ambassador", "role")


def test_two_names_of_one_countrys_armed_forces_match_strongly():
    assert actor_match(NORLAND_TROOPS, NORLAND_GUARD) == STRONG
    assert actor_match(NORLAND_GUARD, NORLAND_TROOPS) == STRONG
    assert actor_match(NORLAND_TROOPS, ISTAN_TROOPS) == NONE  # another country's forces
    assert actor_match(NORLAND_GUARD, NORLAND_MINISTRY) == NONE  # not a force


def _strike(article: str, force: object, when: DateInterval) -> object:
    return mention(article, 10, type="ASSAULT", mode=None, when=when,
                   actors=(force, ISTAN), sides=("source", "target"))  # fmt: skip


def test_a_strike_by_the_countrys_troops_and_by_its_named_force_is_one_strike():
    # "Norland's troops shelled Istan on Tuesday" beside "the Norland Guard struck Istan".
    troops = _strike("f001", NORLAND_TROOPS, day(2032, 3, 9))
    guard = _strike("f002", NORLAND_GUARD, day(2032, 3, 9))
    for order in ([troops, guard], [guard, troops]):
        assert [len(e.mentions) for e in merge(order)] == [2]
    ministry = _strike("f002", NORLAND_MINISTRY, day(2032, 3, 9))
    assert sorted(len(e.mentions) for e in merge([troops, ministry])) == [1, 1]


def _week(first: int, last: int) -> DateInterval:
    start, end = date(2032, 5, first), date(2032, 5, last)
    return DateInterval(start, end, "range", 0.5, "past, no date in its clause")


def _expulsion(article: str, start: int, actors: tuple, sides: tuple, when: DateInterval) -> object:
    return mention(article, start, type="SANCTION", mode="expel", when=when, actors=actors, sides=sides)


def test_a_report_naming_both_parties_as_targets_joins_the_directed_report():
    # "Istan expelled Borda's ambassador on Tuesday" beside "the Borda ambassador to Istan has been
    # expelled", which reads both countries as targets.
    directed = _expulsion("e001", 10, (ISTAN, BORDA_AMBASSADOR), ("source", "target"), day(2032, 5, 4))
    sideless = _expulsion("e002", 10, (BORDA_AMBASSADOR, ISTAN), ("target", "target"), _week(1, 6))
    for order in ([directed, sideless], [sideless, directed]):
        assert [len(e.mentions) for e in merge(order)] == [2]


def test_a_sideless_report_dated_apart_or_in_the_same_article_stays_apart():
    # Neither interval inside the other: the sides still tell them apart.
    wide = _expulsion("e001", 10, (ISTAN, BORDA_AMBASSADOR), ("source", "target"), _week(1, 5))
    overlapping = _expulsion("e002", 10, (BORDA_AMBASSADOR, ISTAN), ("target", "target"), _week(4, 20))
    assert sorted(len(e.mentions) for e in merge([wide, overlapping])) == [1, 1]
    directed = _expulsion("e001", 10, (ISTAN, BORDA_AMBASSADOR), ("source", "target"), day(2032, 5, 4))
    # One article, paragraphs apart: another act of the pair as often as the same one.
    far = _expulsion("e001", 2000, (BORDA_AMBASSADOR, ISTAN), ("target", "target"), _week(1, 6))
    assert sorted(len(e.mentions) for e in merge([directed, far])) == [1, 1]
