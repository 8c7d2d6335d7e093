"""Round 12, wave 3 (issue 12): offices that left a person without a country or made them someone else.
"X, vice minister for foreign affairs of Y" is Y's deputy foreign minister (the shorter "minister for
foreign affairs" made X the foreign minister, the KB holder on the date, and lost X); "the ministry's
spokesperson X" and "Foreign Ministry spokesman X" are of that ministry's country. Real knowledge base;
the sentences are invented."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.records import DateInterval, DocumentTime

DAY = date(2024, 3, 15)


def _found(resolver, nlp, text: str) -> dict[str, tuple[set[str | None], set[str | None], set[str]]]:
    """Mention text (lower-cased) -> (countries, roles, names) of its actors."""
    found = resolver.resolve(nlp(text), DocumentTime(DAY, DateInterval(DAY, DAY, "day")))
    return {
        m.text.lower(): (
            {a.country for a in m.actors},
            {a.role for a in m.actors},
            {a.name for a in m.actors},
        )
        for m in found
    }


@pytest.mark.parametrize(
    "text",
    [
        "Tom Mboya, vice minister for foreign affairs of Kenya, summoned the Ugandan ambassador.",
        "Tom Mboya, deputy minister of foreign affairs of Kenya, summoned the Ugandan ambassador.",
    ],
)
def test_a_vice_minister_for_foreign_affairs_is_the_deputy(resolver, nlp, text):
    found = _found(resolver, nlp, text)
    assert found["tom mboya"] == ({"KEN"}, {"deputy foreign minister"}, {"Tom Mboya"})


@pytest.mark.parametrize(
    "text",
    [
        "Kenya protested on Monday. The Kenyan foreign ministry said Uganda had violated the border. "
        "Foreign ministry spokesperson Jane Otieno said talks would follow.",
        "Kenya protested on Monday. The Kenyan foreign ministry said Uganda had violated the border. "
        "The ministry's spokesperson Jane Otieno said talks would follow.",
    ],
)
def test_a_ministry_spokesperson_is_of_the_ministry_named(resolver, nlp, text):
    assert _found(resolver, nlp, text)["spokesperson jane otieno"][0] == {"KEN"}


def test_a_bare_spokesperson_stays_unplaced(resolver, nlp):
    text = "Kenya said Uganda had violated the border. Spokesperson Jane Otieno said talks would follow."
    assert _found(resolver, nlp, text)["spokesperson jane otieno"][0] == {None}
