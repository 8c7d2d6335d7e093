"""The learned veto on the rules' events (events/veto.py): its features, a veto firing and not firing
on invented sentences, the configuration switch, and the checks on a weights file."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from coding_support import coder_for, pipeline_events

from dateline.events import veto as learned
from dateline.events.coder import RuleEventCoder
from dateline.events.component import VETO_BY_DEFAULT
from dateline.events.draft import DraftEvent
from dateline.events.veto import FORMAT, Veto, features
from dateline.pipeline import Pipeline, PipelineConfig
from dateline.records import Actor, EventMention

NORLAND = Actor("NRL", "Norland", "NRL", "GOV")
SUDRIA = Actor("SDR", "Sudria", "SDR", "GOV")
NAMES = {"Norland": ((NORLAND,), ""), "Sudria": ((SUDRIA,), "")}
PROMISE = "Norland promised to expand its grain exports to Sudria."
MET = "The foreign minister of Norland met his counterpart from Sudria in the capital on Tuesday."


class Recorder:
    """Stands where the veto stands and keeps every event, recording its features (and what they
    describe) so that a test can read them."""

    def __init__(self) -> None:
        self.seen: list[tuple[EventMention, list[str]]] = []

    def review(self, event: DraftEvent, mention: EventMention) -> EventMention:
        self.seen.append((mention, features(event, mention)))
        return mention


@pytest.fixture(scope="module")
def recorded(nlp):
    recorder = Recorder()
    code = coder_for(nlp, NAMES, coder=RuleEventCoder(veto=recorder))  # type: ignore[arg-type]
    code(PROMISE)
    code(MET)
    return {mention.type: names for mention, names in recorder.seen}


def test_features_are_the_rules_own(recorded):
    agree = recorded["AGREE"]
    # Joined to the type: the trigger's lemma; shared across types: its relation, tense and sides.
    assert "AGREE:lemma=promise" in agree and "AGREE:bias" in agree
    assert "dep=ROOT" in agree and "tense=past" in agree
    assert not any(name.startswith(("source=", "target=")) for name in agree)  # see the module's docstring
    assert "neg=0" in agree and any(name.startswith("modality=") for name in agree)
    consult = recorded["CONSULT"]
    assert "CONSULT:lemma=meet" in consult and "CONSULT:tense=past" in consult
    assert "CONSULT:ctx=counterpart" in consult  # a content word the trigger governs


def _veto_against(lemma_feature: str) -> Veto:
    """A model that trusts every event but those with one feature (weights written by hand, so the
    test says what the mechanism does whatever the shipped weights learn)."""
    return Veto({"bias": 3.0, lemma_feature: -8.0}, threshold=0.5)


def test_veto_fires_on_the_feature_it_weighs_against(nlp):
    code = coder_for(nlp, NAMES, coder=RuleEventCoder(veto=_veto_against("AGREE:lemma=promise")))
    assert "AGREE" not in {e.type for e in code(PROMISE)}
    assert "AGREE" in {e.type for e in coder_for(nlp, NAMES)(PROMISE)}  # the rules alone code it


def test_veto_does_not_fire_elsewhere(nlp):
    code = coder_for(nlp, NAMES, coder=RuleEventCoder(veto=_veto_against("AGREE:lemma=promise")))
    [meeting] = [e for e in code(MET) if e.type == "CONSULT"]
    plain = next(e for e in coder_for(nlp, NAMES)(MET) if e.type == "CONSULT")
    # Kept, with the rules' confidence unless the model is less sure than they are.
    expected = min(plain.confidence, 1 / (1 + math.exp(-3.0)))
    assert meeting.confidence == pytest.approx(expected, abs=1e-3)


def test_shipped_weights_load_and_score_in_range():
    model = learned.load()
    assert 0 < model.threshold < 1 and "bias" in model.weights
    assert "NGEC-2025" in model.source and "MIT" in model.source  # provenance and licence recorded
    assert 0 < model.probability(["bias", "AGREE:bias"]) < 1


def test_config_switches_the_veto(tmp_path):
    everything_vetoed = tmp_path / "veto.tsv"
    everything_vetoed.write_text(f"# {FORMAT}\nthreshold\t0.5\nbias\t-9\n", encoding="utf-8")
    off = Pipeline(PipelineConfig(options={"events": {"veto": False}}))
    on = Pipeline(PipelineConfig(options={"events": {"veto": True, "veto_weights": str(everything_vetoed)}}))
    assert off.coder.veto is None and on.coder.veto is not None
    assert Pipeline(PipelineConfig(options={"events": {"veto": True}})).coder.veto == learned.load()
    assert (Pipeline().coder.veto is None) == (not VETO_BY_DEFAULT)
    text = f"{MET} Norland accused Sudria of shelling a border village."
    assert pipeline_events(off, text)
    assert pipeline_events(on, text) == []


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "weights.tsv"
    path.write_text(body, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("threshold\t0.5\nbias\t1\n", "not a veto weights file"),
        (f"# {FORMAT}\nthreshold\t0.5\nbias\tone\n", "not a number"),
        (f"# {FORMAT}\nthreshold\t0.5\nbias\tnan\n", "not finite"),
        (f"# {FORMAT}\nthreshold\t0.5\nbias\t1\nbias\t2\n", "given twice"),
        (f"# {FORMAT}\nthreshold\t1.5\nbias\t1\n", "between 0 and 1"),
        (f"# {FORMAT}\nbias\t1\n", "no threshold"),
        (f"# {FORMAT}\nthreshold\t0.5\nAGREE:bias\t1\n", "no bias"),
        (f"# {FORMAT}\nthreshold\t0.5\nbias 1\n", "expected 'feature<TAB>weight'"),
    ],
)
def test_bad_weights_files_are_refused(tmp_path, body, message):
    with pytest.raises(ValueError, match=message):
        learned.load(_write(tmp_path, body))


def test_bad_weights_file_names_its_line(tmp_path):
    path = _write(tmp_path, f"# {FORMAT}\n# a note\nthreshold\t0.5\nbias\t1\nAGREE:bias\tx\n")
    with pytest.raises(ValueError, match=r"weights\.tsv:5:"):
        learned.load(path)
