"""`dateline eval actors`: country and sector accuracy of the actor resolver on the PLOVER gold
standard records (PLOVER_GSR_CAMEO.txt, CC BY-SA 4.0, Open Event Data Alliance).

Each record is one sentence with its gold source and target actors ({actorText, code, sector}).
For every gold actor we locate its text in the sentence, resolve the sentence with the resolver
(article date unknown: roles do not matter here) and take the actor of the mention that overlaps the
gold span most. Scores are micro precision / recall / F1 over gold actors: a prediction is made when
some mention overlaps the gold text; it is correct when its code (sector) equals the gold one.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from dateline.evaluation.scores import Tally
from dateline.records import Actor, ActorMention, DocumentTime

# CAMEO country codes that are not the ISO 3166-1 alpha-3 code of the same country.
CAMEO_TO_ISO3 = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "ROM": "ROU", "ZAR": "COD", "TMP": "TLS"}
# CAMEO codes for actors without a state: scored as such (an IGO is right when we say IGO).
NON_STATE = {"IGO", "NGO", "IMG", "ISM", "MNC", "UIS"}


@dataclass
class ActorScores:
    records: int = 0
    countries: Tally = field(default_factory=Tally)
    sectors: Tally = field(default_factory=Tally)
    not_located: int = 0  # gold actor texts not found verbatim in their sentence
    errors: list[tuple[str, str, str | None]] = field(default_factory=list)  # (text, gold, predicted)


def gold_code(code: str) -> str:
    code = code.strip().upper()
    return CAMEO_TO_ISO3.get(code, code)


def gold_sector(sector: str | None) -> str | None:
    """The CAMEO primary sector (first three letters); "***" and absent sectors are not scored."""
    if not sector or not sector[:3].isalpha():
        return None
    sector = sector[:3].upper()
    return "CVL" if sector == "CIV" else sector


def actor_code(actor: Actor) -> str | None:
    """The CAMEO-style code of a resolved actor: its country, else IGO/NGO, else IMG for a group the
    knowledge base knows (an agent noun nothing places, id None, has no code: actors/unnamed.py)."""
    if actor.country:
        return actor.country
    if actor.sector in NON_STATE:
        return actor.sector
    return "IMG" if actor.kind == "group" and actor.id is not None else None


def locate(text: str, actor_text: str) -> tuple[int, int] | None:
    """Character span of the gold actor text ("Bosnian Serbs ... forces" -> its first part)."""
    needle = actor_text.split("...")[0].split("..")[0].strip()
    if not needle:
        return None
    # Whole words, as written first ("US" is not the "us" of "focus"), then in any case.
    pattern = rf"(?<!\w){re.escape(needle)}(?!\w)"
    m = re.search(pattern, text) or re.search(pattern, text, re.IGNORECASE)
    return (m.start(), m.end()) if m else None


def _best(mentions: Sequence[ActorMention], span: tuple[int, int]) -> ActorMention | None:
    a, b = span
    overlapping = [(min(b, m.end) - max(a, m.start), m) for m in mentions if m.start < b and a < m.end]
    return max(overlapping, key=lambda x: x[0])[1] if overlapping else None


def _gold_actors(record: dict) -> list[dict]:
    out = []
    for side in ("source", "target"):
        value = record.get(side) or []
        for actor in [value] if isinstance(value, dict) else value:
            if isinstance(actor, dict) and actor.get("code"):
                out.append(actor)
    return out


def evaluate(gsr: Path, kb_files: Sequence[Path] = ()) -> ActorScores:
    from dateline.actors.component import default_actor_resolver
    from dateline.nlp import load

    records = [r for r in json.loads(Path(gsr).read_text(encoding="utf-8")) if r.get("event") != "DOCUMENT"]
    records = [r for r in records if r.get("text") and _gold_actors(r)]
    resolver = default_actor_resolver(kb_files)
    scores = ActorScores(records=len(records))
    anchor = DocumentTime.unknown()
    for record, doc in zip(records, load().pipe(r["text"] for r in records), strict=True):
        mentions = resolver.resolve(doc, anchor)
        for gold in _gold_actors(record):
            code, sector = gold_code(gold["code"]), gold_sector(gold.get("sector"))
            scores.countries.gold += 1
            if sector:
                scores.sectors.gold += 1
            span = locate(record["text"], gold.get("actorText", ""))
            if span is None:
                scores.not_located += 1
                continue
            mention = _best(mentions, span)
            codes = [actor_code(a) for a in mention.actors] if mention else []
            predicted = code if code in codes else next((c for c in codes if c), None)
            if predicted is not None:
                scores.countries.predicted += 1
                scores.countries.correct += predicted == code
            if predicted != code:
                scores.errors.append((gold.get("actorText", ""), code, predicted))
            if sector and mention is not None:
                actor = next((a for a in mention.actors if actor_code(a) == predicted), mention.actors[0])
                if actor.sector:
                    scores.sectors.predicted += 1
                    scores.sectors.correct += actor.sector == sector
    return scores


def render(scores: ActorScores) -> str:
    lines = [f"PLOVER gold standard: {scores.records} sentences, {scores.countries.gold} gold actors"]
    lines.append(f"{'':10} {'gold':>6} {'pred':>6} {'correct':>8} {'P':>6} {'R':>6} {'F1':>6}")
    for name, c in (("country", scores.countries), ("sector", scores.sectors)):
        lines.append(
            f"{name:10} {c.gold:6d} {c.predicted:6d} {c.correct:8d} "
            f"{c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f}"
        )
    lines.append(f"gold actor texts not found in their sentence: {scores.not_located}")
    return "\n".join(lines)
