"""Round 28 (r28split): one act of force told with a country in one report and its forces in another.

In two reports of an act of force (ASSAULT, COERCE) a country and its own armed forces match strongly
(`compatible._armed_by`): told in neighbouring sentences of one article, across articles where both
reports name the pair, or where one names its source alone (the one-sided nesting of acts of force
dated to a week). One country's reports alone, a target named alone, or an act that is not one of
force stay apart as before.

Invented records through the real merge.
"""

from __future__ import annotations

from invented_actors import ISTAN, ISTAN_TROOPS, NORLAND, NORLAND_TROOPS
from test_dedup_merge import day, mention, merged_sizes

from dateline.dedup.compatible import WEAK, actor_match
from dateline.records import Actor

NORLAND_GUARD = Actor("nrl-guard", "Norland Guard", "NRL", "MIL", None, "organization")


def _act(
    article: str, start: int, actors: tuple, sides: tuple | None = None, type: str = "ASSAULT"
) -> object:
    return mention(article, start, type=type, mode=None, when=day(2032, 4, 8), actors=actors, sides=sides)


def test_a_country_and_its_forces_stay_a_weak_match_outside_acts_of_force():
    # The match itself is unchanged: only reports of an act of force read it as strong.
    assert actor_match(NORLAND, NORLAND_TROOPS) == WEAK
    assert actor_match(NORLAND_GUARD, NORLAND) == WEAK


def test_a_clash_of_two_countries_and_of_their_troops_told_nearby_is_one_clash():
    # "Norland and Istan clashed on the border on Wednesday." ... "The skirmishes between Norland and
    # Istan troops left three dead."
    countries = _act("c001", 0, (NORLAND, ISTAN))
    troops = _act("c001", 200, (NORLAND_TROOPS, ISTAN_TROOPS))
    for order in ([countries, troops], [troops, countries]):
        assert merged_sizes(order) == [2]


def test_nearby_an_act_that_is_not_of_force_stays_apart():
    demand = _act("c001", 0, (NORLAND, ISTAN), type="REQUEST")
    troops_demand = _act("c001", 200, (NORLAND_TROOPS, ISTAN_TROOPS), type="REQUEST")
    assert merged_sizes([demand, troops_demand]) == [1, 1]


def test_a_strike_of_the_pair_told_by_country_and_by_forces_in_two_outlets_is_one_strike():
    # "Norland struck Istan's army on Wednesday" beside "Norland troops struck Istan on Wednesday".
    one = _act("s001", 10, (NORLAND, ISTAN_TROOPS), ("source", "target"))
    other = _act("s002", 10, (NORLAND_TROOPS, ISTAN), ("source", "target"))
    for order in ([one, other], [other, one]):
        assert merged_sizes(order) == [2]


def test_a_force_named_alone_as_the_source_joins_the_countrys_report_of_that_day():
    # "The Norland Guard shot down the drone on Wednesday" beside "Norland shot down an Istan drone
    # on Wednesday" in another outlet.
    guard = _act("s001", 10, (NORLAND_GUARD,), ("source",))
    pair = _act("s002", 10, (NORLAND, ISTAN), ("source", "target"))
    for order in ([guard, pair], [pair, guard]):
        assert merged_sizes(order) == [2]


def test_one_countrys_reports_alone_or_a_target_alone_stay_apart_across_articles():
    # "Norland's troops fired at the border" and "Norland killed two": two clashes of the week as often.
    troops = _act("s001", 10, (NORLAND_TROOPS,), ("source",))
    country = _act("s002", 10, (NORLAND,), ("source",))
    assert merged_sizes([troops, country]) == [1, 1]
    # "Istan's troops were attacked" is any attack on them that week.
    attacked = _act("s001", 10, (ISTAN_TROOPS,), ("target",))
    pair = _act("s002", 10, (NORLAND, ISTAN), ("source", "target"))
    assert merged_sizes([attacked, pair]) == [1, 1]
