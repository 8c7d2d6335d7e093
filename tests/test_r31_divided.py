"""Round 31 (r31wire): "the North" / "the South" of a Korea story are the two Korean states
(actors/divided.py). Real knowledge base; the sentences are invented."""

from __future__ import annotations

from datetime import date

from actor_support import resolved


def _countries(resolver, nlp, text: str) -> dict[str, str | None]:
    return {t: c for t, (c, _, _) in resolved(resolver, nlp, text, date(2024, 5, 2), "role").items()}


def test_the_north_and_the_south_of_a_korea_story_are_the_two_states(resolver, nlp):
    found = _countries(
        resolver, nlp, "Seoul said the North fired two rockets on Friday, and the South scrambled jets."
    )
    assert found["the North"] == "PRK"
    assert found["the South"] == "KOR"


def test_a_possessive_short_form_in_a_later_sentence(resolver, nlp):
    found = _countries(
        resolver, nlp, "Pyongyang tested a cruise missile. Tokyo protested against the North's test."
    )
    assert found["the North"] == "PRK"


def test_without_a_korea_the_words_name_no_state(resolver, nlp):
    found = _countries(resolver, nlp, "Farmers in the North of Italy met officials from the South.")
    assert "the North" not in found and "the South" not in found


def test_part_of_a_longer_name_or_a_region_where_it_happened(resolver, nlp):
    found = _countries(
        resolver,
        nlp,
        "North Korea sent ships into the South China Sea while floods hit villages in the South.",
    )
    assert found["North Korea"] == "PRK"
    assert "the South" not in found
    assert not any(text.startswith("the South") for text in found)
