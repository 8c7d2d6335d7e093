"""Syndicated copies of one story share a group; unrelated stories do not."""

from __future__ import annotations

from dateline.dedup import NearDuplicates

STORY = " ".join(
    [
        "The foreign ministers of Chile and Norway met in Oslo on Thursday to discuss a joint programme",
        "for monitoring fisheries in the South Pacific, according to a statement released by the",
        "Norwegian foreign ministry after the talks. The two ministers agreed to set up a working group",
        "of experts that will report within six months, and discussed the coordination of their",
        "positions ahead of the next round of negotiations on the high seas treaty. The Chilean minister",
        "also invited her counterpart to visit Santiago later in the year, the statement said, adding",
        "that both sides expressed satisfaction with the growth of bilateral trade in salmon and copper.",
        "Officials said a memorandum on research vessels could be signed at the next meeting.",
    ]
)
# The same talks told by another outlet in its own words, quoting one sentence of the statement.
REWRITE = " ".join(
    [
        "Norway and Chile will create a working group of experts that will report within six months,",
        "their foreign ministers said after talks in the Norwegian capital. The meeting focused on",
        "fisheries monitoring in the South Pacific and on the high seas treaty negotiations, where the",
        "two governments hope to present common positions. Trade in salmon and copper has grown",
        "steadily, both ministers noted, and a visit to Santiago is planned for later in the year.",
    ]
)
OTHER = " ".join(
    [
        "Farmers in the north of the country staged a protest outside the regional parliament on Monday",
        "demanding compensation for crops lost to the spring floods. Police said about two thousand",
        "people took part and that the gathering remained peaceful. The regional governor promised to",
        "meet a delegation of the protesters before the end of the week and to present a plan for aid.",
    ]
)


def test_copies_join_the_group_of_the_first_article():
    nd = NearDuplicates()
    assert nd.add("wire", STORY) == "wire"
    retitled = "Chile, Norway talk fisheries\n" + STORY.replace("Thursday", "Thursday evening")
    assert nd.add("copy1", retitled) == "wire"
    assert nd.add("copy2", STORY + " Reporting by a staff correspondent.") == "wire"
    assert nd.add("other", OTHER) == "other"
    assert nd.add("wire", OTHER) == "wire"  # an article id keeps its group
    assert nd.group("copy2") == "wire" and nd.group("unseen") == "unseen"


def test_a_rewritten_story_on_the_same_event_is_not_a_copy():
    nd = NearDuplicates()
    nd.add("wire", STORY)
    assert nd.add("rewrite", REWRITE) == "rewrite"
