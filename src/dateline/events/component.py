"""Registers the rule-based coder as the default event coder, the way a user registers their own.

Options (`PipelineConfig(options={"events": {...}})`): `veto` turns the learned veto on the rules'
events (events/veto.py) on or off; `veto_weights` reads its weights from another file.
"""

from __future__ import annotations

from pathlib import Path

from dateline.components import event_coders
from dateline.events import veto as learned
from dateline.events.coder import RuleEventCoder

# Whether the veto runs unless the configuration says otherwise. Off: trained on wire quotes, it raises
# their precision but costs right events on the news corpus and the PLOVER records (docs/events.md,
# round 8, has the figures), so it is there to be measured and switched on, not on by default.
VETO_BY_DEFAULT = False


@event_coders.register("default")
def default_event_coder(
    veto: bool = VETO_BY_DEFAULT, veto_weights: str | Path | None = None
) -> RuleEventCoder:
    model = learned.load(Path(veto_weights) if veto_weights else learned.WEIGHTS) if veto else None
    return RuleEventCoder(veto=model)
