"""Round 17 (r17outside, issue 11): where the parse leaves an event without the time of its clause,
through `dateline.date_event` on invented sentences."""

from __future__ import annotations

import pytest

import dateline

TUESDAY = "2022-09-27"


def _date(text: str, word: str, published: str = TUESDAY) -> dict:
    start = text.index(word)
    return dateline.date_event(text, published, start, start + len(word))


def _span(found: dict) -> tuple[str | None, str | None]:
    return found["start"], found["end"]


# --- a time at the end of coordinated verbs is the time of them all ------------------------------


@pytest.mark.parametrize(
    ("text", "word", "span"),
    [
        ("Caracas severed ties with its neighbour and closed the embassy in February 2019.", "severed",
         ("2019-02-01", "2019-02-28")),
        ("The president visited Paris and held talks with Macron last week.", "visited",
         ("2022-09-19", "2022-09-25")),
        ("The two ministers met in Geneva and signed the accord on Sunday.", "met",
         ("2022-09-25", "2022-09-25")),
    ],
)  # fmt: skip
def test_a_trailing_time_dates_the_earlier_verbs_of_a_coordination(text: str, word: str, span: tuple) -> None:
    assert _span(_date(text, word)) == span


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # another clause, with a subject of its own, tells its own time
        ("The kidnappers demanded a ransom, but negotiations broke off at noon Sunday.", "demanded"),
        # a time before the later verb is that verb's alone
        ("The army seized the town and on Sunday killed 20 people.", "seized"),
        # a verb in another tense
        ("Russia invaded the region and will hold talks on Friday.", "invaded"),
    ],
)
def test_a_time_of_another_clause_or_verb_stays_its_own(text: str, word: str) -> None:
    found = _date(text, word)
    assert "no date in its clause" in found["basis"] or "undated" in found["basis"]
    assert found["start"] != found["end"] == TUESDAY


# --- a participle on a verb's object is the act the verb produces -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The council on Sunday issued a statement asking the premier for an explanation.",
        "Libya's council, which acts as head of state, issued a statement on Sunday asking the premier "
        "for an explanation.",
    ],
)
def test_a_participle_on_the_object_takes_the_verbs_day(text: str) -> None:
    assert _span(_date(text, "asking")) == ("2022-09-25", "2022-09-25")


def test_a_participle_on_a_subject_does_not() -> None:
    # "soldiers guarding the border" describes who acted; it is nothing the verb produced
    found = _date("Soldiers guarding the border fired on Sunday at protesters.", "guarding")
    assert found["start"] != found["end"]


# --- quoted words in the present perfect are the speaker's present ------------------------------

QUOTED_PERFECT = (
    "South Africa's president spoke with his Rwandan counterpart on Monday about the fighting. "
    'The presidency said: "The two heads of state have agreed on the urgent need for a ceasefire." '
    "Rwanda has denied backing the rebels."
)


@pytest.mark.parametrize(
    ("word", "likely"),
    [
        ("have agreed", "2022-09-26"),  # quoted: the day the presidency spoke, the story's day
        ("denied", TUESDAY),  # not quoted: a step of the story up to the report, its day
    ],
)
def test_a_quoted_present_perfect_in_a_story_of_yesterday_is_likely_that_day(word: str, likely: str) -> None:
    found = _date(QUOTED_PERFECT, word)
    assert found["likely"] == likely
    assert _span(found) == ("2022-09-26", TUESDAY)


# --- a statement that goes on with one the sentence before dated --------------------------------

MONDAY_STATEMENT = (
    "Bolivia has recalled its ambassador to Argentina. "
    'On Monday, Bolivia issued a "strong rejection" of the remarks and said its envoy had been recalled. '
    '"Our ambassador was summoned to the seat of government," the spokeswoman announced.'
)


@pytest.mark.parametrize("word", ["was summoned", "announced"])
def test_a_statement_right_after_a_dated_one_takes_its_day(word: str) -> None:
    found = _date(MONDAY_STATEMENT, word, "2024-07-02")
    assert _span(found) == ("2024-07-01", "2024-07-01")


def test_a_statement_after_a_dated_act_keeps_its_own_time() -> None:
    # the sentence before dates an act, not a statement: the statement is dated by its own verb
    text = "The ministers met in Geneva on Monday. The ministry said the talks were useful."
    found = _date(text, "said", "2024-07-02")
    assert found["start"] != found["end"]
