"""Files a user opens: story.json, story.duckdb (one table per kind) and the same tables as Parquet files.

Every table has a fixed schema (TABLES), so a week of nightly Parquet files reads with one `read_parquet('*.parquet')`."""

from __future__ import annotations

import csv
import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb

from .load import Article
from .models import Story

TABLES: dict[str, dict[str, str]] = {
    "articles": {"record_id": "VARCHAR", "title": "VARCHAR", "published": "VARCHAR", "path": "VARCHAR", "url": "VARCHAR",
                 "sitename": "VARCHAR", "chars": "INTEGER", "copy_group": "VARCHAR", "source_key": "VARCHAR"},
    "entities": {"record_id": "VARCHAR", "entity_id": "VARCHAR", "story_entity_id": "VARCHAR", "label": "VARCHAR",
                 "name": "VARCHAR", "mentions": "INTEGER", "age": "INTEGER", "roles": "VARCHAR[]"},
    "mentions": {"record_id": "VARCHAR", "entity_id": "VARCHAR", "story_entity_id": "VARCHAR", "start": "INTEGER",
                 "end": "INTEGER", "text": "VARCHAR"},
    "dates": {"record_id": "VARCHAR", "start": "INTEGER", "end": "INTEGER", "text": "VARCHAR", "value": "VARCHAR",
              "granularity": "VARCHAR", "relative": "BOOLEAN", "event_id": "VARCHAR"},
    "figures": {"record_id": "VARCHAR", "start": "INTEGER", "end": "INTEGER", "text": "VARCHAR", "value": "DOUBLE",
                "value_max": "DOUBLE", "unit": "VARCHAR", "qualifier": "VARCHAR", "claim_id": "VARCHAR"},
    "quotes": {"record_id": "VARCHAR", "start": "INTEGER", "end": "INTEGER", "text": "VARCHAR", "speaker": "VARCHAR",
               "speaker_story_entity_id": "VARCHAR", "speaker_name": "VARCHAR"},
    "story_entities": {"id": "VARCHAR", "label": "VARCHAR", "name": "VARCHAR", "aliases": "VARCHAR[]",
                       "articles": "INTEGER", "records": "VARCHAR[]", "mentions": "INTEGER", "ages": "INTEGER[]",
                       "roles": "VARCHAR[]"},
    "claims": {"claim_id": "VARCHAR", "kind": "VARCHAR", "subject": "VARCHAR", "status": "VARCHAR", "sources": "INTEGER",
               "entity_id": "VARCHAR", "event_id": "VARCHAR", "record_id": "VARCHAR", "source_key": "VARCHAR",
               "start": "INTEGER", "end": "INTEGER", "text": "VARCHAR", "value": "VARCHAR", "value_max": "DOUBLE",
               "qualifier": "VARCHAR", "unit": "VARCHAR", "low": "DOUBLE", "high": "DOUBLE", "reasons": "VARCHAR[]"},
    "timeline": {"event_id": "VARCHAR", "value": "VARCHAR", "values": "VARCHAR[]", "granularity": "VARCHAR",
                 "sort_key": "VARCHAR", "sentence": "VARCHAR", "entities": "VARCHAR[]", "records": "VARCHAR[]",
                 "articles": "INTEGER", "relative": "BOOLEAN", "inferred": "BOOLEAN", "disputed": "BOOLEAN"},
    "copies": {"group_id": "VARCHAR", "original": "VARCHAR", "record_id": "VARCHAR", "similarity": "DOUBLE"},
}


