"""Bodies the knowledge base gained in round 8b (issue 12): former names of international bodies, a
body's secretariat, national parties and movements, an army known by its acronym. Real knowledge base;
the sentences are invented."""

from __future__ import annotations

from datetime import date

import pytest
from actor_support import resolved


def _found(resolver, nlp, text: str) -> dict[str, tuple[str | None, str | None, str]]:
    return resolved(resolver, nlp, text, date(1995, 3, 1), "sector")


@pytest.mark.parametrize(
    ("text", "mention", "country", "sector"),
    [
        (
            "The European Community pledged new funds to farmers in Chad.",
            "The European Community",
            None,
            "IGO",
        ),
        (
            "Ministers of the European Economic Community met in Lisbon.",
            "the European Economic Community",
            None,
            "IGO",
        ),
        (
            "Inspectors of the International Labour Office visited the mines.",
            "the International Labour Office",
            None,
            "IGO",
        ),
        (
            "Leaders of the Islamic Salvation Front called for a boycott.",
            "the Islamic Salvation Front",
            "DZA",
            "PTY",
        ),
        ("Police broke up a rally held by Kifaya supporters.", "Kifaya", "EGY", "OPP"),
        ("Members of the Homeland Union walked out of the chamber.", "the Homeland Union", "LTU", "PTY"),
        (
            "Fighters of the Forces for the Defence of Democracy shelled a camp.",
            "the Forces for the Defence of Democracy",
            "BDI",
            "PTY",
        ),
        ("UNITAMS urged both generals to stop the fighting.", "UNITAMS", None, "IGO"),
    ],
)
def test_bodies_resolve_with_their_country_or_as_international(resolver, nlp, text, mention, country, sector):
    found = _found(resolver, nlp, text)
    hit = next(v for k, v in found.items() if mention.lower().removeprefix("the ") in k.lower())
    assert hit[:2] == (country, sector)


def test_an_army_known_by_its_acronym(resolver, nlp):
    found = _found(
        resolver, nlp, "The RDF denied that its soldiers had crossed into the neighbouring province."
    )
    assert found["The RDF"][:2] == ("RWA", "MIL")


def test_a_common_market_in_lower_case_is_no_body(resolver, nlp):
    # Only the European body's full name is an alias: a customs union someone proposes is not it.
    found = _found(resolver, nlp, "The ministers discussed a common market for farm goods.")
    assert not any("market" in k.lower() for k in found)
