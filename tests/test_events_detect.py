"""Trigger detection and the ontology tables."""

from __future__ import annotations

import pytest

from dateline.events.detect import detect, load_lexicon
from dateline.events.ontology import PLOVER_TYPES
from dateline.events.ontology import load as load_ontology


def _found(nlp, text: str) -> list[tuple[str, str, str | None]]:
    doc = nlp(text)
    return [(doc[t.start : t.end].text, t.type, t.entry.mode) for s in doc.sents for t in detect(s)]


def test_ontology_has_the_sixteen_types_and_old_labels():
    ontology = load_ontology()
    assert len(PLOVER_TYPES) == 16
    assert ontology.normalize("DEMAND") == ("REQUEST", None)
    assert ontology.normalize("INVESTIGATE") == ("ACCUSE", "investigate")
    assert "phone" in ontology.types["CONSULT"].modes
    assert ontology.cameo["041"].type == "CONSULT" and ontology.cameo["041"].mode == "phone"


@pytest.mark.parametrize(
    ("type_", "modality", "expected"),
    [
        ("CONSULT", "planned", "AGREE"),
        ("ASSAULT", "planned", "THREATEN"),
        ("AGREE", "negated", "REJECT"),
        ("ACCUSE", "planned", "ACCUSE"),
        ("CONSULT", "asserted", "CONSULT"),
        # PLOVER's CONCEDE includes "promised ... future concessions": one planned stays a concession
        ("CONCEDE", "hypothetical", "CONCEDE"),
        ("CONCEDE", "planned", "CONCEDE"),
        ("AID", "planned", "AGREE"),
        ("CONCEDE", "negated", "REJECT"),
    ],
)
def test_plover_view_of_intentions(type_, modality, expected):
    assert load_ontology().plover_view(type_, modality) == expected


def test_every_lexicon_row_names_a_known_type_and_mode():
    ontology = load_ontology()
    for entries in load_lexicon().entries.values():
        for entry in entries:
            assert entry.type in ontology.types
            assert entry.mode is None or entry.mode in ontology.types[entry.type].modes, entry


def test_light_verb_phrase(nlp):
    # "talks" says nothing of how they were held: the mode is the coder's to read from the sentence.
    assert ("held talks", "CONSULT", None) in _found(nlp, "The ministers held talks in Geneva.")
    assert ("paid a visit", "CONSULT", "visit") in _found(nlp, "The envoy paid a visit to the capital.")


def test_object_decides_the_reading(nlp):
    assert _found(nlp, "The government lifted the curfew.")[0][1] == "CONCEDE"
    assert _found(nlp, "The government lifted the sanctions.")[0][1:] == ("RETREAT", "ease")
    assert _found(nlp, "The ministry released its annual report.") == []


def test_particle_verbs(nlp):
    assert ("called for", "REQUEST", None) in _found(nlp, "The council called for a ceasefire.")
    assert _found(nlp, "The union called off the strike.")[0][1] == "CONCEDE"


def test_nominal_with_modifier(nlp):
    assert ("hunger strike", "PROTEST", "hunger") in _found(nlp, "The hunger strike entered its third week.")
    assert ("began a hunger strike", "PROTEST", "hunger") in _found(nlp, "Prisoners began a hunger strike.")


def test_the_words_of_one_set_share_their_row(nlp):
    # one row lists the CANCEL set's verbs with one list of the ties they end ("suspend|halt|freeze")
    for verb in ("suspended", "froze", "discontinued"):
        assert "SANCTION" in {t for _, t, _ in _found(nlp, f"Ruritania {verb} its aid to Elbonia.")}, verb
    assert "SANCTION" not in {t for _, t, _ in _found(nlp, "Ruritania halted the war with Elbonia.")}
