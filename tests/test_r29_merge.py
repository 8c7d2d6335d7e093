"""Round 29 (r29merge): two reports of one type told in one sentence are one act where they name an
actor in common.

The coder reads one act twice from one sentence ("Norland's army shelled Istan's border posts, killing
two Velian observers": the shelling and the killing), each reading with the participants its clause
names: another country (a victim, a third party) or one side left open. Before, the two
dyads had to be the same or one inside the other, with a strong match and the sides agreeing, so the
two readings stayed two events. Now, told in one sentence, they are one act where one actor of the one
matches one of the other on the same side (`compatible._one_actor`: the same actor, or a country and an
actor of it; a participant agrees with either side). Two readings naming no actor in common, naming it
on the other side ("his visit to Istan and Ostrander's visit to Norland"), or told in two sentences,
stay apart as before.

Invented records through the real merge.
"""

from __future__ import annotations

from dataclasses import replace

from invented_actors import ISTAN, NORLAND, NORLAND_TROOPS, VELIA
from test_dedup_merge import day, mention, merged_sizes

from dateline.records import Actor

ISTAN_GUARD = Actor("ist-guard", "Istan Border Guard", "IST", "MIL", None, "organization")
VARO = Actor("p-varo", "Anton Varo", "NRL", "GOV", "head of state", "person")
OSTRANDER = Actor("p-ostrander", "Lise Ostrander", "IST", "GOV", "head of state", "person")
LIND = Actor("p-lind", "Per Lind", "NRL", "GOV", "foreign minister", "person")
KESSEL = Actor("p-kessel", "Mara Kessel", "IST", "GOV", "foreign minister", "person")


def _report(article: str, start: int, at: int, actors: tuple, sides: tuple, type: str = "ASSAULT"):
    """A report of the sentence of `article` starting at `start`, its trigger `at` characters in."""
    m = mention(article, start, type=type, mode=None, when=day(2032, 4, 8), actors=actors, sides=sides)
    return replace(m, trigger_start=start + at, trigger_end=start + at + 6)


def test_one_sentence_read_twice_with_a_third_party_is_one_act():
    # "Norland's army shelled Istan's border posts, killing two Velian observers."
    shelled = _report("a001", 0, 10, (NORLAND_TROOPS, ISTAN), ("source", "target"))
    killing = _report("a001", 0, 40, (NORLAND_TROOPS, VELIA), ("source", "target"))
    for order in ([shelled, killing], [killing, shelled]):
        assert merged_sizes(order) == [2]


def test_one_sentence_read_twice_with_a_side_left_open_is_one_act():
    # "Istan and Norland traded fire across the border, the Istan guard firing on a Velian patrol":
    # the first reading names both countries as participants, the second Istan's guard as the source.
    traded = _report("a002", 0, 10, (ISTAN, NORLAND), ("participant", "participant"))
    firing = _report("a002", 0, 50, (ISTAN_GUARD, VELIA), ("source", "target"))
    for order in ([traded, firing], [firing, traded]):
        assert merged_sizes(order) == [2]


def test_one_sentence_naming_the_actor_on_the_other_side_stays_two_acts():
    # "Varo said he looked forward to Ostrander's visit to Norland and to his own visit to Istan":
    # Varo's country hosts the one trip, Varo pays the other.
    hers = _report("a005", 0, 10, (OSTRANDER, NORLAND), ("source", "target"), type="CONSULT")
    his = _report("a005", 0, 50, (VARO, ISTAN), ("source", "target"), type="CONSULT")
    hers, his = (replace(m, mode="visit") for m in (hers, his))
    assert merged_sizes([hers, his]) == [1, 1]


def test_one_sentence_naming_no_actor_in_common_stays_two_acts():
    # "Varo met Ostrander while Lind spoke with Kessel": two meetings of the pair's officials.
    leaders = _report("a003", 0, 10, (VARO, OSTRANDER), ("participant", "participant"), type="CONSULT")
    ministers = _report("a003", 0, 40, (LIND, KESSEL), ("participant", "participant"), type="CONSULT")
    assert merged_sizes([leaders, ministers]) == [1, 1]


def test_two_sentences_with_a_third_party_stay_two_acts():
    # "Norland's army shelled Istan's border posts." ... "Two Velian observers were killed."
    shelled = _report("a004", 0, 10, (NORLAND_TROOPS, ISTAN), ("source", "target"))
    killing = _report("a004", 300, 10, (NORLAND_TROOPS, VELIA), ("source", "target"))
    assert merged_sizes([shelled, killing]) == [1, 1]
