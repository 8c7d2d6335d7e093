"""Round 14 (issue 11, time expressions): the rules made faster read what they read before.
Invented sentences; publication day Wednesday 15 May 2024."""

from __future__ import annotations

from datetime import date

from dateline.time.patterns import RULES
from dateline.time.tagger import tag_text

WEDNESDAY = date(2024, 5, 15)


def _found(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag_text(text, WEDNESDAY)]


def test_the_verb_last_is_not_the_adjective_of_a_duration() -> None:
    # the look-behinds before "last" now run only where "last" stands: the same readings as before
    assert _found("The talks are expected to last three weeks.") == [("three weeks", "P3W")]
    assert _found("Prices rose over the last three weeks.") == [("the last three weeks", "P3W")]
    assert _found("Fighting did not last months.") == [("months", "PXM")]


def test_guarded_look_behinds_still_read_their_prepositions() -> None:
    assert _found("The bill must pass by the 28th.") == [("the 28th", "2024-05-28")]
    assert _found("He lives on the 25th floor.") == []
    assert _found("He joined the firm in '98.") == [("'98", "1998")]
    assert _found("Growth returned post-2008.") == [("2008", "2008")]
    assert _found("The fair is open 10 and 11 May 2023.") == [
        ("10", "2023-05-10"),
        ("11 May 2023", "2023-05-11"),
    ]


def test_rules_with_the_same_anchor_words_share_one_anchor() -> None:
    # an anchor's occurrences are found once per text and shared by every rule that holds the same
    # object: equal anchors must be one object (anchors hash by identity)
    anchors = [rule.anchor for rule in RULES if rule.anchor is not None]
    by_value = {(a.regex.pattern, a.regex.flags, a.lower) for a in anchors}
    assert len({id(a) for a in anchors}) == len(by_value)