# The records as DuckDB reads them straight from their JSON files (C++: much faster than Python rows).
_RECORD_COLUMNS = {
    "id": "VARCHAR",
    "entities": "STRUCT(id VARCHAR, label VARCHAR, name VARCHAR, mentions STRUCT(\"start\" INTEGER, \"end\" INTEGER, "
                "text VARCHAR)[], attributes STRUCT(age INTEGER, roles VARCHAR[]))[]",
    "dates": "STRUCT(\"start\" INTEGER, \"end\" INTEGER, text VARCHAR, value VARCHAR, granularity VARCHAR, "
             "relative BOOLEAN)[]",
    "figures": "STRUCT(\"start\" INTEGER, \"end\" INTEGER, text VARCHAR, value DOUBLE, value_max DOUBLE, unit VARCHAR, "
               "qualifier VARCHAR)[]",
    "quotes": "STRUCT(\"start\" INTEGER, \"end\" INTEGER, text VARCHAR, speaker VARCHAR)[]",
}
_RECORD_SQL = {
    "entities": """SELECT r.id AS record_id, e.id AS entity_id, m.story_entity_id, e.label, e.name,
        len(e.mentions) AS mentions, e.attributes.age AS age, e.attributes.roles AS roles
        FROM (SELECT id, unnest(entities) AS e FROM recs) r LEFT JOIN entity_map m ON m.record_id = r.id AND m.entity_id = e.id
        ORDER BY 1, 2""",
    "mentions": """SELECT record_id, entity_id, story_entity_id, x."start", x."end", x.text FROM (
        SELECT r.id AS record_id, e.id AS entity_id, m.story_entity_id, unnest(e.mentions) AS x
        FROM (SELECT id, unnest(entities) AS e FROM recs) r
        LEFT JOIN entity_map m ON m.record_id = r.id AND m.entity_id = e.id) ORDER BY 1, 4, 2""",
    "dates": """SELECT r.id AS record_id, d."start", d."end", d.text, d.value, d.granularity, d.relative, m.ref AS event_id
        FROM (SELECT id, unnest(dates) AS d FROM recs) r LEFT JOIN event_map m ON m.record_id = r.id AND m.start = d."start"
        ORDER BY 1, 2""",
    "figures": """SELECT r.id AS record_id, f."start", f."end", f.text, f.value, f.value_max, f.unit, f.qualifier,
        m.ref AS claim_id FROM (SELECT id, unnest(figures) AS f FROM recs) r
        LEFT JOIN claim_map m ON m.record_id = r.id AND m.start = f."start" ORDER BY 1, 2""",
    "quotes": """SELECT r.id AS record_id, q."start", q."end", q.text, q.speaker, m.story_entity_id AS speaker_story_entity_id,
        s.name AS speaker_name FROM (SELECT id, unnest(quotes) AS q FROM recs) r
        LEFT JOIN entity_map m ON m.record_id = r.id AND m.entity_id = q.speaker
        LEFT JOIN story_entities s ON s.id = m.story_entity_id ORDER BY 1, 2""",
}


