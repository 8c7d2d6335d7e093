"""Syndicated copies of one story share a group; unrelated stories do not."""

from __future__ import annotations

from dateline.clean.ids import content_hash
from dateline.inmemory import MemoryStore
from dateline.records import Article, DocumentTime, ProcessedArticle
from dateline.run import store

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


def _article(article_id: str, text: str) -> ProcessedArticle:
    article = Article(article_id, text, content_hash=content_hash(text))
    return ProcessedArticle(article, DocumentTime.unknown())


def _groups(memory: MemoryStore, *articles: tuple[str, str]) -> dict[str, str]:
    """Store the articles one batch each; the group each joined (its own id when it copies none)."""
    out = {}
    for article_id, text in articles:
        changes = store(memory, [_article(article_id, text)])
        out[article_id] = changes.copy_of.get(article_id, article_id)
    return out


def test_copies_join_the_group_of_the_first_article():
    retitled = "Chile, Norway talk fisheries\n" + STORY.replace("Thursday", "Thursday evening")
    groups = _groups(
        MemoryStore(),
        ("wire", STORY),
        ("copy1", retitled),
        ("copy2", STORY + " Reporting by a staff correspondent."),
        ("other", OTHER),
    )
    assert groups == {"wire": "wire", "copy1": "wire", "copy2": "wire", "other": "other"}


def test_copies_inside_one_batch_are_found_as_across_batches():
    memory = MemoryStore()
    batch = [_article("wire", STORY), _article("copy", STORY + " Reporting by a staff correspondent.")]
    changes = store(memory, batch)
    assert changes.copy_of == {"copy": "wire"}
    assert set(changes.signatures) == {"wire", "copy"}


def test_a_rewritten_story_on_the_same_event_is_not_a_copy():
    assert _groups(MemoryStore(), ("wire", STORY), ("rewrite", REWRITE))["rewrite"] == "rewrite"


def test_short_texts_are_never_copies():
    # MinHash of next to nothing matches everything: one-line and empty bodies stay apart.
    groups = _groups(MemoryStore(), ("a", "Talks resumed."), ("b", "Talks resumed!"), ("c", ""))
    assert groups == {"a": "a", "b": "b", "c": "c"}


def test_same_text_under_a_new_id_is_recorded_as_a_copy():
    memory = MemoryStore()
    store(memory, [_article("wire", STORY)])
    changes = store(memory, [_article("mirror", STORY)])
    assert [(a.id, original) for a, original in changes.same_text] == [("mirror", "wire")]
    assert {a.id for a in memory.articles()} == {"wire", "mirror"}
    assert store(memory, [_article("mirror", STORY)]).unchanged == 1
