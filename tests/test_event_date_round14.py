"""Event dating rules of round 14 (issue 11: classes read on the dev news sets and TimeBank-EventTime's
train and dev documents), through `dateline.date_event` on invented sentences."""

from __future__ import annotations

import pytest

import dateline

THURSDAY = "2024-03-14"
TUESDAY = "2024-03-12"


def _date(text: str, word: str, published: str | None = THURSDAY) -> dict:
    start = text.index(word)
    return dateline.date_event(text, published, start, start + len(word))


# --- a participle or gerund with no tense of its own shares its verb's day -----------------------


def test_a_trailing_participle_is_in_its_verbs_year() -> None:
    # "in 2019" is no day, so nothing is carried from the sentence's main verb: the participle itself
    # reaches the verb's year, where it was dated as an undated past of the publication week
    text = "The envoys filed objections to the ruling in 2019, claiming the court had no jurisdiction."
    found = _date(text, "claiming")
    assert (found["start"], found["end"]) == ("2019-01-01", "2019-12-31")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Gunmen attacked a convoy near the border on Tuesday, killing four soldiers.", "killing"),
        ("Lima responded on Tuesday by summoning the ambassador of Chile.", "summoning"),
        (
            "During their talks on Tuesday, the leaders devoted an hour to discussing the border.",
            "discussing",
        ),
    ],
)
def test_a_participle_or_gerund_of_the_act_is_on_its_verbs_day(text: str, word: str) -> None:
    found = _date(text, word)
    assert found["start"] == found["end"] == found["likely"] == TUESDAY


def test_a_participle_ordered_by_its_own_word_keeps_the_order() -> None:
    # "after" orders the two clauses: the signing came later than the talks
    text = "After meeting the envoys, the ministers signed the accord on Tuesday."
    found = _date(text, "meeting")
    assert found["start"] is None or found["start"] != found["end"]


def test_a_gerund_for_a_reason_is_not_the_thanking_day() -> None:
    # "thanked him for hosting": the hosting came before the thanks
    text = "The president on Tuesday thanked the emir for hosting the peace talks."
    assert _date(text, "hosting")["likely"] != TUESDAY


@pytest.mark.parametrize(
    "text",
    [
        "The ministry on Tuesday objected to hosting the summit.",  # a goal, not the act
        "The junta on Tuesday committed to holding elections.",  # an intention: ahead
    ],
)
def test_a_gerund_after_to_without_an_object_is_not_the_verbs_day(text: str) -> None:
    word = "hosting" if "hosting" in text else "holding"
    assert _date(text, word)["likely"] != TUESDAY


def test_an_undated_participle_keeps_the_publication_day() -> None:
    text = "The three governments issued a joint statement, recalling their envoys from Rabat."
    assert _date(text, "recalling")["likely"] == THURSDAY
