"""Classes of construction missed on externally labelled wire quotes (issue 12, round 9): coordinated
objects, money and forces given or sent, commissives of revenge, talks as a clause's occasion, support
voiced. The sentences are invented.
"""

from __future__ import annotations

from coding_support import countries_of, of_type, pipeline_events, types_of

from dateline.events.detect import context_of, load_lexicon

# --- the words around a trigger: coordinated objects count, the infinitive's "to" does not ----------------


def test_a_coordinated_object_counts_for_the_trigger(nlp):
    doc = nlp("The ministry sent police officers and two battalions to the frontier.")
    sent = next(t for t in doc if t.lemma_ == "send")
    words, _ = context_of(sent)
    assert "battalion" in words
    entry = load_lexicon().lookup(sent)
    assert entry is not None and entry.type == "MOBILIZE"


def test_the_trigger_own_conjunct_is_another_predication(nlp):
    doc = nlp("Kenya held talks and visits with Uganda.")
    talks = next(t for t in doc if t.lower_ == "talks")
    words, _ = context_of(talks)
    assert "visit" not in words


def test_the_infinitive_to_is_no_recipient(nlp):
    doc = nlp("Norway deployed marines to Juba to provide security at the embassy.")
    provide = next(t for t in doc if t.lemma_ == "provide")
    words, _ = context_of(provide)
    assert "to" not in words


# --- things given: money, goods with a recipient (CAMEO GRANT set) -----------------------------------


def test_money_lent_or_contributed_is_aid(pipeline):
    for text in (
        "Japan lent Kenya $2 billion on Tuesday to shore up its reserves.",
        "Norway contributed $15 million to the relief fund for Sudan on Monday.",
        "The Netherlands provided tents and blankets to families in Chad on Friday.",
    ):
        event = of_type(pipeline_events(pipeline, text), "AID")
        assert countries_of(event, "source") - {None}, text


def test_information_given_is_no_aid(pipeline):
    for text in (
        "Japan provided details of the plan to reporters in Tokyo on Tuesday.",
        "The Kenyan police provided no explanation to the families on Monday.",
    ):
        assert "AID" not in types_of(pipeline_events(pipeline, text)), text


# --- forces sent or dispatched; armed groups crushed (CAMEO SEND, DESTROY sets) ------------------------


def test_forces_dispatched_are_a_mobilisation(pipeline):
    for text in (
        "Nigeria dispatched riot police to the capital on Sunday.",
        "Russia sent two battalions to the border with Finland on Thursday.",
    ):
        assert "MOBILIZE" in types_of(pipeline_events(pipeline, text)), text


def test_crushing_rebels_is_force_and_crushing_hopes_none(pipeline):
    assert "ASSAULT" in types_of(
        pipeline_events(pipeline, "Ethiopian troops crushed the rebels near Gondar on Monday.")
    )
    assert "ASSAULT" not in types_of(
        pipeline_events(pipeline, "Ethiopia's ruling party crushed its election rivals on Monday.")
    )


# --- commissives: revenge or a forceful response is a threat (CAMEO VOW - * REVENGE) ------------------


def test_vowing_revenge_is_a_threat(pipeline):
    for text in (
        "Iran vowed revenge against Israel on Sunday.",
        "The Pakistani army promised a harsh response to the Indian strike on Friday.",
    ):
        event = of_type(pipeline_events(pipeline, text), "THREATEN")
        assert event.mode == "violence", text


def test_a_response_to_a_letter_stays_a_promise(pipeline):
    events = pipeline_events(pipeline, "Norway promised a response to the Swedish letter on Monday.")
    assert "THREATEN" not in types_of(events)


# --- talks as the occasion of a clause: its subject was at the table -----------------------------------


def test_the_speaker_after_talks_with_someone_took_part(pipeline):
    text = "The Kenyan president said at the start of talks with the Ugandan president that trade would grow."
    event = of_type(pipeline_events(pipeline, text), "CONSULT")
    assert countries_of(event, "source") == {"KEN"}
    assert "UGA" in countries_of(event)


def test_talks_that_collapsed_give_the_clause_subject_no_seat(pipeline):
    text = "Kenyan rebels attacked the town after talks with the Ugandan government collapsed."
    for event in pipeline_events(pipeline, text):
        if event.type == "CONSULT":
            assert "KEN" not in countries_of(event, "source")


# --- support voiced stays support; approving a deal is support -----------------------------------------


def test_support_voiced_for_a_military_alliance_is_no_aid(pipeline):
    events = pipeline_events(
        pipeline, "The Japanese minister voiced firm support for the military alliance with Korea."
    )
    assert "SUPPORT" in types_of(events) and "AID" not in types_of(events)


def test_approving_a_deal_is_support_and_a_budget_none(pipeline):
    assert "SUPPORT" in types_of(
        pipeline_events(pipeline, "The Turkish parliament approved the Swedish membership bid on Tuesday.")
    )
    assert "SUPPORT" not in types_of(
        pipeline_events(pipeline, "The Turkish parliament approved the budget on Tuesday.")
    )


# --- gerund nouns of violent acts; strikes carried out on a place; gunfire ----------------------------


def test_a_gerund_noun_of_violence_is_an_attack(pipeline):
    # Inside an article: in a one-sentence wire item the act condemned is only what the condemnation is
    # about (round 11, precedence.py); here it is an act the article reports.
    lead = "The region has seen unrest for weeks. Officials met in the capital on Friday. "
    for text in (
        "Kenya condemned the kidnapping of two engineers by gunmen on Monday.",
        "Japan condemned the beheading of a hostage by the militants on Sunday.",
    ):
        assert "ASSAULT" in types_of(pipeline_events(pipeline, lead + text)), text


def test_strikes_carried_out_on_a_place_are_force_and_a_workers_strike_a_protest(pipeline):
    events = pipeline_events(
        pipeline, "Turkish warplanes carried out strikes on rebel positions in Iraq on Monday."
    )
    assert countries_of(of_type(events, "ASSAULT"), "source") == {"TUR"}
    events = pipeline_events(pipeline, "Nurses in Kenya launched a strike at public hospitals on Monday.")
    assert "PROTEST" in types_of(events) and "ASSAULT" not in types_of(events)


def test_coming_under_gunfire_is_an_attack(pipeline):
    event = of_type(
        pipeline_events(pipeline, "The Sudanese army came under gunfire near Khartoum on Friday."), "ASSAULT"
    )
    assert event.mode == "firearms"


# --- a plural the lemmatizer mangles still reads as its singular --------------------------------------


def test_a_mangled_plural_counts_as_its_singular(nlp):
    doc = nlp("COVAX delivered two million doses to Kenya.")
    doses = next(t for t in doc if t.lower_ == "doses")
    deliver = next(t for t in doc if t.lemma_ == "deliver")
    words, _ = context_of(deliver)
    assert "dose" in words, doses.lemma_
    entry = load_lexicon().lookup(deliver)
    assert entry is not None and entry.type == "AID"
