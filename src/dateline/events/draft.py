"""The event a sentence reports while it is being coded, before modality, date, place and topics.

coder.py builds these; framing.py, non_events.py and restatements.py read and amend them; the coder
turns the ones kept into `EventMention` records.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from dateline.events.detect import Trigger
from dateline.records import EventActor, Modality


@dataclass
class DraftEvent:
    """An event while its sentence is coded: type, mode, actors and the content of a verbal act."""

    trigger: Trigger
    type: str
    mode: str | None
    confidence: float
    content: list[Token] = field(default_factory=list)
    actors: list[EventActor] = field(default_factory=list)
    reframed: bool = False
    modality: Modality | None = None  # set when the statement's form decides it (a denial, a refusal)
    agreed_by: int | None = None  # key of the agreement that sets this meeting up (framing.agreed_meeting)
    dated_by: Token | None = None  # a word of the time expression that is the event's own date
