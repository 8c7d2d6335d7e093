"""`dateline eval events`: the event coder against the PLOVER gold standard records (GSR).

Each GSR record is one sentence with one coded event. The sentence goes through the same per-sentence
path as an article (spaCy parse, the default actor resolver, the default event coder); the event with
the highest confidence is the prediction, no event is a miss. Labels of older PLOVER versions are mapped
to the current ones (DEMAND=REQUEST, DISAPPROVE=ACCUSE, FIGHT=ASSAULT, INVESTIGATE=ACCUSE/investigate),
and since the GSR follows PLOVER's rule that an intended cooperative action is AGREE and an intended
conflictive one THREATEN, predictions are compared in that view (`Ontology.plover_view`): dateline itself
keeps "will visit" as CONSULT with modality "planned".

Actors are scored as `eval actors` scores them (`actors_eval.actor_code`): an actor's country, else its
CAMEO non-state code, so an international body the resolver knows is right where the gold codes it IGO.
Before round 8b only countries were compared (an IGO gold actor could never match); that figure is
printed too, so that older figures stay comparable.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from importlib import import_module
from pathlib import Path
from typing import Any

from dateline import components
from dateline.components import CodingContext
from dateline.evaluation.actors_eval import NON_STATE, actor_code, gold_code
from dateline.evaluation.scores import Tally
from dateline.events.component import default_event_coder
from dateline.events.framing import THREAT_MODE_FROM_CONTENT
from dateline.events.ontology import PLOVER_TYPES
from dateline.events.ontology import load as load_ontology
from dateline.nlp import load as load_nlp
from dateline.records import Actor, ActorMention, Article, DateInterval, DocumentTime, EventMention


@dataclass
class Prediction:
    id: str
    text: str
    gold: str
    gold_mode: str | None
    predicted: str | None
    mode: str | None
    trigger: str | None
    # side -> predicted codes (ISO3, or IGO/NGO/IMG ... as `actor_code` gives them); gold_source, gold_target
    countries: dict[str, list[str]] = field(default_factory=dict)


@dataclass
class EventScores:
    records: int
    per_type: dict[str, Tally]
    accuracy: float
    macro_f1: float
    missed: int  # sentences with no event at all
    mode_accuracy: float | None  # over records with a gold mode whose type was right
    mode_records: int
    source_country_accuracy: float | None  # over right-typed records with a coded gold source
    target_country_accuracy: float | None
    country_records: tuple[int, int]
    actor_resolver: str
    # The same two accuracies with countries alone compared (the scoring before round 8b).
    countries_only: tuple[float | None, float | None] = (None, None)
    predictions: list[Prediction] = field(default_factory=list)


def _actor_resolver() -> tuple[Any, str]:
    """The default actor resolver; built directly if another stage's default module is missing."""
    try:
        return components.create(components.actor_resolvers, "default"), "default"
    except ImportError:
        pass
    try:
        import_module("dateline.actors.component")
        return components.actor_resolvers.get("default")(), "default"
    except ImportError:
        return None, "spaCy entities (no actor resolver installed)"


def _entity_mentions(doc) -> list[ActorMention]:
    """Named entities as countryless actors, so that event types can be scored without a resolver."""
    wanted = {"GPE", "NORP", "ORG", "PERSON"}
    return [
        ActorMention(
            e.start_char, e.end_char, e.text, (Actor(None, e.text, None, None, kind="group"),), "entity"
        )
        for e in doc.ents
        if e.label_ in wanted
    ]


def _gold_codes(actors: Any) -> list[str]:
    if not isinstance(actors, list):
        actors = [actors]
    # CAMEO's own country codes (JAP, ITL, VTN ...) read as ISO, as `eval actors` reads them.
    return [gold_code(a["code"]) for a in actors if isinstance(a, dict) and a.get("code")]


def _best(events: list[EventMention]) -> EventMention | None:
    return max(events, key=lambda e: e.confidence, default=None)


def predict(records: list[dict[str, Any]]) -> tuple[list[Prediction], str]:
    nlp = load_nlp()
    resolver, resolver_name = _actor_resolver()
    coder = default_event_coder()
    ontology = load_ontology()
    out = []
    for record, doc in zip(records, nlp.pipe(r["text"] for r in records), strict=True):
        anchor = DocumentTime.unknown()
        mentions = resolver.resolve(doc, anchor) if resolver else _entity_mentions(doc)
        ctx = CodingContext(
            article=Article(id=record["id"], text=record["text"]),
            doc=doc,
            document_time=anchor,
            timexes=[],
            actor_mentions=mentions,
            date_event=lambda _token: DateInterval.unknown(),
        )
        gold, implied_mode = ontology.normalize(record["event"])
        best = _best(coder(ctx))
        viewed = ontology.plover_view(best.type, best.modality) if best else None
        pred = Prediction(
            record["id"],
            record["text"],
            gold,
            ontology.normalize_mode(gold, record.get("mode") or implied_mode or None),
            viewed,
            plover_mode(best.type, best.mode, viewed) if best and viewed else None,
            best.trigger if best else None,
        )
        if best:
            for side in ("source", "target", "participant"):
                pred.countries[side] = sorted(
                    {code for ea in best.actors if ea.side == side and (code := actor_code(ea.actor))}
                )
        pred.countries["gold_source"] = _gold_codes(record.get("source", []))
        pred.countries["gold_target"] = _gold_codes(record.get("target", []))
        out.append(pred)
    return out, resolver_name


