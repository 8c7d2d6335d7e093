"""A learned veto on the rules' events: a linear model over the features the rules already have.

The rules propose an event (type, trigger, modality, actors); the veto scores how likely that type is
right for that wording and drops the event when the score falls below the model's threshold. Features
are the rules' own: the event type, the trigger's lemma and dependency relation, whether it is a noun,
negation, tense and modality, the mode, whether the rules recast the trigger's type, and the lemmas of
the words next to the trigger in the parse (its head and dependents). Every feature but the shared ones
is joined to the type, so each type has its own weights. Whether a source and a target were found is
left out: it says more about the length of the text than about the event (a quote of one clause names
few parties, an article names them all), so weights learned on quotes for it misread articles.

Inference is a sum of weights over the features that fire and a logistic function, in plain Python: the
features are sparse and binary (a dozen or two per event), so a dictionary look-up per feature is the
whole cost (microseconds an event, against milliseconds of parse), and the runtime needs no numerical
library. The weights are learned offline (benchmarks/train_veto.py, numpy logistic regression) and read
from data/veto.tsv, which records their provenance and licence.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from pathlib import Path

from spacy.tokens import Token

from dateline.events.draft import DraftEvent
from dateline.records import EventMention

DATA = Path(__file__).parent / "data"
WEIGHTS = DATA / "veto.tsv"
FORMAT = "dateline-veto/1"  # the first line of a weights file names its format
# Parts of speech whose lemmas are context features: content words, not names or function words.
CONTEXT_POS = frozenset({"NOUN", "VERB", "ADJ"})
# Auxiliaries that put the act in the future or make it an intention ("will send", "would impose").
FUTURE_AUX = frozenset({"will", "would", "shall", "'ll"})


def tense(anchor: Token) -> str:
    """A coarse tense of the trigger's clause: past, present, future, or noun for an event noun."""
    if anchor.pos_ == "NOUN":
        return "noun"
    aux = {c.lower_ for c in anchor.children if c.dep_ in ("aux", "auxpass")}
    if aux & FUTURE_AUX:
        return "future"
    if anchor.tag_ == "VBD" or "have" in {c.lemma_ for c in anchor.children if c.dep_ == "aux"}:
        return "past"
    if anchor.tag_ in ("VBZ", "VBP", "VBG"):
        return "present"
    return "other"  # infinitives and participles: "to send", "sent" as a modifier


def negated(anchor: Token) -> bool:
    """A negation on the trigger or on the verb that governs its clause ("did not agree to send")."""
    return any(c.dep_ == "neg" for c in (*anchor.children, *anchor.head.children))


def context(anchor: Token) -> set[str]:
    """Lemmas of the content words next to the trigger in the parse: its head, its dependents and the
    objects of its prepositions ("accused X of crimes", "talks on trade")."""
    near = [*anchor.children, *(g for c in anchor.children if c.dep_ == "prep" for g in c.children)]
    if anchor.head.i != anchor.i:
        near.append(anchor.head)
    return {t.lemma_.lower() for t in near if t.pos_ in CONTEXT_POS and not t.ent_type_}


def features(event: DraftEvent, mention: EventMention) -> list[str]:
    """The names of the features that fire for one event (see the module's docstring)."""
    anchor = event.trigger.anchor
    shared = [
        f"dep={anchor.dep_}",
        f"nominal={int(event.trigger.nominal)}",
        f"tense={tense(anchor)}",
        f"neg={int(negated(anchor))}",
        f"modality={mention.modality}",
        f"recast={int(mention.type != event.trigger.type)}",
    ]
    own = [
        "bias",
        f"lemma={anchor.lemma_.lower()}",
        f"mode={mention.mode}",
        *shared,
        *(f"ctx={lemma}" for lemma in sorted(context(anchor))),
    ]
    return ["bias", *shared, *(f"{mention.type}:{name}" for name in own)]


@dataclass(frozen=True)
class Veto:
    """A linear model's weights and the probability below which an event is dropped."""

    weights: dict[str, float]
    threshold: float
    source: str = ""  # where the weights came from (the file's provenance lines)

    def probability(self, names: list[str]) -> float:
        """How likely the rules' type is right, given the features that fire."""
        score = sum(self.weights.get(name, 0.0) for name in names)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))

    def review(self, event: DraftEvent, mention: EventMention) -> EventMention | None:
        """The mention, or None when the model vetoes it. A kept mention keeps the rules' confidence
        unless the model is less sure, so that ranking still sees the doubt."""
        p = self.probability(features(event, mention))
        if p < self.threshold:
            return None
        return replace(mention, confidence=round(min(mention.confidence, max(p, self.threshold)), 3))


def load(path: Path = WEIGHTS) -> Veto:
    """Read and check a weights file: its format line, a threshold row, and one finite weight per
    feature, each named once. A bad file is refused with the line at fault, never half-read."""
    lines = path.read_text(encoding="utf-8").splitlines()
    if not lines or lines[0].strip() != f"# {FORMAT}":
        raise ValueError(f"{path}: not a veto weights file (first line must be '# {FORMAT}')")
    weights: dict[str, float] = {}
    threshold: float | None = None
    notes = []
    for number, line in enumerate(lines[1:], start=2):
        if line.startswith("#"):
            notes.append(line[1:].strip())
            continue
        if not line.strip():
            continue
        parts = line.split("\t")
        if len(parts) != 2 or not parts[0]:
            raise ValueError(f"{path}:{number}: expected 'feature<TAB>weight', got {line!r}")
        name, text = parts
        try:
            value = float(text)
        except ValueError:
            raise ValueError(f"{path}:{number}: weight of {name!r} is not a number: {text!r}") from None
        if not math.isfinite(value):
            raise ValueError(f"{path}:{number}: weight of {name!r} is not finite")
        if name == "threshold":
            if not 0.0 < value < 1.0:
                raise ValueError(f"{path}:{number}: threshold must lie between 0 and 1, got {value}")
            threshold = value
        elif name in weights:
            raise ValueError(f"{path}:{number}: feature {name!r} given twice")
        else:
            weights[name] = value
    if threshold is None:
        raise ValueError(f"{path}: no threshold row")
    if "bias" not in weights:
        raise ValueError(f"{path}: no bias weight")
    return Veto(weights, threshold, "\n".join(notes))
