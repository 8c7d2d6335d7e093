"""Round 30 (r30assault): two reports of an assault naming the same two countries or more are one
fight whichever way round each put the sides, wherever they are told.

An exchange of fire is read from whichever side a sentence names first: "Norland shelled Istan's
border posts on Tuesday" and, in another paragraph or another outlet, "Istan troops fired on Norland
positions on Tuesday". Before, the sides had to agree (round 30's `_read_both_ways` lifted that for
one sentence only), so such reports stayed two events. Now two ASSAULT reports naming the same
countries, two or more, have their sides not compared (`compatible._clash`). A report naming one
country only keeps its side ("Norland attacked" is not "Norland was attacked"), and other types keep
their direction ("Norland threatened Istan" is not "Istan threatened Norland").

Invented records through the real merge.
"""

from __future__ import annotations

from invented_actors import ISTAN, ISTAN_TROOPS, NORLAND, NORLAND_TROOPS
from test_dedup_merge import day, mention, merged_sizes


def _report(article: str, start: int, actors: tuple, type: str = "ASSAULT", sides=("source", "target")):
    return mention(article, start, type=type, mode=None, when=day(2032, 4, 13), actors=actors, sides=sides)


def test_an_assault_told_from_each_side_in_two_paragraphs_is_one_fight():
    # "Norland shelled Istan's border posts on Tuesday." ... "Istan troops fired on Norland positions."
    shelling = _report("a001", 0, (NORLAND, ISTAN))
    firing = _report("a001", 900, (ISTAN_TROOPS, NORLAND))
    for order in ([shelling, firing], [firing, shelling]):
        assert merged_sizes(order) == [2]


def test_an_assault_told_from_each_side_by_two_outlets_is_one_fight():
    # One outlet: "Norland shelled Istan's border posts on Tuesday"; another: "Istan attacked
    # Norland's border guards on Tuesday".
    shelling = _report("a002", 0, (NORLAND, ISTAN))
    attack = _report("a003", 0, (ISTAN, NORLAND))
    for order in ([shelling, attack], [attack, shelling]):
        assert merged_sizes(order) == [2]


def test_one_country_alone_and_other_types_keep_their_sides():
    # "Norland troops attacked on Tuesday" beside "Norland was attacked on Tuesday": one country only.
    attacked = _report("a004", 0, (NORLAND_TROOPS,), sides=("source",))
    struck = _report("a005", 0, (NORLAND,), sides=("target",))
    assert merged_sizes([attacked, struck]) == [1, 1]
    # "Norland threatened Istan" and "Istan threatened Norland": two threats, not one.
    one = _report("a006", 0, (NORLAND, ISTAN), type="COERCE")
    other = _report("a007", 0, (ISTAN, NORLAND), type="COERCE")
    assert merged_sizes([one, other]) == [1, 1]
