"""Round 13 actor classes (issue 12): "the three governments" is the group of three countries the text
last joined by "and" (a list the parser may read as appositions, or an office's "of" objects); "the two
sides" after a sentence's own "X and Y" pair is that pair, not whoever reported it. Real knowledge base;
the sentences are invented."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.records import DateInterval, DocumentTime

DAY = date(2024, 3, 15)


def _mentions(resolver, nlp, text: str) -> dict[str, set[str | None]]:
    """Mention text (lower-cased) -> the countries of its actors."""
    found = resolver.resolve(nlp(text), DocumentTime(DAY, DateInterval(DAY, DAY, "day")))
    return {m.text.lower(): {a.country for a in m.actors} for m in found}


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Ghana, Togo, and Benin issued a joint statement on Sunday, recalling their envoys from Nigeria. "
         "The three governments condemned the closure of the border.", "the three governments"),
        ("Chad, Cameroon and Gabon have recalled their envoys from Congo. A regional pact, a union "
         "of the three Central African nations, accused Congo of a hostile act.",
         "the three central african nations"),
        ("Officials said the presidents of Chad, Cameroon and Gabon would meet in Libreville in May. "
         "The leaders of the three countries will discuss security.", "the three countries"),
        ("A summit with the participation of the presidents of Chad, Cameroon and Gabon would be held in "
         "Libreville in May. The leaders of the three countries will discuss security.",
         "the three countries"),
        ("Chad, Cameroon and Gabon said on Monday that all three countries would reopen the border.",
         "all three countries"),
    ],
)  # fmt: skip
def test_the_three_governments_are_the_three_named_together(resolver, nlp, text, group):
    assert _mentions(resolver, nlp, text)[group] in ({"TCD", "CMR", "GAB"}, {"GHA", "TGO", "BEN"})


@pytest.mark.parametrize(
    "text",
    [
        # the group named before has two members, or four: no group of three to stand for
        "Chad and Cameroon recalled their envoys on Monday. The three governments condemned the closure.",
        "The three Baltic states condemned the closure of the border on Monday.",
        # too far back
        "Chad, Cameroon and Gabon recalled their envoys on Monday. Trade fell. Prices rose. Fuel ran out. "
        "Schools closed. The three governments condemned the closure.",
    ],
)
def test_the_three_governments_never_named_are_nobody(resolver, nlp, text):
    found = _mentions(resolver, nlp, text)
    assert not any(k.startswith("the three") for k in found)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        # the pair the sentence joins by "and", not the ministry that reported it
        ("A statement issued by Qatar's foreign ministry said that after a round of negotiations between "
         "Kenya and Uganda, the two sides agreed to an immediate ceasefire.", "the two sides"),
        # no pair joined by "and": the ranked parties, as before
        ("Kenya accused Uganda of a border violation, and the two sides agreed to talks.", "the two sides"),
        # mediators of the talks are no side, in their sentence or later
        ("Kenya and Uganda agreed to a ceasefire on Sunday. The talks were mediated by Egypt and Ethiopia, "
         "according to a statement. The ministry said both delegations agreed to halt hostilities.",
         "both delegations"),
        ("Kenya and Uganda agreed to a ceasefire during talks mediated by Egypt and Ethiopia in Cairo. "
         "The talks, mediated by Egypt and Ethiopia, eased tensions along the border shared by the two "
         "nations.", "the two nations"),
        # "the government of X" names X as a party
        ("The government of Kenya and Uganda's interim administration reached a ceasefire on Sunday. The "
         "negotiations took place in Cairo, with mediation by Egypt and Ethiopia. As a result, both parties "
         "agreed to cease hostilities.", "both parties"),
    ],
)  # fmt: skip
def test_both_sides_are_the_parties_of_the_talks(resolver, nlp, text, group):
    assert _mentions(resolver, nlp, text)[group] == {"KEN", "UGA"}
