"""Files a user opens: story.json, story.duckdb (one table per kind) and the same tables as Parquet files.

Every table has a fixed schema (TABLES), so a week of nightly Parquet files reads with one `read_parquet('*.parquet')`."""

from __future__ import annotations

import json
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


def _record_rows(articles: list[Article], story: Story, date_events: dict[tuple[str, int], str],
                 figure_claims: dict[tuple[str, int], str]) -> dict[str, Iterator[dict[str, Any]]]:
    names = {e.id: e.name for e in story.entities}

    def entities() -> Iterator[dict[str, Any]]:
        for a in articles:
            for e in a.record.entities:
                yield {"record_id": a.id, "entity_id": e.id, "story_entity_id": a.story_ids.get(e.id), "label": e.label,
                       "name": e.name, "mentions": len(e.mentions), "age": e.attributes.age, "roles": e.attributes.roles}

    def mentions() -> Iterator[dict[str, Any]]:
        for a in articles:
            for e in a.record.entities:
                for m in e.mentions:
                    yield {"record_id": a.id, "entity_id": e.id, "story_entity_id": a.story_ids.get(e.id),
                           "start": m.start, "end": m.end, "text": m.text}

    def dates() -> Iterator[dict[str, Any]]:
        for a in articles:
            for d in a.record.dates:
                yield {"record_id": a.id, **d.model_dump(), "event_id": date_events.get((a.id, d.start))}

    def figures() -> Iterator[dict[str, Any]]:
        for a in articles:
            for f in a.record.figures:
                yield {"record_id": a.id, **f.model_dump(), "claim_id": figure_claims.get((a.id, f.start))}

    def quotes() -> Iterator[dict[str, Any]]:
        for a in articles:
            for q in a.record.quotes:
                sid = a.story_ids.get(q.speaker) if q.speaker else None
                yield {"record_id": a.id, **q.model_dump(), "speaker_story_entity_id": sid, "speaker_name": names.get(sid or "")}

    return {"entities": entities(), "mentions": mentions(), "dates": dates(), "figures": figures(), "quotes": quotes()}


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
    """story.duckdb and parquet/<table>.parquet in `folder` (rows go through NDJSON files: fast and typed)."""
    rows = {**_record_rows(articles, story, date_events, figure_claims), **_story_rows(story)}
    staging = folder / ".ndjson"
    staging.mkdir(parents=True, exist_ok=True)
    (folder / "parquet").mkdir(exist_ok=True)
    con = duckdb.connect(str(folder / "story.duckdb"))
    try:
        for table, columns in TABLES.items():
            path = staging / f"{table}.jsonl"
            with open(path, "w", encoding="utf-8") as f:
                for row in rows[table]:
                    f.write(json.dumps({k: row.get(k) for k in columns}, ensure_ascii=False) + "\n")
            cols = ", ".join(f"'{k}': '{v}'" for k, v in columns.items())
            con.execute(f"CREATE TABLE {table} AS SELECT * FROM read_json('{_sql_path(path)}', format='newline_delimited', "
                        f"columns={{{cols}}})")
            parquet = _sql_path(folder / "parquet" / f"{table}.parquet")
            con.execute(f"COPY {table} TO '{parquet}' (FORMAT PARQUET)")
            path.unlink()
    finally:
        con.close()
        staging.rmdir()
