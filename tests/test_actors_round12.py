"""Round 12 actor classes (issue 12): a bare "the two" is the pair named before it, like "the two leaders";
an object pronoun in a clause that takes its subject from the verb it hangs on is not that subject ("X
called Y to congratulate him"); a bare title is nobody of the country its act addresses, and the subject
of the sentence before when that person holds the office; "its foreign minister" is the office of the
country "its" stands for; a counterpart in an adjunct before the subject relates to that subject; "the two
leaders" with fewer than two people named are the heads (or the countries) of the latest pair. Real
knowledge base; the sentences are invented."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.records import DateInterval, DocumentTime

DAY = date(2024, 3, 15)


def _mentions(resolver, nlp, text: str) -> dict[str, set[str | None]]:
    """Mention text (lower-cased) -> the countries of its actors."""
    found = resolver.resolve(nlp(text), DocumentTime(DAY, DateInterval(DAY, DAY, "day")))
    return {m.text.lower(): {a.country for a in m.actors} for m in found}


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan President William Ruto hosted Ugandan President Yoweri Museveni on Monday. The two agreed "
        "to reopen the border.",
        "Kenyan President William Ruto spoke with Ugandan President Yoweri Museveni on Monday, and the two "
        "discussed trade.",
        "Kenya and Uganda signed a border accord on Monday. The two also pledged to fight smuggling.",
    ],
)
def test_a_bare_the_two_is_the_pair_named_before(resolver, nlp, text):
    assert _mentions(resolver, nlp, text)["the two"] == {"KEN", "UGA"}


def test_the_two_before_a_noun_is_left_to_the_noun(resolver, nlp):
    text = (
        "Kenyan President William Ruto met Ugandan President Yoweri Museveni. "
        "The two countries signed a deal."
    )
    assert _mentions(resolver, nlp, text)["the two countries"] == {"KEN", "UGA"}


def test_a_bare_the_two_with_nobody_before_is_nobody(resolver, nlp):
    assert "the two" not in _mentions(resolver, nlp, "The two agreed to meet again in May.")


@pytest.mark.parametrize(
    ("text", "him"),
    [
        ("Kenyan President William Ruto called Ugandan President Yoweri Museveni on Saturday to congratulate "
         "him on the election.", {"UGA"}),
        ("Kenyan President William Ruto urged Ugandan President Yoweri Museveni to meet him in Nairobi.",
         {"KEN"}),
    ],
)  # fmt: skip
def test_an_object_pronoun_is_not_the_subject_its_clause_borrows(resolver, nlp, text, him):
    assert _mentions(resolver, nlp, text)["him"] == him


def _people(resolver, nlp, text: str) -> dict[str, str | None]:
    """Mention text (lower-cased) -> the name of its one actor."""
    found = resolver.resolve(nlp(text), DocumentTime(DAY, DateInterval(DAY, DAY, "day")))
    return {m.text.lower(): m.actors[0].name for m in found if len(m.actors) == 1}


MET = (
    "Indian External Affairs Minister S. Jaishankar met US Secretary of State Antony Blinken in Washington "
    "on Thursday. "
)


@pytest.mark.parametrize(
    "text",
    [
        "Ugandan Foreign Minister Jeje Odongo met Kenyan Foreign Minister Musalia Mudavadi on Monday. Trade "
        "was on the agenda. On Tuesday the minister thanked Nairobi for its hospitality.",
        "Kenyan Foreign Minister Musalia Mudavadi hosted Ugandan Foreign Minister Jeje Odongo on Monday. On "
        "Tuesday the minister thanked Nairobi for its hospitality.",
    ],
)
def test_a_bare_title_is_nobody_of_the_country_its_act_addresses(resolver, nlp, text):
    assert _mentions(resolver, nlp, text)["the minister"] == {"UGA"}


@pytest.mark.parametrize(
    "text",
    [
        MET + "The minister later criticised Beijing for its conduct on the border.",
        "Turkish Foreign Minister Hakan Fidan held talks with his Greek counterpart Giorgos Gerapetritis in "
        "Ankara on Tuesday. The foreign minister said later that the talks had been useful.",
    ],
)
def test_a_bare_title_is_the_subject_of_the_sentence_before_when_it_holds_the_office(resolver, nlp, text):
    subject = "S. Jaishankar" if text.startswith(MET) else "Hakan Fidan"
    bare = "the minister" if "The minister" in text else "the foreign minister"
    assert _people(resolver, nlp, text)[bare] == subject


def test_a_bare_title_further_on_is_still_the_one_named_last(resolver, nlp):
    text = MET + "They spoke about trade. Officials said the talks went well. The minister criticised China."
    assert _people(resolver, nlp, text)["the minister"] == "Antony Blinken"


def test_an_office_owned_by_a_pronoun_for_a_country_is_that_country_s(resolver, nlp):
    text = "Greece denied reports that its foreign minister had met his Turkish counterpart in Brussels."
    found = _people(resolver, nlp, text)
    assert found["foreign minister"] == "Giorgos Gerapetritis"
    assert found["his turkish counterpart"] == "Hakan Fidan"


@pytest.mark.parametrize(
    ("text", "counterpart"),
    [
        ("In a phone call with his Indian counterpart, Chinese Foreign Minister Wang Yi called for calm.",
         "S. Jaishankar"),
        ("Following talks with his Kenyan counterpart, Ugandan President Yoweri Museveni said the border "
         "would reopen.", "William Ruto"),
    ],
)  # fmt: skip
def test_a_counterpart_before_the_subject_relates_to_that_subject(resolver, nlp, text, counterpart):
    found = _people(resolver, nlp, text)
    key = next(k for k in found if k.endswith("counterpart"))
    assert found[key] == counterpart


def test_a_counterpart_after_the_subject_relates_to_the_person_named_before(resolver, nlp):
    text = "Chinese Foreign Minister Wang Yi met his Japanese counterpart in Tokyo on Monday."
    assert _people(resolver, nlp, text)["his japanese counterpart"] == "Yoko Kamikawa"


@pytest.mark.parametrize(
    "first",
    [
        "Kenyan President William Ruto held talks with Uganda in Kampala on Sunday.",
        "Kenya and Uganda held a summit in Kampala on Sunday.",
    ],
)
def test_the_two_leaders_with_fewer_than_two_people_named_are_the_pair_s_heads_or_countries(
    resolver, nlp, first
):
    text = first + " The two leaders agreed to reopen the border."
    assert _mentions(resolver, nlp, text)["the two leaders"] == {"KEN", "UGA"}
