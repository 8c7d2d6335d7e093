"""Round 18 (r18split): one sentence reprinted by two outlets with an edit or two is one act.

A ministry's statement or a wire sentence reaches outlets with small edits ("posted Friday" and
"posted on Friday", a name misspelt), so the word-for-word rule of round 8 (`_copies`) never met
it, and the two readings of its participants (the ambassador's country read as the target in one, a
name not found in the other) kept the act split. A sentence is now also known by its first and its
last eight words (`compatible.verbatim_parts`); two sentences sharing one of them and four fifths of
their words (`near_verbatim`), with the same trigger, modality, a mode that agrees and overlapping
dates, are one act whatever sides each reading gave its participants, as long as one reading's
participants lie inside the other's (another pair is another act).

Invented records through the real merge, in both orders, and the store's keys.
"""

from __future__ import annotations

from dataclasses import replace

from test_dedup_merge import day, mention, merged_sizes

from dateline.dedup import block_keys, merge
from dateline.dedup.blocking import query_keys
from dateline.dedup.compatible import near_verbatim, verbatim, verbatim_parts
from dateline.records import Actor, EventMention

ALDORIA = Actor("ALD", "Aldoria", "ALD", None, None, "country")
BERVANIA = Actor("BRV", "Bervania", "BRV", None, None, "country")
CORVIA = Actor("CRV", "Corvia", "CRV", None, None, "country")
REN = Actor(None, "Aldo Ren", None, "GOV", "deputy foreign minister", "person")  # no country found, as parsed
BRV_ENVOY = Actor(None, "Bervania's ambassador", "BRV", "GOV", "ambassador", "role")
UNION = Actor("union", "the Northern Union", None, None, None, "organization")
VELL = Actor("bervania-vell", "Tomas Vell", "BRV", "GOV", "head of state", "person")

STATEMENT = (
    "Deputy Foreign Minister Aldo Ren summoned the Bervanian ambassador to Aldoria, Kiro Dane, on "
    "Thursday over the two trawlers held at Port Vey, the ministry said in a note posted Friday."
)
REPRINTED = (
    "Deputy Foreign Minister Aldo Ren summoned the Bervanian ambassador to Aldoria Kiro Dane on "
    "Thursday over the two trawlers held at Port Vey, the ministry said in a note posted on Friday."
)
CONDEMNED = (
    "The Northern Union joined the quarrel later that day, its top diplomat condemning the words Vell chose."
)
MISSPELT = (
    "The Northern Union joined the quarrel later that day, its top diplomat condemning the words Vel chose."
)
THURSDAY = day(2031, 3, 6, "weekday Thursday before publication")


def _report(
    article: str, sentence: str, trigger: str, actors: tuple[Actor, ...], sides: tuple[str, ...]
) -> EventMention:
    m = mention(article, 100, type="ACCUSE", mode="allege", actors=actors, sides=sides, when=THURSDAY)
    at = 100 + sentence.index(trigger)
    return replace(
        m,
        sentence=sentence,
        sentence_end=100 + len(sentence),
        trigger=trigger,
        trigger_start=at,
        trigger_end=at + len(trigger),
    )


def _summons(article: str, sentence: str, ald_side: str, trigger: str = "summoned") -> EventMention:
    return _report(article, sentence, trigger, (REN, BRV_ENVOY, ALDORIA), ("source", "target", ald_side))


def test_a_reprinted_sentence_shares_an_end_and_most_of_its_words():
    told, reprinted = verbatim_parts("ACCUSE", STATEMENT), verbatim_parts("ACCUSE", REPRINTED)
    assert told[0] == verbatim("ACCUSE", STATEMENT) != reprinted[0]  # not word for word
    assert set(told) & set(reprinted)  # the first eight words are
    assert set(verbatim_parts("REJECT", STATEMENT)).isdisjoint(told)  # keys carry the type
    assert near_verbatim(STATEMENT, REPRINTED) and near_verbatim(CONDEMNED, MISSPELT)
    other = (
        "Deputy Foreign Minister Aldo Ren summoned the Bervanian ambassador "
        + "over the fishing boats seized at sea."
    )
    assert set(verbatim_parts("ACCUSE", other)) & set(told) and not near_verbatim(STATEMENT, other)
    assert verbatim_parts("ACCUSE", "Aldoria and Bervania signed the deal.") == []


def test_the_reprinted_summons_is_one_act_whatever_side_each_reading_gave_in_either_order():
    first = _summons("w001", STATEMENT, "source")
    second = _summons("w002", REPRINTED, "target")  # "to Aldoria" read as the target
    for order in ([first, second], [second, first]):
        assert merged_sizes(order) == [2]


def test_a_reading_that_missed_a_misspelt_name_nests_in_the_other():
    full = _report("w001", CONDEMNED, "condemning", (UNION, VELL), ("source", "target"))
    missed = _report("w002", MISSPELT, "condemning", (UNION,), ("source",))
    for order in ([full, missed], [missed, full]):
        assert merged_sizes(order) == [2]


def test_another_pair_another_trigger_or_another_day_stays_apart():
    first = _summons("w001", STATEMENT, "source")
    other_pair = _report("w002", REPRINTED, "summoned", (REN, CORVIA), ("source", "target"))
    other_trigger = _summons("w002", REPRINTED, "target", trigger="posted")
    other_day = replace(_summons("w002", REPRINTED, "target"), date=day(2031, 3, 20))
    for other in (other_pair, other_trigger, other_day):
        assert merged_sizes([first, other]) == [1, 1]


def test_the_store_files_the_event_under_the_keys_the_reprint_asks_for():
    (event,) = merge([_summons("w001", STATEMENT, "source")])
    assert set(query_keys(_summons("w002", REPRINTED, "target"))) & set(block_keys(event))
