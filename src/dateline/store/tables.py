"""Flat tables of stored events and articles, for CSV, Parquet and data frames.

One SQL query per table, read straight from the stored rows: dates stay DATE, actors, countries,
topics and articles stay lists (CSV joins them with ";"), and the columns are known even when no row
matches, so an empty export still has its header or schema. Every value is a parameter.
"""

from __future__ import annotations

from typing import Any

_ACTORS = '[{"id": "VARCHAR", "name": "VARCHAR", "country": "VARCHAR", "side": "VARCHAR"}]'
_MENTIONS = (
    '[{"article": "VARCHAR", "sentence": "VARCHAR", "start": "BIGINT", "end": "BIGINT", "trigger": "VARCHAR",'
    ' "modality": "VARCHAR", "date": {"start": "DATE", "end": "DATE"}}]'
)


def _side(side: str, key: str) -> str:
    return f"[x.{key} FOR x IN a IF x.side = '{side}'] AS {side}_{'names' if key == 'name' else 'countries'}"


_EVENT_COLUMNS = ",\n".join(
    [
        "id, type, mode, modality, date_start, date_end, granularity AS date_granularity",
        "CAST(json_extract(payload, '$.date.confidence') AS DOUBLE) AS date_confidence",
        "json_extract_string(payload, '$.date.basis') AS date_basis",
        *(_side(side, key) for side in ("source", "target", "participant") for key in ("name", "country")),
        "[x.id FOR x IN a] AS actor_ids",
        "json_extract_string(payload, '$.location.name') AS location",
        "json_extract_string(payload, '$.location.country') AS location_country",
        """from_json(json_extract(payload, '$.topics'), '["VARCHAR"]') AS topics""",
        "sources, mention_count",
        "list_sort(list_distinct([x.article FOR x IN m])) AS articles",
        "m[1].sentence AS sentence",
    ]
)
_MENTION_COLUMNS = """mm.article AS mention_article, mm.sentence AS mention_sentence,
    mm.start AS mention_start, mm."end" AS mention_end, mm.trigger AS mention_trigger,
    mm.modality AS mention_modality, mm.date.start AS mention_date_start, mm.date."end" AS mention_date_end"""


def event_table(where: str, params: list[Any], limit: int | None, mentions: bool) -> tuple[str, list[Any]]:
    """Canonical events as flat rows (one per mention with `mentions`); `where` filters
    `canonical_events` (built by `EventFilter.where` from constant fragments)."""
    # Only constant fragments are joined here; every value is in `params`.
    events = f"""SELECT *, from_json(json_extract(payload, '$.actors'), '{_ACTORS}') AS a,
                   from_json(json_extract(payload, '$.mentions'), '{_MENTIONS}') AS m
                 FROM canonical_events{where} ORDER BY date_start NULLS LAST, id"""  # noqa: S608
    params = list(params)
    if limit:
        events += " LIMIT ?"
        params.append(limit)
    if mentions:
        sql = f"""SELECT {_EVENT_COLUMNS}, {_MENTION_COLUMNS}
                  FROM (SELECT *, unnest(m) AS mm FROM ({events}))
                  ORDER BY date_start NULLS LAST, id, mention_start"""  # noqa: S608
    else:
        sql = f"SELECT {_EVENT_COLUMNS} FROM ({events}) ORDER BY date_start NULLS LAST, id"  # noqa: S608
    return sql, params


def article_table(ids: list[str] | None = None) -> tuple[str, list[Any]]:
    where, params = (" WHERE list_contains(?, id)", [ids]) if ids is not None else ("", [])
    sql = f"""SELECT id, title, outlet, byline, url, language, published_value AS published,
        published_source, published_confidence, published_note, time_start, time_end, copy_of, notes, text
        FROM articles{where} ORDER BY id"""  # noqa: S608
    return sql, params