def plover_mode(type_: str, mode: str | None, viewed: str) -> str | None:
    """The act's mode under the type PLOVER gives it (`Ontology.plover_view`): an intended assault is
    PLOVER's THREATEN violence whatever its weapon, an intended curfew (COERCE curfew, planned) its
    THREATEN restrict (the plover.tsv mode-alias rows, else framing's table of threatened acts)."""
    ontology = load_ontology()
    if viewed == type_ or viewed != "THREATEN":
        return mode
    named = ontology.normalize_mode(viewed, mode)
    if named in ontology.types[viewed].modes:
        return named
    return INTENDED_MODES.get((type_, mode)) or THREAT_MODE_FROM_CONTENT.get(type_)


# The PLOVER codebook's THREATEN modes for intended acts of these modes: "relations" (reduce aid or
# relations, halt negotiations), "restrict" (sanctions, boycott, curfew, blockade), "expel", "ban",
# "territory" (occupation).
INTENDED_MODES = {
    ("SANCTION", "withdraw"): "relations",
    ("SANCTION", "discontinue"): "relations",
    ("SANCTION", "expel"): "expel",
    ("PROTEST", "boycott"): "restrict",
    ("COERCE", "ban"): "ban",
    ("COERCE", "seize"): "territory",
}


def load_gsr(path: Path) -> list[dict[str, Any]]:
    """The coded sentences of a GSR file (the DOCUMENT record that documents the file is skipped)."""
    records = json.loads(path.read_text(encoding="utf-8"))
    return [r for r in records if r.get("event") != "DOCUMENT" and r.get("text")]


def score(predictions: list[Prediction], resolver_name: str) -> EventScores:
    per_type = {t: Tally() for t in PLOVER_TYPES}
    for p in predictions:
        per_type[p.gold].gold += 1
        if p.predicted is not None:
            per_type[p.predicted].predicted += 1
            per_type[p.predicted].correct += p.predicted == p.gold
    present = [t for t in PLOVER_TYPES if per_type[t].gold]
    right = [p for p in predictions if p.predicted == p.gold]
    moded = [p for p in right if p.gold_mode]
    with_source = [p for p in right if p.countries.get("gold_source")]
    with_target = [p for p in right if p.countries.get("gold_target")]

    def hit(p: Prediction, gold_side: str, sides: tuple[str, ...], states_only: bool = False) -> bool:
        predicted = {c for s in sides for c in p.countries.get(s, [])}
        if states_only:
            predicted -= NON_STATE
        return bool(predicted & set(p.countries[gold_side]))

    def accuracy(records: list[Prediction], gold_side: str, side: str, states_only: bool) -> float | None:
        # A joint participant matches either gold side: PLOVER codes "A and B agreed" as two sources.
        if not records or resolver_name.startswith("spaCy"):
            return None
        hits = sum(hit(p, gold_side, (side, "participant"), states_only) for p in records)
        return hits / len(records)

    return EventScores(
        records=len(predictions),
        per_type={t: per_type[t] for t in present},
        accuracy=len(right) / len(predictions) if predictions else 0.0,
        macro_f1=sum(per_type[t].f1 for t in present) / len(present) if present else 0.0,
        missed=sum(1 for p in predictions if p.predicted is None),
        mode_accuracy=(sum(1 for p in moded if p.mode == p.gold_mode) / len(moded)) if moded else None,
        mode_records=len(moded),
        source_country_accuracy=accuracy(with_source, "gold_source", "source", False),
        target_country_accuracy=accuracy(with_target, "gold_target", "target", False),
        country_records=(len(with_source), len(with_target)),
        actor_resolver=resolver_name,
        countries_only=(
            accuracy(with_source, "gold_source", "source", True),
            accuracy(with_target, "gold_target", "target", True),
        ),
        predictions=predictions,
    )


def evaluate(gsr: Path) -> EventScores:
    predictions, resolver_name = predict(load_gsr(Path(gsr)))
    return score(predictions, resolver_name)


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def render(scores: EventScores) -> str:
    lines = [
        f"PLOVER GSR: {scores.records} sentences, actors by {scores.actor_resolver}",
        f"{'type':<10} {'gold':>5} {'P':>6} {'R':>6} {'F1':>6}",
    ]
    for name, s in sorted(scores.per_type.items()):
        lines.append(f"{name:<10} {s.gold:>5} {s.precision:>6.3f} {s.recall:>6.3f} {s.f1:>6.3f}")
    confusions = Counter(
        (p.gold, p.predicted or "-") for p in scores.predictions if p.predicted != p.gold
    ).most_common(8)
    lines += [
        f"macro-F1 {scores.macro_f1:.3f}   accuracy {scores.accuracy:.3f}   no event {scores.missed}",
        f"mode accuracy {_pct(scores.mode_accuracy)} "
        f"over {scores.mode_records} right-typed records with a gold mode",
        f"source country accuracy {_pct(scores.source_country_accuracy)} (n={scores.country_records[0]}), "
        f"target country accuracy {_pct(scores.target_country_accuracy)} (n={scores.country_records[1]}) "
        "(an IGO/NGO gold actor is right when we say so, as in `eval actors`)",
        f"countries alone (the scoring before round 8b): source {_pct(scores.countries_only[0])}, "
        f"target {_pct(scores.countries_only[1])}",
        "most frequent confusions (gold -> predicted): "
        + ", ".join(f"{g}->{p} {n}" for (g, p), n in confusions),
    ]
    return "\n".join(lines)
