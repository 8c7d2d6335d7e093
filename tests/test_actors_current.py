"""Current-news classes of the actor stage (issue 12): a region's adjective before an agent noun is the
region's people or forces ("Tigrayan forces" as "Tigray forces"), regions the generated place list lacks
are places of their country, and a misspelt name after a title keeps its initials out of the lookup.
Real knowledge base; the sentences are invented."""

from __future__ import annotations

from datetime import date

from actor_support import resolved


def _resolved(resolver, nlp, text: str) -> dict[str, tuple[str | None, str | None, str]]:
    return resolved(resolver, nlp, text, date(2023, 2, 1), "sector")


def test_regional_adjective_before_an_agent_noun_is_that_regions_group(resolver, nlp):
    found = _resolved(resolver, nlp, "Oromian militias and Darfuri rebels rejected the truce.")
    assert found["Oromian militias"][:1] == ("ETH",)
    assert found["Darfuri rebels"][:2] == ("SDN", "REB")


def test_regional_adjective_without_an_agent_noun_is_no_actor(resolver, nlp):
    found = _resolved(resolver, nlp, "The Tigrayan highlands were quiet on Sunday.")
    assert not any(text.startswith("Tigrayan") for text in found)


def test_regions_missing_from_the_generated_list_are_places(resolver, nlp):
    found = _resolved(resolver, nlp, "Aid convoys reached Mekelle and Bunia on Monday.")
    assert found["Mekelle"] == ("ETH", None, "place")
    assert found["Bunia"] == ("COD", None, "place")


def test_initials_do_not_veto_a_misspelt_name_after_a_title(resolver, nlp):
    found = _resolved(resolver, nlp, "External Affairs Minister S Jaishenkar met the envoy on Tuesday.")
    assert found["External Affairs Minister S Jaishenkar"] == ("IND", "GOV", "title")
