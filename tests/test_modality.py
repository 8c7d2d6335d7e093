"""Modality of event triggers: invented sentences, one behaviour each."""

from __future__ import annotations

import pytest
from coding_support import token_of

from dateline.events.modality import CueLexicon, lexicon, modality, read_lexicon

CASES = [
    # asserted: it happened
    ("The two ministers held a telephone conversation on Friday.", "conversation", "asserted"),
    ("The two ministers held a telephone conversation on Friday.", "held", "asserted"),
    ("The envoy had visited Tehran in June.", "visited", "asserted"),
    ("On May 4, Berlin hosted a conference on Libya.", "hosted", "asserted"),
    ("The ministers met in Oslo last week.", "met", "asserted"),
    ("The intelligence chiefs met in Doha last week to discuss the crisis.", "discuss", "asserted"),
    # planned: future, scheduled, expected
    ("The ministers will meet in Paris next week.", "meet", "planned"),
    ("The envoy is to visit Kabul on Friday.", "visit", "planned"),
    ("The premier is scheduled to travel to Ankara.", "travel", "planned"),
    (
        "The two presidents are expected to meet on the sidelines of the G20 summit in Rome.",
        "meet",
        "planned",
    ),
    ("Germany plans to host a donor conference.", "host", "planned"),
    ("The leaders are likely to meet in Geneva.", "meet", "planned"),
    ("They are going to sign the deal.", "sign", "planned"),
    ("The ministers meet in Oslo next week.", "meet", "planned"),
    ("Next week's summit in Oslo will focus on trade.", "summit", "planned"),
    ("The games to be hosted by Japan will open in July.", "hosted", "planned"),
    ("The summit will take place in Vienna.", "summit", "planned"),
    ("The ministers will meet and discuss the crisis.", "discuss", "planned"),
    # hoped
    ("The president hoped to sign a trade deal.", "sign", "hoped"),
    ("Norway desires to forge closer ties with Chile.", "forge", "hoped"),
    ("He expressed the hope that the two sides would meet soon.", "meet", "hoped"),
    ("Brazil wants the visit to go ahead.", "visit", "hoped"),
    # negated
    ("The minister did not meet his counterpart.", "meet", "negated"),
    ("The minister never visited Cuba.", "visited", "negated"),
    ("Hungary refused to send a delegation.", "send", "negated"),
    ("Their planned meeting in Tokyo was cancelled.", "meeting", "negated"),
    ("The talks failed to produce an agreement.", "produce", "negated"),
    ("No agreement was reached at the talks.", "agreement", "negated"),
    ("Both sides have yet to meet.", "meet", "negated"),
    ("He left without meeting the president.", "meeting", "negated"),
    ("The summit did not take place.", "summit", "negated"),
    ("The visit was postponed.", "visit", "negated"),
    ("Officials said the ministers could not agree on a text.", "agree", "negated"),
    ("Chile will not accept more migrants if the border war spreads.", "accept", "negated"),
    # hypothetical
    ("Analysts fear that the country could collapse into civil war.", "collapse", "hypothetical"),
    ("If the talks fail, the region might face a new crisis.", "face", "hypothetical"),
    ("If the talks fail, the region might face a new crisis.", "fail", "hypothetical"),
    ("A new pipeline would cut energy costs.", "cut", "hypothetical"),
    ("The turmoil may spill over into neighbouring states.", "spill", "hypothetical"),
    ("The two sides discussed whether to hold a summit.", "hold", "hypothetical"),
    ("If Chile does not accept more migrants, the camps will overflow.", "accept", "hypothetical"),
    # the goal of an act of help has not been reached
    ("The mediators assisted both parties in reaching a ceasefire.", "reaching", "hoped"),
    # a finite conjunct hung on a reported or planned bare verb keeps its own tense (round 17, r17modal):
    # the parser hangs the second verb of a saying on the verb said
    (
        "In June, Ghana said it would withdraw its diplomat and urged that Togo close its mission.",
        "urged",
        "asserted",
    ),
    ("Peru plans to expel the envoy and summoned the ambassador on Monday.", "summoned", "asserted"),
    # ... while the reported and planned verbs stay what they were
    (
        "In June, Ghana said it would withdraw its diplomat and urged that Togo close its mission.",
        "withdraw",
        "planned",
    ),
    ("Peru plans to expel the envoy and summoned the ambassador on Monday.", "expel", "planned"),
    # a bare conjunct still shares its first conjunct's auxiliary
    ("Peru agreed to lift the tariffs and resume talks.", "resume", "planned"),
    ("Peru will close the border and expel the envoy.", "expel", "planned"),
    # a bare verb the tagger takes for a present, or a bare "set" for a past, still shares the modal
    (
        "Norway asked that Russia free its trawler near the islands, open an inquiry and pay for the damage.",
        "open",
        "planned",
    ),
    ("The pact could unsettle the coast and set a dangerous example.", "set", "hypothetical"),
]


@pytest.mark.parametrize(("sentence", "word", "expected"), CASES)
def test_modality_values(nlp, sentence, word, expected):
    assert modality(token_of(nlp, sentence, word)) == expected


