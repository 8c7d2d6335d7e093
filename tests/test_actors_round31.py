"""Round-31 classes of the actor stage: a continent named with a country's alias ("South America") is no
actor, a region after "the" ("the West") is no person's surname, "the North" is the one country named
"North ..." the document named before, and a plural office title over a list of countries stands for
all of them. Real knowledge base; the sentences are invented."""

from __future__ import annotations

from datetime import date

from dateline.records import DateInterval, DocumentTime


def _mentions(resolver, nlp, text: str) -> dict[str, tuple[set[str | None], str]]:
    day = date(2024, 11, 10)
    found = resolver.resolve(nlp(text), DocumentTime(day, DateInterval(day, day, "day")))
    return {m.text: ({a.country for a in m.actors}, m.how) for m in found}


def test_a_continent_named_with_a_countrys_alias_is_no_actor(resolver, nlp):
    found = _mentions(
        resolver, nlp, "The Kenyan president will fly to South America and then to Central America in May."
    )
    assert not any("America" in text for text in found)
    assert "USA" not in {c for countries, _ in found.values() for c in countries}


def test_a_continents_adjective_is_no_demonym(resolver, nlp):
    found = _mentions(resolver, nlp, "Exports of beef to South American markets rose in March.")
    assert not any("American" in text for text in found)


def test_a_region_after_the_is_no_surname(resolver, nlp):
    found = _mentions(resolver, nlp, "The Kremlin accused the West of arming Kyiv on Monday.")
    assert not any(text.endswith("West") for text in found)


def test_the_north_is_the_one_north_country_named_before(resolver, nlp):
    found = _mentions(
        resolver,
        nlp,
        "North Korea fired a missile on Sunday. Tokyo protested the North's second launch in a week.",
    )
    assert found["the North"] == ({"PRK"}, "compass short name")


def test_the_north_with_no_such_country_named_is_nothing(resolver, nlp):
    found = _mentions(resolver, nlp, "Floods hit the North of Italy on Monday, Rome said.")
    assert "the North" not in found


def test_a_longer_name_after_the_south_is_no_short_name(resolver, nlp):
    found = _mentions(resolver, nlp, "South Korea sent ships to the South China Sea on Friday.")
    assert not any(text.startswith("the South") for text in found)


def test_a_plural_title_over_a_list_of_countries_holds_them_all(resolver, nlp):
    found = _mentions(
        resolver, nlp, "The national security advisers of Brazil, Chile and Peru discussed the drills."
    )
    title = next(countries for text, (countries, _) in found.items() if text.startswith("The national"))
    assert title == {"BRA", "CHL", "PER"}
