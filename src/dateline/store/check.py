"""Integrity of a stored database: every offset a record gives must point at the text it quotes.

An event mention cites its sentence (and trigger) by character offsets into the cleaned text of the
article it names; canonical events repeat those citations; actor mentions and time expressions quote
their spans. `check` verifies each against the stored article, so a wrong citation (an article
replaced under a reused id, a stale mention) is found rather than shown to users as evidence.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import duckdb

_FETCH = 1000


@dataclass
class CheckReport:
    checked: dict[str, int] = field(default_factory=dict)  # kind of record -> how many were checked
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check(con: duckdb.DuckDBPyConnection) -> CheckReport:
    report = CheckReport()
    queries = {
        "event mentions": """SELECT 'event mention ' || m.id, m.article_id, a.text,
                   json_extract_string(m.payload, '$.sentence'),
                   CAST(json_extract(m.payload, '$.sentence_start') AS BIGINT),
                   CAST(json_extract(m.payload, '$.sentence_end') AS BIGINT),
                   json_extract_string(m.payload, '$.trigger'),
                   CAST(json_extract(m.payload, '$.trigger_start') AS BIGINT),
                   CAST(json_extract(m.payload, '$.trigger_end') AS BIGINT)
                FROM event_mentions m LEFT JOIN articles a ON a.id = m.article_id ORDER BY m.id""",
        "canonical event mentions": """WITH m AS (
                   SELECT c.id AS event_id, unnest(from_json(json_extract(c.payload, '$.mentions'),
                     '[{"article": "VARCHAR", "sentence": "VARCHAR", "start": "BIGINT", "end": "BIGINT"}]'),
                     recursive := true) FROM canonical_events c)
                SELECT 'canonical event ' || m.event_id, m.article, a.text, m.sentence, m.start, m."end",
                   NULL, NULL, NULL
                FROM m LEFT JOIN articles a ON a.id = m.article ORDER BY m.event_id, m.start""",
        "actor mentions": """SELECT 'actor mention', t.article_id, a.text, t.text, t.start_char, t.end_char,
                   NULL, NULL, NULL
                FROM actor_mentions t LEFT JOIN articles a ON a.id = t.article_id""",
        "time expressions": """SELECT 'time expression', t.article_id, a.text, t.text, t.start_char,
                   t.end_char, NULL, NULL, NULL
                FROM timexes t LEFT JOIN articles a ON a.id = t.article_id""",
    }
    for kind, sql in queries.items():
        count = 0
        for row in _rows(con, sql):
            count += 1
            report.problems += _problems(*row)
        report.checked[kind] = count
    return report


def _rows(con: duckdb.DuckDBPyConnection, sql: str) -> Iterator[tuple]:
    cur = con.execute(sql)
    while rows := cur.fetchmany(_FETCH):
        yield from rows


def _problems(
    what: str, article: str, text: str | None, quoted: str, start: int, end: int,
    trigger: str | None, trigger_start: int | None, trigger_end: int | None,
) -> list[str]:  # fmt: skip
    """What is wrong with one citation ("" when it holds)."""
    where = f"{what}: article {article!r}"
    if text is None:
        return [f"{where} is not stored"]
    found = []
    if text[start:end] != quoted:
        found.append(f"{where} [{start}:{end}] holds {_short(text[start:end])}, not {_short(quoted)}")
    if trigger and trigger_start is not None and text[trigger_start:trigger_end] != trigger:
        found.append(f"{where} trigger [{trigger_start}:{trigger_end}] is not {_short(trigger)}")
    return found


def _short(text: str, width: int = 60) -> str:
    return repr(text if len(text) <= width else text[: width - 1] + "…")
