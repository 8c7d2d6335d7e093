"""Registers the rule-based coder as the default event coder, the way a user registers their own."""

from __future__ import annotations

from dateline.components import event_coders
from dateline.events.coder import RuleEventCoder


@event_coders.register("default")
def default_event_coder() -> RuleEventCoder:
    return RuleEventCoder()
