"""Query parameters of the event lists, pages and API alike. Unknown parameters and values outside
the allowed ones are refused (422, with what is allowed) rather than silently ignored."""

from __future__ import annotations

import re
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

from dateline.events.ontology import PLOVER_TYPES
from dateline.server.models import Modality
from dateline.server.queries import Filters

EventType = Literal[PLOVER_TYPES]  # type: ignore[valid-type]  # the ontology's types, from its TSV
Sort = Literal["date", "-date", "sources"]
Lanes = Literal["none", "dyad", "actor", "type"]
DYAD = re.compile(r"^[A-Za-z]{3}-[A-Za-z]{3}$")


class EventParams(BaseModel):
    model_config = ConfigDict(extra="forbid")

    actor: str | None = Field(None, max_length=200, description="actor id, name or ISO3 country code")
    dyad: str | None = Field(None, description="two ISO3 country codes, e.g. PAK-RUS")
    type: EventType | None = Field(None, description="PLOVER type")
    modality: Modality | None = None
    since: date | None = Field(None, description="events ending on or after this day")
    until: date | None = Field(None, description="events starting on or before this day")
    q: str | None = Field(None, max_length=200, description="text in names, types, topics, sentences")

    @field_validator("dyad")
    @classmethod
    def _dyad(cls, value: str | None) -> str | None:
        if value in (None, ""):
            return None
        if not DYAD.match(value):
            raise ValueError("a dyad is two ISO3 country codes joined by '-', e.g. PAK-RUS")
        return value.upper()

    @field_validator("actor", "q", mode="before")
    @classmethod
    def _blank(cls, value: object) -> object:
        return None if value == "" else value

    @field_validator("since", "until", mode="before")
    @classmethod
    def _blank_day(cls, value: object) -> object:
        return None if value == "" else value

    @field_validator("type", "modality", mode="before")
    @classmethod
    def _choice(cls, value: object, info: ValidationInfo) -> object:
        """Any case, as on the command line: consult is CONSULT, Planned is planned."""
        if not isinstance(value, str) or value == "":
            return value or None
        return value.upper() if info.field_name == "type" else value.lower()

    def filters(self) -> Filters:
        return Filters(self.actor, self.dyad, self.type, self.modality, self.since, self.until, self.q)


class ListParams(EventParams):
    offset: int = Field(0, ge=0)
    limit: int = Field(50, ge=1, le=500)
    sort: Sort = "date"


class TimelineParams(EventParams):
    lanes: Lanes = "none"
    sort: Sort = "date"
    offset: int = Field(0, ge=0)
    event: str | None = Field(None, max_length=200, description="the event whose details are open")


class CsvParams(EventParams):
    sort: Sort = "date"


class ArticleParams(BaseModel):
    model_config = ConfigDict(extra="forbid")

    offset: int = Field(0, ge=0)
    limit: int = Field(50, ge=1, le=500)
    q: str | None = Field(None, max_length=200, description="text in title, id or outlet")


class PageParams(BaseModel):
    model_config = ConfigDict(extra="forbid")

    offset: int = Field(0, ge=0)
    limit: int = Field(50, ge=1, le=500)
