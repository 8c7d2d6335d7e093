"""Round 14 (issue 11, time expressions): a range's first day in its end's year, and the rules made
faster without changing what they find. Invented sentences; publication day Wednesday 15 May 2024."""

from __future__ import annotations

from datetime import date

from dateline.time.patterns import RULES
from dateline.time.tagger import tag_text

WEDNESDAY = date(2024, 5, 15)


def _found(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag_text(text, WEDNESDAY)]


def test_the_first_day_of_a_range_is_in_the_year_of_its_end() -> None:
    # a present schedule reads the end (a date) as ahead; the bare first number was read as the
    # nearest March, a year before its own end
    assert _found("The summit runs from 3 to 5 March.") == [("3", "2025-03-03"), ("5 March", "2025-03-05")]
    assert _found("The fair takes place between 3 and 5 April.") == [
        ("3", "2025-04-03"),
        ("5 April", "2025-04-05"),
    ]
    assert _found("The festival, which runs 2-4 April, draws crowds.") == [
        ("2", "2025-04-02"),
        ("4 April", "2025-04-04"),
    ]
    # ends that agreed already keep their year, in the past and with a modal
    assert _found("The talks were held on 10-12 September.") == [
        ("10", "2023-09-10"),
        ("12 September", "2023-09-12"),
    ]
    assert _found("He said the talks could take place from 3 to 5 March.") == [
        ("3", "2024-03-03"),
        ("5 March", "2024-03-05"),
    ]
    # the month-first range took the first end's year already
    assert _found("The summit runs March 3-5.") == [("March 3", "2025-03-03"), ("5", "2025-03-05")]


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
