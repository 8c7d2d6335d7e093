"""Classes of round 13 (issue 11, time expressions). Invented sentences; publication day Wednesday
20 March 2030."""

from __future__ import annotations

from datetime import date

from dateline.time.tagger import tag_text

WEDNESDAY = date(2030, 3, 20)


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in tag_text(text, WEDNESDAY)]


def test_a_season_after_in_leaves_the_preposition_out_of_its_span() -> None:
    assert _found("The plant opened in spring 2029.") == [("spring 2029", "DATE", "2029-SP")]
    assert _found("The offensive began in winter 2028.") == [("winter 2028", "DATE", "2028-WI")]
    assert _found("In summer, the talks resume.") == [("summer", "DATE", "2030-SU")]
    # the article stays in, as TimeML writes it; a bare season without a preposition is a verb or noun
    assert _found("The meeting took place in the spring.") == [("the spring", "DATE", "2030-SP")]
    assert _found("Prices spring back.") == []


def test_may_after_another_month_and_a_join_is_the_month() -> None:
    assert ("May", "DATE", "2029-05") in _found("The vote was held in April and May.")
    assert ("May", "DATE", "2029-05") in _found("The vote was held in April or May.")
    assert ("May", "DATE", "2030-05") in _found("Fares will rise between April and May.")
    # the modal and the name stay untagged
    assert _found("In March, May said she would resign.") == [("March", "DATE", "2030-03")]
    assert _found("He met Theresa May.") == []