def test_noun_trigger_with_likely_is_planned_but_the_held_talks_are_asserted(nlp):
    doc = nlp("The leaders held talks ahead of their likely summit in Tokyo next month.")
    by_word = {t.text: modality(t) for t in doc}
    assert by_word["summit"] == "planned"
    assert by_word["talks"] == "asserted"
    assert by_word["held"] == "asserted"


def test_looked_forward_to_a_visit_is_planned_and_the_saying_asserted(nlp):
    # round 20: an occasion looked forward to is one expected (the dev gold: four planned, one hoped)
    doc = nlp("She said that he looked forward to the chancellor's visit to Brazil.")
    assert modality(next(t for t in doc if t.text == "visit")) == "planned"
    assert modality(next(t for t in doc if t.text == "said")) == "asserted"


def test_plan_followed_by_but_nothing_materialised_is_negated(nlp):
    planned = "Germany had planned to host a conference on Libya."
    assert modality(token_of(nlp, planned, "host")) == "planned"
    failed = "Germany had planned to host a conference on Libya, but nothing has materialised so far."
    assert modality(token_of(nlp, failed, "host")) == "negated"
    assert modality(token_of(nlp, failed, "conference")) == "negated"


def test_but_clause_does_not_negate_an_event_that_happened(nlp):
    sentence = "The ministers met in Oslo, but nothing has materialised so far."
    assert modality(token_of(nlp, sentence, "met")) == "asserted"


def test_would_in_reported_future_is_planned(nlp):
    sentence = "The ministry confirmed that the chancellor would attend the ceremony in Seoul."
    assert modality(token_of(nlp, sentence, "attend")) == "planned"
    assert modality(token_of(nlp, sentence, "confirmed")) == "asserted"


def test_reported_speech_stays_asserted(nlp):
    sentence = "The spokesman said that the two presidents met in Oslo."
    assert modality(token_of(nlp, sentence, "met")) == "asserted"


def test_embedded_xcomp_takes_the_governing_cue_not_the_governor(nlp):
    sentence = "Both ministers agreed to stay in close touch."
    assert modality(token_of(nlp, sentence, "agreed")) == "asserted"
    assert modality(token_of(nlp, sentence, "stay")) == "planned"
    urged = "The chancellor urged the minister to attend the conference."
    assert modality(token_of(nlp, urged, "urged")) == "asserted"
    assert modality(token_of(nlp, urged, "attend")) == "planned"


def test_threatening_is_asserted_its_content_hypothetical(nlp):
    sentence = "The president threatened to impose sanctions on the company."
    assert modality(token_of(nlp, sentence, "threatened")) == "asserted"
    assert modality(token_of(nlp, sentence, "impose")) == "hypothetical"


def test_call_for_makes_its_object_planned(nlp):
    sentence = "The president called for closer coordination between the two navies."
    assert modality(token_of(nlp, sentence, "called")) == "asserted"
    assert modality(token_of(nlp, sentence, "coordination")) == "planned"


def test_circumstance_of_an_embedded_plan_is_not_planned(nlp):
    sentence = "In a phone conversation, the two ministers agreed to cooperate closely."
    assert modality(token_of(nlp, sentence, "conversation")) == "asserted"
    assert modality(token_of(nlp, sentence, "cooperate")) == "planned"


def test_negation_of_a_governor_does_not_reach_its_circumstances(nlp):
    refused = "Several countries refused to send envoys to the opening ceremony."
    assert modality(token_of(nlp, refused, "ceremony")) == "asserted"
    citing = "He did not attend the summit, citing illness."
    assert modality(token_of(nlp, citing, "attend")) == "negated"
    assert modality(token_of(nlp, citing, "citing")) == "asserted"


def test_invitation_to_a_ceremony_is_planned(nlp):
    sentence = "Chile invited the two presidents to the opening ceremony in Santiago."
    assert modality(token_of(nlp, sentence, "ceremony")) == "planned"


def test_every_token_gets_a_valid_modality(nlp):
    doc = nlp(
        "If nothing changes, officials fear that the talks, which were to resume on Monday, "
        "could be cancelled, but the president said he hoped to travel to Rome and would not give up."
    )
    values = {modality(t) for t in doc}
    assert values <= {"asserted", "planned", "hoped", "negated", "hypothetical"}
    assert len(values) >= 3


def test_lexicon_rows_are_valid_and_multiword_cues_need_their_particles(nlp, tmp_path):
    lex = lexicon()
    assert isinstance(lex, CueLexicon)
    assert "will" in lex.words("aux")
    looked = token_of(nlp, "He looked at the map.", "looked")
    assert lex.kind("complement", looked) is None  # "look" alone is no cue; "look forward" is
    forward = token_of(nlp, "He looked forward to it.", "looked")
    assert lex.kind("complement", forward) == "planned"
    bad = tmp_path / "bad.tsv"
    bad.write_text("cue\tkind\tscope\tnote\nwill\tplanned\tnowhere\t\n", encoding="utf-8")
    with pytest.raises(ValueError):
        read_lexicon(bad)
