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
        ("Quito broke off relations with Lima and recalled its envoys in May 2017.", "broke",
         ("2017-05-01", "2017-05-31")),
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
    ("text", "word"),
    [
        ("The junta on Sunday published a communique urging the governor to step down.", "urging"),
        (
            "Benin's junta, which rules by decree, issued a statement on Sunday asking the mayor "
            "for a report.",
            "asking",
        ),
    ],
)
def test_a_participle_on_the_object_takes_the_verbs_day(text: str, word: str) -> None:
    assert _span(_date(text, word)) == ("2022-09-25", "2022-09-25")


def test_a_participle_on_a_subject_does_not() -> None:
    # "soldiers guarding the border" describes who acted; it is nothing the verb produced
    found = _date("Soldiers guarding the border fired on Sunday at protesters.", "guarding")
    assert found["start"] != found["end"]


# --- quoted words in the present perfect are the speaker's present ------------------------------

QUOTED_PERFECT = (
    "Kenya's president phoned his Ugandan counterpart on Monday about the clashes. "
    'The presidency said: "Both leaders have committed themselves to an immediate truce." '
    "Uganda has denied arming the militia."
)


@pytest.mark.parametrize(
    ("word", "likely"),
    [
        ("have committed", "2022-09-26"),  # quoted: the day the presidency spoke, the story's day
        ("denied", TUESDAY),  # not quoted: a step of the story up to the report, its day
    ],
)
def test_a_quoted_present_perfect_in_a_story_of_yesterday_is_likely_that_day(word: str, likely: str) -> None:
    found = _date(QUOTED_PERFECT, word)
    assert found["likely"] == likely
    assert _span(found) == ("2022-09-26", TUESDAY)


# --- a statement that goes on with one the sentence before dated --------------------------------

MONDAY_STATEMENT = (
    "Uruguay has called home its envoy to Paraguay. "
    'On Monday, Uruguay voiced a "firm protest" at the remarks and said its envoy had been called home. '
    '"Our envoy was asked to return to Montevideo for consultations," the spokesman announced.'
)


@pytest.mark.parametrize("word", ["was asked", "announced"])
def test_a_statement_right_after_a_dated_one_takes_its_day(word: str) -> None:
    found = _date(MONDAY_STATEMENT, word, "2024-07-02")
    assert _span(found) == ("2024-07-01", "2024-07-01")


def test_a_statement_after_a_dated_act_keeps_its_own_time() -> None:
    # the sentence before dates an act, not a statement: the statement is dated by its own verb
    text = "The ministers met in Geneva on Monday. The ministry said the talks were useful."
    found = _date(text, "said", "2024-07-02")
    assert found["start"] != found["end"]