def _load_maps(con: duckdb.DuckDBPyConnection, staging: Path, articles: list[Article],
               date_events: dict[tuple[str, int], str], figure_claims: dict[tuple[str, int], str]) -> None:
    """Small CSV link tables: per-article entity -> story entity, date -> event, figure -> claim group."""
    maps = {
        "entity_map": (("record_id", "entity_id", "story_entity_id"),
                       ((a.id, e, s) for a in articles for e, s in sorted(a.story_ids.items()))),
        "event_map": (("record_id", "start", "ref"), ((r, s, v) for (r, s), v in sorted(date_events.items()))),
        "claim_map": (("record_id", "start", "ref"), ((r, s, v) for (r, s), v in sorted(figure_claims.items()))),
    }
    for name, (header, rows) in maps.items():
        path = staging / f"{name}.csv"
        with open(path, "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f)
            w.writerow(header)
            w.writerows(rows)
        types = {h: ("INTEGER" if h == "start" else "VARCHAR") for h in header}
        cols = ", ".join(f"'{k}': '{v}'" for k, v in types.items())
        con.execute(f"CREATE TEMP TABLE {name} AS SELECT * FROM read_csv('{_sql_path(path)}', header=true, "
                    f"columns={{{cols}}})")


def _story_rows(story: Story) -> dict[str, Iterator[dict[str, Any]]]:
    def claims() -> Iterator[dict[str, Any]]:
        for g in story.claims:
            reasons = [r.text for r in g.reasons]
            for c in g.claims:
                yield {"claim_id": g.id, "kind": g.kind, "subject": g.subject, "status": g.status, "sources": g.sources,
                       "entity_id": g.entity_id, "event_id": g.event_id, "record_id": c.record_id,
                       "source_key": c.source_key, "start": c.wording.start, "end": c.wording.end, "text": c.wording.text,
                       "value": str(c.value), "value_max": c.value_max, "qualifier": c.qualifier, "unit": c.unit,
                       "low": c.low, "high": c.high, "reasons": reasons}

    return {
        "articles": ({"record_id": a.id, **a.model_dump(exclude={"id"})} for a in story.articles),
        "story_entities": ({"id": e.id, "label": e.label, "name": e.name, "aliases": e.aliases, "articles": len(e.records),
                            "records": e.records, "mentions": len(e.mentions), "ages": [int(v.value) for v in e.ages],
                            "roles": [str(v.value) for v in e.roles]} for e in story.entities),
        "claims": claims(),
        "timeline": ({"event_id": e.id, **e.model_dump(exclude={"id", "dates"}), "articles": len(e.records)}
                     for e in story.timeline),
        "copies": ({"group_id": g.id, "original": g.original, "record_id": m.record_id, "similarity": m.similarity}
                   for g in story.copies for m in g.members),
    }


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")


def write_tables(folder: Path, articles: list[Article], story: Story, date_events: dict[tuple[str, int], str],
                 figure_claims: dict[tuple[str, int], str]) -> None:
    """story.duckdb and parquet/<table>.parquet in `folder`; story rows go through NDJSON files, record rows are read
    by DuckDB from the record files themselves."""
    staging = folder / ".staging"
    staging.mkdir(parents=True, exist_ok=True)
    (folder / "parquet").mkdir(exist_ok=True)
    con = duckdb.connect(str(folder / "story.duckdb"))
    try:
        rows = _story_rows(story)
        for table in ("articles", "story_entities", "claims", "timeline", "copies"):
            path = staging / f"{table}.jsonl"
            with open(path, "w", encoding="utf-8") as f:
                for row in rows[table]:
                    f.write(json.dumps({k: row.get(k) for k in TABLES[table]}, ensure_ascii=False) + "\n")
            _create(con, table, f"SELECT * FROM read_json('{_sql_path(path)}', format='newline_delimited', "
                    f"columns={{{_columns(TABLES[table])}}})")
        _load_maps(con, staging, articles, date_events, figure_claims)
        files = ", ".join(f"'{_sql_path(a.path)}'" for a in articles if a.path is not None)
        if files:
            source = (f"read_json([{files}], format='auto', maximum_object_size=268435456, "
                      f"columns={{{_columns(_RECORD_COLUMNS)}}})")
        else:  # no record: empty tables with the same columns
            source = "(SELECT " + ", ".join(f"NULL::{t} AS {k}" for k, t in _RECORD_COLUMNS.items()) + " WHERE false)"
        con.execute(f"CREATE TEMP TABLE recs AS SELECT * FROM {source}")
        for table, sql in _RECORD_SQL.items():
            _create(con, table, sql)
        for table in TABLES:
            con.execute(f"COPY {table} TO '{_sql_path(folder / 'parquet' / f'{table}.parquet')}' (FORMAT PARQUET)")
    finally:
        con.close()
        shutil.rmtree(staging, ignore_errors=True)


def _columns(columns: dict[str, str]) -> str:
    return ", ".join(f"'{k}': '{v}'" for k, v in columns.items())


def _create(con: duckdb.DuckDBPyConnection, table: str, select: str) -> None:
    """CREATE TABLE with the fixed column types of TABLES, whatever the select infers."""
    cols = ", ".join(f'CAST("{k}" AS {v}) AS "{k}"' for k, v in TABLES[table].items())
    con.execute(f"CREATE TABLE {table} AS SELECT {cols} FROM ({select})")
