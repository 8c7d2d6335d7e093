"""Topics of event sentences: lexicon terms, lemma forms, and places as subject matter."""

from __future__ import annotations

import pytest

from dateline.events.topics import lexicon, topics


def _topics(nlp, sentence: str) -> list[str]:
    return topics(nlp(sentence)[:])


def test_multiword_and_single_word_terms(nlp):
    found = _topics(nlp, "They called for debt relief and an end to Islamophobia.")
    assert "debt-relief" in found
    assert "religion" in found


@pytest.mark.parametrize("word", ["vaccine", "vaccines"])
def test_lemma_forms_match(nlp, word):
    assert "vaccines" in _topics(nlp, f"Chile asked India for {word} against measles.")


def test_coronavirus_and_pandemic_map_to_covid(nlp):
    assert "covid-19" in _topics(nlp, "The coronavirus pandemic hurt tourism.")
    assert "covid-19" in _topics(nlp, "Both ministers discussed COVID-19.")


def test_case_insensitive(nlp):
    assert "gas-pipeline" in _topics(nlp, "Work on the NORD STREAM link was halted.")


def test_unrelated_sentence_has_no_topic(nlp):
    assert _topics(nlp, "The weather was pleasant on Sunday afternoon.") == []


def test_result_sorted_and_unique(nlp):
    found = _topics(nlp, "Trade, trade and more trade: exports, energy and nuclear energy.")
    assert found == sorted(set(found))
    assert {"trade", "energy", "nuclear"} <= set(found)


def test_place_as_subject_matter_is_a_topic(nlp):
    assert "syria" in _topics(nlp, "The two presidents discussed the situation in Syria.")
    assert "syria" in _topics(nlp, "The envoys held talks on Syria.")
    assert "yemen" in _topics(nlp, "Oman offered to mediate in the Yemeni crisis.")
    assert "libya" in _topics(nlp, "The ministers discussed Libya at length.")


def test_place_as_party_or_venue_is_not_a_topic(nlp):
    assert "iran" not in _topics(nlp, "The Iranian foreign minister met his Omani counterpart.")
    assert "ukraine" not in _topics(nlp, "Ukraine and Poland signed a trade agreement.")
    assert "syria" not in _topics(nlp, "The envoy flew to Syria on Monday.")


def test_lexicon_is_built_once_with_frames():
    lex = lexicon()
    assert lex is lexicon()
    assert "situation" in lex.frames
    kinds = {phrase.kind for group in lex.phrases.values() for phrase in group}
    assert kinds == {"term", "place"}
