"""Round 30 (r30split): two readings of one sentence of one type and the same countries are one act,
whichever way round each reading put the sides.

The coder reads one act twice from a sentence ("Norland and Istan troops clashed on the border,
killing three Istan soldiers and wounding two Norland guards": the killing with Norland as the
source, the wounding with Istan), and before, the sides had to agree, so the two readings stayed two
events (round 29's `_one_actor` asks for an actor in common on one side, which such readings do not
have). Now, told in one sentence, of one type and naming the same countries, their sides are not
compared (`compatible._read_both_ways`), except for a trip, whose direction is its content: two
visits of the pair told in one sentence stay two. Told in two sentences, or naming other countries,
they stay apart as before.

Invented records through the real merge.
"""

from __future__ import annotations

from dataclasses import replace

from invented_actors import ISTAN, ISTAN_TROOPS, NORLAND, NORLAND_TROOPS
from test_dedup_merge import day, mention, merged_sizes

from dateline.records import Actor

VARO = Actor("p-varo", "Anton Varo", "NRL", "GOV", "head of state", "person")
OSTRANDER = Actor("p-ostrander", "Lise Ostrander", "IST", "GOV", "head of state", "person")


def _report(article: str, start: int, at: int, actors: tuple, type: str = "ASSAULT", mode: str | None = None):
    """A report of the sentence of `article` starting at `start`, its trigger `at` characters in, its
    first actor the source and its second the target."""
    m = mention(
        article, start, type=type, mode=mode, when=day(2032, 4, 8), actors=actors, sides=("source", "target")
    )
    return replace(m, trigger_start=start + at, trigger_end=start + at + 6)


def test_one_sentence_read_with_the_sides_each_way_round_is_one_act_but_not_two_trips():
    # "Norland and Istan troops clashed on the border, killing three Istan soldiers and wounding two
    # Norland guards."
    killing = _report("a001", 0, 50, (NORLAND_TROOPS, ISTAN))
    wounding = _report("a001", 0, 80, (ISTAN_TROOPS, NORLAND))
    for order in ([killing, wounding], [wounding, killing]):
        assert merged_sizes(order) == [2]
    # Not for two visits of the pair: "Varo visited Istan last year and Ostrander visited Norland
    # this week."
    his = _report("a002", 0, 5, (VARO, ISTAN), type="CONSULT", mode="visit")
    hers = _report("a002", 0, 45, (OSTRANDER, NORLAND), type="CONSULT", mode="visit")
    assert merged_sizes([his, hers]) == [1, 1]
    # ... and two threats of the pair told each way round in two sentences stay two acts (two assaults
    # of the pair, whose sides are never compared, are `test_r30_assault`'s).
    threat = _report("a003", 0, 50, (NORLAND, ISTAN), type="COERCE")
    reply = _report("a003", 400, 10, (ISTAN, NORLAND), type="COERCE")
    assert merged_sizes([threat, reply]) == [1, 1]
